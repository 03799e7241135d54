"""duplicate_of points at the earliest-published copy (then the first emitted), whatever the fetch order, the
same across runs (the state store) and re-extraction (issue 15)."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from newsbot.cli.reextract import NearDuplicates
from newsbot.crawler.pipelines.state import StatePipeline
from newsbot.models import Article
from newsbot.state.neardup import UNDATED, NearDupIndex, earliest, fingerprint, published_key
from newsbot.state.sqlite import SqliteStateStore

TEXT = " ".join(f"The harbour council met on day {i} to discuss the ferry budget and the new pier." for i in range(8))


def article(n: int, published_at: str | None, published_date: str | None = None, extra: str = "") -> Article:
    date = published_date or (published_at[:10] if published_at else None)
    return Article(
        id=f"{n:032x}",
        url=f"https://news{n}.example/story.html",
        canonical_url=f"https://news{n}.example/story.html",
        title=f"Story {n}",
        published_at=published_at,
        published_date=date,
        published_at_precision=("minute" if published_at else "day") if date else None,
        text=TEXT + extra,
        word_count=len((TEXT + extra).split()),
        content_hash=f"{n:064x}",
        fetched_at="2024-03-10T00:00:00+00:00",
    )


A = article(1, "2024-03-09T12:00:00+00:00")  # the latest
B = article(2, "2024-03-09T12:10:00+01:00", extra=" Reported by the wire.")  # 11:10 UTC: the original
C = article(3, None, "2024-03-09", extra=" A later edit.")  # the day only: 00:00 UTC of that day
D = article(4, None, extra=" Undated.")  # no date: after every dated copy


def test_published_key_orders_instants_across_offsets_then_days_then_undated() -> None:
    assert published_key(B) == "2024-03-09T11:10:00Z" < published_key(A) == "2024-03-09T12:00:00Z"
    assert published_key(C) == "2024-03-09T00:00:00Z"
    assert published_key(D) == UNDATED > published_key(A)
    assert published_key({"published_at": "2024-03-09", "schema_version": 1}) == "2024-03-09T00:00:00Z"


def test_earliest_prefers_publication_then_emission() -> None:
    found = [("2024-03-09T12:00:00Z", 0.0, "a"), ("2024-03-09T11:10:00Z", 1.0, "b")]
    assert earliest(found, "2024-03-09T13:00:00Z") == found[1]
    assert earliest(found, "2024-03-09T11:00:00Z") is None  # published before both: the original
    tie = [("2024-03-09T12:00:00Z", 0.0, "a")]
    assert earliest(tie, "2024-03-09T12:00:00Z") == tie[0]  # same time, emitted earlier: the original
    assert earliest(tie, "2024-03-09T12:00:00Z", rank=-1) is None  # same time, this one came first


def _stream(order: list[Article]) -> dict[str, str | None]:
    """duplicate_of as a crawl assigns it, one article after the other, with a fresh in-run index."""
    index = NearDupIndex()
    answers = {}
    for item in order:
        signature = fingerprint(item.text)
        assert signature is not None
        answers[item.id] = index.find(signature, exclude=item.id, published=published_key(item))
        index.add(signature, item.id, published_key(item))
    return answers


def test_the_direction_never_follows_the_fetch_order() -> None:
    """In every order, a copy points at an earlier-published one or at nothing; never from earlier to later."""
    keys = {a.id: published_key(a) for a in (A, B, C, D)}
    for order in itertools.permutations([A, B, C, D]):
        for item_id, original in _stream(list(order)).items():
            assert original is None or keys[original] <= keys[item_id], [a.id for a in order]
    # In publication order, every copy points at the first one.
    assert _stream([C, B, A, D]) == {C.id: None, B.id: C.id, A.id: C.id, D.id: C.id}


def test_the_store_answers_the_same_in_every_run(tmp_path: Path) -> None:
    """Once both copies are recorded, each later run (any order) marks the later-published one."""
    store = SqliteStateStore(tmp_path / "state.sqlite")
    stage = StatePipeline(store=store)
    for item in (A, B):  # the first run: A fetched first
        signature = fingerprint(item.text)
        assert signature is not None
        original = stage._original(signature, item.id, published_key(item))
        assert original is None  # A: nothing known yet; B: the original (published before A)
        store.record(item)
    for order in ((A, B), (B, A)):
        answers = {}
        for item in order:
            signature = fingerprint(item.text)
            assert signature is not None
            answers[item.id] = stage._original(signature, item.id, published_key(item))
        assert answers == {A.id: B.id, B.id: None}
    store.close()


def test_a_store_of_an_earlier_version_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE fingerprints (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, signature BLOB NOT NULL)")
    db.commit()
    db.close()
    store = SqliteStateStore(path)
    store.record(A)
    signature = fingerprint(B.text)
    assert signature is not None
    assert store.find_near_duplicate(signature, exclude_id=B.id, published=published_key(B)) is None
    assert store.find_near_duplicate(signature, exclude_id=B.id, published=published_key(D)) == A.id
    store.close()


@pytest.mark.parametrize("order", list(itertools.permutations([A, B, C])))
def test_reextraction_answers_the_same_in_any_page_order(order: tuple[Article, ...]) -> None:
    duplicates = NearDuplicates()
    for item in order:
        duplicates.add(item)
    assert {a.id: duplicates.original(a) for a in order} == {A.id: C.id, B.id: C.id, C.id: None}
