"""Per-run claims: each URL the crawl discovers (and each canonical URL it emits) is decided once per run.

A claim is a key (``u:<url>`` for a discovered URL, ``c:<canonical URL>`` for an emitted article) in
one of four states, kept in the state store (`newsbot.state`), not in process memory:

* ``F`` -- being fetched: its record comes from the response (or the failure); once that arrived the claim
  becomes ``R`` (`RunClaims.fetched`). A run that stops early (max_articles, a shutdown signal) writes a
  ``limit`` rejection at close for every key still ``F`` -- queued or in flight, never answered
  (`RunClaims.take_unfinished`); a SIGKILLed run's ``F`` claims are dropped and the resuming run fetches them;
* ``R`` -- recorded: a record was (or is being) written;
* ``D`` -- deferred: the URL would end as a rejection (deeper than DEPTH_LIMIT, older than ``since``, known
  from an earlier run), but a later discovery may still fetch it (a shallower link, a listing date saying
  it changed). The rejection waits in the store and is written at the end of the run unless a later
  claim took the URL over;
* ``I`` -- inherited: recorded by a killed run that this run resumes (not recorded again). A listing page
  is still fetched once for its links (``J``: the killed run may have died before following them), its
  record suppressed; an inherited article is not fetched (its links lead to articles only).

Claiming is atomic in the store (one SQLite transaction, one Redis Lua script): of two claims of one
key only one wins, which makes the emit decision atomic across Redis workers too. The scope is the
run id (SQLite; released when the run closes) or the Redis job and outlet (shared by the job's workers
and kept like the job's dupefilter, so a stopped job resumes with them).

A bounded cache in front remembers keys known to be final (F, R, I): claims never go back, so a cache
hit is exact, and a miss only costs a store query.
"""

from __future__ import annotations

from typing import Protocol

from newsbot.state.bounded import BoundedDict

#: What a claim can want: fetch it, record it now, or defer a record to the end of the run.
FETCH, RECORD, DEFER = "F", "R", "D"
#: Payload of a FETCH claim for a listing page: an inherited one is fetched for its links only.
LINKS = "links"
#: Claim answers: lost (decided already), won, won an inherited listing page to fetch for its links only.
LOST, WON, LINKS_ONLY = 0, 1, 2

#: Claim states beyond the wants: inherited from a killed run, and an inherited listing page being fetched.
INHERITED, INHERITED_FETCHING = "I", "J"

#: Answers of a Redis job's emit claim, a lease (`newsbot.state.redis.RedisStateStore.claim_emit`): lost (final, or
#: held by this run already), won (a new claim), taken over (a lapsed lease: its holder is gone), held (the lease of
#: a live worker: its line may still come).
EMIT_LOST, EMIT_WON, EMIT_TAKEN_OVER, EMIT_HELD = 0, 1, 2, 3


def transition(old: str | None, want: str, payload: str | None) -> tuple[str | None, int]:
    """A claim's new state (None: unchanged) and its answer, given the key's current state. The rule every
    store applies inside its transaction (the Redis Lua script in newsbot.state.redis spells it out again)."""
    if old is None or (old == DEFER and want != DEFER):
        return want, WON
    if old == INHERITED and want == FETCH and payload == LINKS:
        return INHERITED_FETCHING, LINKS_ONLY
    return None, LOST


class ClaimStore(Protocol):
    """The claim part of `newsbot.state.base.StateStore` (every store has it), which `RunClaims` uses; also
    `MemoryClaims` for a crawler without a store. See `StateStore` for what each method does."""

    def claim(self, scope: str, wants: list[tuple[str, str, str | None]]) -> list[int]: ...
    def take_deferred(self, scope: str) -> list[str]: ...
    def finish(self, scope: str, keys: list[str]) -> None: ...
    def take_unfinished(self, scope: str) -> list[str]: ...
    def inherit(self, scope: str, keys: list[str]) -> None: ...
    def claimed(self, scope: str, key: str) -> str | None: ...
    def inherited(self, scope: str) -> list[str]: ...
    def release(self, scope: str) -> None: ...


class MemoryClaims:
    """The claim semantics in process memory: only for a crawler without a state store (unit tests)."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, str]] = {}
        self.payloads: dict[str, dict[str, str]] = {}

    def claim(self, scope: str, wants: list[tuple[str, str, str | None]]) -> list[int]:
        """See `newsbot.state.base.StateStore.claim`."""
        states = self.states.setdefault(scope, {})
        payloads = self.payloads.setdefault(scope, {})
        out = []
        for key, want, payload in wants:
            new, answer = transition(states.get(key), want, payload)
            if new is not None:
                states[key] = new
                if new == DEFER:
                    payloads[key] = payload or ""
                else:
                    payloads.pop(key, None)
            out.append(answer)
        return out

    def take_deferred(self, scope: str) -> list[str]:
        """See `newsbot.state.base.StateStore.take_deferred`."""
        payloads = self.payloads.pop(scope, {})
        for key in payloads:
            self.states[scope][key] = RECORD
        return list(payloads.values())

    def finish(self, scope: str, keys: list[str]) -> None:
        """See `newsbot.state.base.StateStore.finish`."""
        states = self.states.setdefault(scope, {})
        for key in keys:
            if states.get(key) == FETCH:
                states[key] = RECORD

    def take_unfinished(self, scope: str) -> list[str]:
        """See `newsbot.state.base.StateStore.take_unfinished`."""
        states = self.states.setdefault(scope, {})
        keys = [k for k, v in states.items() if v == FETCH]
        self.finish(scope, keys)
        return keys

    def inherit(self, scope: str, keys: list[str]) -> None:
        """See `newsbot.state.base.StateStore.inherit`."""
        self.states.setdefault(scope, {}).update(dict.fromkeys(keys, INHERITED))

    def claimed(self, scope: str, key: str) -> str | None:
        """See `newsbot.state.base.StateStore.claimed`."""
        return self.states.get(scope, {}).get(key)

    def inherited(self, scope: str) -> list[str]:
        """See `newsbot.state.base.StateStore.inherited`."""
        return [k for k, v in self.states.get(scope, {}).items() if v in (INHERITED, INHERITED_FETCHING)]

    def release(self, scope: str) -> None:
        """See `newsbot.state.base.StateStore.release`."""
        self.states.pop(scope, None)
        self.payloads.pop(scope, None)


class RunClaims:
    """One run's claims in a store, with a bounded cache of keys known to be final."""

    #: Answered FETCH claims are marked in the store in batches of this size: a lost batch (SIGKILL) costs
    #: nothing, the killed run's claims are dropped anyway; a clean close writes the rest first.
    FINISH_BATCH = 200

    def __init__(self, store: ClaimStore, scope: str, cache_size: int = 50_000) -> None:
        self.store = store
        self.scope = scope
        self._final: BoundedDict[str, bool] = BoundedDict(cache_size)
        self._answered: list[str] = []

    def is_final(self, key: str) -> bool:
        """True when key is known (from the cache) to be fetched or recorded already: nothing more to decide."""
        return self._final.get(key) is not None

    def claim(self, wants: list[tuple[str, str, str | None]]) -> list[int]:
        """Claim distinct keys (key, FETCH/RECORD/DEFER, payload of a deferred record); WON where the caller
        won: a new key, or a deferred one taken over by FETCH or RECORD. A won FETCH must be fetched and a
        won RECORD recorded by the caller; a won DEFER is recorded at the end of the run (`take_deferred`);
        LINKS_ONLY: an inherited listing page (FETCH with payload LINKS) to fetch without recording it."""
        todo = [i for i, (key, _, _) in enumerate(wants) if not self.is_final(key)]
        out = [LOST] * len(wants)
        if not todo:
            return out
        results = self.store.claim(self.scope, [wants[i] for i in todo])
        for i, ok in zip(todo, results, strict=True):
            out[i] = ok
            if ok and wants[i][1] != DEFER:
                self._final[wants[i][0]] = True
        return out

    def claim_one(self, key: str, want: str, payload: str | None = None) -> bool:
        """`claim` for one key: True when won."""
        return self.claim([(key, want, payload)])[0] == WON

    def holds(self, key: str) -> bool:
        """True when key is claimed final (F, R or I) in this run; asks the store on a cache miss."""
        if self.is_final(key):
            return True
        if self.store.claimed(self.scope, key) in (FETCH, RECORD, "I", "J"):
            self._final[key] = True
            return True
        return False

    def fetched(self, key: str) -> None:
        """The response (or failure) for a won FETCH claim arrived: its record comes from there, not from
        `take_unfinished`."""
        self._answered.append(key)
        if len(self._answered) >= self.FINISH_BATCH:
            self.flush_fetched()

    def flush_fetched(self) -> None:
        """Write the buffered `fetched` marks to the store."""
        if self._answered:
            keys, self._answered = self._answered, []
            self.store.finish(self.scope, keys)

    def take_unfinished(self) -> list[str]:
        """Keys claimed for fetching whose response never arrived (the crawl stopped first), each returned
        once; they count as recorded from now on."""
        self.flush_fetched()
        return self.store.take_unfinished(self.scope)

    def inherited_key(self, key: str) -> bool:
        """True when key was recorded by the killed run this one resumes (state I or J). Asked when a redirect
        lands on a URL that was never claimed under its own name here: the killed run may have recorded it."""
        return self.store.claimed(self.scope, key) in ("I", "J")

    def take_deferred(self) -> list[str]:
        """The deferred records' payloads (each returned once; they count as recorded from now on)."""
        return self.store.take_deferred(self.scope)

    def inherit(self, keys: list[str]) -> None:
        """Keys recorded by a killed run this one resumes: never fetched or recorded again in this run."""
        if keys:
            # Not cached as final: an inherited listing page is still fetched once for its links.
            self.store.inherit(self.scope, keys)

    def release(self) -> None:
        """Forget this run's claims (at a clean close; a killed run's stay for the run that resumes it)."""
        self.store.release(self.scope)


class JobClaims(RunClaims):
    """The claims of a Redis job, shared by its workers. While ``rechecking`` (the callback of a page re-delivered
    after its worker died runs), a FETCH claim lost to a key still in state F counts as won: the dead worker may
    have claimed the link and died before queueing it (the scheduler's dupefilter drops it if it was queued)."""

    rechecking = False

    def claim(self, wants: list[tuple[str, str, str | None]]) -> list[int]:
        out = super().claim(wants)
        if self.rechecking:
            for i, (key, want, _) in enumerate(wants):
                if out[i] == LOST and want == FETCH and self.store.claimed(self.scope, key) == FETCH:
                    out[i] = WON
        return out
