"""Read-only queries for the views, on the standard library's sqlite3.

The watchlist is on screen before SQLAlchemy has even been imported; these queries
are also what views run in the background on large databases.

On a team database (``path`` is a ``ServerLocation``) the same queries run on a
read-only psycopg connection: its twin, ``ServerReader``, answers like an sqlite3
connection (``execute`` returning a cursor, ``?`` marks, JSON columns as text) and
rewrites the two SQLite spellings the queries use.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.kinds import Stage
from desktop.domain.phrases import shown
from desktop.domain.stages import next_step_of
from desktop.domain.text_fold import fold
from desktop.store.location import server_url


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
        """Every name, code and tag, folded (繁/简 and full-width alike): part by part, as
        the name and Chinese name were already folded for their sort keys.  A part found
        whole in one before it is left out (an alias that is part of the name): a typed
        word, which holds no space, is found in the one as in the other."""
        parts = (self.name, self.name_zh, self.hk_code, self.a_code, *self.aliases, *self.tags)
        kept: list[str] = []
        for folded in map(fold, parts):
            if folded and not any(folded in earlier for earlier in kept):
                kept.append(folded)
        return " ".join(kept)


def connect(path: Path) -> Any:
    """A read-only connection: sqlite3 on the file, or ``ServerReader`` on a team database."""
    url = server_url(path)
    if url is not None:
        return ServerReader(url)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    con.execute("PRAGMA busy_timeout=30000")
    return con


_JSON_FIELD = re.compile(r"json_extract\((\w+), '\$\.(\w+)'\)")


def to_postgres(sql: str, with_params: bool = True) -> str:
    """The views' SQL for PostgreSQL: ``%s`` marks, ``->>`` for ``json_extract`` and
    ``lower()`` for ``COLLATE NOCASE``."""
    if with_params:
        sql = sql.replace("%", "%%").replace("?", "%s")
    sql = _JSON_FIELD.sub(r"(\1 ->> '\2')", sql)
    return re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", sql)


class ServerReader:
    """The psycopg twin of the read-only sqlite3 connection."""

    Error: Any = None

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.types.string import TextLoader

        from desktop.store.location import connect as connect_server

        self._con = connect_server(url, read_only=True)
        for name in ("json", "jsonb"):  # as text, exactly as sqlite3 hands them over
            self._con.adapters.register_loader(name, TextLoader)
        ServerReader.Error = psycopg.Error

    def execute(self, sql: str, params: Any = ()) -> Any:
        cursor = self._con.cursor()
        if sql.strip() == "BEGIN":  # callers begin to read several queries in one snapshot
            sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        values = tuple(params)
        cursor.execute(to_postgres(sql, bool(values)), values or None)
        return cursor

    def close(self) -> None:
        self._con.close()


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _list(value: Any) -> tuple[str, ...]:
    if not value or value == "[]":
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


def _next_step(stage: str, lapse: date | None, since: date | None, stored: str) -> str:
    """The next step in the interface language (the stored words are in whichever
    language the summary was computed in; an unknown stage keeps them)."""
    try:
        return next_step_of(Stage(stage), lapse, since)
    except ValueError:
        return stored


def load_watchlist(path: Path) -> list[WatchlistRow]:
    """The watchlist, its words in the interface language: the next step, and the last
    event's title when the app wrote it (a published title stays as published)."""
    con = connect(path)
    try:
        rows = con.execute(_WATCHLIST_SQL).fetchall()
    finally:
        con.close()
    return _rows(rows)


class WatchlistHead(list[WatchlistRow]):
    """The first rows of the watchlist in the table's order, and how many there are in
    all: what the first paint shows of a long watchlist (the rest is read after it)."""

    def __init__(self, rows: list[WatchlistRow], total: int, listed: int) -> None:
        super().__init__(rows)
        self.total = total
        self.listed = listed

    @property
    def complete(self) -> bool:
        return len(self) >= self.total


# The table's sort keys (``WatchlistModel.cells``) in SQL, column by column: each term
# ascending as written; a descending sort turns every term round.  Ties keep the order
# of the whole list (by name), as the table's stable sort does.
_HEAD_ORDER: dict[int, tuple[str, ...]] = {
    0: ("name COLLATE NOCASE",),
    1: ("coalesce(name_zh, '')",),
    2: ("_rank",),
    3: ("last_event_date IS NOT NULL", "last_event_date"),  # without a date: first
    4: ("stage_since IS NOT NULL", "stage_since DESC"),  # days in stage: -1 without a date
    5: ("next_date IS NULL", "next_date"),  # without a date: last
}


def _stage_rank_sql() -> str:
    cases = " ".join(f"WHEN '{stage.value}' THEN {stage.rank}" for stage in Stage)
    return f"CASE stage {cases} ELSE -1 END"


def _turned(term: str) -> str:
    if term.endswith(" DESC"):
        return term[: -len(" DESC")]
    return f"{term} DESC"


def load_watchlist_head(
    path: Path, limit: int, column: int = 0, descending: bool = False
) -> WatchlistHead:
    """The first ``limit`` rows as the table sorted by ``column`` shows them, and the
    counts of the whole watchlist.  The table sorts these rows itself with its own keys;
    only which rows come first is decided here."""
    terms = _HEAD_ORDER.get(column, _HEAD_ORDER[0])
    if descending:
        terms = tuple(map(_turned, terms))
    order = ", ".join((*terms, "name COLLATE NOCASE", "id"))
    # The first ids alone, then their rows (the count of suggested rounds only for them).
    sql = _WATCHLIST_SQL.replace(
        "FROM company ORDER BY name COLLATE NOCASE",
        f"FROM company WHERE id IN (SELECT id FROM company ORDER BY {order} LIMIT {int(limit)})"
        f" ORDER BY {order}",
    ).replace("_rank", _stage_rank_sql())
    con = connect(path)
    if isinstance(con, ServerReader):  # text by code point, as Python compares the keys
        sql = sql.replace("name COLLATE NOCASE", 'lower(name) COLLATE "C"')
        sql = sql.replace("coalesce(name_zh, '')", "coalesce(name_zh, '') COLLATE \"C\"")
    try:
        con.execute("BEGIN")  # one snapshot for the rows and the counts
        total, listed = con.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN stage = 'listed' THEN 1 ELSE 0 END), 0)"
            " FROM company"
        ).fetchone()
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return WatchlistHead(_rows(rows), int(total), int(listed))


def _rows(rows: list[Any]) -> list[WatchlistRow]:
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
            last_event_title=shown(r[10] or ""),
            next_step=_next_step(r[7] or "watching", _date(r[13]), _date(r[8]), r[11] or ""),
            next_date=_date(r[12]),
            lapse_date=_date(r[13]),
            rounds_to_review=r[14] or 0,
        )
        for r in rows
    ]


def _is_server_error(exc: Exception) -> bool:
    return ServerReader.Error is not None and isinstance(exc, ServerReader.Error)


def setting(path: Path, key: str) -> Any:
    """A value from the settings table, or None (also when the table does not exist yet)."""
    con = connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except Exception as exc:  # sqlite3.Error, or psycopg's on a team database
        if isinstance(exc, sqlite3.Error) or _is_server_error(exc):
            return None
        raise
    finally:
        con.close()
    return json.loads(row[0]) if row and row[0] is not None else None
