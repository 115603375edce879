"""Without a PostgreSQL server the tests that need one are skipped with the reason, and
fail with it in CI (``CI=true``): never a silent pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def run_without_postgres(ci: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": ci, "IPO_WATCH_PG_BINDIR": "/nonexistent/postgresql/bin"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/team/test_person_state.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )


def test_no_postgres_skips_locally_and_fails_in_ci() -> None:
    local = run_without_postgres("")
    assert local.returncode == 0, local.stdout
    assert re.search(r"\b\d+ skipped", local.stdout) and "passed" not in local.stdout
    assert "no initdb and pg_ctl" in local.stdout
    ci = run_without_postgres("true")
    assert ci.returncode != 0
    assert "PostgreSQL is needed in CI" in ci.stdout
