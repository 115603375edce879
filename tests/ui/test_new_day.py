"""The app stays up for months: when the date changes, stages that count from today
(days in stage, an application proof's six-month lapse) are shown anew."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.services.day_watcher import DayWatcher
from desktop.store.events import refresh_stages
from desktop.store.fastread import load_watchlist
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_STAGE
from tests.ui.helpers import store_filing

NAME = "Mech-Mind Robotics Technologies"
FILED = date(2026, 1, 10)  # lapses six months later, on 2026-07-10


def test_the_watcher_says_when_the_date_changes(qtbot: Any) -> None:
    days = [date(2026, 7, 9)]
    watcher = DayWatcher(interval_ms=10, today=lambda: days[-1])
    seen: list[date] = []
    watcher.new_day.connect(seen.append)
    assert not watcher.check()
    days.append(date(2026, 7, 10))
    qtbot.waitUntil(lambda: seen == [date(2026, 7, 10)], timeout=2000)
    qtbot.wait(50)
    assert seen == [date(2026, 7, 10)]  # once per new date
    watcher.timer.stop()


def stage_of(window: MainWindow, company_id: int) -> str:
    return window.model.index(window.model.row_of(company_id), COL_STAGE).data()


def test_a_proof_that_lapses_overnight(qtbot: Any, ctx: Any) -> None:
    company_id, _key = store_filing(
        ctx.db,
        NAME,
        "Mech-Mind Robotics Technologies Co., Ltd.",
        key="app:1:proof",
        published=FILED,
    )
    refresh_stages(ctx.db, [company_id], today=date(2026, 7, 9))
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(window)
    window.show()
    assert stage_of(window, company_id) == "Application filed"
    window.tabs.setCurrentIndex(1)  # the pipeline is open too
    pipeline = window.pipeline_view
    qtbot.waitUntil(lambda: pipeline.model.total() > 0 and pipeline._loading is None)
    window.select_company(company_id)

    # The first check after midnight: the summaries are recomputed for the new date
    # (as the app does after its first paint), then the window shows them.
    refresh_stages(ctx.db, [company_id], today=date(2026, 7, 11))
    loads: list[str] = []
    read = pipeline._load
    pipeline._load = lambda mode: (loads.append(mode), read(mode))[1]
    window.new_day()
    qtbot.waitUntil(lambda: "full" in loads)  # the pipeline's stages count from today too
    qtbot.waitUntil(lambda: stage_of(window, company_id) == "Lapsed")
    assert window.selected_row() is not None and window.selected_row().id == company_id
    qtbot.waitUntil(lambda: pipeline._loading is None)
