"""What starts once the window is on screen."""

from __future__ import annotations

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
