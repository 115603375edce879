"""Every environment variable the app reads, declared once.

Code asks these functions instead of ``os.environ``; a variable read is a variable
listed here (sources/http.py reads ``IPO_WATCH_MIRROR`` itself, the network layer's own
contract in DESIGN.md §3).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EnvVar:
    name: str
    meaning: str

    def value(self) -> str:
        return os.environ.get(self.name, "").strip()

    def is_set(self) -> bool:
        return bool(self.value())


HOME = EnvVar("IPO_WATCH_HOME", "the data folder (database, settings, logs); --data-dir wins")
MIRROR = EnvVar("IPO_WATCH_MIRROR", "serve every request from this loopback mirror")
LANG = EnvVar("IPO_WATCH_LANG", "en, zh_HK or zh_CN instead of the system's language")
THEME = EnvVar("IPO_WATCH_THEME", "dark or light instead of the system's scheme")
NO_POLL = EnvVar("IPO_WATCH_NO_POLL", "do not start the scheduler (tests, screenshots)")
POLL_IN_PROCESS = EnvVar(
    "IPO_WATCH_POLL_IN_PROCESS", "poll in the app's own process instead of a child process"
)
DATABASE_URL = EnvVar("IPO_WATCH_DATABASE_URL", "where the data lives; --database wins")
PERSON = EnvVar("IPO_WATCH_PERSON", "who this desktop's person is on a team database")
# libpq's own, read to say who connects and whether a password is given elsewhere.
PGUSER = EnvVar("PGUSER", "the PostgreSQL user when the URL names none")
PGPASSWORD = EnvVar("PGPASSWORD", "a PostgreSQL password (libpq reads it itself)")
PGPASSFILE = EnvVar("PGPASSFILE", "a .pgpass file elsewhere (libpq reads it itself)")

ALL = (
    HOME,
    MIRROR,
    LANG,
    THEME,
    NO_POLL,
    POLL_IN_PROCESS,
    DATABASE_URL,
    PERSON,
    PGUSER,
    PGPASSWORD,
    PGPASSFILE,
)


def home() -> str:
    return HOME.value()


def polling_disabled() -> bool:
    return NO_POLL.is_set()


def poll_in_process() -> bool:
    return POLL_IN_PROCESS.is_set()


def database_url() -> str | None:
    """``IPO_WATCH_DATABASE_URL`` as set (None when unset)."""
    return os.environ.get(DATABASE_URL.name)


def set_database_url(url: str) -> None:
    """Hand the chosen database on to the poll children this process starts."""
    os.environ[DATABASE_URL.name] = url


def password_given_to_libpq() -> bool:
    return PGPASSWORD.is_set() or PGPASSFILE.is_set()
