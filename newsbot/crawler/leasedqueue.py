"""The shared request queue of a Redis job as a Redis Stream with a consumer group: requests are leased, not popped.

scrapy-redis's queues pop a request (LPOP, ZPOPMIN) before it is fetched: a worker killed with SIGKILL takes its
in-flight requests with it. `StreamQueue` (behind scrapy-redis's queue interface: push, pop, len, clear) keeps
each request in the stream until the worker that took it acknowledges it:

* ``push`` -- XADD, in one Lua script with the dupefilter's SADD (`push_new`): a request is in the dupefilter
  exactly when it is in the stream (or done), so a worker killed between the two cannot strand it;
* ``pop`` -- XREADGROUP ``>`` (each entry is delivered to one worker of the group: no page fetched twice in
  normal running). A worker first takes back what a predecessor of the same name (``NEWSBOT_REDIS_WORKER``)
  left pending (XREADGROUP ``0``), and every few seconds takes over entries left unacknowledged by any worker
  for ``NEWSBOT_REDIS_LEASE_IDLE`` seconds (XAUTOCLAIM): a dead worker's requests. Such requests carry
  ``meta["newsbot_redelivered"]``;
* ``ack`` -- XACK and XDEL (one script) once everything the response gave was handled: its records written,
  its links queued (`newsbot.crawler.redis` calls it when Scrapy's scraper is done with the response); a
  redirect or retry of a leased request is queued and its lease acknowledged in one script (`push_new`);
* ``renew`` -- the worker's in-flight entries are re-claimed by it (XCLAIM JUSTID, only those it still owns)
  every third of the lease time, so a slow page is never taken over while its worker lives.

``len`` is XLEN: acknowledged entries are deleted, so it counts requests waiting plus requests in flight
anywhere (a worker stays open while another may still fail and hand its requests back). The stream is FIFO:
scrapy-redis's request priorities are not kept (the shared frontier is worked breadth-first).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from typing import Any

from scrapy import Request, Spider
from scrapy_redis.queue import Base

logger = logging.getLogger(__name__)

#: Consumer group of a job's workers.
GROUP = "workers"
#: Request meta: the stream entry id a request was leased as; set on re-delivered requests.
LEASE, REDELIVERED = "newsbot_lease", "newsbot_redelivered"
#: Meta keys that belong to one delivery, never written back to the stream.
_DELIVERY_META = (LEASE, REDELIVERED, "newsbot_inherited")

# KEYS: stream, dupefilter set. ARGV: fingerprint ("" = do not filter), encoded request, lease to acknowledge ("").
# Returns 1 when queued, 0 when the dupefilter had it.
_PUSH = """
local queued = 0
if ARGV[1] == '' or redis.call('SADD', KEYS[2], ARGV[1]) == 1 then
  redis.call('XADD', KEYS[1], '*', 'r', ARGV[2])
  queued = 1
end
if ARGV[3] ~= '' then
  redis.call('XACK', KEYS[1], 'workers', ARGV[3])
  redis.call('XDEL', KEYS[1], ARGV[3])
end
return queued
"""

# KEYS: stream. ARGV: entry ids.
_ACK = """
redis.call('XACK', KEYS[1], 'workers', unpack(ARGV))
return redis.call('XDEL', KEYS[1], unpack(ARGV))
"""

# KEYS: stream. ARGV: consumer, then entry ids. Resets the idle time of the ids this consumer still owns.
_RENEW = """
local mine = {}
for i = 2, #ARGV do
  local p = redis.call('XPENDING', KEYS[1], 'workers', ARGV[i], ARGV[i], 1)
  if p[1] and p[1][2] == ARGV[1] then mine[#mine + 1] = ARGV[i] end
end
if #mine > 0 then redis.call('XCLAIM', KEYS[1], 'workers', ARGV[1], 0, unpack(mine), 'JUSTID') end
return #mine
"""


def default_worker_name() -> str:
    """``<hostname>-<pid>``: unique among live workers (a stable name is better: see NEWSBOT_REDIS_WORKER)."""
    return f"{socket.gethostname()}-{os.getpid()}"


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class StreamQueue(Base):
    """scrapy-redis queue over a Redis Stream and consumer group (see the module docstring)."""

    def __init__(
        self,
        server: Any,
        spider: Spider,
        key: str,
        serializer: Any = None,
        *,
        consumer: str | None = None,
        lease_idle: float = 60.0,
    ) -> None:
        super().__init__(server, spider, key, serializer)
        self.consumer = consumer or default_worker_name()
        self.lease_idle_ms = max(1, int(lease_idle * 1000))
        self.renew_every = max(0.5, lease_idle / 3)
        self.claim_every = min(5.0, max(0.5, lease_idle / 4))
        self._push = server.register_script(_PUSH)
        self._ack = server.register_script(_ACK)
        self._renew = server.register_script(_RENEW)
        #: Entries this worker holds (leased, not acknowledged yet).
        self.inflight: set[str] = set()
        #: Re-delivered entries taken back or over, waiting to be handed out first.
        self.redelivered: list[tuple[str, bytes]] = []
        self._own_pending_read = False
        self._last_claim = 0.0
        self._claim_cursor = "0-0"
        self._last_renew = time.monotonic()
        self.stats = {"acked": 0, "redelivered": 0}
        self._ensure_group()

    def _ensure_group(self) -> None:
        try:
            # From id 0: entries queued before the group existed are delivered too.
            self.server.xgroup_create(self.key, GROUP, id="0", mkstream=True)
        except Exception as exc:  # redis.ResponseError BUSYGROUP: another worker made it first
            if "BUSYGROUP" not in str(exc):
                raise

    # --- scrapy-redis's queue interface -----------------------------------------------------------------
    def __len__(self) -> int:
        return int(self.server.xlen(self.key))

    def push(self, request: Request) -> None:
        """Queue request unconditionally (the scheduler uses `push_new`, which checks the dupefilter too)."""
        self.push_new(request, None, None)

    def push_new(self, request: Request, dupefilter_key: str | None, fingerprint: str | None) -> bool:
        """Queue request unless its fingerprint is in the dupefilter (None: no check), atomically with adding it
        there; acknowledges the lease the request carries (a redirect or retry continues a leased request)."""
        lease = request.meta.get(LEASE, "")
        if lease:
            self.inflight.discard(lease)
        queued = self._push(
            keys=[self.key, dupefilter_key or self.key + ":nofilter"],
            args=[fingerprint or "", self._encode(request), lease],
        )
        return bool(queued)

    def _encode(self, request: Request) -> bytes:
        if any(k in request.meta for k in _DELIVERY_META):
            request = request.replace(meta={k: v for k, v in request.meta.items() if k not in _DELIVERY_META})
        return self._encode_request(request)

    def pop(self, timeout: float = 0) -> Request | None:
        """The next request for this worker: re-delivered ones first, then a new entry; None when none is free."""
        self._maybe_renew()
        if not self.redelivered:
            self._take_back()
        if self.redelivered:
            entry_id, data = self.redelivered.pop(0)
            self.stats["redelivered"] += 1
            return self._lease(entry_id, data, redelivered=True)
        reply = self.server.xreadgroup(GROUP, self.consumer, {self.key: ">"}, count=1)
        for _stream, entries in reply or []:
            for entry_id, fields in entries:
                return self._lease(_text(entry_id), fields[b"r"], redelivered=False)
        return None

    def clear(self) -> None:
        self.server.delete(self.key)

    # --- leases ---------------------------------------------------------------------------------------
    def _lease(self, entry_id: str, data: bytes, redelivered: bool) -> Request:
        request = self._decode_request(data)
        request.meta[LEASE] = entry_id
        if redelivered:
            request.meta[REDELIVERED] = True
        self.inflight.add(entry_id)
        return request

    def _take_back(self) -> None:
        """Entries a predecessor of this name left pending (once), then, every few seconds, any worker's entries
        idle for longer than the lease (XAUTOCLAIM)."""
        found: list[tuple[Any, Any]] = []
        if not self._own_pending_read:
            self._own_pending_read = True
            for _stream, entries in self.server.xreadgroup(GROUP, self.consumer, {self.key: "0"}, count=1000) or []:
                found += entries
        now = time.monotonic()
        if not found and now - self._last_claim >= self.claim_every:
            self._last_claim = now
            reply = self.server.xautoclaim(
                self.key, GROUP, self.consumer, self.lease_idle_ms, self._claim_cursor, count=50
            )
            self._claim_cursor = _text(reply[0]) if reply else "0-0"
            found = reply[1] if reply else []
        for entry_id, fields in found:
            entry = _text(entry_id)
            if not fields or b"r" not in fields:
                self._ack(keys=[self.key], args=[entry])  # deleted meanwhile: nothing to do
                continue
            if entry in self.inflight:
                continue
            self.redelivered.append((entry, fields[b"r"]))
        if found:
            logger.warning("took back %d requests left unacknowledged by a dead worker", len(self.redelivered))

    def ack(self, request: Request) -> bool:
        """Acknowledge request's lease (its response was fully handled); False when it had none."""
        entry = request.meta.get(LEASE)
        if not entry or entry not in self.inflight:
            return False
        self._ack(keys=[self.key], args=[entry])
        self.inflight.discard(entry)
        self.stats["acked"] += 1
        return True

    def _maybe_renew(self) -> None:
        if time.monotonic() - self._last_renew >= self.renew_every:
            self.renew()

    def renew(self) -> None:
        """Reset the idle time of this worker's in-flight entries so no other worker takes them over."""
        self._last_renew = time.monotonic()
        held = self.inflight | {entry for entry, _ in self.redelivered}
        if held:
            self._renew(keys=[self.key], args=[self.consumer, *sorted(held)])
