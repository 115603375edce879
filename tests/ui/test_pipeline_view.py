"""The pipeline view over applicants stored straight in the database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QThreadPool
from sqlmodel import select

from desktop.services.polling import subject_key
from desktop.sources.base import SourceItem
from desktop.store.fastread import load_watchlist
from desktop.store.ingest import PreparedEvent, store_poll
from desktop.store.tables import Event
from desktop.ui.pipeline_view import (
    COL_LAST,
    COL_NAME,
    COL_STAGE,
    EMPTY_TEXT,
    READING_TEXT,
    PipelineView,
)

TODAY = date.today()
ALPHA = ("Alpha Robotics Inc.", "阿尔法机器人股份有限公司")
BETA = ("Beta Pharma Ltd", "贝塔医药有限公司")
GAMMA = ("Gamma Foods Holdings", "伽马食品控股有限公司")


def _event(names: tuple[str, ...], kind: str, days_ago: int, key: str) -> PreparedEvent:
    item = SourceItem(
        source="hkex_app",
        kind=kind,
        key=key,
        names=names,
        published=TODAY - timedelta(days=days_ago),
        title=f"{names[0]} - {kind.replace('_', ' ').title()}",
        url=f"https://www1.hkexnews.hk/app/{key}.pdf",
        raw={"board": "sehk"},
    )
    return PreparedEvent(
        item=item, company_id=None, match_reason=None, subject_key=subject_key(names)
    )


def _store(db, events: list[PreparedEvent]) -> None:
    store_poll(
        db,
        "hkex_app",
        events,
        validators={},
        memory=None,
        items_seen=len(events),
        warning=None,
        interval_min=30,
    )


def seed_pipeline(db) -> None:
    events = [
        _event(ALPHA, "application_proof", 30, "alpha-ap"),
        _event(BETA, "application_proof", 100, "beta-ap"),
        _event(BETA, "phip", 10, "beta-phip"),
        _event(GAMMA, "application_proof", 150, "gamma-ap"),
        _event(GAMMA, "listed", 5, "gamma-listed"),
    ]
    _store(db, events)


def names(view: PipelineView) -> list[str]:
    return [a.name for a in view.visible_applicants()]


def open_view(qtbot, ctx, expect: int) -> PipelineView:
    view = PipelineView(ctx.db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == expect)
    return view


def pick(view: PipelineView, name: str) -> None:
    row = names(view).index(name)
    view.table.setCurrentIndex(view.model.index(row, COL_NAME))


def test_empty_pipeline_says_how_it_fills(qtbot, ctx) -> None:
    view = PipelineView(ctx.db)
    qtbot.addWidget(view)
    view.show()
    # Until the first read is back it says so, rather than "empty".
    assert view.count_label.text() == "Reading…"
    assert view.empty_label.text() == READING_TEXT
    qtbot.waitUntil(lambda: view.count_label.text() == "0 applicants")
    assert view.list_stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == EMPTY_TEXT
    assert not view.add_button.isEnabled() and not view.open_button.isEnabled()


def test_lists_filters_and_sorts(qtbot, ctx) -> None:
    seed_pipeline(ctx.db)
    view = open_view(qtbot, ctx, 3)
    assert view.count_label.text() == "3 applicants"
    # Newest event first by default.
    assert names(view) == ["Gamma Foods Holdings", "Beta Pharma Ltd", "Alpha Robotics Inc."]
    first = view.model.index(0, 0)
    assert view.model.index(0, 1).data() == "伽马食品控股有限公司"
    assert view.model.index(0, COL_STAGE).data() == "Listed"
    assert view.model.index(0, 3).data() == "Main Board"
    assert first.data() == "Gamma Foods Holdings"

    view.table.sortByColumn(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert names(view) == ["Alpha Robotics Inc.", "Beta Pharma Ltd", "Gamma Foods Holdings"]
    view.table.sortByColumn(COL_LAST, Qt.SortOrder.AscendingOrder)
    assert names(view)[0] == "Alpha Robotics Inc."

    # Filter as you type: every word must match one of the names.
    qtbot.keyClicks(view.filter_edit, "beta")
    assert names(view) == ["Beta Pharma Ltd"]
    assert view.count_label.text() == "1 of 3 applicants"
    view.filter_edit.setText("pharma alpha")
    assert names(view) == []
    view.filter_edit.setText("阿尔法")
    assert names(view) == ["Alpha Robotics Inc."]
    view.filter_edit.clear()

    # Stage filter.
    view.stage_combo.setCurrentText("Hearing passed")
    assert names(view) == ["Beta Pharma Ltd"]
    view.stage_combo.setCurrentText("Application filed")
    assert names(view) == ["Alpha Robotics Inc."]
    view.stage_combo.setCurrentIndex(0)
    assert len(names(view)) == 3


def test_details_list_the_events(qtbot, ctx) -> None:
    seed_pipeline(ctx.db)
    view = open_view(qtbot, ctx, 3)
    with qtbot.waitSignal(view.events_shown) as shown:
        pick(view, "Beta Pharma Ltd")  # the events are read in the background
    assert shown.args == [subject_key(BETA)]
    assert "Beta Pharma Ltd" in view.details_title.text()
    assert view.events.topLevelItemCount() == 2
    newest = view.events.topLevelItem(0)
    assert newest.text(1) == "Post Hearing Information Pack"
    assert newest.text(3) == "Open document ↗"
    assert newest.toolTip(3) == "https://www1.hkexnews.hk/app/beta-phip.pdf"


def test_add_to_watchlist_then_open(qtbot, ctx) -> None:
    seed_pipeline(ctx.db)
    view = open_view(qtbot, ctx, 3)
    pick(view, "Beta Pharma Ltd")
    assert view.add_button.isEnabled() and not view.open_button.isEnabled()

    with qtbot.waitSignal(view.company_added, timeout=10_000) as added:
        view.add_button.click()
    company_id = added.args[0]
    qtbot.waitUntil(
        lambda: (
            view.selected_applicant() is not None
            and view.selected_applicant().company_id == company_id
        )
    )
    assert not view.add_button.isEnabled() and view.open_button.isEnabled()
    assert view.model.index(view.table.currentIndex().row(), 6).data() == "✓"

    rows = {r.id: r for r in load_watchlist(ctx.db_path)}
    assert rows[company_id].name == "Beta Pharma Ltd"
    assert rows[company_id].name_zh == "贝塔医药有限公司"
    assert rows[company_id].stage == "hearing_passed"
    query = select(Event.company_id).where(Event.subject_key == subject_key(BETA))
    with ctx.db.session() as session:
        owners = session.exec(query).all()
    assert owners and set(owners) == {company_id}

    with qtbot.waitSignal(view.open_company) as opened:
        view.open_button.click()
    assert opened.args == [company_id]
    QThreadPool.globalInstance().waitForDone()


def test_after_a_poll_only_new_events_are_read(qtbot, ctx) -> None:
    from desktop.store.pipeline import read_new, read_pipeline

    seed_pipeline(ctx.db)
    view = open_view(qtbot, ctx, 3)
    pick(view, "Beta Pharma Ltd")
    first_read = view._last_id
    delta = ("Delta Chips Ltd", "德尔塔芯片有限公司")
    _store(
        ctx.db,
        [
            _event(delta, "application_proof", 2, "delta-ap"),
            _event(BETA, "listed", 1, "beta-listed"),
        ],
    )
    view.refresh_new()
    qtbot.waitUntil(lambda: view.model.total() == 4)
    qtbot.waitUntil(lambda: view._loading is None)
    assert view._last_id > first_read
    beta = view.model.row_at(view.model.row_of(subject_key(BETA)))
    assert beta.stage.label == "Listed"
    assert beta.events == 3
    # The selection stayed on Beta, whose details now list the listing.
    assert view.selected_applicant() is not None
    assert view.selected_applicant().key == subject_key(BETA)
    qtbot.waitUntil(lambda: view.events.topLevelItemCount() == 3)
    assert view.events.topLevelItem(0).text(1) == "Listed"
    # What the incremental read built equals a full read.
    full = {a.key: a for a in read_pipeline(ctx.db.path).applicants}
    assert view.model.rows_by_key() == full
    # Nothing new: nothing read, nothing changed.
    assert read_new(ctx.db.path, view._last_id).applicants == []


def test_reads_asked_for_while_one_runs_are_queued(qtbot, ctx) -> None:
    seed_pipeline(ctx.db)
    view = open_view(qtbot, ctx, 3)
    qtbot.waitUntil(lambda: view._loading is None)
    _store(ctx.db, [_event(("Epsilon Ltd",), "application_proof", 3, "eps-ap")])
    view.refresh()
    view.refresh_new()  # queued behind the full read
    view.refresh_new()
    assert view._queued == "new"
    qtbot.waitUntil(lambda: view._loading is None and view._queued is None)
    assert view.model.total() == 4


def test_the_tab_reads_the_pipeline_without_sqlalchemy(qtbot, ctx) -> None:
    """Opening the tab reads with sqlite3 on a loader's thread: nothing imports SQLAlchemy
    for it (only adding an applicant needs the ORM)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    seed_pipeline(ctx.db)
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.context import AppContext\n"
        "from desktop.ui.pipeline_view import PipelineView\n"
        "view = PipelineView(AppContext(Path(sys.argv[1])).db)\n"
        "deadline = time.monotonic() + 20\n"
        "while view.model.total() < 3 and time.monotonic() < deadline:\n"
        "    app.processEvents()\n"
        "print(view.model.total(), 'sqlalchemy' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", script, str(ctx.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.split()[-2:] == ["3", "False"], out.stderr
