"""Real consumers (issue 15): a crawl's articles loaded as data pipelines load them, with DuckDB
``read_json_auto``, pandas ``read_json(lines=True)`` + ``to_datetime`` and polars ``read_ndjson``, each column
of one type: timestamps with zone for the dates, lists of strings for authors and tags.

The output mixes two outlets (duniaku, +07:00; a private copy of harbourtimes) and, within harbourtimes,
several offsets (+00:00, +13:00), a page giving the day only and a page giving a time without a zone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SITES, CrawlResult, read_jsonl, run_crawl

from newsbot.devtools.devserver import serve_site

pytestmark = pytest.mark.crawl


def _edit(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, (path, old)
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory, duniaku_crawl: CrawlResult) -> Path:
    """Both crawls' article files in one folder, as `output/*/*/*.articles.jsonl` gathers them."""
    root = tmp_path_factory.mktemp("consumers")
    site = root / "site"
    shutil.copytree(SITES / "harbourtimes", site)
    news = site / "news" / "2024"
    # Another offset in the same outlet (the issue's +07/+08/+09 in one outlet).
    _edit(news / "03" / "11" / "council-votes-to-extend-night-ferry-service.html", ("+00:00", "+13:00"))
    # The day only: no time anywhere on the page.
    _edit(
        news / "02" / "20" / "library-volunteers-digitise-shipping-records.html",
        ("2024-02-20T10:00:00+00:00", "2024-02-20"),
        ("20 February 2024, 10:00", "20 February 2024"),
    )
    # A time without a zone: placed in the outlet's time zone, its wall clock kept (the page and its AMP variant).
    for name in ("harbour-bridge-repairs-to-finish-early.html", "harbour-bridge-repairs-to-finish-early.amp.html"):
        _edit(news / "03" / "12" / name, ("2024-03-12T09:30:00+00:00", "2024-03-12T09:30:00"))
    with serve_site(site) as base:
        harbour = run_crawl(root / "out", "outlet=harbourtimes", f"base_url={base}")
    assert harbour.returncode == 0, harbour.stderr[-3000:]
    data = root / "data"
    data.mkdir()
    for result in (duniaku_crawl, harbour):
        for path in result.files:
            if path.name.endswith(".articles.jsonl"):
                shutil.copy(path, data / path.name)
    return data


def test_the_output_mixes_offsets_and_a_day_only_date(output: Path) -> None:
    records = [r for path in output.glob("*.articles.jsonl") for r in read_jsonl(path)]
    assert {r["outlet"] for r in records} == {"duniaku", "harbourtimes"}
    offsets = {r["published_at"][19:] for r in records if r["published_at"]}
    assert {"+07:00", "+00:00", "+13:00"} <= offsets
    day_only = [r for r in records if r["published_at_precision"] == "day"]
    assert day_only and all(r["published_at"] is None and r["published_date"] for r in day_only)
    # By its canonical URL: the story is also linked as its AMP variant, which may be fetched first.
    naive = next(r for r in records if r["canonical_url"].endswith("harbour-bridge-repairs-to-finish-early.html"))
    assert naive["published_at_local"] == "2024-03-12T09:30:00"
    assert naive["published_at"] == "2024-03-12T09:30:00+00:00"  # Europe/London in March: GMT
    assert naive["published_at_zone_source"] == "outlet"


def test_duckdb_reads_timestamps_with_zone_and_lists_of_strings(output: Path) -> None:
    import duckdb

    relation = duckdb.sql(f"SELECT * FROM read_json_auto('{output}/*.articles.jsonl')")
    types = {name: str(kind) for name, kind in zip(relation.columns, relation.types, strict=True)}
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["fetched_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["published_date"] == "DATE"
    assert types["authors"] == "VARCHAR[]"
    assert types["tags"] == "VARCHAR[]"
    days = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{output}/*.articles.jsonl') WHERE published_date IS NULL")
    assert days.fetchall() == [(0,)]


def test_pandas_reads_one_timestamp_column_in_utc(output: Path) -> None:
    import pandas as pd

    frames = [pd.read_json(path, lines=True, dtype=False) for path in sorted(output.glob("*.articles.jsonl"))]
    df = pd.concat(frames, ignore_index=True)
    published = pd.to_datetime(df["published_at"], utc=True, format="ISO8601")
    assert isinstance(published.dtype, pd.DatetimeTZDtype) and str(published.dtype.tz) == "UTC"
    assert published.isna().sum() == df["published_at"].isna().sum()  # nothing unparsable became NaT
    assert pd.to_datetime(df["published_date"], format="%Y-%m-%d").notna().all()
    for column in ("authors", "tags"):
        assert all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in df[column]), column


def test_polars_reads_lists_of_strings_and_one_datetime_type(output: Path) -> None:
    import polars as pl

    df = pl.read_ndjson(sorted(output.glob("*.articles.jsonl")))
    assert df.schema["authors"] == pl.List(pl.String)
    assert df.schema["tags"] == pl.List(pl.String)
    published = df["published_at"].str.to_datetime(time_zone="UTC")
    assert published.dtype == pl.Datetime("us", "UTC")
    assert published.null_count() == df["published_at"].null_count()
    assert df["published_date"].str.to_date("%Y-%m-%d").null_count() == 0
    # The three record kinds no longer share a glob: an article glob reads no rejection's fields.
    assert "reason" not in df.columns and "kind" not in df.columns
