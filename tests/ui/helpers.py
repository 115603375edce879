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
