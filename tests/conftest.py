"""Shared fixtures: one QApplication (pytest-qt), a fresh data directory per test."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.mirror import mirror_fixture  # noqa: F401  (the `mirror` fixture)
from tests.pg import pg_server, pg_url  # noqa: F401  (a PostgreSQL server of the tests' own)

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = FIXTURES / "samples"


# Every wait in the suite ends on its condition; its timeout only bounds a failure. A
# bound short enough to be reached by a slow or busy machine would make a test's outcome
# depend on speed, so no wait gives up before this (explicit shorter timeouts included).
WAIT_FLOOR_MS = 120_000


def _patch_qtbot_waits() -> None:
    import functools

    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed"):
        original = getattr(QtBot, name)
        if getattr(original, "_floored", False):
            continue

        @functools.wraps(original)
        def floored(self, *args, _original=original, timeout: int = 5000, **kwargs):
            return _original(self, *args, timeout=max(timeout, WAIT_FLOOR_MS), **kwargs)

        floored._floored = True  # type: ignore[attr-defined]
        setattr(QtBot, name, floored)


_patch_qtbot_waits()


def _hypothesis_profile() -> None:
    from hypothesis import HealthCheck, settings

    # Generated examples are the same on every run and no example fails for being slow
    # on a busy machine (explicit @settings keep their own limits on top of this).
    settings.register_profile(
        "suite",
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.load_profile("suite")


_hypothesis_profile()


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread():
    """As in the app (desktop.services.gui_gc): no automatic cyclic collection, which
    could free Qt objects on a worker thread; collect on the main thread between tests."""
    gc.disable()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    gc.collect()
    gc.freeze()  # what survived stays alive: later collections only walk what is new


# -- the engines ------------------------------------------------------------------------
# The store and polling tests run on SQLite and on PostgreSQL: their `ctx` (and every
# AppContext they open, and every process they start) uses the engine of the test's
# `engine` parameter.  Tests about the SQLite file itself stay on SQLite.
BOTH_ENGINES = (
    "tests/store/",
    "tests/services/test_poll_errors.py",
    "tests/services/test_alert_service.py",
    "tests/services/test_scheduler.py",
    "tests/services/test_poll_process.py",
)
SQLITE_ONLY = ("tests/store/test_backup.py", "tests/store/test_migrations.py")
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    root = Path(__file__).parent.parent
    name = Path(metafunc.definition.path).resolve().relative_to(root).as_posix()
    if name.startswith(BOTH_ENGINES) and not name.startswith(SQLITE_ONLY):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the engine under the test's database."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(engine: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """None on SQLite; on PostgreSQL a fresh database (its password in PGPASSWORD)."""
    monkeypatch.delenv("IPO_WATCH_DATABASE_URL", raising=False)
    if engine != "postgresql":
        return None
    return request.getfixturevalue("pg_url")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str | None) -> Path:
    """A fresh data folder.  On PostgreSQL it has the team database chosen (as
    Preferences saves it), so every context opened on it, and every process started
    with it, uses that database; another folder has its own SQLite file."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("IPO_WATCH_HOME", str(folder))
    if database_url is not None:
        from desktop.store.location import save_choice

        save_choice(folder, database_url)
    return folder


@pytest.fixture
def ctx(data_dir: Path):
    from desktop.bootstrap import prepare_database
    from desktop.context import AppContext

    context = AppContext(data_dir)
    prepare_database(context)
    yield context
    context.db.dispose()


@pytest.fixture
def empty_ctx(data_dir: Path):
    """A migrated database without the seed watchlist."""
    from desktop.context import AppContext
    from desktop.store.tables import Setting

    context = AppContext(data_dir)
    context.db.migrate()
    with context.db.write() as session:
        session.add(Setting(key="seed_loaded", value=True))
    yield context
    context.db.dispose()
