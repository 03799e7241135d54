"""Bounded per-crawl memory: BoundedDict and the dedupe stage built on it."""

from __future__ import annotations

import pytest

from newsbot.crawler.pipelines.dedupe import DedupePipeline
from newsbot.models import Article, Rejection
from newsbot.state.bounded import BoundedDict


def test_bounded_dict_keeps_the_most_recently_used() -> None:
    cache: BoundedDict[str, int] = BoundedDict(3)
    for i, key in enumerate("abc"):
        cache[key] = i
    assert cache.get("a") == 0  # read: now the newest
    cache["d"] = 3
    assert list(cache) == ["c", "a", "d"] and "b" not in cache
    assert cache.get("b", -1) == -1
    with pytest.raises(ValueError):
        BoundedDict(0)


def test_dedupe_memory_is_bounded() -> None:
    made: list[Article] = []

    def article(n: int) -> Article:
        fake = Article.model_construct(
            id=f"id{n}",
            url=f"https://example.org/{n}-{len(made)}",
            outlet="x",
            canonical_url=f"https://example.org/{n}",
            fetched_at="2024-01-01T00:00:00Z",
            http_status=200,
        )
        made.append(fake)
        return fake

    stage = DedupePipeline(memory=2)
    assert isinstance(stage.process_item(article(1)), Article)
    dup = stage.process_item(article(1))
    assert isinstance(dup, Rejection) and dup.reason == "duplicate"
    for n in (2, 3):
        stage.process_item(article(n))
    assert len(stage.seen) == 2 and "id1" not in stage.seen  # the oldest id was let go


def test_near_duplicate_index_forgets_committed_articles() -> None:
    from newsbot.state.neardup import NearDupIndex, fingerprint

    text = " ".join(f"word{i} council budget harbour" for i in range(40))
    signature = fingerprint(text)
    assert signature is not None
    index = NearDupIndex()
    index.add(signature, "a")
    index.add(signature, "b")
    assert index.find(signature, exclude="b") == "a" and len(index) == 2
    index.discard("a")  # committed: the state store answers for it from now on
    assert index.find(signature, exclude="b") is None and len(index) == 1
    index.discard("b")
    index.discard("b")  # twice is harmless
    assert len(index) == 0 and not any(index._buckets)
