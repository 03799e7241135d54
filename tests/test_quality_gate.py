"""Quality gate: newsbot's extraction scores on the shared devset must not fall below the floors.

Runs newsbot (only; no trafilatura baseline, to save CI time) on every page of
``<project root>/../shared/devset`` (fundus/ + trafilatura/, 1,248 pages, ~20 s on 2 cores) with the
scoring of ``benchmarks/extraction_quality.py`` and compares each number with
``benchmarks/quality_floors.json``.  Fails (never skips) when the devset is absent: it is never copied
into the project, and a run without the gate must not pass.  Override the location with
``NEWSBOT_DEVSET=/path/to/devset``.

To re-pin the floors after a deliberate change, run::

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
from conftest import require_devset

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
FLOORS_FILE = BENCHMARKS / "quality_floors.json"
DEVSET = Path(os.environ.get("NEWSBOT_DEVSET") or ROOT.parent / "shared" / "devset")

if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import extraction_quality as eq  # noqa: E402

pytestmark = pytest.mark.gate

FLOORS: dict[str, float] = {
    key: float(value)
    for key, value in (json.loads(FLOORS_FILE.read_text("utf-8")) if FLOORS_FILE.is_file() else {}).items()
    if not key.startswith("_")
}


@pytest.fixture(scope="module")
def newsbot_report() -> dict[str, Any]:
    """One newsbot-only run over the whole devset, shared by every test in this module."""
    require_devset(DEVSET / "fundus" / "ground-truth.json", DEVSET / "trafilatura" / "ground-truth.json")
    report = eq.evaluate(DEVSET, sets=eq.SETS, systems=("newsbot",))
    return report["systems"]["newsbot"]


def test_floors_file_is_complete() -> None:
    """Every gated metric has a floor."""
    assert FLOORS_FILE.is_file(), f"missing {FLOORS_FILE}"
    missing = [k for k in (*eq.F1_KEYS, *eq.RATE_KEYS) if k not in FLOORS]
    assert not missing, f"quality_floors.json lacks {missing}"


def test_newsbot_ran(newsbot_report: dict[str, Any]) -> None:
    """newsbot imported and did not raise on every page (an import failure would zero every score)."""
    imports = [e for e in newsbot_report["errors_sample"] if e.startswith("import")]
    assert not imports, f"newsbot could not be imported: {imports}"


@pytest.mark.parametrize("key", [*eq.F1_KEYS, *eq.RATE_KEYS])
def test_score_not_below_floor(newsbot_report: dict[str, Any], key: str) -> None:
    """Each score (F1 in 0..1, metadata rates in percent) stays at or above its pinned floor."""
    if key not in FLOORS:
        pytest.fail(f"no floor for {key} in {FLOORS_FILE}")
    value = newsbot_report["summary"].get(key)
    assert value is not None, f"{key}: no value computed"
    context = (
        f"exceptions={newsbot_report['exceptions']} rejections={newsbot_report['rejection_reasons']} "
        f"errors={newsbot_report['errors_sample'][:3]}"
    )
    assert value >= FLOORS[key], f"{key} = {value:.4f} fell below the floor {FLOORS[key]} ({context})"
