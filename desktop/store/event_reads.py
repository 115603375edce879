"""Events as the views and the stage machine see them, read with the standard library's
sqlite3 (or the team database's read-only twin, ``fastread.ServerReader``): a company's
events for its page and for the stage summaries (``store.stage_summaries``).

The GUI process reads these without loading the ORM; ``store.events`` reads the same
rows through SQLAlchemy where a poll's write follows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.domain.stages import stage_of
from desktop.store.fastread import connect

# Kinds that never say anything about the stage and would only crowd "last event".
QUIET_KINDS = {EventKind.PRICE.value, EventKind.FUNDING_ROUND.value}  # not "last event"


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as views and the stage machine see it."""

    id: int
    company_id: int | None
    kind: str
    source: str
    published: date | None
    title: str
    url: str | None
    ref: str | None
    subject: str
    match_reason: str | None
    listing_plan: bool


def counts_for_stage(event: EventView) -> bool:
    """News moves a company only when it speaks of a filing or a listing plan."""
    if event.kind == EventKind.NEWS:
        return event.listing_plan
    return True


def summary_of(events: list[EventView], today: date) -> dict[str, Any]:
    """A company's stage summary (the company row's columns) from its events."""
    status = stage_of([e for e in events if counts_for_stage(e)], today=today)
    shown = [e for e in events if e.kind not in QUIET_KINDS]
    last = max(shown, key=lambda e: (e.published or date.min, e.id), default=None)
    return {
        "stage": status.stage.value,
        "stage_since": status.since,
        "last_event_date": last.published if last else None,
        "last_event_title": last.title if last else None,
        "next_step": status.next_step,
        "next_date": status.next_date,
        "lapse_date": status.lapse_date,
    }


SUMMARY_COLUMNS = tuple(summary_of([], date.today()))

_EVENT_SQL = (
    "SELECT id, company_id, kind, source, published, title, url, ref, subject,"
    " match_reason, json_extract(raw, '$.listing_plan') FROM event WHERE company_id IN ({})"
)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _flag(value: Any) -> bool:
    """A JSON boolean as sqlite3 (1/0) or PostgreSQL's ``->>`` ('true'/'false') gives it."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "0", "null")
    return bool(value)


def _view(row: Any) -> EventView:
    return EventView(
        id=row[0],
        company_id=row[1],
        kind=row[2],
        source=row[3],
        published=_date(row[4]),
        title=row[5],
        url=row[6],
        ref=row[7],
        subject=row[8],
        match_reason=row[9],
        listing_plan=_flag(row[10]),
    )


def read_events(con: Any, company_ids: list[int]) -> dict[int, list[EventView]]:
    """The events of these companies (at most a few hundred ids), by company."""
    found: dict[int, list[EventView]] = defaultdict(list)
    if not company_ids:
        return found
    marks = ", ".join("?" * len(company_ids))
    for row in con.execute(_EVENT_SQL.format(marks), tuple(company_ids)):
        view = _view(row)
        found[view.company_id].append(view)  # type: ignore[index]
    return found


def newest_first(events: Iterable[EventView]) -> list[EventView]:
    """Newest first, undated last (the company page's order)."""
    return sorted(
        events, key=lambda e: (e.published is not None, e.published or date.min, e.id), reverse=True
    )


def company_events(path: Path, company_id: int) -> list[EventView]:
    """All events of one company, newest first (undated last)."""
    con = connect(path)
    try:
        return newest_first(read_events(con, [company_id]).get(company_id, []))
    finally:
        con.close()
