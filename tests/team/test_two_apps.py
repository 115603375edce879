"""Two app windows on one team database: desktop A polls, desktop B — started as the
app starts its services, without polling of its own — hears it at once, shows the new
stage on its watchlist and notifies its person once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.app import after_first_paint, open_database
from desktop.context import AppContext
from desktop.services.notifier import RecordingNotifier
from desktop.services.polling import poll_source
from desktop.store.location import save_choice
from desktop.ui.main_window import MainWindow
from tests.services.test_alert_service import _proof, new_filings

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def open_app(qtbot: Any, folder: Path, url: str) -> MainWindow:
    folder.mkdir(parents=True, exist_ok=True)
    save_choice(folder, url)  # as Preferences › Team database leaves it
    ctx = AppContext(folder)
    rows = open_database(ctx)
    assert rows
    window = MainWindow(ctx, rows)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stage_of(window: MainWindow, name: str) -> str | None:
    from desktop.store.fastread import load_watchlist

    return next(r.stage for r in load_watchlist(window.ctx.db_path) if r.name == name)


def test_one_desktop_polls_the_other_shows_it_and_notifies_once(
    qtbot: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.mirror import MirrorServer
    from tests.mirror_data import serve_samples

    monkeypatch.setenv("IPO_WATCH_NO_POLL", "1")  # B does not poll: A does, by hand
    window_a = open_app(qtbot, tmp_path / "desk-a", pg_url)
    window_b = open_app(qtbot, tmp_path / "desk-b", pg_url)
    window_b.ctx.db.person = "ben@office"
    services = after_first_paint(window_b.ctx, window_b)
    listener = services["team"]
    qtbot.waitUntil(lambda: listener.listening, timeout=30_000)
    notes = RecordingNotifier()
    services["alerts"].notifier = notes
    heard: list[Any] = []
    listener.changed.connect(heard.append)

    with MirrorServer() as server:
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        serve_samples(server)
        poll_source(window_a.ctx.db, "hkex_app")  # the first run: history, silently
        qtbot.waitUntil(lambda: len(heard) == 1, timeout=30_000)
        new_filings(server, [_proof(990010, "StepFun Inc.", "20/11/2026")])
        outcome = poll_source(window_a.ctx.db, "hkex_app")
        assert [e.company for e in outcome.new_events if e.company] == ["StepFun"]

    qtbot.waitUntil(lambda: len(notes.shown) == 1, timeout=30_000)
    assert notes.shown[0].title == "StepFun: Application Proof"
    assert stage_of(window_b, "StepFun") == "application_filed"
    # B's own watchlist reloaded: the row on screen shows the new stage.
    qtbot.waitUntil(
        lambda: any(
            r.name == "StepFun" and r.stage == "application_filed" for r in window_b.model.rows()
        ),
        timeout=30_000,
    )
    assert len(notes.shown) == 1
    listener.stop()
    for window in (window_a, window_b):
        window.ctx.db.dispose()
