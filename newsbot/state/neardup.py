"""Near-duplicate detection: MinHash of word shingles, with LSH banding for index lookups.

The same wire story run by two outlets (or twice by one) differs in a dateline, a byline, an added
sentence; most of its 3-word shingles are shared. Two texts are near-duplicates when the Jaccard
similarity of their shingle sets, estimated from `PERMUTATIONS` min-hashes, is at least `THRESHOLD`.

Why MinHash and not a 64-bit simhash: simhash at the usual 3-bit distance only catches copies that
differ in ~1% of their shingles; a wire story with a new intro and an extra line differs in 10-20%.

Lookups never compare against every stored text: the signature is cut into `BANDS` bands of
`ROWS` values and each band hashed to one integer (`band_keys`); texts sharing at least one band key
are candidates, then checked with `similarity`. With 20 bands of 6 rows, a pair at Jaccard 0.8 is a
candidate with probability 0.998, a pair at 0.3 with 0.015.

Which copy is the original: the earliest-published one (`published_key`), then the first emitted. A lookup
passes the new text's own key and gets only copies published no later (`find`, and the stores'
``find_original``), so ``duplicate_of`` never points from an earlier story to a later one, whatever order
the copies were fetched in, and the answer is the same in every run that knows both.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import struct
import unicodedata
from collections import OrderedDict
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is optional (the "fast" extra) and imported on first use
    import numpy
    from numpy.typing import NDArray

    _U64 = NDArray[numpy.uint64]

#: Estimated Jaccard similarity of 3-word shingle sets from which two texts are near-duplicates.
THRESHOLD = 0.6
#: Words per shingle: long enough that unrelated texts in one language share few, short enough to survive edits.
SHINGLE = 3
#: Texts with fewer words than this are not fingerprinted (too little signal; stubs would collide).
MIN_WORDS = 40
BANDS = 20
ROWS = 6
PERMUTATIONS = BANDS * ROWS

_PRIME = (1 << 61) - 1
_MAX = (1 << 64) - 1
# Fixed seed: signatures must compare across runs, processes and machines.
_rng = random.Random(0x6E657773626F74)
_PERMS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]

_WORD = re.compile(r"\w+", re.UNICODE)


@functools.cache
def _numpy() -> tuple[ModuleType, tuple[_U64, _U64, _U64]] | None:
    """numpy and the permutations as uint64 columns, or None. Optional (the "fast" extra) and imported on
    first use: the crawler process normally gets signatures from the workers and never needs it."""
    try:
        import numpy as np
    except ImportError:
        return None
    return np, (
        np.array([a >> 32 for a, _ in _PERMS], dtype=np.uint64)[:, None],
        np.array([a & 0xFFFFFFFF for a, _ in _PERMS], dtype=np.uint64)[:, None],
        np.array([b for _, b in _PERMS], dtype=np.uint64)[:, None],
    )


Signature = tuple[int, ...]


def _grams(text: str) -> set[str]:
    """The distinct `SHINGLE`-word shingles of the text; empty when it has fewer than `MIN_WORDS` words."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < MIN_WORDS:
        return set()
    # The same shingles as " ".join(words[i:i + SHINGLE]) for each i, built by zip (no slice per shingle).
    return set(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)), strict=False)))


def _shingles(text: str) -> set[int]:
    # De-duplicated before hashing: a repeated shingle hashes to the same value anyway.
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return {from_bytes(blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big") for gram in _grams(text)}


#: Recently computed signatures by text. The state stage and the store both need an article's signature
#: (~10 ms of pure Python for a long text), and the extraction workers compute it off the crawler's core
#: (`remember`); bounded, so it holds only the articles in flight.
_MEMO: OrderedDict[str, Signature | None] = OrderedDict()
_MEMO_SIZE = 256


def fingerprint(text: str) -> Signature | None:
    """MinHash signature (`PERMUTATIONS` integers) of the text; None when it is too short."""
    if text in _MEMO:
        _MEMO.move_to_end(text)
        return _MEMO[text]
    signature = None
    found = _numpy()
    if found is None:
        shingles = _shingles(text)
        if shingles:
            signature = _minhash_python([x % _PRIME for x in shingles])
    elif grams := _grams(text):
        # _shingles() as one uint64 array: the digests read as big-endian integers by numpy instead of
        # one int.from_bytes() each, and reduced mod p in one operation.
        np = found[0]
        blake2b = hashlib.blake2b
        digests = b"".join([blake2b(gram.encode("utf-8"), digest_size=8).digest() for gram in grams])
        x = np.frombuffer(digests, dtype=">u8").astype(np.uint64)
        x %= np.uint64(_PRIME)
        signature = _minhash_array(np, found[1], x)
    remember(text, signature)
    return signature


def _minhash_python(values: list[int]) -> Signature:
    return tuple(min((a * x + b) % _PRIME for x in values) for a, b in _PERMS)


def _minhash_numpy(values: list[int]) -> Signature:
    """The same signature as `_minhash_python`, bit for bit, ~100x faster (see `_minhash_array`)."""
    found = _numpy()
    if found is None:
        return _minhash_python(values)
    np, perms = found
    return _minhash_array(np, perms, np.array(values, dtype=np.uint64))


def _minhash_array(np: ModuleType, perms: tuple[_U64, _U64, _U64], x: _U64) -> Signature:
    """`_minhash_python` of the uint64 values x (each < p), bit for bit: exact 61-bit modular arithmetic on
    uint64 halves (the pure-Python loop was ~14 ms of a ~45 ms article). Permutations are done a block at a
    time with in-place operations, so the temporaries stay in the CPU cache (1.7x faster than all at once).

    Bounds (p = 2**61 - 1, a and x < 2**61, so ah, xh < 2**29 and al, xl < 2**32), which keep every sum
    below 2**64 with only two reductions: 8*ah*xh < 2**61; mid = ah*xl + al*xh < 2**62, taken to
    mid*2**32 mod p < 2**61 + 2**33; al*xl < 2**64, reduced to < 2**61 + 8; their sum < 2**63, plus b
    < 2**63 + 2**61; one fold leaves < p + 5, and one conditional subtraction of p gives the residue.
    """
    ah_all, al_all, b_all = perms
    xh, xl = (x >> np.uint64(32))[None, :], (x & np.uint64(0xFFFFFFFF))[None, :]  # x = xh*2^32 + xl, xh < 2^29
    prime, s3, s29, s32, s61 = np.uint64(_PRIME), np.uint64(3), np.uint64(29), np.uint64(32), np.uint64(61)
    m29 = np.uint64((1 << 29) - 1)
    out = np.empty(PERMUTATIONS, dtype=np.uint64)
    for start in range(0, PERMUTATIONS, _BLOCK):
        ah, al, b = ah_all[start : start + _BLOCK], al_all[start : start + _BLOCK], b_all[start : start + _BLOCK]
        # a*x = ah*xh*2^64 + (ah*xl + al*xh)*2^32 + al*xl, and 2^64 = 8, 2^61 = 1 (mod p)
        total = ah * xh
        total <<= s3  # < 2^61
        mid = ah * xl
        tmp = al * xh
        mid += tmp  # < 2^62
        np.right_shift(mid, s29, out=tmp)  # mid*2^32 mod p = (mid mod 2^29)*2^32 + mid>>29, < 2^61 + 2^33
        mid &= m29
        mid <<= s32
        mid += tmp
        total += mid  # < 2^62 + 2^33
        np.multiply(al, xl, out=mid)  # al*xl < 2^64 (uint64 exact)
        _fold_into(np, mid, tmp, prime, s61)  # < 2^61 + 8
        total += mid  # < 2^63
        total += b  # < 2^63 + 2^61
        _fold_into(np, total, tmp, prime, s61)  # < p + 5
        np.subtract(total, prime, out=tmp)  # wraps around (huge) where total < p
        np.minimum(total, tmp, out=total)
        out[start : start + _BLOCK] = total.min(axis=1)
    return tuple(int(v) for v in out)


#: Permutations per block in `_minhash_array`.
_BLOCK = 24


def _fold_into(np: ModuleType, v: _U64, tmp: _U64, prime: numpy.uint64, s61: numpy.uint64) -> None:
    """In place: v = (v & p) + (v >> 61), i.e. v mod 2**61-1 up to one subtraction: 2**61 = 1 (mod 2**61-1)."""
    np.right_shift(v, s61, out=tmp)
    v &= prime
    v += tmp


def remember(text: str, signature: Signature | None) -> None:
    """Record a signature computed elsewhere (an extraction worker) so `fingerprint(text)` does not redo it."""
    _MEMO[text] = signature
    _MEMO.move_to_end(text)
    while len(_MEMO) > _MEMO_SIZE:
        _MEMO.popitem(last=False)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def band_keys(signature: Signature) -> list[int]:
    """One integer per band (signed 63-bit, fits SQLite); equal keys in one band make a candidate pair."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(
            struct.pack(f">{ROWS}Q", *chunk), digest_size=8, person=band.to_bytes(2, "big")
        ).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def pack(signature: Signature) -> bytes:
    """Signature as bytes (for storage)."""
    return struct.pack(f">{len(signature)}Q", *signature)


def unpack(blob: bytes) -> Signature:
    """Inverse of `pack`."""
    return struct.unpack(f">{len(blob) // 8}Q", blob)


_LAST = float("inf")
#: The `published_key` of an article without a publication date: after every date.
UNDATED = "~"
#: The key fingerprints recorded before publication keys were kept read as (schema 1 stores): before every
#: date, so they stay the original they were (the earliest recorded).
LEGACY = ""


def published_key(article: Any) -> str:
    """A sortable publication key of an article (a schema-2 record, model or dict): the instant in UTC
    ("2024-03-05T07:30:00Z"); a day-only date as that day's 00:00 UTC; `UNDATED` when the page gives none."""

    def get(name: str) -> str | None:
        found = article.get(name) if isinstance(article, dict) else getattr(article, name, None)
        return found if isinstance(found, str) else None

    value = get("published_at")
    if value:
        try:
            return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            pass
    day = get("published_date") or (value[:10] if value else None)
    return f"{day}T00:00:00Z" if day else UNDATED


def earliest(
    found: list[tuple[str, float, str]], published: str | None, rank: float = float("inf")
) -> tuple[str, float, str] | None:
    """Of (published key, rank, id) matches, the original of a text published at `published` and emitted at
    `rank` (default: after all of them): the earliest published, then the first emitted, among the copies that
    come before it in that order; None when it is itself the original."""
    if published is None:
        return min(found) if found else None
    eligible = [m for m in found if (m[0], m[1]) < (published, rank)]
    return min(eligible) if eligible else None


class NearDupIndex:
    """In-memory LSH index: signature -> id of the earliest-published (then earliest added) near-duplicate."""

    def __init__(self) -> None:
        self._buckets: list[dict[int, list[str]]] = [{} for _ in range(BANDS)]
        self._signatures: dict[str, tuple[int, Signature, str]] = {}
        self._added = 0  # rank counter (not len(): discard() shrinks the index)

    def find(self, signature: Signature, exclude: str | None = None, published: str | None = None) -> str | None:
        """Id of the original among the indexed near-duplicates (see `earliest`), or None."""
        best = self.find_original(signature, exclude, published)
        return best[2] if best else None

    def find_original(
        self, signature: Signature, exclude: str | None = None, published: str | None = None, rank: float = _LAST
    ) -> tuple[str, float, str] | None:
        """(published key, rank, id) of the original among the indexed near-duplicates (for a text emitted at
        `rank`, by default after all of them), or None."""
        found: dict[str, tuple[str, float, str]] = {}
        for band, key in enumerate(band_keys(signature)):
            for other_id in self._buckets[band].get(key, ()):
                if other_id == exclude or other_id in found:
                    continue
                seq, other, pub = self._signatures[other_id]
                if similarity(signature, other) >= THRESHOLD:
                    found[other_id] = (pub, seq, other_id)
        return earliest(list(found.values()), published, rank)

    def add(self, signature: Signature, item_id: str, published: str = UNDATED) -> None:
        """Index a signature under an id (re-adding an id replaces its signature, keeps its rank)."""
        if item_id in self._signatures:
            seq = self._signatures[item_id][0]
        else:
            seq, self._added = self._added, self._added + 1
        self._signatures[item_id] = (seq, signature, published)
        for band, key in enumerate(band_keys(signature)):
            bucket = self._buckets[band].setdefault(key, [])
            if item_id not in bucket:
                bucket.append(item_id)

    def discard(self, item_id: str) -> None:
        """Forget an id (e.g. once the state store remembers it), so the index holds only what is in flight."""
        entry = self._signatures.pop(item_id, None)
        if entry is None:
            return
        for band, key in enumerate(band_keys(entry[1])):
            bucket = self._buckets[band].get(key)
            if bucket and item_id in bucket:
                bucket.remove(item_id)
                if not bucket:
                    del self._buckets[band][key]

    def __len__(self) -> int:
        return len(self._signatures)
