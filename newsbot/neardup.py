"""Near-duplicate detection: a 64-bit simhash of word shingles, compared by Hamming distance.

The same wire story run by two outlets (or twice by one) differs in a headline, a byline, a sentence
of local colour; its simhash differs in a few bits only. Two texts are near-duplicates when their
fingerprints differ in at most `MAX_DISTANCE` bits.

Lookups use the pigeonhole trick: split the 64 bits into ``MAX_DISTANCE + 1`` bands; two fingerprints
within `MAX_DISTANCE` bits agree exactly on at least one band, so a store only compares candidates
that share a band (an index lookup), never every fingerprint it holds.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Fingerprints at most this many bits apart are near-duplicates (of 64). 3 is the usual web-scale
#: choice (Manku et al., 2007); at 3-word shingles, a changed sentence in a 300-word text moves ~1-4 bits.
MAX_DISTANCE = 3
#: Words per shingle: long enough that two unrelated articles share few, short enough to survive edits.
SHINGLE = 3
#: Texts with fewer words than this are not fingerprinted (too little signal; stubs collide).
MIN_WORDS = 40
BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // BANDS

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(folded)


def simhash(text: str) -> int | None:
    """64-bit simhash of the text's word shingles; None when the text is too short to fingerprint."""
    words = _words(text)
    if len(words) < MIN_WORDS:
        return None
    weights = [0] * 64
    for i in range(len(words) - SHINGLE + 1):
        shingle = " ".join(words[i:i + SHINGLE]).encode("utf-8")
        h = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            value |= 1 << bit
    return value


def distance(a: int, b: int) -> int:
    """Number of differing bits between two fingerprints."""
    return (a ^ b).bit_count()


def bands(fingerprint: int) -> list[int]:
    """The fingerprint cut into `BANDS` integers (band i holds bits i*16 .. i*16+15)."""
    mask = (1 << _BAND_BITS) - 1
    return [(fingerprint >> (i * _BAND_BITS)) & mask for i in range(BANDS)]


def to_signed(fingerprint: int) -> int:
    """The unsigned 64-bit value as a signed one (SQLite integers are signed 64-bit)."""
    return fingerprint - (1 << 64) if fingerprint >= 1 << 63 else fingerprint


def from_signed(value: int) -> int:
    """Inverse of `to_signed`."""
    return value + (1 << 64) if value < 0 else value


class NearDupIndex:
    """In-memory banded index: fingerprint -> id of the first text seen with a near-identical one."""

    def __init__(self) -> None:
        self._bands: list[dict[int, list[tuple[int, int, str]]]] = [{} for _ in range(BANDS)]
        self._added = 0

    def find(self, fingerprint: int, exclude: str | None = None) -> str | None:
        """Id of an indexed text within `MAX_DISTANCE` bits (the earliest added), or None."""
        best: tuple[int, str] | None = None
        for i, band in enumerate(bands(fingerprint)):
            for seq, other, other_id in self._bands[i].get(band, []):
                if other_id != exclude and distance(fingerprint, other) <= MAX_DISTANCE:
                    if best is None or seq < best[0]:
                        best = (seq, other_id)
        return best[1] if best else None

    def add(self, fingerprint: int, item_id: str) -> None:
        """Index a fingerprint under an id."""
        self._added += 1
        for i, band in enumerate(bands(fingerprint)):
            self._bands[i].setdefault(band, []).append((self._added, fingerprint, item_id))
