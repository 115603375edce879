"""Backups of the database file, restoring one, and the start-up health check.

Standard library only (``sqlite3``): usable before SQLAlchemy is imported, from worker
threads, and while the app has the database open.

* ``backup_now`` copies the live database with SQLite's online backup API (a consistent
  snapshot even while a poll writes) to ``backups/ipo-watch-YYYYMMDD-HHMMSS.sqlite3``.
  The copy is written under a temporary name, checked (``PRAGMA integrity_check`` and
  the schema version table), and only then given its real name; the newest ``keep``
  backups are kept.  Backups are self-contained single files (rollback journal, not WAL).
* ``restore`` checks the backup first and refuses a bad one before touching anything.
  It then moves the current database (with its ``-wal`` / ``-shm``) aside and puts a
  checked copy of the backup in its place.  Close every connection to the database
  (stop polling, ``Database.dispose()``) before calling it, and reopen afterwards.
* ``check_database`` is the quick start-up check: ``None`` when the file is usable.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.store.location import server_backup_advice, server_url
from desktop.store.schema import HEAD_REVISION

BACKUP_DIRNAME = "backups"
DEFAULT_KEEP = 14
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(r"^ipo-watch-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")
_lock = threading.Lock()


class BackupError(RuntimeError):
    """A backup could not be made; the message says why in plain words."""


class RestoreError(RuntimeError):
    """A backup was not restored; the message says why.  Nothing was replaced."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    size: int  # bytes
    companies: int | None  # None when the file could not be read

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir_for(data_dir: Path) -> Path:
    """Where the app keeps its backups: ``<data dir>/backups``."""
    return data_dir / BACKUP_DIRNAME


# -- making backups -------------------------------------------------------------------


def backup_now(
    db_path: Path, backup_dir: Path, keep: int = DEFAULT_KEEP, *, now: datetime | None = None
) -> Path:
    """Copy the database to a new, checked backup file and return its path.

    Raises BackupError (and leaves no partial file) when the database cannot be read or
    the copy fails its check.  Older backups beyond the newest ``keep`` are deleted.
    """
    url = server_url(db_path)
    if url is not None:  # a team database: backed up on its server, not copied here
        raise BackupError(server_backup_advice(url))
    db_path = Path(db_path)
    backup_dir = Path(backup_dir)
    if not db_path.is_file():
        raise BackupError(f"There is no database to back up at {db_path}.")
    with _lock:
        try:
            backup_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(f"Could not create the backup folder {backup_dir}: {exc}") from exc
        _remove_partials(backup_dir)
        target = _free_name(backup_dir, now or datetime.now())
        partial = target.with_name(target.name + ".partial")
        try:
            _copy_database(db_path, partial)
            problem = verify(partial)
            if problem:
                raise BackupError(f"The new backup failed its check and was not kept: {problem}")
            os.replace(partial, target)
        except sqlite3.Error as exc:
            raise BackupError(f"Could not back up the database: {plain_error(exc)}") from exc
        except OSError as exc:
            raise BackupError(f"Could not write the backup: {exc}") from exc
        finally:
            _remove_with_side_files(partial)
        rotate(backup_dir, keep)
    return target


def rotate(backup_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the files deleted."""
    keep = max(1, int(keep))
    deleted: list[Path] = []
    for _created, path in _backup_files(backup_dir)[keep:]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # still there: tried again after the next backup
        deleted.append(path)
    return deleted


def daily_backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup has been made on ``now``'s (local) calendar day."""
    today = (now or datetime.now()).date()
    return not any(created.date() == today for created, _path in _backup_files(backup_dir))


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first, with its size and companies count."""
    found = []
    for created, path in _backup_files(backup_dir):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, created, size, _count_companies(path)))
    return found


def latest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``verify``, or None."""
    for info in list_backups(backup_dir):
        if verify(info.path) is None:
            return info
    return None


# -- checking -------------------------------------------------------------------------


def verify(path: Path) -> str | None:
    """None when ``path`` is a sound database of this app, else the problem in plain words."""
    path = Path(path)
    if not path.exists():
        return "The file does not exist."
    if not path.is_file():
        return "It is a folder, not a database file."
    if path.stat().st_size == 0:
        return "The file is empty."
    try:
        con = _connect_ro(path)
        try:
            problems = [row[0] for row in con.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                return "The file is damaged (" + "; ".join(map(str, problems[:3])) + ")."
            if not _has_table(con, "alembic_version"):
                return "The file is not an IPO Pipeline Watch database (no schema version)."
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or not row[0]:
                return "The file is not an IPO Pipeline Watch database (no schema version)."
            if _newer_than_app(str(row[0])):
                return (
                    f"The file was made by a newer version of the app (schema {row[0]}); "
                    "update the app to use it."
                )
        finally:
            con.close()
    except sqlite3.Error as exc:
        return plain_error(exc)
    except OSError as exc:
        return f"The file could not be read: {exc}"
    return None


def check_database(db_path: Path) -> str | None:
    """The start-up check: None when the database can be used, else the problem.

    Opens the file read-only, runs ``PRAGMA quick_check`` and reads the schema.  A file
    that does not exist yet is fine (a new one will be made).  A database that another
    process holds locked is not damaged, so it is reported as fine too.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    if not db_path.is_file():
        return f"{db_path} is a folder, not a database file."
    try:
        con = _connect_ro(db_path, timeout=5)
        try:
            problems = [row[0] for row in con.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                return "The database is damaged (" + "; ".join(map(str, problems[:3])) + ")."
            tables = [
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in ("alembic_version", "company", "event", "setting"):
                if table in tables:
                    con.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            return None
        return plain_error(exc)
    except sqlite3.Error as exc:
        return plain_error(exc)
    except OSError as exc:
        return f"The database could not be read: {exc}"
    return None


def plain_error(exc: BaseException) -> str:
    """An SQLite error as a sentence a person can act on."""
    text = str(exc)
    lowered = text.lower()
    if "not a database" in lowered:
        return "The file is not a database, or its header is damaged."
    if "malformed" in lowered or "corrupt" in lowered:
        return "The database file is damaged (its structure is malformed)."
    if "unable to open" in lowered:
        return "The database file could not be opened."
    if "readonly" in lowered or "read-only" in lowered:
        return "The database file cannot be written to."
    if _is_busy(exc):
        return "The database is in use by another program; try again in a moment."
    if "disk i/o" in lowered:
        return "The disk reported an error while reading the database."
    return f"The database could not be read: {text}"


# -- restoring ------------------------------------------------------------------------


def restore(backup_path: Path, db_path: Path, *, now: datetime | None = None) -> Path:
    """Replace the database with a checked copy of ``backup_path``.

    Returns where the previous database was moved (``<db>.before-restore-<stamp>``;
    that path does not exist when there was no database).  Raises RestoreError and
    changes nothing when the backup is bad or the copy fails.
    """
    backup_path = Path(backup_path)
    db_path = Path(db_path)
    problem = verify(backup_path)
    if problem:
        raise RestoreError(f"{backup_path.name} cannot be restored: {problem} Nothing was changed.")
    incoming = db_path.with_name(db_path.name + ".restoring")
    with _lock:
        _remove_with_side_files(incoming)
        try:
            _copy_database(backup_path, incoming)
            problem = verify(incoming)
            if problem:
                raise RestoreError(
                    f"The copy of {backup_path.name} failed its check: {problem} "
                    "Nothing was changed."
                )
            aside = _aside_name(db_path, "before-restore", now)
            moved = _move_with_side_files(db_path, aside)
            try:
                os.replace(incoming, db_path)
            except OSError:
                for source, target in reversed(moved):
                    os.replace(target, source)
                raise
        except sqlite3.Error as exc:
            raise RestoreError(
                f"Could not copy {backup_path.name}: {plain_error(exc)} Nothing was changed."
            ) from exc
        except OSError as exc:
            raise RestoreError(
                f"Could not put {backup_path.name} in place: {exc}. Nothing was changed."
            ) from exc
        finally:
            _remove_with_side_files(incoming)
    return aside


def move_aside(db_path: Path, label: str = "damaged", *, now: datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm) to ``<db>.<label>-<stamp>``; returns that
    path.  The next start makes a fresh database."""
    db_path = Path(db_path)
    aside = _aside_name(db_path, label, now)
    _move_with_side_files(db_path, aside)
    return aside


# -- helpers --------------------------------------------------------------------------


def _connect_ro(path: Path, timeout: float = 30) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    con = sqlite3.connect(uri, uri=True, timeout=timeout)
    con.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return con


def _copy_database(source: Path, target: Path) -> None:
    """Online-backup ``source`` into a new single-file database at ``target``."""
    src = _connect_ro(source)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    row = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _newer_than_app(revision: str) -> bool:
    return revision.isdigit() and HEAD_REVISION.isdigit() and int(revision) > int(HEAD_REVISION)


def _is_busy(exc: BaseException) -> bool:
    lowered = str(exc).lower()
    return "locked" in lowered or "busy" in lowered


def _count_companies(path: Path) -> int | None:
    try:
        con = _connect_ro(path, timeout=5)
        try:
            row = con.execute("SELECT count(*) FROM company").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None
    return int(row[0]) if row else None


def _backup_files(backup_dir: Path) -> list[tuple[datetime, Path]]:
    """(created, path) of every backup file, newest first."""
    try:
        entries = list(Path(backup_dir).iterdir())
    except OSError:
        return []
    found: list[tuple[datetime, int, Path]] = []
    for path in entries:
        match = _NAME_RE.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            created = datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            continue
        found.append((created, int(match.group(2) or 1), path))
    found.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [(created, path) for created, _seq, path in found]


def _free_name(backup_dir: Path, when: datetime) -> Path:
    stamp = when.strftime(STAMP_FORMAT)
    path = backup_dir / f"ipo-watch-{stamp}.sqlite3"
    number = 2
    while path.exists():
        path = backup_dir / f"ipo-watch-{stamp}-{number}.sqlite3"
        number += 1
    return path


def _aside_name(db_path: Path, label: str, now: datetime | None) -> Path:
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    aside = db_path.with_suffix(f".{label}-{stamp}")
    number = 2
    while any(Path(f"{aside}{side}").exists() for side in ("", *_SIDE_FILES)):
        aside = db_path.with_suffix(f".{label}-{stamp}-{number}")
        number += 1
    return aside


def _move_with_side_files(db_path: Path, aside: Path) -> list[tuple[Path, Path]]:
    """Move the database and its side files; on failure put back what moved, re-raise."""
    moved: list[tuple[Path, Path]] = []
    try:
        for side in ("", *_SIDE_FILES):
            source = Path(f"{db_path}{side}")
            if source.exists():
                target = Path(f"{aside}{side}")
                os.replace(source, target)
                moved.append((source, target))
    except OSError:
        for source, target in reversed(moved):
            os.replace(target, source)
        raise
    return moved


def _remove_with_side_files(path: Path) -> None:
    for side in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{side}").unlink()


def _remove_partials(backup_dir: Path) -> None:
    """Leftovers of a backup that was interrupted (the app was killed mid-copy)."""
    for path in backup_dir.glob("ipo-watch-*.sqlite3.partial*"):
        with contextlib.suppress(OSError):
            path.unlink()
