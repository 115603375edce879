"""Composition root: builds the window and the services and wires them; nothing imports it
but the entry point (``__main__``).

Nothing heavy is imported before the first paint: the watchlist is read with the
standard library's sqlite3, and SQLAlchemy, the HTTP client, the scheduler and the
charts load afterwards.  What the app shares with the command line and the poll child
(logging, paths, the database set-up) is in ``bootstrap``.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from desktop import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, environment
from desktop.bootstrap import context_for, prepare_database, setup_logging
from desktop.cli import parse_args
from desktop.context import AppContext
from desktop.domain.i18n import translate
from desktop.store import settings as keys

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.services.notifier import Notifier
    from desktop.store.fastread import WatchlistRow
    from desktop.ui.main_window import MainWindow

# For the tests and benchmarks that set a database up as the app does.
__all__ = ["after_first_paint", "main", "open_database", "prepare_database", "setup_logging"]

log = logging.getLogger("desktop")


# The first paint shows at most this many rows of a long watchlist (more than a screen
# holds); the rest is read after it, off the GUI thread.
FIRST_ROWS = 100


def saved_sort(ctx: AppContext) -> tuple[int, bool]:
    """The watchlist's sort column and whether it is descending, as the saved header
    holds it (``QHeaderView.saveState``: marker 0xff, version 0, orientation, order,
    section, big-endian), else as an older version kept it, else by name."""
    import struct

    settings = _settings(ctx)
    state = settings.value(keys.WATCHLIST_HEADER.key)
    try:
        marker, version, _orientation, order, section = struct.unpack(">5i", bytes(state)[:20])
        if (marker, version) == (0xFF, 0) and section >= 0:
            return section, order == 1
    except (TypeError, ValueError, struct.error):
        pass
    sort = settings.value(keys.WATCHLIST_SORT.key)
    if isinstance(sort, list) and len(sort) == 2:
        try:
            return int(sort[0]), int(sort[1]) == 1
        except (TypeError, ValueError):
            pass
    return 0, False


def open_database(ctx: AppContext) -> list[WatchlistRow] | None:
    """Migrate, seed and read the watchlist (the first rows of a long one).  A damaged
    file gets the user's choice — restore the latest good backup, start afresh (the file
    is kept aside) or quit — instead of a crash.  None means quit."""
    from desktop.store.fastread import load_watchlist_head

    def first_rows() -> list[WatchlistRow]:
        return load_watchlist_head(ctx.db_path, FIRST_ROWS, *saved_sort(ctx))

    try:
        prepare_database(ctx)
        return first_rows()
    except Exception as exc:
        if ctx.database_url is not None:  # a team database: retry, or this desktop's own
            return _team_database_problem(ctx, exc)
        from desktop.store.backup import check_database

        if check_database(ctx.db_path) is None:
            raise
        log.exception("the database could not be opened")
    from desktop.store.backup import backup_dir_for
    from desktop.ui.data_dialogs import handle_damaged_database

    ctx.__dict__.pop("db", None)
    if not handle_damaged_database(ctx.db_path, backup_dir_for(ctx.data_dir)):
        return None
    prepare_database(ctx)
    return first_rows()


def _team_database_problem(ctx: AppContext, exc: BaseException) -> list[WatchlistRow] | None:
    from desktop.store.location import plain_problem
    from desktop.ui.team_database import OWN, RETRY, ask_about_team_problem

    log.warning("the team database could not be used: %s", exc)
    choice = ask_about_team_problem(plain_problem(ctx.database_url or "", exc))
    if choice == RETRY:
        ctx.use_database(ctx.database_url)
    elif choice == OWN:
        ctx.use_database(None)
    else:
        return None
    return open_database(ctx)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.command is not None or args.smoke:  # not the window: collect as usual
        import gc

        gc.enable()
    if args.command == "poll-worker":
        from desktop.services.poll_process import run_child

        return run_child(
            args.data_dir,
            args.source,
            args.outcome,
            lifeline=args.lifeline,
            scheduled=args.scheduled,
        )
    if args.command == "document":
        from desktop.document_cli import run_document_command

        return run_document_command(args)
    if args.command == "poll":
        from desktop.poll_cli import run_poll_command

        return run_poll_command(args)
    if args.smoke:
        from desktop.smoke import run_smoke

        return run_smoke()
    try:
        # The log rotates from the first paint on (``after_first_paint``).
        ctx = context_for(args.data_dir, database=args.database, rotate_logs=False)
    except ValueError as exc:  # a --database the app cannot use: say why, no traceback
        print(f"ipo-watch: {exc}", file=sys.stderr)
        return 2
    return run_gui(
        ctx, exit_after_first_paint=args.exit_after_first_paint, minimized=args.minimized
    )


_translators: list[object] = []


def install_language(ctx: AppContext) -> str:
    """The interface language, before the first window is built: `IPO_WATCH_LANG`, else
    the choice saved in Preferences, else the system's.  English loads nothing."""
    from PySide6.QtCore import QSettings

    from desktop.services import language

    settings = QSettings(str(ctx.settings_path), QSettings.Format.IniFormat)
    saved = settings.value(language.SETTING_KEY, "")
    chosen = language.choose(str(saved or ""))
    translators = language.Translators()
    missing = translators.install(chosen)
    if missing:
        log.warning("interface language %s without %s", chosen, ", ".join(missing))
    _translators.append(translators)  # kept alive with the app
    return chosen


def _settings(ctx: AppContext) -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(str(ctx.settings_path), QSettings.Format.IniFormat)


def seen_scheme(ctx: AppContext) -> bool | None:
    """Whether the system's colour scheme was dark when the app last asked (None: never
    asked), for ``apply_theme`` to use before the first paint."""
    settings = _settings(ctx)
    if not settings.contains(keys.SEEN_DARK.key):
        return None
    return bool(settings.value(keys.SEEN_DARK.key, False, type=bool))


def remember_scheme(ctx: AppContext, dark: bool | None) -> None:
    if dark is not None and dark != seen_scheme(ctx):
        settings = _settings(ctx)
        settings.setValue(keys.SEEN_DARK.key, dark)
        settings.sync()


def run_gui(
    ctx: AppContext, *, exit_after_first_paint: bool = False, minimized: bool = False
) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme, style_arguments

    started = QApplication.instance()
    app = started or QApplication(sys.argv[:1] + style_arguments())
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setOrganizationDomain(ORG_DOMAIN)
    QApplication.setDesktopFileName("ipo-pipeline-watch")
    install_language(ctx)
    seen = seen_scheme(ctx)
    dark = apply_theme(app, dark=seen, fusion_set=started is None)  # type: ignore[arg-type]
    if seen is None:  # the first start asked the system: the next need not (until painted)
        remember_scheme(ctx, dark)
    from desktop.services.gui_gc import GuiThreadCollector
    from desktop.services.gui_thread import favour_gui_thread

    favour_gui_thread()
    collector = GuiThreadCollector(parent=app)
    app.aboutToQuit.connect(collector.stop)

    if not exit_after_first_paint:
        from desktop.services.single_instance import InstanceServer, ask_running_instance

        if ask_running_instance(ctx.data_dir):
            log.info("already running: asked the first instance to show its window")
            return 0
        instance = InstanceServer(ctx.data_dir, parent=app)

    from desktop.domain.simplify import keep_tables_in

    keep_tables_in(ctx.data_dir / "cache" / "t2s-tables.marshal")  # folding, from the 2nd start
    rows = open_database(ctx)
    if rows is None:
        return 1
    window = MainWindow(ctx, rows)
    if exit_after_first_paint:
        window.first_painted.connect(app.quit)
        window.show()
    else:
        instance.activated.connect(window.bring_to_front)
        if minimized:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window, lambda: start_minimized(ctx, window))
        else:
            window.first_painted.connect(lambda: after_first_paint(ctx, window))
            window.show()
    code = app.exec()
    log.info("exit %s", code)
    return code


def start_minimized(ctx: AppContext, window: MainWindow) -> None:
    """Started at login: only the tray icon; without a tray, the window after all."""
    services = after_first_paint(ctx, window)
    if services.get("tray") is None:
        window.show()


def after_first_paint(ctx: AppContext, window: MainWindow) -> dict[str, object]:
    """Start what the first paint did not need: log rotation, a look at the colour scheme,
    stage refresh, tray, alerts, polling and the daily backup.  Returns them by name (the
    window keeps them alive)."""
    from PySide6.QtWidgets import QApplication

    from desktop.bootstrap import rotate_logs
    from desktop.services.alert_service import AlertService
    from desktop.services.changes import Change, app_changes
    from desktop.services.daily_backup import schedule_daily_backup
    from desktop.services.day_watcher import DayWatcher
    from desktop.services.tasks import run_task
    from desktop.store.backup import backup_dir_for
    from desktop.store.stage_summaries import refresh_stale_stages
    from desktop.ui.theme import check_scheme
    from desktop.ui.tray import InAppNotifier, Tray, TrayNotifier

    rotate_logs()
    remember_scheme(ctx, check_scheme(QApplication.instance()))  # type: ignore[arg-type]

    def stages_refreshed(ids: list[int], change: Change | None = None) -> None:
        if ids or change is not None:
            app_changes().announce(change or Change(companies=frozenset(ids)))

    # Derived lapses move with the calendar: the summaries they changed are rewritten
    # (without the ORM; none on a second start the same day).
    run_task(refresh_stale_stages, ctx.db, on_done=stages_refreshed)
    day = DayWatcher(parent=window)  # the app runs for months: stages move with the date
    day.new_day.connect(
        lambda _day: run_task(
            refresh_stale_stages,
            ctx.db,
            on_done=lambda ids: stages_refreshed(ids, Change.all()),
        )
    )
    services: dict[str, object] = {"day": day}
    tray: Tray | None = None
    notifier: Notifier
    if Tray.available():
        tray = Tray(parent=window)
        tray.open_requested.connect(window.bring_to_front)
        tray.quit_requested.connect(window.quit_app)
        tray.poll_requested.connect(lambda: window.poll_now(None))
        tray.pause_requested.connect(window.pause_alerts)
        tray.show()
        tray_notifier = TrayNotifier(tray.icon, parent=window)
        tray_notifier.clicked.connect(window.open_event)
        notifier = tray_notifier
        window.attach_tray(tray)
    else:
        notifier = InAppNotifier(window.statusBar())
    alerts = AlertService(ctx.db, notifier, parent=window)
    window.attach_alerts(alerts)
    if tray is not None:
        alerts.unread_changed.connect(tray.set_unread)
    alerts.refresh_unread()
    services.update(tray=tray, notifier=notifier, alerts=alerts)

    if not environment.polling_disabled():
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
        from desktop.store.location import server_backup_advice

        # No file to copy: the server's pg_dump is the backup.
        log.info("%s", server_backup_advice(ctx.db.url or ""))
    else:
        backup = schedule_daily_backup(window, ctx.db_path, backup_dir_for(ctx.data_dir))
        backup.failed.connect(
            lambda message: window.show_message(
                translate("App", "Daily backup failed: {reason}").format(reason=message),
                15000,
            )
        )
        services["backup"] = backup
    window.services = services
    from desktop.services.gui_gc import freeze_startup

    freeze_startup()
    return services
