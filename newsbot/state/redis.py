"""The incremental state in Redis: the same `StateStore` protocol as the SQLite store, shared by every
crawler process on every machine that points ``NEWSBOT_REDIS_URL`` at the same server.

Keys (prefix ``newsbot:state:``):

* ``articles`` -- hash canonical URL -> JSON of `Known` (id, content_hash, revision, listing_modified,
  first_seen, last_seen);
* ``aliases`` -- hash normalized URL -> canonical URL;
* ``fp`` -- hash article id -> packed MinHash signature; ``fp:seq`` -- sorted set id -> insertion
  order; ``fp:b<band>:<key>`` -- sets of ids per LSH band key, to find near-duplicate candidates.

* ``claims:<scope>`` -- hash key -> claim state (F, R, D, I; see `newsbot.state.claims`) of one run or, with
  several workers, of one job; ``claims:<scope>:deferred`` -- hash key -> payload of the deferred ones.
  `claim` is one Lua script, so when two workers meet the AMP and the main URL of one article at the same
  moment exactly one of them wins the article's canonical URL and emits it.

* ``claims:<scope>:owner`` -- hash ``c:<canonical>`` -> run id of the worker that won the emit claim;
  ``claims:<scope>:pending`` -- hash ``c:<canonical>`` -> run id, while that claim is a *lease*: won, its record
  line not committed yet (`RedisStateStore.claim_emit`, `settle`); ``alive:<run id>`` -- a key each worker keeps
  alive (expiring after ``NEWSBOT_REDIS_LEASE_IDLE`` unless renewed, `alive`), and ``claims:<scope>:recovered`` --
  set of the run ids whose files a later worker recovered. A lease whose holder is no longer alive (it died, or
  lost Redis and stopped) or was recovered lapses: any worker of the job, on any machine, may take the article
  over. So a claim becomes final only when its line is on disk, and no machine's files are needed to free it.

`record` runs as one Lua script, so the upsert (revision = max, listing date kept when the new one is
missing) is atomic even with many writers; Redis persists per its own configuration (AOF/RDB).

Redis away: every client made here (and the crawler's, `newsbot.crawler.redis`) retries a command that
fails to connect with exponential backoff (`DeadlineRetry`), for at most ``NEWSBOT_REDIS_RETRY_FOR`` seconds
counted from the start of the outage (one clock for the whole process), then raises `RedisUnavailable`
and every later command fails at once: the crawler stops with status ``redis_unavailable``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from redis.backoff import ExponentialBackoff
from redis.exceptions import BusyLoadingError, TimeoutError
from redis.retry import Retry

from newsbot.clock import now_iso
from newsbot.extraction.urls import normalize_url
from newsbot.models import Article
from newsbot.state.base import Known, StateError
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

PREFIX = "newsbot:state:"

logger = logging.getLogger(__name__)

T = TypeVar("T")


class RedisUnavailable(StateError, redis.ConnectionError):
    """Redis stayed unreachable for longer than the retry budget (``NEWSBOT_REDIS_RETRY_FOR``)."""


class _Outage:
    """The process's one outage clock, shared by every client (redis-py deep-copies each client's retry object)."""

    def __init__(self) -> None:
        self.since: float | None = None
        #: Whether any command ever succeeded: a process that never reached Redis does not retry.
        self.reached = False
        #: Why we gave up (then every command fails at once), or None.
        self.gave_up: str | None = None

    def reset(self) -> None:
        self.since, self.gave_up = None, None


OUTAGE = _Outage()

#: Errors that mean "Redis is not there right now": refused or dropped connections, timeouts, and a restarted
#: server still loading its append-only file.
_TRANSIENT = (redis.ConnectionError, TimeoutError, BusyLoadingError, ConnectionError, OSError)


class DeadlineRetry(Retry):
    """redis-py's retry policy with a time budget instead of a count: exponential backoff (0.1 s doubling, at most
    ``cap`` s between tries) until the process's outage has lasted ``retry_for`` seconds. A client that never
    reached Redis is not retried (a wrong URL fails the run at start)."""

    def __init__(self, retry_for: float, cap: float = 5.0) -> None:
        super().__init__(ExponentialBackoff(cap=cap, base=0.1), retries=1_000_000, supported_errors=_TRANSIENT)
        self.retry_for = retry_for

    def call_with_retry(
        self,
        do: Callable[[], T],
        fail: Callable[..., Any],
        is_retryable: Callable[[Exception], bool] | None = None,
        with_failure_count: bool = False,
    ) -> T:
        failures = 0
        while True:
            if OUTAGE.gave_up:
                raise RedisUnavailable(OUTAGE.gave_up)
            try:
                result = do()
            except self._supported_errors as error:
                failures += 1
                if with_failure_count:
                    fail(error, failures)
                else:
                    fail(error)
                if not OUTAGE.reached:
                    raise
                now = time.monotonic()
                if OUTAGE.since is None:
                    OUTAGE.since = now
                    logger.warning("Redis unreachable (%s): retrying for up to %g s", error, self.retry_for)
                if now - OUTAGE.since >= self.retry_for:
                    OUTAGE.gave_up = f"Redis unreachable for more than {self.retry_for:g} s (last error: {error})"
                    logger.error("%s: giving up", OUTAGE.gave_up)
                    raise RedisUnavailable(OUTAGE.gave_up) from error
                time.sleep(min(self._backoff.compute(failures), max(0.0, OUTAGE.since + self.retry_for - now)))
                continue
            OUTAGE.reached = True
            if OUTAGE.since is not None:
                logger.warning("Redis reachable again after %.1f s", time.monotonic() - OUTAGE.since)
                OUTAGE.since = None
            return result


def client_for(redis_url: str, retry_for: float | None = None, **kwargs: Any) -> redis.Redis:
    """A client for redis_url that rides out outages of up to retry_for seconds (None: no retries)."""
    if retry_for:
        kwargs.setdefault("retry", DeadlineRetry(retry_for))
        kwargs.setdefault("socket_connect_timeout", 5)
    return redis.Redis.from_url(redis_url, socket_timeout=30, **kwargs)


def _ms(seconds: float) -> int:
    """Seconds as the whole milliseconds Redis expiries take (at least 1)."""
    return max(1, int(seconds * 1000))


def _text(value: bytes | str) -> str:
    """A Redis reply as text (bytes from our client; str from one made with decode_responses=True)."""
    return value.decode() if isinstance(value, bytes) else value


# KEYS: articles, aliases, fp, fp:seq, then one band set per band. ARGV: canonical, known-json, id, signature or "",
# then the alias URLs.
_RECORD = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
local new = cjson.decode(ARGV[2])
if old then
  local o = cjson.decode(old)
  if o.revision > new.revision then new.revision = o.revision end
  if new.listing_modified == cjson.null or new.listing_modified == nil then
    new.listing_modified = o.listing_modified
  end
  new.first_seen = o.first_seen
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(new))
for i = 5, #ARGV do
  if ARGV[i] ~= ARGV[1] then redis.call('HSET', KEYS[2], ARGV[i], ARGV[1]) end
end
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[3], ARGV[3], ARGV[4])
  if not redis.call('ZSCORE', KEYS[4], ARGV[3]) then
    redis.call('ZADD', KEYS[4], redis.call('ZCARD', KEYS[4]) + 1, ARGV[3])
  end
  for k = 5, #KEYS do redis.call('SADD', KEYS[k], ARGV[3]) end
end
return 1
"""

# KEYS: claims hash, deferred hash, owner hash. ARGV: triples of key, wanted state (F, R or D), payload ("" unless
# D; for R the winner's run id, kept in the owner hash). Returns 1 per key the caller won (a new claim, or a
# deferred claim taken over by F or R), 2 for an inherited key fetched only for its links (payload "links"), else 0.
_CLAIM = """
local out = {}
for i = 1, #ARGV, 3 do
  local key, want = ARGV[i], ARGV[i + 1]
  local old = redis.call('HGET', KEYS[1], key)
  if (not old) or (old == 'D' and want ~= 'D') then
    redis.call('HSET', KEYS[1], key, want)
    if want == 'D' then redis.call('HSET', KEYS[2], key, ARGV[i + 2]) else redis.call('HDEL', KEYS[2], key) end
    if want == 'R' and ARGV[i + 2] ~= '' then redis.call('HSET', KEYS[3], key, ARGV[i + 2]) end
    out[#out + 1] = 1
  elseif old == 'I' and want == 'F' and ARGV[i + 2] == 'links' then
    redis.call('HSET', KEYS[1], key, 'J')
    out[#out + 1] = 2
  else
    out[#out + 1] = 0
  end
end
return out
"""

# KEYS: claims hash, deferred hash. Returns the payloads of claims still deferred and marks them recorded.
_TAKE_DEFERRED = """
local pairs_ = redis.call('HGETALL', KEYS[2])
local out = {}
for i = 1, #pairs_, 2 do
  if redis.call('HGET', KEYS[1], pairs_[i]) == 'D' then
    redis.call('HSET', KEYS[1], pairs_[i], 'R')
    out[#out + 1] = pairs_[i + 1]
  end
end
redis.call('DEL', KEYS[2])
return out
"""

# KEYS: claims hash. ARGV: keys whose response arrived: F -> R.
_FINISH = """
for i = 1, #ARGV do
  if redis.call('HGET', KEYS[1], ARGV[i]) == 'F' then redis.call('HSET', KEYS[1], ARGV[i], 'R') end
end
return 0
"""

# KEYS: claims hash. Returns the keys still claimed for fetching (F) and marks them recorded.
_TAKE_UNFINISHED = """
local pairs_ = redis.call('HGETALL', KEYS[1])
local out = {}
for i = 1, #pairs_, 2 do
  if pairs_[i + 1] == 'F' then
    redis.call('HSET', KEYS[1], pairs_[i], 'R')
    out[#out + 1] = pairs_[i]
  end
end
return out
"""


# KEYS: claims hash, deferred hash, owner hash, pending hash, recovered set, the caller's alive key. ARGV: key, run id,
# prefix of the alive keys, lease milliseconds. Returns EMIT_WON (1), EMIT_TAKEN_OVER (2), EMIT_HELD (3) or EMIT_LOST
# (0; newsbot.state.claims). The holder's alive key is named from ARGV (not KEYS): one Redis, no
# cluster, like the rest of the state. The caller's own alive key is refreshed first, so a lease it wins is never
# held by a worker that looks dead.
_CLAIM_EMIT = """
local key, run = ARGV[1], ARGV[2]
redis.call('SET', KEYS[6], '1', 'PX', ARGV[4])
local old = redis.call('HGET', KEYS[1], key)
if (not old) or old == 'D' then
  redis.call('HSET', KEYS[1], key, 'R')
  redis.call('HDEL', KEYS[2], key)
  redis.call('HSET', KEYS[3], key, run)
  redis.call('HSET', KEYS[4], key, run)
  return 1
end
local holder = redis.call('HGET', KEYS[4], key)
if old ~= 'R' or (not holder) or holder == run then return 0 end
if redis.call('EXISTS', ARGV[3] .. holder) == 1 and redis.call('SISMEMBER', KEYS[5], holder) == 0 then return 3 end
redis.call('HSET', KEYS[3], key, run)
redis.call('HSET', KEYS[4], key, run)
return 2
"""

# KEYS: pending hash. ARGV: key, run id. The lease becomes final when the run still holds it (1); 0: it had lapsed and
# another worker took it over (this run stalled past the lease), or it was final already.
_SETTLE = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return 1
end
return 0
"""


class RedisStateStore:
    """`StateStore` in Redis (see the module docstring for the key layout)."""

    def __init__(self, client: redis.Redis, prefix: str = PREFIX) -> None:
        self.r = client
        self.prefix = prefix
        self._record = client.register_script(_RECORD)
        self._claim = client.register_script(_CLAIM)
        self._take_deferred = client.register_script(_TAKE_DEFERRED)
        self._finish = client.register_script(_FINISH)
        self._take_unfinished = client.register_script(_TAKE_UNFINISHED)
        self._claim_emit = client.register_script(_CLAIM_EMIT)
        self._settle = client.register_script(_SETTLE)
        self._closed = False

    def _k(self, name: str) -> str:
        return self.prefix + name

    def seen(self, canonical: str) -> Known | None:
        raw = self.r.hget(self._k("articles"), canonical)
        if raw is None:
            return None
        data = json.loads(raw)
        return Known(
            data["id"],
            data["content_hash"],
            int(data["revision"]),
            data.get("listing_modified"),
            data.get("first_seen"),
            data.get("last_seen"),
        )

    def canonical_for(self, url: str) -> str | None:
        key = normalize_url(url)
        found = self.r.hget(self._k("aliases"), key)
        if found is not None:
            return _text(found)
        return key if self.r.hexists(self._k("articles"), key) else None

    def find_near_duplicate(
        self, signature: Signature, exclude_id: str | None = None, published: str | None = None
    ) -> str | None:
        best = self.find_original(signature, exclude_id, published)
        return best[2] if best else None

    def find_original(
        self, signature: Signature, exclude_id: str | None = None, published: str | None = None
    ) -> tuple[str, float, str] | None:
        """(published key, rank, id) of what `find_near_duplicate` answers, or None."""
        keys = [self._k(f"fp:b{i}:{value}") for i, value in enumerate(band_keys(signature))]
        candidates = {_text(m) for m in self.r.sunion(keys)} - {exclude_id or ""}
        if not candidates:
            return None
        ids = sorted(candidates)
        with self.r.pipeline(transaction=False) as pipe:
            for id_ in ids:
                pipe.zscore(self._k("fp:seq"), id_)
            pipe.hmget(self._k("fp"), ids)
            pipe.hmget(self._k("fp:pub"), ids)
            *seqs, values, pubs = pipe.execute()
        found = [
            (_text(pub) if pub is not None else LEGACY, seq if seq is not None else float("inf"), id_)
            for id_, seq, value, pub in zip(ids, seqs, values, pubs, strict=True)
            if value is not None and similarity(signature, unpack(value)) >= THRESHOLD
        ]
        return earliest(found, published)

    def record(self, article: Article, *, listing_modified: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        now = now_iso()
        signature = fingerprint(article.text)
        known = {
            "id": article.id,
            "content_hash": article.content_hash,
            "revision": article.revision,
            "listing_modified": listing_modified,
            "first_seen": now,
            "last_seen": now,
        }
        keys = {normalize_url(article.url), *(normalize_url(a) for a in aliases)}
        bands = (
            [self._k(f"fp:b{i}:{value}") for i, value in enumerate(band_keys(signature))]
            if signature is not None
            else []
        )
        if signature is not None:
            # Before the fingerprint is visible: a lookup never sees it without its publication key.
            self.r.hset(self._k("fp:pub"), article.id, published_key(article))
        self._record(
            keys=[self._k("articles"), self._k("aliases"), self._k("fp"), self._k("fp:seq"), *bands],
            args=[
                article.canonical_url,
                json.dumps(known),
                article.id,
                b"" if signature is None else pack(signature),
                *sorted(keys),
            ],
        )

    def _claim_keys(self, scope: str) -> list[str]:
        return [
            self._k(f"claims:{scope}"),
            self._k(f"claims:{scope}:deferred"),
            self._k(f"claims:{scope}:owner"),
            self._k(f"claims:{scope}:pending"),
        ]

    def claim(self, scope: str, wants: list[tuple[str, str, str | None]]) -> list[int]:
        if not wants:
            return []
        args = [v for key, want, payload in wants for v in (key, want, payload or "")]
        return [int(x) for x in self._claim(keys=self._claim_keys(scope), args=args)]

    def take_deferred(self, scope: str) -> list[str]:
        keys = self._claim_keys(scope)[:2]
        return [p.decode() if isinstance(p, bytes) else p for p in self._take_deferred(keys=keys)]

    def finish(self, scope: str, keys: list[str]) -> None:
        if keys:
            self._finish(keys=self._claim_keys(scope)[:1], args=keys)

    def take_unfinished(self, scope: str) -> list[str]:
        keys = self._take_unfinished(keys=self._claim_keys(scope)[:1])
        return [k.decode() if isinstance(k, bytes) else k for k in keys]

    def inherit(self, scope: str, keys: list[str]) -> None:
        if keys:
            self.r.hset(self._k(f"claims:{scope}"), mapping=dict.fromkeys(keys, "I"))

    def claimed(self, scope: str, key: str) -> str | None:
        found = self.r.hget(self._k(f"claims:{scope}"), key)
        return _text(found) if found is not None else None

    def inherited(self, scope: str) -> list[str]:
        found = self.r.hgetall(self._k(f"claims:{scope}"))
        return [_text(k) for k, v in found.items() if v in (b"I", b"J")]

    def release(self, scope: str) -> None:
        self.r.delete(*self._claim_keys(scope), self._k(f"claims:{scope}:recovered"))

    # --- emit claims as leases; a job's workers dying: recovered runs, lapsed leases, claims given back ------------
    def claim_emit(self, scope: str, key: str, run_id: str, lease_s: float) -> int:
        """Claim an article's emit key (``c:<canonical>``) for run_id as a lease that `settle` makes final once the
        article's line is committed. Answers (EMIT_*): won; taken over from a holder that is gone (not alive, or its
        files recovered); held by a live worker (its line may still come: ask again later); lost (final, or this
        run holds it already). Also renews run_id's alive key (`alive`)."""
        claims, deferred, owner, pending = self._claim_keys(scope)
        keys = [claims, deferred, owner, pending, self._k(f"claims:{scope}:recovered"), self._alive_key(run_id)]
        return int(self._claim_emit(keys=keys, args=[key, run_id, self._alive_key(""), _ms(lease_s)]))

    def settle(self, scope: str, key: str, run_id: str) -> bool:
        """run_id's record for key is committed: its lease becomes final. False when run_id no longer held it."""
        return bool(self._settle(keys=[self._claim_keys(scope)[3]], args=[key, run_id]))

    def alive(self, run_id: str, lease_s: float) -> None:
        """run_id is alive and reaches Redis for lease_s seconds more: its emit leases hold until then."""
        self.r.set(self._alive_key(run_id), "1", px=_ms(lease_s))

    def gone(self, run_id: str) -> None:
        """run_id ended: any lease it still holds (a record it never wrote) lapses now."""
        self.r.delete(self._alive_key(run_id))

    def _alive_key(self, run_id: str) -> str:
        return self._k(f"alive:{run_id}")

    def mark_recovered(self, scope: str, run_id: str) -> None:
        """The files of run_id (a dead worker of the job) were recovered: its articles are in the state now, and its
        leases lapse at once (without waiting for its alive key to expire)."""
        self.r.sadd(self._k(f"claims:{scope}:recovered"), run_id)

    def unclaim(self, scope: str, key: str) -> None:
        """Give a claim back (its record could not be written: disk full), so a re-delivery of its page wins it."""
        claims, _deferred, owner, pending = self._claim_keys(scope)
        with self.r.pipeline(transaction=True) as pipe:
            pipe.hdel(claims, key)
            pipe.hdel(owner, key)
            pipe.hdel(pending, key)
            pipe.execute()

    def count(self) -> int:
        """Number of articles remembered."""
        return int(self.r.hlen(self._k("articles")))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.r.close()


def open_store(redis_url: str, prefix: str = PREFIX, retry_for: float | None = None, **kwargs: Any) -> RedisStateStore:
    """Connect (and check the connection now, so a wrong URL fails the run at start); retry_for: see `client_for`."""
    try:
        client = client_for(redis_url, retry_for, **kwargs)
        client.ping()
    except redis.RedisError as exc:
        raise StateError(f"cannot reach the Redis state store at {redis_url}: {exc}") from exc
    return RedisStateStore(client, prefix)
