"""The whole Hong Kong pipeline: every applicant seen, watched or not."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop.domain.kinds import EventKind, Stage
from desktop.domain.names import cjk_count
from desktop.domain.phrases import BY_PIPELINE, shown
from desktop.domain.stages import stage_of
from desktop.domain.text_fold import fold
from desktop.store.claims import claim_history as claim_history  # importable from here too
from desktop.store.claims import claim_unmatched as claim_unmatched
from desktop.store.fastread import _date, connect

_NOT_PIPELINE = (EventKind.NEWS.value, EventKind.PRICE.value, EventKind.A_SHARE_ANNOUNCEMENT.value)


@dataclass(frozen=True, slots=True)
class PipelineEvent:
    id: int
    company_id: int | None
    kind: str
    source: str
    published: date | None
    title: str
    url: str | None
    ref: str | None
    names: tuple[str, ...]
    board: str


@dataclass(frozen=True, slots=True)
class Applicant:
    key: str  # subject_key shared by its events
    name: str  # English name when known
    name_zh: str
    names: tuple[str, ...]
    stage: Stage
    since: date | None
    first_filed: date | None
    last_event: date | None
    board: str
    url: str | None  # newest document
    company_id: int | None  # on the watchlist
    events: int  # how many (``applicant_events`` reads them)

    def search_text(self) -> str:
        return fold(" ".join(self.names))  # 繁/简 and full-width alike


# The kinds as literals, not parameters: so the planner sees that a query is within the
# partial index ``ix_event_pipeline`` (migration 0011, the same condition) and reads only
# the pipeline's events, in subject order, rather than every event's entry.
_KINDS_LEFT_OUT = ", ".join(f"'{kind}'" for kind in _NOT_PIPELINE)
PIPELINE_WHERE = f"subject_key != '' AND kind NOT IN ({_KINDS_LEFT_OUT})"
_PIPELINE_EVENTS = f"FROM event WHERE {PIPELINE_WHERE}"
_SQL = f"""
SELECT id, company_id, kind, source, published, title, url, ref, names, subject_key,
       json_extract(raw, '$.board')
{_PIPELINE_EVENTS}
"""
_CHUNK = 500  # subject keys per IN (...) query


class _Names:
    """Decodes the ``names`` column; the events of one applicant repeat the same text."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str | None) -> tuple[str, ...]:
        text = text or "[]"
        names = self._seen.get(text)
        if names is None:
            try:
                value = json.loads(text)
                names = tuple(str(n) for n in value) if isinstance(value, list) else ()
            except ValueError:
                names = ()
            if len(self._seen) < 50_000:
                self._seen[text] = names
        return names


class _Days(dict[Any, date | None]):
    """Decodes the ``published`` column once per day written (a few thousand days)."""

    def __missing__(self, text: Any) -> date | None:
        day = self[text] = _date(text)
        return day


def _event(r: tuple[Any, ...], names: _Names, days: _Days | None = None) -> PipelineEvent:
    published = days[r[4]] if days is not None else _date(r[4])
    return PipelineEvent(
        r[0], r[1], r[2], r[3], published, r[5] or "", r[6], r[7], names(r[8]), r[10] or ""
    )


def _applicants(
    con: sqlite3.Connection, where: str, params: tuple[Any, ...], today: date
) -> tuple[list[Applicant], int]:
    """The applicants whose events ``where`` selects, one group at a time: an
    applicant's events are dropped once its summary is made, so a read of the whole
    pipeline never holds 100,000 event objects (nor hands the garbage collector, which
    runs on the GUI thread, a young generation that large).  Also the newest id read."""
    cursor = con.execute(_SQL + where + " ORDER BY subject_key, id", params)
    names, days = _Names(), _Days()
    applicants: list[Applicant] = []
    last_id = 0
    for key, rows in groupby(cursor, key=itemgetter(9)):
        events = [_event(r, names, days) for r in rows]
        last_id = max(last_id, events[-1].id)
        applicants.append(_applicant(key, events, today))
    return applicants, last_id


def _newest(event: PipelineEvent) -> tuple[date, int]:
    return event.published or date.min, event.id


def _applicant(key: str, events: list[PipelineEvent], today: date) -> Applicant:
    # The events of one applicant mostly share one decoded tuple of names: each once.
    names = tuple(
        dict.fromkeys(n for group in dict.fromkeys(e.names for e in events) for n in group)
    )
    english = next((n for n in names if cjk_count(n) == 0), "")
    chinese = next((n for n in names if cjk_count(n) > 0), "")
    status = stage_of(events, today=today)  # type: ignore[arg-type]
    filed = [e.published for e in events if e.kind == EventKind.APPLICATION_PROOF and e.published]
    dated = [e.published for e in events if e.published]
    linked = max((e for e in events if e.url), key=_newest, default=None)  # newest document
    return Applicant(
        key=key,
        name=english or chinese,
        name_zh=chinese,
        names=names,
        stage=status.stage,
        since=status.since,
        first_filed=min(filed) if filed else None,
        last_event=max(dated) if dated else None,
        board=next((e.board for e in events if e.board), ""),
        url=linked.url if linked else None,
        company_id=next((e.company_id for e in events if e.company_id is not None), None),
        events=len(events),
    )


def load_pipeline(path: Path, today: date | None = None) -> list[Applicant]:
    """Every applicant, newest event first."""
    return read_pipeline(path, today).applicants


@dataclass(frozen=True)
class PipelineRead:
    applicants: list[Applicant]
    last_id: int  # the newest pipeline event read: what ``read_new`` reads after


def read_pipeline(path: Path, today: date | None = None) -> PipelineRead:
    """Every applicant, newest event first."""
    con = connect(path)
    try:
        applicants, last_id = _applicants(con, "", (), today or date.today())
    finally:
        con.close()
    applicants.sort(key=lambda a: a.last_event or date.min, reverse=True)
    return PipelineRead(applicants, last_id)


def read_new(path: Path, after_id: int, today: date | None = None) -> PipelineRead:
    """The applicants that events stored after ``after_id`` (a poll's) create or move
    on, each read with its whole history."""
    today = today or date.today()
    con = connect(path)
    try:
        con.execute("BEGIN")  # one snapshot for both queries
        found = con.execute(
            f"SELECT DISTINCT subject_key {_PIPELINE_EVENTS} AND id > ?", (after_id,)
        ).fetchall()
        applicants, last_id = _applicants_of(con, [row[0] for row in found], today)
    finally:
        con.close()
    return PipelineRead(applicants, max(last_id, after_id))


def _applicants_of(
    con: sqlite3.Connection, keys: list[str], today: date
) -> tuple[list[Applicant], int]:
    applicants: list[Applicant] = []
    last_id = 0
    for start in range(0, len(keys), _CHUNK):
        chunk = tuple(keys[start : start + _CHUNK])
        where = f" AND subject_key IN ({','.join('?' * len(chunk))})"
        some, newest = _applicants(con, where, chunk, today)
        applicants += some
        last_id = max(last_id, newest)
    return applicants, last_id


def applicant_events(path: Path, key: str) -> list[PipelineEvent]:
    """One applicant's events, oldest first (the titles the app wrote in the interface
    language)."""
    con = connect(path)
    try:
        rows = con.execute(
            _SQL + " AND subject_key = ? ORDER BY published IS NULL, published, id", (key,)
        ).fetchall()
    finally:
        con.close()
    names = _Names()
    return [replace(event, title=shown(event.title)) for event in (_event(r, names) for r in rows)]


def stages_by_event(db: Any, event_ids: list[int], today: date | None = None) -> dict[int, str]:
    """The stage each event's applicant is in now (for applicants not on the watchlist)."""
    con = connect(db.path)
    try:
        con.execute("BEGIN")  # one snapshot for both queries
        key_of: dict[int, str] = {}
        for start in range(0, len(event_ids), _CHUNK):
            chunk = tuple(event_ids[start : start + _CHUNK])
            key_of.update(
                con.execute(
                    f"SELECT id, subject_key {_PIPELINE_EVENTS}"
                    f" AND id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        applicants, _ = _applicants_of(con, sorted(set(key_of.values())), today or date.today())
    finally:
        con.close()
    stages = {a.key: a.stage.value for a in applicants}
    return {event_id: stages[key] for event_id, key in key_of.items() if key in stages}


def add_to_watchlist(db: Any, applicant: Applicant) -> int:
    """Bring an applicant onto the watchlist with its history already there."""
    from sqlalchemy import update
    from sqlmodel import col

    from desktop.domain.company_rules import CompanyDraft
    from desktop.store.companies import add_company
    from desktop.store.events import refresh_stages
    from desktop.store.tables import Event

    aliases = tuple(n for n in applicant.names if n not in (applicant.name, applicant.name_zh))
    company = add_company(
        db,
        CompanyDraft(name=applicant.name, name_zh=applicant.name_zh, aliases=aliases[:20]),
        origin="pipeline",
    )
    with db.write() as session:
        session.execute(
            update(Event)
            .where(col(Event.subject_key) == applicant.key, col(Event.company_id).is_(None))
            .values(company_id=company.id, match_reason=BY_PIPELINE.compose())
        )
    company_id = int(company.id)  # type: ignore[arg-type]
    refresh_stages(db, [company_id])
    return company_id
