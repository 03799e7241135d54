"""The hand-written fixtures are self-consistent, so tests that assert on them mean something."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES

pytestmark = pytest.mark.crawl


def test_fixture_checker_passes() -> None:
    proc = subprocess.run(
        [sys.executable, str(FIXTURES / "check_fixtures.py")], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
