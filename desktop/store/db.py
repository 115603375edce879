"""The engine, sessions and migrations, on SQLite (the default) or a team database on
PostgreSQL.

SQLite in WAL mode: the GUI reads while a poll writes.  Writes from worker threads are
serialised by one lock so that two polls never fight over the write lock.

On PostgreSQL (psycopg 3) several desktops share the data.  Advisory locks make what
must happen once happen once: the migrations and the first-run seed (``exclusive``), and
each source's poll (``source_lock``: one desktop polls a source at a time; a desktop
that dies releases its locks with its connection).  A poll's transaction tells the other
desktops what changed with ``NOTIFY`` (``notify_changed``, delivered on commit).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import environment
from desktop.store import location
from desktop.store.location import NewerSchemaError
from desktop.store.schema import DB_FILENAME, WRITTEN_BY_KEY, current_revision, is_current, is_newer

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
NOTIFY_CHANNEL = "ipo_watch_changes"
NOTIFY_LIMIT = 7000  # bytes; PostgreSQL refuses payloads of 8000 and more
_LOCK_PREFIX = "ipo-watch:"
TEAM_ERROR_PREFIX = "team database "  # a poll's error that is the server's, not the source's


def _configure_connection(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, make_url

    plain = make_url(location.without_password(url)).set(drivername="postgresql+psycopg")
    return create_engine(
        plain,
        connect_args=location.connect_kwargs(url),
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        pool_size=4,
        max_overflow=8,
    )


def is_busy(exc: BaseException) -> bool:
    """SQLite's write lock was not had: another process (a poll child) held it past the
    busy timeout.  Nothing was written; the same write may simply be tried again."""
    import sqlite3

    inner = getattr(exc, "orig", exc)
    if not isinstance(inner, sqlite3.OperationalError):
        return False
    words = str(inner).lower()
    return "database is locked" in words or "database is busy" in words


class Database:
    """The database's place (``path``, ``url``) and, on first use, its SQLAlchemy engine:
    the views' plain reads (``store.fastread``) need only the place, so a process that
    only reads never imports SQLAlchemy."""

    def __init__(self, path: Path, url: str | None = None) -> None:
        self.url = url or location.server_url(path)
        if self.url is not None:
            self.path = (
                path
                if location.server_url(path)
                else location.ServerLocation.of(Path(path).parent, self.url)
            )
        else:
            self.path = path
            path.parent.mkdir(parents=True, exist_ok=True)
        self._write_lock = threading.RLock()
        self._writing = threading.local()  # .depth: this thread's open write() blocks
        self.read_only_reason: str | None = None
        self._person: str | None = None

    @cached_property
    def engine(self) -> Engine:
        if self.url is not None:
            return _server_engine(self.url)
        from sqlalchemy import URL, create_engine, event

        engine = create_engine(
            URL.create("sqlite", database=str(self.path)),
            connect_args={"check_same_thread": False, "timeout": 30},
        )
        event.listen(engine, "connect", _configure_connection)
        return engine

    @classmethod
    def in_dir(cls, data_dir: Path) -> Database:
        return cls(data_dir / DB_FILENAME)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def desktop_id(self) -> str:
        """This desktop (machine and data folder): its poll processes share it."""
        import hashlib
        import socket

        seed = f"{socket.gethostname()}:{Path(self.path).parent}"
        return hashlib.sha1(seed.encode()).hexdigest()[:16]

    @property
    def person(self) -> str:
        """Whose read state, notifications and quiet hours these are on a team database:
        ``IPO_WATCH_PERSON``, else this system user on this machine."""
        import getpass
        import socket

        if self._person:
            return self._person
        chosen = environment.PERSON.value()
        return chosen or f"{getpass.getuser()}@{socket.gethostname()}"

    @person.setter
    def person(self, name: str) -> None:
        self._person = name

    def server_problem(self, exc: BaseException) -> str | None:
        """On a team database, a failure of the server or of the connection to it, as a
        poll's error: ``team database ACCOUNT: what the driver said`` (the words for it
        are in ``domain.source_errors``).  None for anything else."""
        if not self.is_server:
            return None
        import psycopg
        from sqlalchemy.exc import InterfaceError, OperationalError

        if not isinstance(
            exc,
            OperationalError | InterfaceError | psycopg.OperationalError | psycopg.InterfaceError,
        ):
            return None
        said = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"{TEAM_ERROR_PREFIX}{self.describe()}: {said[0] if said else type(exc).__name__}"

    def describe(self) -> str:
        """How messages name this database: the file, or ``user@host:port/db``."""
        return location.account(self.url) if self.url else str(self.path)

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to `revision`; cheap when it is already current.

        A database of a newer schema than this version knows is left alone, and every
        write is refused (``NewerSchemaError`` says which version to install)."""
        if revision == "head" and is_current(self.path):
            return
        self._refuse_newer(current_revision(self.path))
        from alembic import command
        from alembic.config import Config
        from sqlalchemy import text

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self._write_lock, self.engine.begin() as connection:
            if self.is_server:
                # Several desktops starting at once: one migrates, the others wait and
                # then find nothing to do (Alembic reads the stamp after the lock).
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
                    {"key": _LOCK_PREFIX + "migrate"},
                )
                self._refuse_newer(_stamp(connection))
                encoding = str(connection.execute(text("SHOW server_encoding")).scalar())
                if encoding.upper().replace("-", "") != "UTF8":  # SQL_ASCII, LATIN1, …
                    raise location.LocationError(location.wrong_encoding(self.url or "", encoding))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if self.is_server:
                record_writer(connection)

    def _refuse_newer(self, found: str | None) -> None:
        if not is_newer(found):
            return
        from desktop import __version__

        needed = self._written_by()
        install = f"version {needed} or newer" if needed else "the newest version"
        self.read_only_reason = (
            f"The database {self.describe()} was set up by a newer version of IPO Pipeline "
            f"Watch (schema {found}); this is version {__version__}. Install {install} "
            "to use it. Nothing was changed."
        )
        raise NewerSchemaError(self.read_only_reason)

    def _written_by(self) -> str | None:
        from sqlalchemy import text

        try:
            with self.engine.connect() as connection:
                value = connection.execute(
                    text("SELECT value FROM setting WHERE key = :key"), {"key": WRITTEN_BY_KEY}
                ).scalar()
        except Exception:
            return None
        if isinstance(value, str) and value.startswith('"'):
            value = json.loads(value)
        return str(value) if value else None

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error."""
        if self.read_only_reason:
            raise NewerSchemaError(self.read_only_reason)
        from sqlmodel import Session

        with self._write_lock, Session(self.engine, expire_on_commit=False) as session:
            outermost = not getattr(self._writing, "depth", 0)
            self._writing.depth = getattr(self._writing, "depth", 0) + 1
            try:
                if outermost and self.url is None:
                    # SQLite: take the write lock before the first read.  A deferred
                    # transaction that reads, then writes after another process (a poll
                    # child) committed, fails at once ("database is locked": its snapshot
                    # is stale), without waiting; BEGIN IMMEDIATE waits its turn instead.
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._writing.depth -= 1

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Across every desktop on a team database, one at a time runs the block (it
        waits for the others).  On SQLite: this process's write lock."""
        if not self.is_server:
            with self._write_lock:
                yield
            return
        with self._session_lock(name, wait=True):
            yield

    @contextmanager
    def source_lock(self, source_id: str) -> Iterator[bool]:
        """True when this process may poll ``source_id`` now: on a team database, the
        session-level advisory lock of that source, held until the block ends (or this
        process dies).  False: another desktop is polling it.  SQLite: always True."""
        if not self.is_server:
            yield True
            return
        with self._session_lock("poll:" + source_id, wait=False) as held:
            yield held

    @contextmanager
    def _session_lock(self, name: str, *, wait: bool) -> Iterator[bool]:
        from sqlalchemy import text

        key = {"key": _LOCK_PREFIX + name}
        function = "pg_advisory_lock" if wait else "pg_try_advisory_lock"
        connection = self.engine.connect()
        try:
            connection.execute(text("SET idle_in_transaction_session_timeout = 0"))
            got = connection.execute(
                text(f"SELECT {function}(hashtextextended(:key, 0))"), key
            ).scalar()
            connection.commit()  # a session lock: it outlives the transaction
            held = bool(got) if not wait else True
            try:
                yield held
            finally:
                if held:
                    self._unlock(connection, key)
        finally:
            connection.close()

    @staticmethod
    def _unlock(connection: Any, key: dict[str, str]) -> None:
        from sqlalchemy import text

        try:
            connection.execute(text("SELECT pg_advisory_unlock(hashtextextended(:key, 0))"), key)
            connection.commit()
        except Exception:
            # The connection is gone (and the lock with it on the server): never hand a
            # connection that may still hold a lock back to the pool.
            log.warning("could not release the advisory lock %s", key["key"], exc_info=True)
            connection.invalidate()

    def notify_changed(self, session: Session, change: dict[str, Any]) -> None:
        """Tell the other desktops what this transaction changed, when it commits."""
        if not self.is_server:
            return
        payload = json.dumps(change, ensure_ascii=False, separators=(",", ":"))
        if len(payload.encode()) > NOTIFY_LIMIT:
            payload = json.dumps({k: v for k, v in change.items() if not isinstance(v, list)})
        from sqlalchemy import text

        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": payload},
        )

    def dispose(self) -> None:
        engine = self.__dict__.pop("engine", None)  # never built: nothing to close
        if engine is not None:
            engine.dispose()


def _stamp(connection: Any) -> str | None:
    from sqlalchemy import text

    exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if exists is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def record_writer(connection: Any) -> None:
    from sqlalchemy import text

    from desktop import __version__

    connection.execute(
        text(
            "INSERT INTO setting (key, value) VALUES (:key, CAST(:value AS json))"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": WRITTEN_BY_KEY, "value": json.dumps(__version__)},
    )
