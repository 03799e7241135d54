"""What every state backend implements (`StateStore`), what it remembers per article (`Known`), and
the error it raises when it cannot be opened (`StateError`). Backends: `newsbot.state.sqlite` (the
embedded default) and `newsbot.state.redis` (crawls spanning machines); `newsbot.state.open_state`
picks one from the settings."""

from __future__ import annotations

from typing import NamedTuple, Protocol, runtime_checkable

from newsbot.models import Article
from newsbot.state.neardup import Signature


class StateError(Exception):
    """The state store cannot be opened (bad path, unknown backend); the message says why."""


class Known(NamedTuple):
    """What the store remembers about one emitted article."""

    id: str
    content_hash: str
    revision: int
    #: The modification date a feed/sitemap gave when the article was last fetched (None: not given).
    listing_modified: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


@runtime_checkable
class StateStore(Protocol):
    """The incremental-state backend. Implementations must be safe to share between processes
    (several scheduled runs may use one store at the same time) and make `record` durable before
    returning. Keys are canonical URLs exactly as in ``Article.canonical_url``."""

    def seen(self, canonical: str) -> Known | None:
        """The article emitted for this canonical URL, or None if never."""

    def canonical_for(self, url: str) -> str | None:
        """The canonical URL a fetched/linked URL turned out to stand for (any alias recorded), or None."""

    def find_near_duplicate(
        self, signature: Signature, exclude_id: str | None = None, published: str | None = None
    ) -> str | None:
        """Id of the original of a text published at `published` (a `neardup.published_key`; None: any) among
        the recorded articles whose MinHash similarity is at least `neardup.THRESHOLD`: the earliest
        published no later than it, then the earliest recorded (`neardup.earliest`); None when there is none."""

    def record(self, article: Article, *, listing_modified: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        """Remember an emitted article (upsert by canonical URL), its fingerprint and the URLs that led to it."""

    def claim(self, scope: str, wants: list[tuple[str, str, str | None]]) -> list[int]:
        """Atomically claim keys for one run (`scope`): see `newsbot.state.claims` for the states and the answers."""

    def take_deferred(self, scope: str) -> list[str]:
        """The payloads of the scope's still-deferred claims, which become recorded (atomically)."""

    def inherit(self, scope: str, keys: list[str]) -> None:
        """Mark keys recorded by a killed run as recorded in `scope` too (state I)."""

    def finish(self, scope: str, keys: list[str]) -> None:
        """Mark FETCH claims whose response (or failure) arrived as recorded (F -> R): their record comes from it."""

    def take_unfinished(self, scope: str) -> list[str]:
        """The keys still claimed for fetching (F) with no response yet, which become recorded (atomically)."""

    def claimed(self, scope: str, key: str) -> str | None:
        """The state of one claim (F, R, D, I) or None."""

    def inherited(self, scope: str) -> list[str]:
        """The keys a (killed) run had itself inherited from the runs it resumed (states I and J)."""

    def release(self, scope: str) -> None:
        """Forget a finished run's claims."""

    def close(self) -> None:
        """Release the backend (idempotent)."""
