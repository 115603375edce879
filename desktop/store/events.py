"""Event queries and the stage summary kept on each company row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlmodel import col

from desktop.store.db import Database
from desktop.store.event_reads import EventView, counts_for_stage, summary_of
from desktop.store.tables import Company, Event

__all__ = ["EventView", "company_events", "counts_for_stage", "events_of", "refresh_stages"]

_COLUMNS = (
    Event.id,
    Event.company_id,
    Event.kind,
    Event.source,
    Event.published,
    Event.title,
    Event.url,
    Event.ref,
    Event.subject,
    Event.match_reason,
    Event.raw["listing_plan"].as_boolean(),
)


def _view(row: tuple[Any, ...]) -> EventView:
    return EventView(
        id=row[0],
        company_id=row[1],
        kind=row[2],
        source=row[3],
        published=row[4],
        title=row[5],
        url=row[6],
        ref=row[7],
        subject=row[8],
        match_reason=row[9],
        listing_plan=bool(row[10]),
    )


def events_of(db: Database, company_ids: Iterable[int]) -> dict[int, list[EventView]]:
    ids = list(company_ids)
    found: dict[int, list[EventView]] = defaultdict(list)
    with db.session() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = session.execute(
                select(*_COLUMNS).where(col(Event.company_id).in_(chunk))  # type: ignore[call-overload]
            ).all()
            for row in rows:
                view = _view(tuple(row))
                found[view.company_id].append(view)  # type: ignore[index]
    return found


def company_events(db: Database, company_id: int) -> list[EventView]:
    """All events of one company, newest first (undated last)."""
    events = events_of(db, [company_id]).get(company_id, [])
    return sorted(
        events, key=lambda e: (e.published is not None, e.published or date.min, e.id), reverse=True
    )


REFRESH_CHUNK = 50  # companies per round: bounds memory on large databases


def refresh_stages(db: Database, company_ids: Iterable[int], today: date | None = None) -> None:
    """Recompute the stage summary of these companies from their events, a few dozen
    companies at a time (100,000 events need not be in memory at once)."""
    ids = list(dict.fromkeys(company_ids))
    today = today or date.today()
    for start in range(0, len(ids), REFRESH_CHUNK):
        _refresh_chunk(db, ids[start : start + REFRESH_CHUNK], today)


def _refresh_chunk(db: Database, ids: list[int], today: date) -> None:
    grouped = events_of(db, ids)
    updates = [{"cid": cid, **summary_of(grouped.get(cid, []), today)} for cid in ids]
    table = Company.__table__  # type: ignore[attr-defined]
    statement = (
        update(table)
        .where(table.c.id == bindparam("cid"))
        .values(
            stage=bindparam("stage"),
            stage_since=bindparam("stage_since"),
            last_event_date=bindparam("last_event_date"),
            last_event_title=bindparam("last_event_title"),
            next_step=bindparam("next_step"),
            next_date=bindparam("next_date"),
            lapse_date=bindparam("lapse_date"),
        )
    )
    with db.write() as session:
        session.connection().execute(statement, updates)


def refresh_every_stage(db: Database, today: date | None = None) -> list[int]:
    """Recompute every company's stage summary (days in stage and derived lapses move
    with the calendar); the ids of the companies."""
    from desktop.store.fastread import load_watchlist

    ids = [row.id for row in load_watchlist(db.path)]
    refresh_stages(db, ids, today)
    return ids
