"""What spiders hand to pipelines: a fetched page, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """An HTML response to be turned into an Article or Rejection by the pipelines."""

    url: str
    body: bytes
    status: int
    outlet: str | None
    fetched_at: str
    http_charset: str | None = None
    # What a feed or sitemap said about this URL (for cross-checks and state).
    listing: dict[str, str | None] = field(default_factory=dict)
