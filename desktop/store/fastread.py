"""Read-only queries for the views, on the standard library's sqlite3.

The watchlist is on screen before SQLAlchemy has even been imported; these queries
are also what views run in the background on large databases.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.text_fold import fold


@dataclass(frozen=True, slots=True)
class WatchlistRow:
    id: int
    name: str
    name_zh: str
    aliases: tuple[str, ...]
    tags: tuple[str, ...]
    hk_code: str
    a_code: str
    stage: str
    stage_since: date | None
    last_event_date: date | None
    last_event_title: str
    next_step: str
    next_date: date | None
    lapse_date: date | None
    rounds_to_review: int = 0  # suggested funding rounds not yet accepted or rejected

    def search_text(self) -> str:
        parts = (self.name, self.name_zh, self.hk_code, self.a_code, *self.aliases, *self.tags)
        return fold(" ".join(p for p in parts if p))  # 繁/简 and full-width alike


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    con.execute("PRAGMA busy_timeout=30000")
    return con


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _list(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        items = json.loads(value)
    except (TypeError, ValueError):
        return ()
    return tuple(str(x) for x in items) if isinstance(items, list) else ()


_WATCHLIST_SQL = """
SELECT id, name, name_zh, aliases, tags, hk_code, a_code, stage, stage_since,
       last_event_date, last_event_title, next_step, next_date, lapse_date,
       (SELECT count(*) FROM funding_proposal p WHERE p.company_id = company.id
        AND p.status = 'proposed')
FROM company ORDER BY name COLLATE NOCASE
"""


def load_watchlist(path: Path) -> list[WatchlistRow]:
    con = connect(path)
    try:
        rows = con.execute(_WATCHLIST_SQL).fetchall()
    finally:
        con.close()
    return [
        WatchlistRow(
            id=r[0],
            name=r[1] or "",
            name_zh=r[2] or "",
            aliases=_list(r[3]),
            tags=_list(r[4]),
            hk_code=r[5] or "",
            a_code=r[6] or "",
            stage=r[7] or "watching",
            stage_since=_date(r[8]),
            last_event_date=_date(r[9]),
            last_event_title=r[10] or "",
            next_step=r[11] or "",
            next_date=_date(r[12]),
            lapse_date=_date(r[13]),
            rounds_to_review=r[14] or 0,
        )
        for r in rows
    ]


def setting(path: Path, key: str) -> Any:
    """A value from the settings table, or None (also when the table does not exist yet)."""
    con = connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return json.loads(row[0]) if row and row[0] is not None else None
