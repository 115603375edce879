"""What starts once the window is on screen: the stage refresh and the poller."""

from __future__ import annotations

import os
from typing import Any

from desktop.context import AppContext


def start_services(ctx: AppContext, window: Any) -> None:
    from desktop.services.tasks import run_task
    from desktop.store.events import refresh_stages

    def refresh_all() -> None:
        # Days in stage and derived lapses move with the calendar.
        from desktop.store.fastread import load_watchlist

        refresh_stages(ctx.db, [row.id for row in load_watchlist(ctx.db_path)])

    run_task(refresh_all, on_done=lambda _r: window.refresh())
    if os.environ.get("IPO_WATCH_NO_POLL"):
        return
    from desktop.services.poller import Poller

    poller = Poller(ctx.db, parent=window)
    window.attach_poller(poller)
    poller.start()
    from PySide6.QtWidgets import QApplication

    QApplication.instance().aboutToQuit.connect(poller.stop)  # type: ignore[union-attr]
