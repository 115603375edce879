"""A real PostgreSQL server of the tests' own: Debian's ``postgresql`` binaries,
``initdb`` into a temporary folder and ``pg_ctl start`` on a free loopback port, as an
unprivileged user (``initdb`` refuses root: as root, the ``postgres`` system user that
the package creates runs the server).  Stopped when the session ends.

``pg_server`` (session) is the running server; ``pg_url`` (per test) a fresh empty
database on it, dropped after the test.  When the server cannot be found or started the
tests that need it fail with the reason under ``CI=true`` and are skipped with it
elsewhere.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "ipo_test"
RUN_AS = "postgres"  # the system user Debian's package creates; used when we are root


class PgUnavailable(Exception):
    pass


BINDIR_ENV = "IPO_WATCH_PG_BINDIR"  # another installation's bin folder (Homebrew, say)


def find_bindir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: Debian keeps them off the PATH."""
    chosen = os.environ.get(BINDIR_ENV)
    if chosen:
        folder = Path(chosen)
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
        raise PgUnavailable(f"{BINDIR_ENV}={chosen} holds no initdb and pg_ctl.")
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PgUnavailable(
        "PostgreSQL is not installed (no initdb/pg_ctl found): run "
        "`sh scripts/system-deps.sh test` or `apt-get install postgresql`."
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    password: str
    folder: Path
    _names = itertools.count(1)

    def url(self, dbname: str = "postgres", *, password: bool = True) -> str:
        secret = f":{self.password}" if password else ""
        return f"postgresql://{self.user}{secret}@{self.host}:{self.port}/{dbname}"

    def admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname="postgres",
            autocommit=True,
        )

    def create_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with self.admin() as con:
            con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def terminate(self, dbname: str, application_name: str | None = None) -> int:
        """End every other connection to ``dbname`` (a dropped connection)."""
        sql = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s"
        params: list[str] = [dbname]
        if application_name is not None:
            sql += " AND application_name = %s"
            params.append(application_name)
        with self.admin() as con:
            row = con.execute(sql, params).fetchone()
        return int(row[0]) if row else 0


def _as_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam(RUN_AS)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_AS],
            check=True,
            capture_output=True,
        )
    runner = shutil.which("runuser") or shutil.which("setpriv")
    if runner is None:
        raise PgUnavailable("running as root, and neither runuser nor setpriv is there")
    if runner.endswith("runuser"):
        return [runner, "-u", RUN_AS, "--", *command]
    return [runner, f"--reuid={RUN_AS}", f"--regid={RUN_AS}", "--init-groups", "--", *command]


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(_as_user(command), capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise PgUnavailable(f"{what} failed: {(result.stderr or result.stdout).strip()[-800:]}")


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    folder = Path(tempfile.mkdtemp(prefix="ipo-watch-pg-"))
    data = folder / "data"
    password = secrets.token_hex(12)
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        _as_user(["true"])  # creates the user when missing
        user = pwd.getpwnam(RUN_AS)
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chown(pwfile, user.pw_uid, user.pw_gid)
    folder.chmod(0o700)
    port = free_port()
    try:
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            "initdb",
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run(
            [
                str(bindir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-o",
                options,
            ],
            "pg_ctl start",
        )
        yield PgServer("127.0.0.1", port, SUPERUSER, password, folder)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_user([str(bindir / "pg_ctl"), "stop", "-m", "fast", "-w", "-D", str(data)]),
                capture_output=True,
                timeout=120,
            )
        shutil.rmtree(folder, ignore_errors=True)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL is needed in CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason}")


_server_error: list[str] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if _server_error:
        _unavailable(_server_error[0])
    try:
        with running_server() as server:
            yield server
            return
    except PgUnavailable as exc:
        _server_error.append(str(exc))
    _unavailable(_server_error[0])


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database; its URL carries no password (it comes from PGPASSWORD)."""
    name = pg_server.create_database()
    mp = pytest.MonkeyPatch()
    mp.setenv("PGPASSWORD", pg_server.password)
    try:
        yield pg_server.url(name, password=False)
    finally:
        mp.undo()
        pg_server.drop_database(name)
