"""The committed schema/<kind>.schema.json files are exactly what the models generate (run `make schema` after a
change), and a stock validator (jsonschema, Draft 2020-12, format checking on) refuses the bad values issue 15
lists."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest
from conftest import ROOT

from newsbot.models import (
    SCHEMA_VERSION,
    Article,
    ErrorRecord,
    Rejection,
    article_json_schema,
    json_schema,
    upgrade,
)

KINDS = ("article", "rejection", "error")


def _committed(kind: str) -> dict[str, Any]:
    return json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        _committed(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_equals_generated(kind: str) -> None:
    assert _committed(kind) == json_schema(kind), f"schema/{kind}.schema.json is stale: run `make schema`"


@pytest.mark.crawl
def test_schema_command_prints_the_generated_schema() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsbot.cli", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout) == article_json_schema()


@pytest.mark.parametrize("kind", KINDS)
def test_schemas_are_valid_versioned_closed_and_require_every_field(kind: str) -> None:
    schema = json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"https://newsbot.example/schema/{kind}.v{SCHEMA_VERSION}.json"
    assert schema["version"] == SCHEMA_VERSION
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])  # the writer writes every key, null or not


def test_every_article_field_is_described() -> None:
    """The README's field list and the schema both rely on each field having a description."""
    properties = article_json_schema()["properties"]
    assert set(properties) == set(Article.model_fields)
    undocumented = [name for name, prop in properties.items() if not prop.get("description")]
    assert not undocumented
    assert "32 hex" in properties["id"]["description"]


def test_readme_documents_every_article_field() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## The record" in readme
    section = readme.split("## The record", 1)[1].split("\n## ", 1)[0]
    missing = [name for name in Article.model_fields if f"`{name}`" not in section]
    assert not missing, f"README 'The record' does not document: {missing}"


GOOD = Article(
    id="0123456789abcdef0123456789abcdef",
    url="https://news.example/2024/03/05/story.html",
    canonical_url="https://news.example/2024/03/05/story.html",
    title="Council approves the budget",
    authors=["Jane Doe"],
    published_at="2024-03-05T14:30:00+07:00",
    published_date="2024-03-05",
    published_at_precision="minute",
    published_at_local="2024-03-05T14:30:00",
    published_at_zone_source="stated",
    language="en",
    text="The council voted on Monday.",
    word_count=5,
    content_hash="a" * 64,
    fetched_at="2024-03-06T01:02:03+00:00",
)


def test_a_model_record_passes_the_committed_schema() -> None:
    assert not list(_validator("article").iter_errors(json.loads(GOOD.to_json())))
    day_only = GOOD.model_copy(
        update={"published_at": None, "published_at_precision": "day", "published_at_local": None}
    )
    assert not list(_validator("article").iter_errors(json.loads(day_only.to_json())))


# Each bad value of the issue, and a few of the same kind: the stock validator refuses every one.
BAD_ARTICLES: list[tuple[str, Any]] = [
    ("published_at", "yesterday"),
    ("published_at", "2024-03-05"),  # a day only belongs in published_date
    ("published_at", "2024-03-05T14:30:00"),  # no offset
    ("modified_at", "2024-03-05 14:30"),
    ("fetched_at", "yesterday"),
    ("published_date", "2024-13-45"),
    ("published_at_local", "2024-03-05T14:30:00+07:00"),
    ("published_at_precision", "hour"),
    ("published_at_zone_source", "guess"),
    ("url", "not a url"),
    ("url", "ftp://news.example/x"),
    ("canonical_url", "https://news.example/a b"),
    ("image_url", "/relative/picture.jpg"),
    ("language", "english"),
    ("language", "EN"),
    ("text", "<p>x</p>"),
    ("title", '<a href="/x">x</a>'),
    ("authors", ["Jane <br> Doe"]),
    ("authors", "Jane Doe"),
    ("tags", [1, 2]),
    ("id", "0123456789abcdef0123"),  # the 20 hex characters the old description said
    ("duplicate_of", "not-an-id"),
    ("content_hash", "abc"),
    ("schema_version", 1),
    ("record_type", "rejection"),
    ("word_count", -1),
    ("extra_field", "x"),
]


@pytest.mark.parametrize(("field", "value"), BAD_ARTICLES, ids=[f"{f}={v!r}" for f, v in BAD_ARTICLES])
def test_the_schema_refuses_a_bad_value(field: str, value: Any) -> None:
    record = {**json.loads(GOOD.to_json()), field: value}
    assert list(_validator("article").iter_errors(record)), f"{field}={value!r} accepted"


@pytest.mark.parametrize("field", ["record_type", "schema_version", "authors", "published_date", "duplicate_of"])
def test_the_schema_refuses_a_record_without_a_field(field: str) -> None:
    record = json.loads(GOOD.to_json())
    del record[field]
    assert list(_validator("article").iter_errors(record)), f"a record without {field} accepted"


@pytest.mark.parametrize(
    ("kind", "model", "record"),
    [
        ("rejection", Rejection, {"url": "https://news.example/tag/x/", "reason": "not_article"}),
        ("error", ErrorRecord, {"url": "https://news.example/x", "kind": "TimeoutError"}),
    ],
)
def test_rejection_and_error_schemas(kind: str, model: type[Rejection | ErrorRecord], record: dict[str, Any]) -> None:
    good = json.loads(model.model_validate({**record, "fetched_at": "2024-03-06T01:02:03+00:00"}).to_json())
    validator = _validator(kind)
    assert not list(validator.iter_errors(good))
    for field, value in [("fetched_at", "yesterday"), ("url", "not a url"), ("record_type", "article"), ("x", 1)]:
        assert list(validator.iter_errors({**good, field: value})), f"{kind}: {field}={value!r} accepted"
    for field in ("record_type", "schema_version", "detail", "http_status"):
        assert list(validator.iter_errors({k: v for k, v in good.items() if k != field})), f"{kind} without {field}"


def test_a_schema_1_record_upgrades_to_a_valid_schema_2_record() -> None:
    v1 = {k: v for k, v in json.loads(GOOD.to_json()).items() if not k.startswith(("published_", "modified_"))}
    v1 |= {"schema_version": 1, "published_at": "2024-03-05", "published_at_source": "url", "modified_at": None}
    v1 |= {"published_at_raw": "/2024/03/05/"}
    v2 = upgrade(v1)
    assert list(v2) == list(Article.model_fields)
    assert (v2["published_at"], v2["published_date"], v2["published_at_precision"]) == (None, "2024-03-05", "day")
    assert not list(_validator("article").iter_errors(v2))
    timed = upgrade({**v1, "published_at": "2024-03-05T14:30:00+07:00", "published_at_raw": "5 Mar 2024 14:30 WIB"})
    assert timed["published_at_local"] == "2024-03-05T14:30:00" and timed["published_at_precision"] == "minute"
    assert timed["published_at_zone_source"] == "unknown"
    with pytest.raises(ValueError):
        upgrade({**v1, "published_at": "yesterday"})


def test_a_rejection_deferred_by_a_schema_1_run_is_read() -> None:
    """The state store outlives an upgrade: a claim a schema-1 run deferred is still written as a record."""
    from newsbot.discovery.planner import read_deferred

    v1 = {"record_type": "rejection", "schema_version": 1, "url": "https://news.example/old", "outlet": None}
    v1 |= {"reason": "limit", "detail": "max_pages=10", "fetched_at": None, "http_status": None}
    record, count = read_deferred(json.dumps({"record": v1, "count": "skipped_max_pages"}))
    assert record.schema_version == SCHEMA_VERSION and record.reason == "limit" and count == "skipped_max_pages"
