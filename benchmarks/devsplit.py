"""The devset split by publisher: a held-out part no rule is written on, and an in-sample part.

Rules that generalise are judged on publishers they were not written for. Every devset page belongs to
one publisher (fundus: its ``publisher`` field; trafilatura/: the registered domain of its URL;
dragnet/: the registered domain of the page's canonical or og:url link, else of its most linked-to
host), and a publisher is held out when a hash of its key falls in the held-out third. The rule is
fixed (changing it would leak held-out pages into rule writing): look only at ``insample`` pages when
writing or debugging rules; ``heldout`` figures are for reporting.

    from benchmarks.devsplit import part_of
    part_of("fundus", page_id, truth) -> "heldout" | "insample"

``python benchmarks/devsplit.py`` prints the publishers and pages per part and set.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_DEVSET: Path = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"
#: Salt of the hash; never change it (it would move publishers between the parts).
_SALT = "newsbot-devsplit-1:"
#: One publisher in this many is held out.
HELD_OUT_ONE_IN = 3
HELDOUT, INSAMPLE = "heldout", "insample"

_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"}
_CANONICAL = re.compile(
    rb"<link[^>]+rel=[\"']?canonical[\"']?[^>]*href=[\"']?(https?://[^/\"'>\s]+)"
    rb"|property=[\"']og:url[\"'][^>]*content=[\"'](https?://[^/\"'>\s]+)"
    rb"|content=[\"'](https?://[^/\"'>\s]+)[^>]*property=[\"']og:url",
    re.I,
)
_HREF = re.compile(rb"href=[\"']?(https?://[^/\"'>\s:]+)", re.I)


def registered_domain(host: str) -> str:
    """``www.bbc.co.uk`` -> ``bbc.co.uk``, ``blogs.nfl.com`` -> ``nfl.com`` (a heuristic, no suffix list)."""
    host = host.lower().split("@")[-1].split(":")[0].strip(".")
    labels = [label for label in host.split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) or host


def _host_of_page(raw: bytes) -> str | None:
    match = _CANONICAL.search(raw)
    if match:
        found = next(group for group in match.groups() if group)
        return urlsplit(found.decode("ascii", "replace")).hostname
    hosts = Counter(
        registered_domain(urlsplit(m.decode("ascii", "replace")).hostname or "") for m in _HREF.findall(raw)
    )
    hosts.pop("", None)
    return hosts.most_common(1)[0][0] if hosts else None


@cache
def _dragnet_host(devset: Path, page_id: str) -> str | None:
    try:
        raw = gzip.open(devset / "dragnet" / "html" / f"{page_id}.html.gz").read()
    except OSError:
        return None
    return _host_of_page(raw)


def publisher_of(set_name: str, page_id: str, truth: dict[str, Any], devset: Path = DEFAULT_DEVSET) -> str:
    """The publisher key of one devset page."""
    if set_name == "fundus":
        return "fundus:" + str(truth.get("publisher") or page_id.split("_")[1])
    if set_name == "trafilatura":
        url = str(truth.get("url") or "")
        found = re.search(r"https?://[^\s]+", url)
        host = urlsplit(found.group(0)).hostname if found else None
        return "host:" + registered_domain(host) if host else "page:trafilatura/" + page_id
    host = _dragnet_host(devset, page_id)
    return "host:" + registered_domain(host) if host else "page:dragnet/" + page_id


def part_of_publisher(publisher: str) -> str:
    """``heldout`` for one publisher in ``HELD_OUT_ONE_IN``, by a fixed hash of its key."""
    digest = hashlib.sha1((_SALT + publisher).encode("utf-8")).digest()
    return HELDOUT if int.from_bytes(digest[:4], "big") % HELD_OUT_ONE_IN == 0 else INSAMPLE


def part_of(set_name: str, page_id: str, truth: dict[str, Any], devset: Path = DEFAULT_DEVSET) -> str:
    """``heldout`` or ``insample`` for one devset page (publisher-level: a site is wholly in one part)."""
    return part_of_publisher(publisher_of(set_name, page_id, truth, devset))


def main(argv: list[str]) -> int:
    """Print the size of each part per set (``--list PART`` prints that part's page ids)."""
    devset = DEFAULT_DEVSET
    listing = argv[argv.index("--list") + 1] if "--list" in argv else None
    for set_name in ("fundus", "trafilatura", "dragnet"):
        truths = json.loads((devset / set_name / "ground-truth.json").read_text(encoding="utf-8"))
        pages: Counter[str] = Counter()
        publishers: dict[str, set[str]] = {HELDOUT: set(), INSAMPLE: set()}
        for page_id, truth in sorted(truths.items()):
            publisher = publisher_of(set_name, page_id, truth, devset)
            part = part_of_publisher(publisher)
            pages[part] += 1
            publishers[part].add(publisher)
            if listing == part:
                print(f"{set_name}/{page_id}")
        if listing is None:
            print(
                f"{set_name}: heldout {pages[HELDOUT]} pages / {len(publishers[HELDOUT])} publishers, "
                f"insample {pages[INSAMPLE]} pages / {len(publishers[INSAMPLE])} publishers"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
