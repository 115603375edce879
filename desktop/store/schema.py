"""What the code expects of the database, readable without SQLAlchemy."""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from desktop.store.location import server_url

DB_FILENAME = "ipo-watch.sqlite3"
HEAD_REVISION = "0011"  # keep equal to the newest file in migrations/versions
# On a team database the version of the app that last migrated it, so that an older
# desktop can say which version to install.
WRITTEN_BY_KEY = "schema_written_by"


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the database, or None for a new/unstamped one."""
    url = server_url(path)
    if url is not None:
        return _server_revision(url)
    if not path.exists():
        return None
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        con.close()


def _server_revision(url: str) -> str | None:
    from desktop.store.location import connect

    con = connect(url, read_only=True)
    try:
        if con.execute("SELECT to_regclass('alembic_version')").fetchone()[0] is None:
            return None
        found = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        con.close()


def is_current(path: Path) -> bool:
    return current_revision(path) == HEAD_REVISION


@cache
def known_revisions() -> frozenset[str]:
    """Every revision in ``migrations/versions`` (read from the files, not imported)."""
    found = {HEAD_REVISION}
    for path in (Path(__file__).parent / "migrations" / "versions").glob("*.py"):
        match = re.search(r'^revision\s*=\s*["\']([^"\']+)["\']', path.read_text("utf-8"), re.M)
        if match:
            found.add(match.group(1))
    return frozenset(found)


def is_newer(revision: str | None) -> bool:
    """A revision this version does not know: written by a newer version of the app."""
    return revision is not None and revision not in known_revisions()
