"""What the app, the command line and the poll child share: logging, paths and the
database set-up.  Nothing here builds a widget, so every entry point can use it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop import environment
from desktop.context import AppContext
from desktop.paths import data_dir, resource
from desktop.store.settings import SEED_LOADED

LOG_FILE = "ipo-watch.log"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PlainLog(logging.FileHandler):
    """The log file until ``rotate_logs`` puts the rotating handler in its place."""


def setup_logging(folder: Path, *, rotate: bool = True) -> None:
    """Log to ``logs/ipo-watch.log`` in the data folder (rotated at 1 MB, three kept).

    ``rotate=False`` (the app, before its first paint) appends to the same file without
    rotating until ``rotate_logs()``: ``logging.handlers`` imports sockets and pickling,
    which the first paint can do without."""
    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(logs / LOG_FILE)
    if any(getattr(h, "baseFilename", None) == target for h in root.handlers):
        return  # set up already (a second window in the same process)
    handler = _rotating(target) if rotate else _PlainLog(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _rotating(target: str) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(
        target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )


def rotate_logs() -> None:
    """Put the rotating handler in the place of the plain one ``setup_logging(rotate=False)``
    installed (same file, same format)."""
    root = logging.getLogger()
    for plain in [h for h in root.handlers if isinstance(h, _PlainLog)]:
        handler = _rotating(plain.baseFilename)
        handler.setFormatter(plain.formatter)
        root.addHandler(handler)
        root.removeHandler(plain)
        plain.close()


def context_for(
    explicit_dir: str | os.PathLike[str] | None,
    *,
    log: bool = True,
    database: str | None = None,
    rotate_logs: bool = True,
) -> AppContext:
    """The data folder (``--data-dir``, ``IPO_WATCH_HOME`` or the platform's) with logging
    (``rotate_logs``: see ``setup_logging``).

    ``database`` (``--database URL``) is handed on to the poll children through the
    environment. Raises ValueError for a database URL the app cannot use."""
    if database:
        environment.set_database_url(database)
    ctx = AppContext(data_dir(explicit_dir))
    if log:
        setup_logging(ctx.data_dir, rotate=rotate_logs)
    return ctx


def prepare_database(ctx: AppContext) -> None:
    """Migrate and seed when needed; on an up-to-date database this costs one tiny query."""
    from desktop.store import fastread
    from desktop.store.schema import is_current

    if is_current(ctx.db_path) and fastread.setting(ctx.db_path, SEED_LOADED.key):
        return
    from desktop.store.companies import load_seed

    with ctx.db.exclusive("setup"):  # a team database: one desktop migrates and seeds
        ctx.db.migrate()
        load_seed(ctx.db, resource("seed", "watchlist.json"))


def database_problem(ctx: AppContext) -> str | None:
    """A plain sentence when the database file is damaged, else None."""
    from desktop.store.backup import check_database

    return check_database(ctx.db_path)
