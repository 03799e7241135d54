"""The embedded state store: one SQLite file, safe for several processes (WAL journal, busy timeout).

`SqliteStateStore` implements `newsbot.state.base.StateStore` (what the package docstring describes:
which articles earlier runs emitted, their revisions, near-duplicate signatures and the runs' claims).
`record` commits before it returns, so a line the writer has flushed is never forgotten.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsbot.clock import now_iso
from newsbot.extraction.urls import normalize_url
from newsbot.models import Article
from newsbot.state.base import Known, StateError
from newsbot.state.claims import DEFER, transition
from newsbot.state.neardup import (
    LEGACY,
    THRESHOLD,
    Signature,
    band_keys,
    earliest,
    fingerprint,
    pack,
    published_key,
    similarity,
    unpack,
)

#: File name of the default store, inside NEWSBOT_OUTPUT_DIR.
DEFAULT_STATE_FILE = "state.sqlite3"


#: band_keys of the last few signatures: an article's are asked by find_near_duplicate, then by record (~25 us
#: of hashing each time); keyed by the signature itself, so a hit is exact.
_BAND_KEYS: OrderedDict[Signature, list[int]] = OrderedDict()
_BAND_KEYS_SIZE = 64


def _band_keys(signature: Signature) -> list[int]:
    keys = _BAND_KEYS.get(signature)
    if keys is None:
        keys = _BAND_KEYS[signature] = band_keys(signature)
        if len(_BAND_KEYS) > _BAND_KEYS_SIZE:
            _BAND_KEYS.popitem(last=False)
    return keys


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    canonical TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    listing_modified TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    url TEXT PRIMARY KEY,
    canonical TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fingerprints (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    signature BLOB NOT NULL,
    published TEXT  -- neardup.published_key; NULL in stores written before it was kept
);
-- record() numbers fingerprints with max(seq) + 1: without this index that is a scan of the whole table
-- per article, quadratic over a long crawl (it was the crawler's single biggest line at 2,000 articles).
CREATE INDEX IF NOT EXISTS fingerprints_seq ON fingerprints (seq);
-- Per-run claims (newsbot.state.claims): which URLs / canonical URLs this run has decided on, so each gets one record
-- per run without an in-memory set. state: F fetching, R recorded, D deferred (payload = the record), I inherited.
CREATE TABLE IF NOT EXISTS run_claims (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    state TEXT NOT NULL,
    payload TEXT,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (band, key, id)
) WITHOUT ROWID;
-- record() deletes an article's old band rows by id: without this index that is a scan of the whole table per
-- article, quadratic over a crawl (5% of the crawler's CPU at 1,000 articles, growing with the store).
CREATE INDEX IF NOT EXISTS bands_id ON bands (id);
"""


class SqliteStateStore:
    """`StateStore` in one SQLite file (WAL journal; several processes may share it)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # check_same_thread=False: pipelines may call from the reactor thread and from asyncio
            # callbacks; a lock serialises access.
            self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL with WAL: a commit survives the process being killed (not a power cut), cheaply.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(fingerprints)")}
            if "published" not in columns:  # a store of an earlier version: its rows keep NULL (neardup.LEGACY)
                self.db.execute("ALTER TABLE fingerprints ADD COLUMN published TEXT")
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot open state store {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self._closed = False

    def seen(self, canonical: str) -> Known | None:
        with self._lock:
            row = self.db.execute(
                "SELECT id, content_hash, revision, listing_modified, first_seen, last_seen FROM articles "
                "WHERE canonical = ?",
                (canonical,),
            ).fetchone()
        return Known(*row) if row else None

    def canonical_for(self, url: str) -> str | None:
        key = normalize_url(url)
        with self._lock:
            row = self.db.execute("SELECT canonical FROM aliases WHERE url = ?", (key,)).fetchone()
            if row is None:
                row = self.db.execute("SELECT canonical FROM articles WHERE canonical = ?", (key,)).fetchone()
        return row[0] if row else None

    def find_near_duplicate(
        self, signature: Signature, exclude_id: str | None = None, published: str | None = None
    ) -> str | None:
        best = self.find_original(signature, exclude_id, published)
        return best[2] if best else None

    def find_original(
        self, signature: Signature, exclude_id: str | None = None, published: str | None = None
    ) -> tuple[str, float, str] | None:
        """(published key, rank, id) of what `find_near_duplicate` answers, or None."""
        keys = _band_keys(signature)
        where = " OR ".join("(b.band = ? AND b.key = ?)" for _ in keys)
        params = [v for pair in enumerate(keys) for v in pair]
        with self._lock:
            rows: list[tuple[str, int, bytes, str | None]] = self.db.execute(
                f"SELECT DISTINCT f.id, f.seq, f.signature, f.published FROM bands b JOIN fingerprints f "
                f"ON f.id = b.id WHERE ({where}) AND b.id != ? ORDER BY f.seq",
                (*params, exclude_id or ""),
            ).fetchall()
        found: list[tuple[str, float, str]] = [
            (pub if pub is not None else LEGACY, seq, other_id)
            for other_id, seq, blob, pub in rows
            if similarity(signature, unpack(blob)) >= THRESHOLD
        ]
        return earliest(found, published)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        """A write transaction under the store's lock: taken at once (BEGIN IMMEDIATE, so two crawler
        processes on one file queue instead of failing at commit), rolled back on any error."""
        with self._lock:
            cur = self.db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def record(self, article: Article, *, listing_modified: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        now = now_iso()
        signature = fingerprint(article.text)
        keys = {normalize_url(article.url), *(normalize_url(a) for a in aliases)}
        with self._transaction() as cur:
            cur.execute(
                "INSERT INTO articles (canonical, id, content_hash, revision, listing_modified, first_seen, "
                "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(canonical) DO UPDATE SET "
                "content_hash = excluded.content_hash, revision = max(revision, excluded.revision), "
                "listing_modified = coalesce(excluded.listing_modified, listing_modified), "
                "last_seen = excluded.last_seen",
                (article.canonical_url, article.id, article.content_hash, article.revision, listing_modified, now, now),
            )
            cur.executemany(
                "INSERT OR REPLACE INTO aliases (url, canonical) VALUES (?, ?)",
                [(k, article.canonical_url) for k in keys if k != article.canonical_url],
            )
            if signature is not None:
                cur.execute(
                    "INSERT INTO fingerprints (id, seq, signature, published) VALUES "
                    "(?, (SELECT coalesce(max(seq), 0) + 1 FROM fingerprints), ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET signature = excluded.signature, published = excluded.published",
                    (article.id, pack(signature), published_key(article)),
                )
                cur.execute("DELETE FROM bands WHERE id = ?", (article.id,))
                cur.executemany(
                    "INSERT OR IGNORE INTO bands (band, key, id) VALUES (?, ?, ?)",
                    [(band, key, article.id) for band, key in enumerate(_band_keys(signature))],
                )

    def claim(self, scope: str, wants: list[tuple[str, str, str | None]]) -> list[int]:
        out: list[int] = []
        with self._transaction() as cur:
            keys = list({key for key, _, _ in wants})
            states: dict[str, str] = {}
            for i in range(0, len(keys), 500):  # SQLite caps bound parameters per statement
                chunk = keys[i : i + 500]
                states.update(
                    cur.execute(
                        f"SELECT key, state FROM run_claims WHERE scope = ? AND key IN ({','.join('?' * len(chunk))})",
                        (scope, *chunk),
                    ).fetchall()
                )
            rows = []
            for key, want, payload in wants:
                new, answer = transition(states.get(key), want, payload)
                if new is not None:
                    rows.append((scope, key, new, payload if new == DEFER else None))
                    states[key] = new
                out.append(answer)
            # In order, in one statement: a key claimed twice ends as its last row, as with one execute each.
            cur.executemany("INSERT OR REPLACE INTO run_claims (scope, key, state, payload) VALUES (?, ?, ?, ?)", rows)
        return out

    def take_deferred(self, scope: str) -> list[str]:
        with self._transaction() as cur:
            rows = cur.execute("SELECT payload FROM run_claims WHERE scope = ? AND state = 'D'", (scope,)).fetchall()
            cur.execute("UPDATE run_claims SET state = 'R', payload = NULL WHERE scope = ? AND state = 'D'", (scope,))
        return [row[0] for row in rows]

    def finish(self, scope: str, keys: list[str]) -> None:
        if not keys:
            return
        with self._transaction() as cur:
            cur.executemany(
                "UPDATE run_claims SET state = 'R' WHERE scope = ? AND key = ? AND state = 'F'",
                [(scope, key) for key in keys],
            )

    def take_unfinished(self, scope: str) -> list[str]:
        with self._transaction() as cur:
            rows = cur.execute("SELECT key FROM run_claims WHERE scope = ? AND state = 'F'", (scope,)).fetchall()
            cur.execute("UPDATE run_claims SET state = 'R' WHERE scope = ? AND state = 'F'", (scope,))
        return [row[0] for row in rows]

    def inherit(self, scope: str, keys: list[str]) -> None:
        with self._transaction() as cur:
            cur.executemany(
                "INSERT OR REPLACE INTO run_claims (scope, key, state, payload) VALUES (?, ?, 'I', NULL)",
                [(scope, key) for key in keys],
            )

    def claimed(self, scope: str, key: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT state FROM run_claims WHERE scope = ? AND key = ?", (scope, key)).fetchone()
        return row[0] if row else None

    def inherited(self, scope: str) -> list[str]:
        with self._lock:
            rows = self.db.execute(
                "SELECT key FROM run_claims WHERE scope = ? AND state IN ('I', 'J')", (scope,)
            ).fetchall()
        return [row[0] for row in rows]

    def release(self, scope: str) -> None:
        with self._lock:
            self.db.execute("DELETE FROM run_claims WHERE scope = ?", (scope,))

    def count(self) -> int:
        """Number of articles remembered (for summaries and tests)."""
        with self._lock:
            count: int = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
            return count

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.db.close()
