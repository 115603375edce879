"""Marking alerts read by the event they announced (a click on a notification).

On a team database the read state is the person's own (``alerts.mark_read``): a click on
one desktop marks nothing read for a teammate."""

from __future__ import annotations

from desktop.store.alerts import mark_read, unread_of_event
from desktop.store.db import Database


def mark_event_read(db: Database, event_id: int) -> int:
    """Mark the alert of this event read (for this person on a team database); returns
    how many alerts changed (0 or 1)."""
    ids = unread_of_event(db, event_id)
    mark_read(db, ids)
    return len(ids)
