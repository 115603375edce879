"""What the code expects of the database file, readable without SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_FILENAME = "ipo-watch.sqlite3"
HEAD_REVISION = "0007"  # keep equal to the newest file in migrations/versions


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for a new/unstamped file."""
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


def is_current(path: Path) -> bool:
    return current_revision(path) == HEAD_REVISION
