"""End to end: the duniaku fixture outlet crawled through Scrapy on loopback into validated JSONL."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import jsonschema
import pytest
from conftest import ROOT, SITES, CrawlResult

from newsbot.models import ErrorRecord, Rejection

pytestmark = pytest.mark.crawl

SCHEMA = json.loads((ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8"))
EXPECTED = json.loads((SITES / "duniaku" / "expected.json").read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


def test_every_article_line_validates_against_committed_schema(duniaku_crawl: CrawlResult) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert duniaku_crawl.articles, "the crawl produced no article"
    for record in duniaku_crawl.articles:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record.get('url')}: {errors[0].message}"


def test_rejection_and_error_lines_validate_against_their_models(duniaku_crawl: CrawlResult) -> None:
    for record in duniaku_crawl.rejections:
        Rejection.model_validate(record)
        assert record["reason"], record
    for record in duniaku_crawl.errors:
        ErrorRecord.model_validate(record)


def test_counts_add_up(duniaku_crawl: CrawlResult) -> None:
    summary = duniaku_crawl.summary
    lines = len(duniaku_crawl.articles) + len(duniaku_crawl.rejections) + len(duniaku_crawl.errors)
    assert summary["articles"] == len(duniaku_crawl.articles)
    assert summary["rejections"] == len(duniaku_crawl.rejections)
    assert summary["errors"] == len(duniaku_crawl.errors)
    assert summary["pages"] == lines
    # Each fetched URL is accounted for exactly once.
    urls = [r["url"] for r in duniaku_crawl.articles + duniaku_crawl.rejections + duniaku_crawl.errors]
    assert len(urls) == len(set(urls))
    assert sum(summary["rejections_by_reason"].values()) == summary["rejections"]


def test_no_partial_files_left(duniaku_crawl: CrawlResult) -> None:
    leftovers = [p for p in duniaku_crawl.output_dir.rglob("*.part")]
    assert not leftovers


def test_every_expected_article_is_emitted(duniaku_crawl: CrawlResult) -> None:
    by_path = {_path(a["url"]): a for a in duniaku_crawl.articles}
    for path, expected in EXPECTED.items():
        if expected["kind"] != "article":
            continue
        assert path in by_path, f"{path} missing from the articles"
        article = by_path[path]
        assert article["title"] == expected["title"]
        assert article["language"] == expected["language"]
        assert article["outlet"] == "duniaku"


def test_non_article_pages_are_rejections(duniaku_crawl: CrawlResult) -> None:
    article_paths = {_path(a["url"]) for a in duniaku_crawl.articles}
    rejected = {_path(r["url"]): r for r in duniaku_crawl.rejections}
    non_articles = [p for p, e in EXPECTED.items() if e["kind"] == "rejection"]
    assert non_articles
    for path in non_articles:
        assert path not in article_paths, f"{path} became an article"
        if path in rejected:
            assert rejected[path]["reason"] in ("not_article", "too_short"), rejected[path]


@pytest.mark.parametrize("junk", ["BERITA TERKAIT", "Advertisement", "Disqus Comments", "uses cookies"])
def test_no_junk_in_any_article(duniaku_crawl: CrawlResult, junk: str) -> None:
    for article in duniaku_crawl.articles:
        for key in ("title", "description", "text"):
            assert junk.lower() not in (article.get(key) or "").lower(), f"{junk!r} in {key} of {article['url']}"


def test_canonical_ids_use_public_identity(duniaku_crawl: CrawlResult) -> None:
    for article in duniaku_crawl.articles:
        assert article["canonical_url"].startswith("https://duniaku.example/"), article["canonical_url"]
