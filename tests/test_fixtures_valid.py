"""The hand-written fixtures are self-consistent, so tests that assert on them mean something.

A unit test (in-process, about a second): helpers who run only `pytest -m unit` must see a fixture whose
expected JSON does not match its page (an expected title nobody can see on it) before the full suite does.
"""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

from conftest import FIXTURES


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_fixtures", FIXTURES / "check_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixture_checker_passes() -> None:
    checker = _checker()
    errors: list[str] = []
    checker.check_pages(errors)
    checker.check_site(errors)
    assert not errors, "\n".join(errors[:50])


def test_fixture_checker_reports_a_title_missing_from_its_page() -> None:
    # The checker must be able to fail: an expected title the page never shows is a problem it names.
    checker = _checker()
    page = next(
        p for p in sorted((FIXTURES / "pages").glob("*.json")) if json.loads(p.read_text("utf-8"))["kind"] == "article"
    )
    expected = json.loads(page.read_text("utf-8"))
    raw = page.with_suffix(".html").read_bytes()
    errors: list[str] = []
    checker.check_expectation(page.name, expected, raw, errors, need_url=True)
    assert not errors
    expected["title"] = "A headline printed nowhere on this page at all"
    checker.check_expectation(page.name, expected, raw, errors, need_url=True)
    assert errors == [f"{page.name}: title not visible on the page"]
