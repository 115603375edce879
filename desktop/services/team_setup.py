"""The operations behind Preferences › Team database (run off the GUI thread): look at
a team database, and copy this desktop's data into an empty one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.store.db import Database
from desktop.store.location import ServerLocation
from desktop.store.team_copy import ServerCheck, check_server, copy_into


def look_at(url: str) -> ServerCheck:
    """Connect and say what the team database holds (raises the driver's error)."""
    db = Database(ServerLocation.of(Path("."), url), url=url)
    try:
        return check_server(db)
    finally:
        db.dispose()


def copy_here(ctx: Any, url: str) -> dict[str, int]:
    """This desktop's data into the empty team database at ``url``; rows per table."""
    target = Database(ServerLocation.of(ctx.data_dir, url), url=url)
    try:
        return copy_into(ctx.db, target)
    finally:
        target.dispose()
