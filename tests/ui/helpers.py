"""Driving modal dialogs from tests: act on the dialog once it is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(action: Callable[[Any], None]) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is showing, however long that
    takes (the test's own timeout is the only limit)."""

    def poll() -> None:
        dialog: QWidget | None = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def store_filing(
    db: Any,
    company_name: str,
    filed_as: str,
    *,
    key: str,
    published: Any = None,
    kind: str = "application_proof",
) -> tuple[int, str]:
    """Store one HKEX filing of the watched company ``company_name``, filed under the name
    ``filed_as``, as a poll would.  Returns (company id, the applicant's subject key)."""
    from sqlmodel import select

    from desktop.services.polling import subject_key
    from desktop.sources.base import SourceItem
    from desktop.store.ingest import PreparedEvent, store_poll
    from desktop.store.tables import Company

    with db.session() as session:
        company_id = session.exec(select(Company.id).where(Company.name == company_name)).one()
    names = (filed_as,)
    item = SourceItem(
        source="hkex_app",
        kind=kind,
        key=key,
        names=names,
        published=published,
        title=f"{filed_as} - Application Proof (1st submission)",
        url="https://www1.hkexnews.hk/app/sehk/2026/1/a.pdf",
        raw={"board": "sehk"},
    )
    store_poll(
        db,
        "hkex_app",
        [PreparedEvent(item, company_id, "name", subject_key(names))],
        validators={},
        memory=None,
        items_seen=1,
        warning=None,
        interval_min=60,
    )
    return int(company_id), subject_key(names)


def open_main_window(qtbot: Any, data_dir: Any, size: tuple[int, int] | None = None) -> Any:
    """The real main window on a migrated, seeded database in ``data_dir``, shown."""
    from desktop.bootstrap import prepare_database
    from desktop.context import AppContext
    from desktop.store.fastread import load_watchlist
    from desktop.ui.main_window import MainWindow

    ctx = AppContext(data_dir)
    prepare_database(ctx)
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def stage_shown(window: Any, name: str) -> str | None:
    """The watchlist's Stage cell of the company called ``name`` (None: not shown)."""
    from desktop.ui.watchlist_model import COL_NAME, COL_STAGE

    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, COL_NAME).data() == name:
            return model.index(row, COL_STAGE).data()
    return None
