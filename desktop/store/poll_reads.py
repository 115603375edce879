"""What a poll reads before and after it stores: the watched companies' names and codes,
the source's last success, the companies' stages, and the schedule of every source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.store.db import Database


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    source_id: str
    enabled: bool
    interval_min: int
    last_run: datetime | None


def watched_company_rows(db: Database) -> list[tuple[Any, ...]]:
    """(id, name, name_zh, aliases, hk_code, a_code, a_exchange) of every company."""
    from sqlalchemy import select

    from desktop.store.tables import Company

    columns = (
        Company.id,
        Company.name,
        Company.name_zh,
        Company.aliases,
        Company.hk_code,
        Company.a_code,
        Company.a_exchange,
    )
    with db.session() as session:  # plain rows: no ORM objects to build and track
        return [tuple(row) for row in session.execute(select(*columns)).all()]  # type: ignore[call-overload]


def last_success(db: Database, source_id: str) -> datetime | None:
    from desktop.store.tables import SourceState

    with db.session() as session:
        state = session.get(SourceState, source_id)
        return state.last_success if state else None


def polled_this_round(db: Database, source_id: str, now: datetime | None = None) -> bool:
    """The source succeeded less than half its interval ago (on any desktop of a team
    database): a scheduled run now would only ask the same files again."""
    from datetime import UTC, timedelta

    from desktop.store.tables import SourceState

    with db.session() as session:
        state = session.get(SourceState, source_id)
        if state is None or state.last_success is None:
            return False
        done, minutes = state.last_success, state.interval_min
    if done.tzinfo is None:
        done = done.replace(tzinfo=UTC)
    return timedelta(0) <= (now or datetime.now(UTC)) - done < timedelta(minutes=minutes) / 2


def stages_of(db: Database, ids: set[int]) -> dict[int, str]:
    from sqlalchemy import select
    from sqlmodel import col

    from desktop.store.tables import Company

    with db.session() as session:
        rows = session.execute(
            select(col(Company.id), col(Company.stage)).where(col(Company.id).in_(ids))
        )
        return {cid: stage for cid, stage in rows}


def schedule_rows(db: Database) -> dict[str, ScheduleRow]:
    """Each source's stored schedule (sources never polled have no row)."""
    from sqlmodel import select

    from desktop.store.tables import SourceState

    with db.session() as session:
        return {
            s.source_id: ScheduleRow(s.source_id, s.enabled, s.interval_min, s.last_run)
            for s in session.exec(select(SourceState))
        }
