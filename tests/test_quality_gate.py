"""Quality gate: newsbot's extraction scores on the shared devset must not fall below the floors.

Runs newsbot (only; the peers are not needed to check floors) on every page of
``<project root>/../shared/devset`` (fundus/ + trafilatura/ + dragnet/, 2,627 pages) with the scoring
of ``benchmarks/extraction_quality.py`` and compares each figure, per part of the publisher split
(held-out, in-sample, all), with ``benchmarks/quality_floors.json``: F1 and metadata rates must stay
at or above their floor, the count of real articles with an empty output at or below its ceiling.
The devset is never copied into the project: when it is absent the gate FAILS (it does not skip),
naming the path.  Override the location with ``NEWSBOT_DEVSET=/path/to/devset``.

To re-pin the floors after a deliberate change (one command, ~2 min on 2 idle cores)::

    .venv/bin/python benchmarks/extraction_quality.py --systems newsbot \
        --write-floors benchmarks/quality_floors.json
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
FLOORS_FILE = BENCHMARKS / "quality_floors.json"
DEVSET = Path(os.environ.get("NEWSBOT_DEVSET") or ROOT.parent / "shared" / "devset")

if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import extraction_quality as eq  # noqa: E402

pytestmark = pytest.mark.gate
FLOORS_DOC: dict[str, Any] = json.loads(FLOORS_FILE.read_text("utf-8")) if FLOORS_FILE.is_file() else {}
FLOORS: dict[str, dict[str, float]] = FLOORS_DOC.get("floors", {})
CEILINGS: dict[str, dict[str, float]] = FLOORS_DOC.get("ceilings", {})
GATED_FLOORS = [(part, key) for part in eq.PARTS for key in eq.summary_keys()]
GATED_CEILINGS = [(part, key) for part in eq.PARTS for key in eq.ceiling_keys()]


def _devset_missing() -> str | None:
    missing = [name for name in eq.SETS if not (DEVSET / name / "ground-truth.json").is_file()]
    if not missing:
        return None
    return (
        f"the quality gate needs the devset at {DEVSET} (../shared/devset beside the project, or "
        f"NEWSBOT_DEVSET=/path/to/devset); missing: {', '.join(f'{m}/ground-truth.json' for m in missing)}"
    )


def test_devset_present() -> None:
    """The gate cannot pass without the devset: a missing devset is a failure, not a skip."""
    problem = _devset_missing()
    assert problem is None, problem


def test_missing_devset_names_the_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without the devset the gate's message names the path it looked at (and test_devset_present fails)."""
    monkeypatch.setattr(sys.modules[__name__], "DEVSET", tmp_path / "devset")
    problem = _devset_missing()
    assert problem is not None and str(tmp_path / "devset") in problem
    with pytest.raises(AssertionError, match="needs the devset"):
        test_devset_present()


@pytest.fixture(scope="module")
def newsbot_report() -> dict[str, Any]:
    """One newsbot-only run over the whole devset, shared by every gate test in this module."""
    problem = _devset_missing()
    if problem:
        pytest.fail(problem)
    report = eq.evaluate(DEVSET, sets=eq.SETS, systems=("newsbot",))
    return report["systems"]["newsbot"]


def test_floors_file_is_complete() -> None:
    """Every gated figure of every part has a floor or a ceiling."""
    assert FLOORS_FILE.is_file(), f"missing {FLOORS_FILE}"
    missing = [f"{p}.{k}" for p, k in GATED_FLOORS if k not in FLOORS.get(p, {})]
    missing += [f"{p}.{k}" for p, k in GATED_CEILINGS if k not in CEILINGS.get(p, {})]
    assert not missing, f"quality_floors.json lacks {missing}"


def test_newsbot_ran(newsbot_report: dict[str, Any]) -> None:
    """newsbot imported and did not raise on any page (an import failure would zero every score)."""
    assert not newsbot_report["errors_sample"], f"newsbot failed on pages: {newsbot_report['errors_sample']}"


def _context(report: dict[str, Any], part: str) -> str:
    reasons = {s: f["rejection_reasons"] for s, f in report["parts"][part].items() if f["rejection_reasons"]}
    return f"exceptions={report['exceptions']} rejections={reasons} errors={report['errors_sample'][:3]}"


@pytest.mark.parametrize(("part", "key"), GATED_FLOORS, ids=[f"{p}-{k}" for p, k in GATED_FLOORS])
def test_score_not_below_floor(newsbot_report: dict[str, Any], part: str, key: str) -> None:
    """Each score (F1 in 0..1, metadata rates in percent) stays at or above its pinned floor."""
    floor = FLOORS.get(part, {}).get(key)
    if floor is None:
        pytest.fail(f"no floor for {part}.{key} in {FLOORS_FILE}")
    value = newsbot_report["summary"][part].get(key)
    assert value is not None, f"{part}.{key}: no value computed"
    assert value >= floor, f"{part}.{key} = {value:.4f} fell below the floor {floor} ({_context(newsbot_report, part)})"


@pytest.mark.parametrize(("part", "key"), GATED_CEILINGS, ids=[f"{p}-{k}" for p, k in GATED_CEILINGS])
def test_real_articles_not_lost(newsbot_report: dict[str, Any], part: str, key: str) -> None:
    """Real articles with an empty output (rejected or nothing found) stay at or below the ceiling."""
    ceiling = CEILINGS.get(part, {}).get(key)
    if ceiling is None:
        pytest.fail(f"no ceiling for {part}.{key} in {FLOORS_FILE}")
    value = newsbot_report["summary"][part].get(key)
    assert value is not None, f"{part}.{key}: no value computed"
    assert value <= ceiling, f"{part}.{key} = {value} rose above {ceiling} ({_context(newsbot_report, part)})"


# --- the scoring itself (no devset needed) ------------------------------------------------------


def test_empty_output_scores_zero_precision_and_recall() -> None:
    """An empty output for a non-empty truth body scores P 0 and R 0 (it stays in the averages)."""
    score = eq.body_score("one two three four five", "")
    assert (score.precision, score.recall) == (0.0, 0.0)
    prf = eq.prf_from_body_scores([score, eq.body_score("a b c d e", "a b c d e")])
    assert prf["precision"] == pytest.approx(0.5) and prf["recall"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("label", "day"),
    [("2022-11-1", "2022-11-01"), ("2022-01.26", "2022-01-26"), ("2024-08-08T10:00:00-04:00", "2024-08-08"),
     ("", None), ("20180619T055000+0900", None)],
)  # fmt: skip
def test_day_of_reads_the_label_formats(label: str, day: str | None) -> None:
    """trafilatura/ date labels include an unpadded day and a dot; both are read as the same day."""
    assert eq.day_of(label) == day


def test_date_day_match_compares_days() -> None:
    """A datetime output matches a day-only label of the same day, not of another day."""
    assert eq.date_day_match("2022-11-1", "2022-11-01T23:59:00+01:00")
    assert not eq.date_day_match("2022-11-02", "2022-11-01T23:59:00+01:00")
    assert not eq.date_day_match("2022-11-02", None)


def test_title_match_ignores_only_what_nobody_can_see() -> None:
    """A zero-width space or a soft hyphen copied into the truth is no difference; any visible one is."""
    assert eq.title_match("Ein bisschen Fortschritt\u200b", "Ein bisschen Fortschritt")
    assert eq.title_match("Helikopter\xadlandeplatz geplant", "Helikopterlandeplatz geplant")
    assert eq.title_match("  Two   spaces ", "Two spaces")
    assert not eq.title_match("It\u2019s here", "It's here")
    assert not eq.title_match("Headline", "headline")
    assert not eq.title_match("Headline", "")


def test_author_labels_split_into_names() -> None:
    """A string label "A und B" equals the list [A, B]; a different set of names does not match."""
    assert eq.split_names("Lea Fischer und Alina Schad") == ["Lea Fischer", "Alina Schad"]
    assert eq.split_names(["A. One, B. Two", "C & D"]) == ["A. One", "B. Two", "C", "D"]
    assert eq.authors_split_match("Lea Fischer und Alina Schad", ["Alina Schad", "Lea Fischer"])
    assert eq.authors_split_match("Dan Roe and Ann Li", ["Dan Roe; Ann Li"])
    assert not eq.authors_split_match("Lea Fischer und Alina Schad", ["Lea Fischer"])
    assert eq.split_names("Alexander Undset") == ["Alexander Undset"]


def test_readability_html_to_text_keeps_paragraph_boundaries() -> None:
    """Two paragraphs become two lines: the last word of one is not glued to the first of the next."""
    text = eq.html_to_text("<html><body><div>Intro<p>First  line.</p><p>Second<br>line</p></div></body></html>")
    assert text.split("\n") == ["Intro", "First line.", "Second", "line"]
    assert eq.html_to_text("") == ""


def test_floors_from_summary_margins() -> None:
    """Floors are the figure minus the margin, rounded down; ceilings the count plus the margin."""
    doc = eq.floors_from_summary({"heldout": {"fundus_body_f1": 0.9657, "fundus_title_exact": 80.62,
                                              "dragnet_real_articles_empty": 7}})  # fmt: skip
    assert doc["floors"]["heldout"] == {"fundus_body_f1": 0.9607, "fundus_title_exact": 79.62}
    assert doc["ceilings"]["heldout"] == {"dragnet_real_articles_empty": 7 + eq.COUNT_MARGIN}
