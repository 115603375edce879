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

# PySide6 classes made when first touched; these cost enough to wait: ``Qt`` (the namespace:
# ninety-odd Python enums), QStyle (some 550 enum members) and QIcon (a 150-member enum).
NOT_MADE_BEFORE_THE_FIRST_PAINT = ("QtCore.Qt", "QtWidgets.QStyle", "QtGui.QIcon")

_PROBE = """
import atexit, runpy, sys
watched = sys.argv[1].split(",")

def made(name):
    module, _, cls = name.rpartition(".")
    return cls in vars(sys.modules.get("PySide6." + module, sys))

atexit.register(lambda: print(",".join(m for m in watched if m in sys.modules or made(m))))
sys.argv = ["desktop", "--data-dir", sys.argv[2], "--exit-after-first-paint"]
runpy.run_module("desktop", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow
def test_the_first_paint_loads_nothing_it_does_not_need(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPO_WATCH_LANG": "en"}
    env.pop("IPO_WATCH_DATABASE_URL", None)
    watched = ",".join(NOT_BEFORE_THE_FIRST_PAINT + NOT_MADE_BEFORE_THE_FIRST_PAINT)
    command = [sys.executable, "-c", _PROBE, watched, str(tmp_path)]
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


def test_the_colour_scheme_seen_last_time_is_used_then_checked(qapp, monkeypatch) -> None:
    from PySide6.QtGui import QPalette

    from desktop.ui.theme import apply_theme, check_scheme, is_dark

    monkeypatch.delenv("IPO_WATCH_THEME", raising=False)
    system = is_dark()
    assert apply_theme(qapp, dark=not system) is (not system)  # taken as given: not asked
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert (window.lightness() < 100) is (not system)
    assert check_scheme(qapp) is system  # asked once the window is up: the palette follows
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert (window.lightness() < 100) is system
    monkeypatch.setenv("IPO_WATCH_THEME", "dark")
    assert apply_theme(qapp, dark=False) is True  # the environment still wins
    monkeypatch.setenv("IPO_WATCH_THEME", "light")
    apply_theme(qapp)


def test_the_scheme_is_remembered_between_starts(tmp_path: Path) -> None:
    from desktop.app import remember_scheme, seen_scheme
    from desktop.context import AppContext

    ctx = AppContext(tmp_path)
    assert seen_scheme(ctx) is None
    remember_scheme(ctx, True)
    assert seen_scheme(ctx) is True
    remember_scheme(ctx, False)
    assert seen_scheme(ctx) is False
    remember_scheme(ctx, None)  # the platform's own style: nothing to remember
    assert seen_scheme(ctx) is False


# What the services started after the first paint, and a company's page, read without:
# the ORM loads only for a write (or a company with an offer, or a chart).
NOT_FOR_THE_SERVICES_NOR_THE_COMPANY_PAGE = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "alembic",
    "pyqtgraph",
    "numpy",
    "httpx",
)

_SERVICES_PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from desktop.app import after_first_paint, open_database
from desktop.context import AppContext
from desktop.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
ctx = AppContext(Path(sys.argv[2]))
rows = open_database(ctx)
window = MainWindow(ctx, rows)
painted, counted, loaded = [], [], []
window.first_painted.connect(lambda: painted.append(True))
window.show()

def wait(condition):
    end = time.monotonic() + 60
    while not condition() and time.monotonic() < end:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    assert condition()

wait(lambda: painted)
services = after_first_paint(ctx, window)
services["alerts"].unread_changed.connect(counted.append)
services["alerts"].refresh_unread()
services["alerts"].deliver_held()
busiest = max(rows, key=lambda r: r.last_event_date or r.stage_since or 0)
window.select_company(busiest.id)
page = window.company_page
page.loaded.connect(loaded.append)
page.offer_panel.loaded.connect(lambda: loaded.append("offer"))
wait(lambda: len(counted) >= 2 and busiest.id in loaded and "offer" in loaded)
wait(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
print(",".join(m for m in sys.argv[1].split(",") if m in sys.modules))
"""


@pytest.mark.slow
def test_the_services_and_a_company_page_load_no_orm(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPO_WATCH_LANG": "en"}
    env.update(IPO_WATCH_NO_POLL="1", IPO_WATCH_HOME=str(tmp_path))
    env.pop("IPO_WATCH_DATABASE_URL", None)
    first = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)]
    subprocess.run(
        [*first, "--exit-after-first-paint"], cwd=ROOT, env=env, check=True, timeout=120
    )  # migrated and seeded: what follows is the everyday start
    watched = ",".join(NOT_FOR_THE_SERVICES_NOR_THE_COMPANY_PAGE)
    result = subprocess.run(
        [sys.executable, "-c", _SERVICES_PROBE, watched, str(tmp_path)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1:] in ([], [""]), result.stdout
