"""Composition root: paths, logging, database, window, services.

Nothing heavy is imported before the first paint: the watchlist is read with the
standard library's sqlite3, and SQLAlchemy, the HTTP client, the scheduler and the
charts load afterwards.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from desktop import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from desktop.cli import parse_args
from desktop.context import AppContext
from desktop.paths import data_dir, resource

log = logging.getLogger("desktop")


def setup_logging(folder: Path) -> None:
    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        logs / "ipo-watch.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def prepare_database(ctx: AppContext) -> None:
    """Migrate and seed when needed; on an up-to-date database this costs one tiny query."""
    from desktop.store import fastread
    from desktop.store.schema import is_current

    if is_current(ctx.db_path) and fastread.setting(ctx.db_path, "seed_loaded"):
        return
    from desktop.store.companies import load_seed

    with ctx.db.exclusive("setup"):  # a team database: one desktop migrates and seeds
        ctx.db.migrate()
        load_seed(ctx.db, resource("seed", "watchlist.json"))


def open_database(ctx: AppContext) -> list[Any] | None:
    """Migrate, seed and read the watchlist.  A damaged file gets the user's choice —
    restore the latest good backup, start afresh (the file is kept aside) or quit —
    instead of a crash.  None means quit."""
    from desktop.store.fastread import load_watchlist

    try:
        prepare_database(ctx)
        return load_watchlist(ctx.db_path)
    except Exception as exc:
        if ctx.database_url is not None:  # a team database: retry, or this desktop's own
            return _team_database_problem(ctx, exc)
        from desktop.store.backup import backup_dir_for, check_database

        if check_database(ctx.db_path) is None:
            raise
        log.exception("the database could not be opened")
    from desktop.store.backup import backup_dir_for
    from desktop.ui.data_dialogs import handle_damaged_database

    ctx.__dict__.pop("db", None)
    if not handle_damaged_database(ctx.db_path, backup_dir_for(ctx.data_dir)):
        return None
    prepare_database(ctx)
    return load_watchlist(ctx.db_path)


def context_for(args: Any) -> AppContext:
    """The data folder and the database the command line asks for.  ``--database`` is
    handed on to the poll processes through the environment."""
    import os

    from desktop.store.location import ENV_URL

    if getattr(args, "database", None):
        os.environ[ENV_URL] = args.database
    return AppContext(data_dir(args.data_dir))


def _team_database_problem(ctx: AppContext, exc: BaseException) -> list[Any] | None:
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
    if args.command == "poll-worker":
        from desktop.services.poll_process import run_child

        return run_child(args.data_dir, args.source, args.outcome)
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
        ctx = context_for(args)
    except ValueError as exc:  # a --database the app cannot use: say why, no traceback
        print(f"ipo-watch: {exc}", file=sys.stderr)
        return 2
    setup_logging(ctx.data_dir)
    return run_gui(
        ctx, exit_after_first_paint=args.exit_after_first_paint, minimized=args.minimized
    )


def run_gui(
    ctx: AppContext, *, exit_after_first_paint: bool = False, minimized: bool = False
) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setOrganizationDomain(ORG_DOMAIN)
    QApplication.setDesktopFileName("ipo-pipeline-watch")
    apply_theme(app)  # type: ignore[arg-type]
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


def start_minimized(ctx: AppContext, window: object) -> None:
    """Started at login: only the tray icon; without a tray, the window after all."""
    services = after_first_paint(ctx, window)
    if services.get("tray") is None:
        window.show()  # type: ignore[attr-defined]


def after_first_paint(ctx: AppContext, window: object) -> dict[str, object]:
    """Start what the first paint did not need."""
    from desktop.services.startup import start_services

    return start_services(ctx, window)
