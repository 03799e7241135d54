"""The committed schema/article.schema.json is exactly what the model generates (run `make schema` after a change)."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from conftest import ROOT

from newsbot.models import SCHEMA_VERSION, Article, ErrorRecord, Rejection, article_json_schema


def test_committed_schema_equals_generated() -> None:
    committed = json.loads((ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    assert committed == article_json_schema(), "schema/article.schema.json is stale: run `make schema`"


@pytest.mark.crawl
def test_schema_command_prints_the_generated_schema() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsbot.cli", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout) == article_json_schema()


def test_schemas_are_valid_and_versioned() -> None:
    for schema in (article_json_schema(), Rejection.model_json_schema(), ErrorRecord.model_json_schema()):
        jsonschema.Draft202012Validator.check_schema(schema)
    assert article_json_schema()["$id"].endswith(f".v{SCHEMA_VERSION}.json")


def test_every_article_field_is_described() -> None:
    """The README's field list and the schema both rely on each field having a description."""
    properties = article_json_schema()["properties"]
    assert set(properties) == set(Article.model_fields)
    undocumented = [name for name, prop in properties.items() if not prop.get("description")]
    assert not undocumented


def test_readme_documents_every_article_field() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## The record" in readme
    section = readme.split("## The record", 1)[1].split("\n## ", 1)[0]
    missing = [name for name in Article.model_fields if f"`{name}`" not in section]
    assert not missing, f"README 'The record' does not document: {missing}"
