"""Marking alerts read by the event they announced (a click on a notification)."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import col

from desktop.store.db import Database
from desktop.store.tables import Alert


def mark_event_read(db: Database, event_id: int) -> int:
    """Mark the alert of this event read; returns how many alerts changed (0 or 1)."""
    with db.write() as session:
        result = session.execute(
            update(Alert)
            .where(col(Alert.event_id) == event_id, col(Alert.read).is_(False))
            .values(read=True)
        )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
