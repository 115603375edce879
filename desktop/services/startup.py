"""What starts once the window is on screen: stage refresh, poller, tray and alerts."""

from __future__ import annotations

import logging
import os
from typing import Any

from desktop.context import AppContext


class InAppNotifier:
    """Where the system has no tray: alerts show in the status bar and the inbox."""

    def __init__(self, window: Any) -> None:
        self.window = window

    def show(self, notification: Any) -> None:
        self.window.statusBar().showMessage(f"{notification.title}: {notification.body}", 20_000)


def start_services(ctx: AppContext, window: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desktop.services.alert_service import AlertService
    from desktop.services.notifier import TrayNotifier
    from desktop.services.tasks import run_task
    from desktop.store.events import refresh_stages
    from desktop.ui.tray import Tray

    def refresh_all() -> None:
        # Days in stage and derived lapses move with the calendar.
        from desktop.store.fastread import load_watchlist

        refresh_stages(ctx.db, [row.id for row in load_watchlist(ctx.db_path)])

    run_task(refresh_all, on_done=lambda _r: window.refresh())
    from desktop.services.day_watcher import DayWatcher

    day = DayWatcher(parent=window)  # the app runs for months: stages move with the date
    day.new_day.connect(lambda _day: run_task(refresh_all, on_done=lambda _r: window.new_day()))
    services: dict[str, Any] = {"day": day}
    tray = None
    if Tray.available():
        tray = Tray(parent=window)
        tray.open_requested.connect(window.bring_to_front)
        tray.quit_requested.connect(window.quit_app)
        tray.poll_requested.connect(lambda: window.poll_now(None))
        tray.show()
        notifier: Any = TrayNotifier(tray.icon, parent=window)
        notifier.clicked.connect(window.open_event)
        window.attach_tray(tray)
    else:
        notifier = InAppNotifier(window)
    alerts = AlertService(ctx.db, notifier, parent=window)
    window.attach_alerts(alerts)
    if tray is not None:
        alerts.unread_changed.connect(tray.set_unread)
        tray.pause_requested.connect(window.pause_alerts)
    alerts.refresh_unread()
    services.update(tray=tray, notifier=notifier, alerts=alerts)

    if not os.environ.get("IPO_WATCH_NO_POLL"):
        from desktop.services.poller import Poller

        poller = Poller(ctx.db, parent=window)
        window.attach_poller(poller)
        poller.source_finished.connect(alerts.on_source_finished)
        poller.start()
        QApplication.instance().aboutToQuit.connect(poller.stop)  # type: ignore[union-attr]
        services["poller"] = poller
    if ctx.db.is_server:  # other desktops' polls reload and alert here as our own do
        from desktop.services.team_listener import listen_to_team

        services["team"] = listen_to_team(ctx.db, window, services.get("poller"), alerts)
    from desktop.store.backup import backup_dir_for
    from desktop.ui.data_dialogs import schedule_daily_backup

    if ctx.db.is_server:  # no file to copy: the server's pg_dump is the backup
        from desktop.store.location import server_backup_advice

        logging.getLogger(__name__).info("%s", server_backup_advice(ctx.db.url or ""))
    else:
        backup = schedule_daily_backup(window, ctx.db_path, backup_dir_for(ctx.data_dir))
        backup.failed.connect(
            lambda message: window.statusBar().showMessage(f"Daily backup failed: {message}", 15000)
        )
        services["backup"] = backup
    window.services = services
    from desktop.services.gui_gc import freeze_startup

    freeze_startup()
    return services
