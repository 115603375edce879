"""The stage summaries the app keeps current while it runs: at start and on a new day
it finds those that no longer match their events (a lapse reached, another interface
language, events stored without one) and rewrites only those, all with the standard
library's sqlite3 (or psycopg on a team database): no ORM in the GUI process for it."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.store import location
from desktop.store.event_reads import read_events, summary_of
from desktop.store.fastread import connect

if TYPE_CHECKING:
    from desktop.store.db import Database

CHUNK = 20  # companies per read: a few thousand events in memory at a time
COLUMNS = tuple(summary_of([], date.today()))  # the company row's summary columns
_UPDATE = "UPDATE company SET {} WHERE id = ?".format(", ".join(f"{c} = ?" for c in COLUMNS))


def _text(value: Any) -> str | None:
    """A summary column as text, to compare what is stored with what is computed."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def stale_summaries(db: Database, today: date | None = None) -> dict[int, dict[str, Any]]:
    """Company id → its summary on ``today``, for the companies whose stored summary
    differs; a few dozen companies' events in memory at a time."""
    today = today or date.today()
    stale: dict[int, dict[str, Any]] = {}
    sql = f"SELECT id, {', '.join(COLUMNS)} FROM company WHERE id > ? ORDER BY id LIMIT {CHUNK}"
    con = connect(db.path)
    try:
        after = -1
        while chunk := con.execute(sql, (after,)).fetchall():
            grouped = read_events(con, [row[0] for row in chunk])
            for row in chunk:
                summary = summary_of(grouped.pop(row[0], []), today)
                if [_text(summary[c]) for c in COLUMNS] != [_text(v) for v in row[1:]]:
                    stale[row[0]] = summary
            after = chunk[-1][0]
    finally:
        con.close()
    return stale


def write_summaries(db: Database, summaries: dict[int, dict[str, Any]]) -> None:
    """Store these summaries in one transaction (dates as the ORM stores them)."""
    if not summaries:
        return
    if db.read_only_reason:  # a newer schema: every write is refused
        raise location.NewerSchemaError(db.read_only_reason)
    if db.is_server:
        rows = [(*(s[c] for c in COLUMNS), cid) for cid, s in summaries.items()]
        server = location.connect(db.url or "", autocommit=False)
        try:
            with server.cursor() as cursor:
                cursor.executemany(_UPDATE.replace("?", "%s"), rows)
            server.commit()
        finally:
            server.close()
        return
    rows = [(*(_text(s[c]) for c in COLUMNS), cid) for cid, s in summaries.items()]
    with db.exclusive("stage summaries"):  # this process's write lock
        con = sqlite3.connect(db.path, timeout=30)
        try:
            con.execute("PRAGMA busy_timeout=30000")
            with con:
                con.executemany(_UPDATE, rows)
        finally:
            con.close()


def refresh_stale_stages(db: Database, today: date | None = None) -> list[int]:
    """Rewrite the stage summaries that no longer match their events; the ids of those
    companies (none on a second start the same day: nothing written)."""
    stale = stale_summaries(db, today)
    write_summaries(db, stale)
    return list(stale)
