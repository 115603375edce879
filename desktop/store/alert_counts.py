"""The alert counts the app asks for every minute, on the standard library's sqlite3 (or
the team database's read-only twin, ``fastread.ServerReader``): the unread count and
whether any alert waits to be notified.  Same answers as ``alerts.unread_count`` and
``alerts.undelivered``, without loading the ORM."""

from __future__ import annotations

from pathlib import Path

from desktop.store.fastread import connect

# On a team database (``person`` given) an alert is read (delivered) when it is so for
# everyone or for this person (``alerts._not_yet``).
_SHARED = "SELECT count(*) FROM alert WHERE NOT alert.{flag}"
_OWN = (
    "SELECT count(*) FROM alert LEFT OUTER JOIN alert_state"
    " ON alert_state.alert_id = alert.id AND alert_state.person = ?"
    " WHERE NOT alert.{flag} AND NOT coalesce(alert_state.{flag}, FALSE)"
)


def _count(path: Path, flag: str, person: str | None, limit: bool = False) -> int:
    sql = (_SHARED if person is None else _OWN).format(flag=flag)
    if limit:  # only whether there is one
        sql = f"SELECT count(*) FROM ({sql.replace('count(*)', 'alert.id', 1)} LIMIT 1) AS one"
    con = connect(path)
    try:
        row = con.execute(sql, () if person is None else (person,)).fetchone()
    finally:
        con.close()
    return int(row[0]) if row else 0


def unread_count(path: Path, person: str | None = None) -> int:
    """How many alerts are unread (by ``person`` on a team database)."""
    return _count(path, "read", person)


def any_undelivered(path: Path, person: str | None = None) -> bool:
    """Whether an alert waits to be notified (to ``person`` on a team database)."""
    return _count(path, "delivered", person, limit=True) > 0
