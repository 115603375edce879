"""Where the data lives: the SQLite file in the data folder (the default), or a team
database on a PostgreSQL server (``--database URL``, ``IPO_WATCH_DATABASE_URL``, or the
choice made in Preferences, kept in ``database.json`` in the data folder without any
password).

Standard library only (``keyring`` and ``psycopg`` are imported when a server is used):
the start-up fast path reads through this before SQLAlchemy is imported.

Passwords never come from a settings file: the URL may carry one (the command line or
the environment), else libpq's own ``PGPASSWORD`` / ``.pgpass``, else the system keyring
(service ``IPO Pipeline Watch``, account ``user@host:port/db``).  TLS options
(``?sslmode=verify-full&sslrootcert=...``) pass through to libpq unchanged.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from desktop import environment
from desktop.domain.i18n import translate
from desktop.domain.server_words import CONNECTION_LOST, SERVER_UNREACHABLE

ENV_URL = "IPO_WATCH_DATABASE_URL"
CHOICE_FILE = "database.json"
KEYRING_SERVICE = "IPO Pipeline Watch"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# Every connection works in UTC (stored times are UTC without a zone, as on SQLite).
SESSION_OPTIONS = "-c timezone=UTC"
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "ipo-watch"


class LocationError(ValueError):
    """A database URL the app cannot use; the message says why in plain words."""


def is_server_url(url: str | None) -> bool:
    return bool(url) and urlsplit(str(url)).scheme.lower() in SCHEMES


def normalise(url: str) -> str:
    """``postgresql://user@host:port/db?...``; raises LocationError for anything else."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in SCHEMES:
        raise LocationError(
            translate(
                "TeamDatabase",
                "“{address}” is not a PostgreSQL address: it should look like "
                "postgresql://USER@HOST:PORT/DATABASE",
            ).format(address=without_password(text))
        )
    if not parts.hostname:
        raise LocationError(
            translate(
                "TeamDatabase", "The database address names no server (postgresql://USER@HOST/DB)."
            )
        )
    if not parts.path.strip("/"):
        raise LocationError(
            translate(
                "TeamDatabase", "The database address names no database (…/DATABASE at the end)."
            )
        )
    return urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, ""))


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = quote(unquote(parts.username or ""), safe="")
    return urlunsplit((parts.scheme, f"{user}@{host}" if user else host, *parts[2:]))


def url_password(url: str) -> str | None:
    password = urlsplit(url).password
    return unquote(password) if password is not None else None


def account(url: str) -> str:
    """``user@host:port/db``: how the keyring and the messages name a team database."""
    parts = urlsplit(url)
    user = unquote(parts.username or "") or environment.PGUSER.value()
    port = parts.port or 5432
    return f"{user + '@' if user else ''}{parts.hostname}:{port}/{parts.path.strip('/')}"


_from_keyring: dict[str, str | None] = {}  # asked once per process and account


def keyring_password(url: str) -> str | None:
    key = account(url)
    if key not in _from_keyring:
        try:
            import keyring

            _from_keyring[key] = keyring.get_password(KEYRING_SERVICE, key)
        except Exception:  # no keyring on this system, or it refused: libpq's ways remain
            _from_keyring[key] = None
    return _from_keyring[key]


def store_keyring_password(url: str, password: str) -> None:
    """Keep the password in the system keyring (raises when there is none)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, account(url), password)
    _from_keyring[account(url)] = password


def password_for(url: str) -> str | None:
    """The password to hand to libpq, or None to let libpq find one (PGPASSWORD,
    ``.pgpass``, none at all for trust/peer/certificate authentication)."""
    found = url_password(url)
    if found is not None:
        return found
    if environment.password_given_to_libpq():
        return None
    return keyring_password(url)


def connect_kwargs(url: str, *, read_only: bool = False) -> dict[str, Any]:
    """Keyword arguments for ``psycopg.connect`` besides the URL itself."""
    options = SESSION_OPTIONS + (" -c default_transaction_read_only=on" if read_only else "")
    kwargs: dict[str, Any] = {
        "options": options,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APPLICATION_NAME,
        # Text is UTF-8 both ways, also on a database created as SQL_ASCII (the default
        # of a server set up under the C locale), which would hand back bytes.
        "client_encoding": "UTF8",
    }
    password = password_for(url)
    if password is not None:
        kwargs["password"] = password
    return kwargs


def connect(url: str, *, read_only: bool = False, autocommit: bool = True) -> Any:
    """A plain psycopg connection to the team database."""
    import psycopg

    return psycopg.connect(
        without_password(url), autocommit=autocommit, **connect_kwargs(url, read_only=read_only)
    )


def saved_choice(data_dir: Path) -> str | None:
    """The team database chosen in Preferences on this desktop (None: this desktop's file)."""
    try:
        data = json.loads((data_dir / CHOICE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and is_server_url(url) else None


def save_choice(data_dir: Path, url: str | None) -> None:
    """Remember the team database for the next start (never its password)."""
    path = data_dir / CHOICE_FILE
    if url is None:
        path.unlink(missing_ok=True)
        return
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps({"url": without_password(normalise(url))}), encoding="utf-8")
    os.replace(partial, path)


def resolve(explicit: str | None, data_dir: Path) -> str | None:
    """``--database``, else ``IPO_WATCH_DATABASE_URL``, else the saved choice; None is
    the SQLite file in the data folder (also spelled ``sqlite`` or an empty value)."""
    for candidate in (explicit, environment.database_url()):
        if candidate is None:
            continue
        if candidate.strip() in ("", "sqlite"):
            return None
        return normalise(candidate)
    return saved_choice(data_dir)


class ServerLocation(type(Path())):  # type: ignore[misc]
    """What ``AppContext.db_path`` is on a team database: a path in the data folder that
    never exists (so file checks and backups of the SQLite file find nothing), whose
    ``parent`` is the data folder, carrying ``url`` for the readers that dispatch on it.
    Paths derived from it are plain paths (``url`` None)."""

    url: str | None = None

    @classmethod
    def of(cls, data_dir: Path, url: str) -> ServerLocation:
        location = cls(data_dir / "team-database.postgresql")
        location.url = url
        return location


def server_url(target: Any) -> str | None:
    """The team database URL of a ``db_path``-like target (None: an SQLite file)."""
    url = getattr(target, "url", None)
    return url if isinstance(url, str) and is_server_url(url) else None


def server_backup_advice(url: str) -> str:
    """What to do instead of this desktop's file backups on a team database."""
    parts = urlsplit(url)
    user = unquote(parts.username or "") or "USER"
    name = parts.path.strip("/")
    return translate(
        "TeamDatabase",
        "This desktop uses the team database {account}: it is backed up on the server, "
        "with pg_dump (for example: pg_dump -Fc -h {host} -p {port} -U {user} -f "
        "ipo-watch.dump {name}), not by copying a file here. File › Export still saves the "
        "watchlist and events as JSON or CSV.",
    ).format(
        account=account(url), host=parts.hostname, port=parts.port or 5432, user=user, name=name
    )


def create_command(name: str, user: str) -> str:
    """The one SQL command a team admin runs (as in the README): an empty database owned
    by the role the desktops sign in as, in UTF-8 whatever the server's default."""
    return f"CREATE DATABASE {name} OWNER {user} ENCODING 'UTF8' TEMPLATE template0;"


def wrong_encoding(url: str, encoding: str) -> str:
    """A team database that cannot hold Chinese text, in plain words, with the remedy."""
    parts = urlsplit(url)
    name = parts.path.strip("/")
    user = unquote(parts.username or "") or environment.PGUSER.value() or "USER"
    return translate(
        "TeamDatabase",
        "The team database {account} keeps text as {encoding}, which cannot hold Chinese "
        "names; the app needs UTF-8 and changed nothing. The team admin makes a new one "
        "with: {command}",
    ).format(account=account(url), encoding=encoding, command=create_command(name, user))


class NewerSchemaError(RuntimeError):
    """The database was set up by a newer version of the app: this one must not write."""


class TeamDatabaseUnavailable(RuntimeError):
    """The team database's server stopped or cannot be reached while the app runs; the
    message says so in plain words (the driver's error is the ``__cause__``)."""


# What libpq says when the server is not there, or the connection to it went.
_UNREACHABLE = SERVER_UNREACHABLE + CONNECTION_LOST


def _from_psycopg(exc: BaseException) -> bool:
    return any(
        cls.__module__.startswith("psycopg")
        and cls.__name__ in ("OperationalError", "InterfaceError")
        for cls in type(exc).__mro__
    )


def plainly(exc: BaseException) -> BaseException:
    """``exc``, or, when it says the team database's server cannot be reached, a
    ``TeamDatabaseUnavailable`` that says so in plain words (for every message that
    shows a failed read or write)."""
    orig = getattr(exc, "orig", None) or exc
    if not _from_psycopg(orig):
        return exc
    text = " ".join(str(orig).split()).lower()
    if not any(words in text for words in _UNREACHABLE):
        return exc
    words = TeamDatabaseUnavailable(
        translate(
            "TeamDatabase",
            "The team database cannot be reached: its server stopped, or the network is "
            "down. Nothing was changed; try again once it is back.",
        )
    )
    words.__cause__ = exc
    return words


def plain_problem(url: str, exc: BaseException) -> str:
    """Why the team database cannot be used, in plain words (for the start-up dialog,
    the command line and Preferences)."""
    if isinstance(exc, NewerSchemaError):
        return str(exc)
    if isinstance(exc, LocationError):
        return str(exc)
    if isinstance(exc, TeamDatabaseUnavailable) and exc.__cause__ is not None:
        exc = exc.__cause__
    parts = urlsplit(url)
    where = f"{parts.hostname}:{parts.port or 5432}"
    name = parts.path.strip("/")
    user = (
        unquote(parts.username or "")
        or environment.PGUSER.value()
        or translate("TeamDatabase", "this user")
    )
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else exc.__class__.__name__
    text = " ".join(detail).lower()
    if "password authentication failed" in text:
        return translate(
            "TeamDatabase",
            "The team database at {where} refused the password for {user}. Enter it again "
            "in Preferences › Team database (it is kept in the system keyring), or set "
            "PGPASSWORD or ~/.pgpass.",
        ).format(where=where, user=user)
    if "no password supplied" in text or "password is required" in text:
        return translate(
            "TeamDatabase",
            "The team database at {where} asks for a password for {user}, and none was "
            "found (PGPASSWORD, ~/.pgpass or the system keyring).",
        ).format(where=where, user=user)
    if f'database "{name.lower()}" does not exist' in text:
        return translate(
            "TeamDatabase",
            "The server {where} has no database named {name}. The team admin creates it "
            "with: {command}",
        ).format(where=where, name=name, command=create_command(name, user))
    if "ssl" in text or "certificate" in text:
        return translate(
            "TeamDatabase",
            "The secure connection to the team database at {where} failed: {first}",
        ).format(where=where, first=first)
    if any(words in text for words in _UNREACHABLE):
        return translate(
            "TeamDatabase",
            "The team database server {where} cannot be reached ({first}). Is it running, "
            "and is this computer on its network?",
        ).format(where=where, first=first)
    return translate(
        "TeamDatabase", "The team database at {where} could not be used: {first}"
    ).format(where=where, first=first)
