"""The incremental state in Redis: the same `StateStore` protocol as the SQLite store, shared by every
crawler process on every machine that points ``NEWSBOT_REDIS_URL`` at the same server.

Keys (prefix ``newsbot:state:``):

* ``articles`` -- hash canonical URL -> JSON of `Known` (id, content_hash, revision, listing_modified,
  first_seen, last_seen);
* ``aliases`` -- hash normalized URL -> canonical URL;
* ``fp`` -- hash article id -> packed MinHash signature; ``fp:seq`` -- sorted set id -> insertion
  order; ``fp:b<band>:<key>`` -- sets of ids per LSH band key, to find near-duplicate candidates.

`record` runs as one Lua script, so the upsert (revision = max, listing date kept when the new one is
missing) is atomic even with many writers; Redis persists per its own configuration (AOF/RDB).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import redis

from .extraction.urls import normalize_url
from .models import Article
from .neardup import THRESHOLD, Signature, band_keys, fingerprint, pack, similarity, unpack
from .state import Known, StateError

PREFIX = "newsbot:state:"

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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RedisStateStore:
    """`StateStore` in Redis (see the module docstring for the key layout)."""

    def __init__(self, client: redis.Redis, prefix: str = PREFIX) -> None:
        self.r = client
        self.prefix = prefix
        self._record = client.register_script(_RECORD)
        self._closed = False

    def _k(self, name: str) -> str:
        return self.prefix + name

    def seen(self, canonical: str) -> Known | None:
        raw = self.r.hget(self._k("articles"), canonical)
        if raw is None:
            return None
        data = json.loads(raw)
        return Known(data["id"], data["content_hash"], int(data["revision"]), data.get("listing_modified"),
                     data.get("first_seen"), data.get("last_seen"))

    def canonical_for(self, url: str) -> str | None:
        key = normalize_url(url)
        found = self.r.hget(self._k("aliases"), key)
        if found is not None:
            return found.decode()
        return key if self.r.hexists(self._k("articles"), key) else None

    def find_near_duplicate(self, signature: Signature, exclude_id: str | None = None) -> str | None:
        keys = [self._k(f"fp:b{i}:{value}") for i, value in enumerate(band_keys(signature))]
        candidates = {m.decode() for m in self.r.sunion(keys)} - {exclude_id or ""}
        if not candidates:
            return None
        ids = sorted(candidates)
        with self.r.pipeline(transaction=False) as pipe:
            for id_ in ids:
                pipe.zscore(self._k("fp:seq"), id_)
            pipe.hmget(self._k("fp"), ids)
            *seqs, values = pipe.execute()
        ordered = sorted((seq if seq is not None else float("inf"), id_, value)
                         for id_, seq, value in zip(ids, seqs, values, strict=True))
        for _, id_, value in ordered:
            if value is not None and similarity(signature, unpack(value)) >= THRESHOLD:
                return id_
        return None

    def record(self, article: Article, *, listing_modified: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        now = _now()
        signature = fingerprint(article.text)
        known = {"id": article.id, "content_hash": article.content_hash, "revision": article.revision,
                 "listing_modified": listing_modified, "first_seen": now, "last_seen": now}
        keys = {normalize_url(article.url), *(normalize_url(a) for a in aliases)}
        bands = ([self._k(f"fp:b{i}:{value}") for i, value in enumerate(band_keys(signature))]
                 if signature is not None else [])
        self._record(keys=[self._k("articles"), self._k("aliases"), self._k("fp"), self._k("fp:seq"), *bands],
                     args=[article.canonical_url, json.dumps(known), article.id,
                           b"" if signature is None else pack(signature), *sorted(keys)])

    def count(self) -> int:
        """Number of articles remembered."""
        return int(self.r.hlen(self._k("articles")))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.r.close()


def open_store(redis_url: str, prefix: str = PREFIX, **kwargs: Any) -> RedisStateStore:
    """Connect (and check the connection now, so a wrong URL fails the run at start)."""
    try:
        client = redis.Redis.from_url(redis_url, socket_timeout=30, **kwargs)
        client.ping()
    except redis.RedisError as exc:
        raise StateError(f"cannot reach the Redis state store at {redis_url}: {exc}") from exc
    return RedisStateStore(client, prefix)
