"""What the app does before its first paint, and what it leaves for after it."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.bootstrap import LOG_FILE, rotate_logs, setup_logging

ROOT = Path(__file__).resolve().parent.parent

# Loaded after the first paint, or when first used: never by the first paint itself.
NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "pyqtgraph",
    "opencc",  # the English interface shows names as published
    "logging.handlers",  # the log rotates from the first paint on
    "desktop.ui.company_actions",
    "desktop.ui.data_files",
    "desktop.domain.source_errors",
    "desktop.domain.chinese_script",
)

_PROBE = """
import atexit, runpy, sys
watched = sys.argv[1].split(",")
atexit.register(lambda: print(",".join(m for m in watched if m in sys.modules)))
sys.argv = ["desktop", "--data-dir", sys.argv[2], "--exit-after-first-paint"]
runpy.run_module("desktop", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow
def test_the_first_paint_loads_nothing_it_does_not_need(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPO_WATCH_LANG": "en"}
    env.pop("IPO_WATCH_DATABASE_URL", None)
    command = [sys.executable, "-c", _PROBE, ",".join(NOT_BEFORE_THE_FIRST_PAINT), str(tmp_path)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    # The first start migrated and seeded; the second is the everyday start.
    result = subprocess.run(
        command, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "", result.stdout


def test_the_log_rotates_from_the_first_paint_on(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path, rotate=False)
        (plain,) = [h for h in root.handlers if h not in before]
        assert not isinstance(plain, logging.handlers.RotatingFileHandler)
        logging.getLogger("desktop").warning("before the first paint")
        rotate_logs()
        (rotating,) = [h for h in root.handlers if h not in before]
        assert isinstance(rotating, logging.handlers.RotatingFileHandler)
        assert rotating.baseFilename == plain.baseFilename
        assert rotating.maxBytes == 1_000_000 and rotating.backupCount == 3
        logging.getLogger("desktop").warning("after it")
        rotating.flush()
        text = (tmp_path / "logs" / LOG_FILE).read_text("utf-8")
        assert "before the first paint" in text and "after it" in text
        rotate_logs()  # nothing left to replace
        assert [h for h in root.handlers if h not in before] == [rotating]
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
