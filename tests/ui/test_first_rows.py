"""A long watchlist at start: the first paint shows its first screen, in the saved sort,
and the rest follows without a click."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop import app
from desktop.context import AppContext
from desktop.store.fastread import WatchlistHead, load_watchlist
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_NAME, COL_STAGE


def _many(ctx: AppContext, count: int) -> None:
    from desktop.store.tables import Company

    with ctx.db.session() as session:
        for n in range(count):
            session.add(
                Company(name=f"Zeta Holdings {n:04d}", stage="listed" if n % 4 else "watching")
            )
        session.commit()


def _start(qtbot: Any, ctx: AppContext) -> tuple[MainWindow, int, set[str]]:
    """The window as ``run_gui`` makes it, with the number of rows and their stages as
    its first paint showed them."""
    rows = app.open_database(ctx)
    assert rows is not None
    window = MainWindow(ctx, rows)
    qtbot.addWidget(window)
    painted: list[tuple[int, set[str]]] = []

    def seen() -> None:
        model = window.model
        stages = {model.row_at(n).stage for n in range(model.rowCount())}
        painted.append((model.rowCount(), stages))

    window.first_painted.connect(seen)
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert len(painted) == 1
    return window, *painted[0]


def test_the_first_paint_shows_the_first_rows_then_all_of_them(qtbot: Any, data_dir: Path) -> None:
    ctx = AppContext(data_dir)
    app.prepare_database(ctx)
    _many(ctx, app.FIRST_ROWS + 250)
    everything = load_watchlist(ctx.db_path)
    counts: list[str] = []
    window, painted, _ = _start(qtbot, ctx)
    window.pane.counts_changed.connect(counts.append)
    listed = sum(1 for row in everything if row.stage == "listed")
    assert painted == app.FIRST_ROWS
    # The status bar counted the whole list from the start.
    assert window.count_label.text() == f"{len(everything)} companies · {listed} listed"
    qtbot.waitUntil(lambda: window.model.rowCount() == len(everything))
    first = [window.model.row_at(n).id for n in range(window.model.rowCount())]
    assert first == [row.id for row in everything]  # by name, as the whole list reads
    assert counts[-1] == f"{len(everything)} companies · {listed} listed"


def test_a_company_beyond_the_first_rows_is_selected_once_they_are_read(
    qtbot: Any, data_dir: Path
) -> None:
    ctx = AppContext(data_dir)
    app.prepare_database(ctx)
    _many(ctx, app.FIRST_ROWS + 50)
    last = load_watchlist(ctx.db_path)[-1]
    rows = app.open_database(ctx)
    assert isinstance(rows, WatchlistHead) and not rows.complete
    assert last.id not in {row.id for row in rows}
    window = MainWindow(ctx, rows)
    qtbot.addWidget(window)
    window.show()
    window.pane.select_company(last.id)  # before the rest is read
    qtbot.waitUntil(lambda: window.pane.selected_row() is not None)
    assert window.pane.selected_row().id == last.id  # type: ignore[union-attr]


def test_the_first_rows_follow_the_saved_sort(qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtCore import Qt

    ctx = AppContext(data_dir)
    app.prepare_database(ctx)
    _many(ctx, app.FIRST_ROWS * 2)  # three in four of them listed: more than a first screen
    window, _, _ = _start(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == window.model.total() > app.FIRST_ROWS)
    window.table.sortByColumn(COL_STAGE, Qt.SortOrder.DescendingOrder)
    window.close()  # saves the header
    assert app.saved_sort(ctx) == (COL_STAGE, True)

    again, painted, stages = _start(qtbot, ctx)
    assert painted == app.FIRST_ROWS
    assert stages == {"listed"}  # the top of a descending sort by stage: every listed one
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_STAGE,
        Qt.SortOrder.DescendingOrder,
    )
    assert app.saved_sort(AppContext(data_dir / "elsewhere")) == (COL_NAME, False)
