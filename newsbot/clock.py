"""The one clock every record and store reads: the current UTC time, and as an ISO 8601 string to the
second (the form of ``fetched_at``, ``first_seen`` and ``last_seen``)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def now_iso() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SS+00:00``."""
    return utc_now().isoformat(timespec="seconds")
