"""Shared test helpers: serve fixture sites on loopback, run real crawls in a subprocess; test markers.

Markers (registered in pyproject.toml): ``crawl`` for tests that run a Scrapy crawl, a server or worker
processes; ``gate`` for the quality gate and the real-page tests that read ``../shared/devset`` (they fail,
never skip, without it: `require_devset`); every other test is ``unit`` (added here), so
``pytest -m unit`` runs the fast, in-process part and plain ``pytest`` runs everything.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import pytest

from newsbot.devtools.devserver import serve_site
from newsbot.models import run_file_kind

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SITES = FIXTURES / "sites"
DEVSET = ROOT.parent / "shared" / "devset"
SEED = ROOT.parent / "shared" / "seed" / "duniaku-article-as-scraped.txt"


#: Fixtures that serve a site or run a crawl: a test using one, even through another fixture, must be marked crawl.
CRAWL_FIXTURES = frozenset({"duniaku_base", "duniaku_crawl", "site_copy"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that is neither ``crawl`` nor ``gate`` as ``unit``; refuse an unmarked test that
    uses a crawl fixture (it would make ``pytest -m unit`` slow and need a network-capable sandbox)."""
    for item in items:
        if item.get_closest_marker("crawl") or item.get_closest_marker("gate"):
            continue
        uses = sorted(CRAWL_FIXTURES.intersection(getattr(item, "fixturenames", ())))
        if uses:
            raise pytest.UsageError(
                f"{item.nodeid} uses {', '.join(uses)} but is not marked crawl: "
                "add @pytest.mark.crawl (or a module-level pytestmark)"
            )
        item.add_marker(pytest.mark.unit)


def require_devset(*paths: Path) -> None:
    """Fail the calling test (never skip it) when a devset file or folder it reads is missing, naming it: a run
    without the real-page checks must not pass. The devset lives beside the project, never inside it."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        pytest.fail(
            f"devset missing: {', '.join(missing)} not found (expected {DEVSET}, i.e. ../shared/devset "
            "beside the project; the quality gate also reads NEWSBOT_DEVSET)",
            pytrace=False,
        )


@dataclass
class CrawlResult:
    """What one `scrapy crawl` left behind."""

    returncode: int
    stdout: str
    stderr: str
    output_dir: Path
    summary: dict = field(default_factory=dict)
    articles: list[dict] = field(default_factory=list)
    rejections: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    #: URLs not fetched (``<run-id>.skipped.jsonl``, written only with NEWSBOT_RECORD_SKIPPED).
    skipped: list[dict] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def read_jsonl(path: Path) -> list[dict]:
    """Every line of a JSONL file, parsed (fails the test on a corrupt line)."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            assert line.endswith("\n"), f"{path}:{number}: line not terminated"
            out.append(json.loads(line))
    return out


def run_crawl(
    output_dir: Path,
    *args: str,
    spider: str = "outlet",
    settings: dict[str, str] | None = None,
    timeout: float = 300,
    env: dict[str, str] | None = None,
) -> CrawlResult:
    """Run `scrapy crawl SPIDER args...` in a subprocess (Scrapy's reactor cannot restart in-process).

    Loopback is allowed and AutoThrottle is off so the fixture crawls are quick; the newest run's
    files under output_dir are parsed into the result.
    """
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    for arg in args:
        cmd += ["-a", arg]
    base = {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(output_dir),
    }
    base.update(settings or {})
    for key, value in base.items():
        cmd += ["-s", f"{key}={value}"]
    proc = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
    )
    result = CrawlResult(proc.returncode, proc.stdout, proc.stderr, output_dir)
    summaries = sorted(output_dir.rglob("*.summary.json"), key=lambda p: p.stat().st_mtime)
    if summaries:
        summary_path = summaries[-1]
        result.summary = json.loads(summary_path.read_text(encoding="utf-8"))
        run_id = result.summary["run_id"]
        for path in sorted(summary_path.parent.glob(f"{run_id}*")):
            result.files.append(path)
            kind = run_file_kind(path.name) if path.name.endswith(".jsonl") else None
            if kind == "rejection":
                result.rejections = read_jsonl(path)
            elif kind == "error":
                result.errors = read_jsonl(path)
            elif path.name.endswith(".skipped.jsonl"):
                result.skipped = read_jsonl(path)
            elif kind == "article":
                result.articles = read_jsonl(path)
    assert_clean_records(result)  # every record of every test crawl: no markup, controls or bad Unicode
    return result


_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
# Article fields that must be plain text (URLs and ids are checked by the model).
_TEXT_FIELDS = ("title", "text", "description", "site_name", "section", "authors", "tags")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


@functools.cache
def committed_validators() -> dict[str, jsonschema.Draft202012Validator]:
    """A stock validator (jsonschema, Draft 2020-12, format checking on) per committed schema/<kind>.schema.json."""
    validators = {}
    for kind in ("article", "rejection", "error"):
        schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        validators[kind] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
    return validators


def assert_clean_records(result: CrawlResult) -> None:
    """Every record validates against its committed JSON Schema and its model; no field of any record carries
    control characters or lone surrogates; article text fields carry no markup. Called by `run_crawl` for
    every test crawl."""
    from newsbot.models import Article, ErrorRecord, Rejection

    for model, records in ((Article, result.articles), (Rejection, result.rejections), (ErrorRecord, result.errors)):
        validator = committed_validators()[model.model_fields["record_type"].default]
        for record in records:
            errors = [
                f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(record)
            ]
            assert not errors, f"{record.get('url')}: not valid under the committed schema: {errors}"
            model.model_validate(record)
            for text in _strings(record):
                assert not _BAD_CHARS.search(text), f"{record.get('url')}: control char or surrogate in {text[:80]!r}"
            if model is Article:
                for name in _TEXT_FIELDS:
                    for text in _strings(record.get(name)):
                        assert not _MARKUP.search(text), f"{record['url']}: markup in {name}: {text[:80]!r}"


@pytest.fixture
def site_copy(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A private copy of the harbourtimes fixture site (tests edit it), served on loopback."""
    root = tmp_path / "site"
    shutil.copytree(SITES / "harbourtimes", root)
    with serve_site(root) as base:
        yield root, base


@pytest.fixture(scope="session")
def duniaku_base() -> Iterator[str]:
    """The duniaku fixture outlet, served on a free loopback port for the whole session."""
    with serve_site(SITES / "duniaku") as base:
        yield base


@pytest.fixture(scope="session")
def duniaku_crawl(duniaku_base: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    """One real crawl of the duniaku outlet, shared by the tests that only read its output."""
    out = tmp_path_factory.mktemp("duniaku-crawl")
    # With the WARC archive on, so the reextract tests can replay this very crawl.
    result = run_crawl(out, "outlet=duniaku", f"base_url={duniaku_base}", settings={"NEWSBOT_WARC": "True"})
    assert result.returncode == 0, result.stderr[-3000:]
    return result
