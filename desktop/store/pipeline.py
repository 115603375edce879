"""The whole Hong Kong pipeline: every applicant seen, watched or not."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.kinds import EventKind, Stage
from desktop.domain.names import cjk_count
from desktop.domain.stages import stage_of
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
    events: tuple[PipelineEvent, ...]

    def search_text(self) -> str:
        return " ".join(self.names).casefold()


_SQL = f"""
SELECT id, company_id, kind, source, published, title, url, ref, names, subject_key,
       json_extract(raw, '$.board')
FROM event
WHERE subject_key != '' AND kind NOT IN ({",".join("?" * len(_NOT_PIPELINE))})
"""


def _events(
    path: Path, where: str = "", params: tuple[Any, ...] = ()
) -> dict[str, list[PipelineEvent]]:
    con = connect(path)
    try:
        rows = con.execute(_SQL + where, (*_NOT_PIPELINE, *params)).fetchall()
    finally:
        con.close()
    groups: dict[str, list[PipelineEvent]] = defaultdict(list)
    for r in rows:
        try:
            names = tuple(str(n) for n in json.loads(r[8] or "[]"))
        except ValueError:
            names = ()
        groups[r[9]].append(
            PipelineEvent(
                r[0], r[1], r[2], r[3], _date(r[4]), r[5] or "", r[6], r[7], names, r[10] or ""
            )
        )
    return groups


def _applicant(key: str, events: list[PipelineEvent], today: date) -> Applicant:
    names = tuple(dict.fromkeys(n for e in events for n in e.names))
    english = next((n for n in names if cjk_count(n) == 0), "")
    chinese = next((n for n in names if cjk_count(n) > 0), "")
    status = stage_of(events, today=today)  # type: ignore[arg-type]
    filed = [e.published for e in events if e.kind == EventKind.APPLICATION_PROOF and e.published]
    dated = [e for e in events if e.published]
    newest = max(dated, key=lambda e: (e.published, e.id), default=None)
    return Applicant(
        key=key,
        name=english or chinese,
        name_zh=chinese,
        names=names,
        stage=status.stage,
        since=status.since,
        first_filed=min(filed) if filed else None,
        last_event=newest.published if newest else None,
        board=next((e.board for e in events if e.board), ""),
        url=next(
            (
                e.url
                for e in sorted(events, key=lambda e: (e.published or date.min, e.id), reverse=True)
                if e.url
            ),
            None,
        ),
        company_id=next((e.company_id for e in events if e.company_id is not None), None),
        events=tuple(sorted(events, key=lambda e: (e.published or date.min, e.id))),
    )


def load_pipeline(path: Path, today: date | None = None) -> list[Applicant]:
    today = today or date.today()
    groups = _events(path)
    applicants = [_applicant(key, events, today) for key, events in groups.items()]
    applicants.sort(key=lambda a: a.last_event or date.min, reverse=True)
    return applicants


def stages_by_event(db: Any, event_ids: list[int], today: date | None = None) -> dict[int, str]:
    """The stage each event's applicant is in now (for applicants not on the watchlist)."""
    wanted = set(event_ids)
    result: dict[int, str] = {}
    for key, events in _events(db.path).items():
        if any(e.id in wanted for e in events):
            stage = _applicant(key, events, today or date.today()).stage.value
            for e in events:
                if e.id in wanted:
                    result[e.id] = stage
    return result


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
            .values(company_id=company.id, match_reason="added from the pipeline")
        )
    company_id = int(company.id)  # type: ignore[arg-type]
    refresh_stages(db, [company_id])
    return company_id


def claim_history(db: Any, company_id: int) -> int:
    """Give a newly added company the unmatched events that are about it."""
    from sqlalchemy import select, update
    from sqlmodel import col

    from desktop.domain.matching import Candidate, Matcher
    from desktop.store.events import refresh_stages
    from desktop.store.tables import Company, Event

    with db.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            return 0
        names = tuple(n for n in (company.name, company.name_zh, *(company.aliases or ())) if n)
        codes = tuple((s, c) for s, c in (("hk", company.hk_code), ("a", company.a_code)) if c)
        rows = session.execute(
            select(col(Event.id), col(Event.names), col(Event.raw)).where(  # type: ignore[call-overload]
                col(Event.company_id).is_(None)
            )
        ).all()
    matcher = Matcher([Candidate(company_id, names, codes)])
    claimed: dict[int, str] = {}
    for event_id, event_names, raw in rows:
        item_codes = [
            ("hk", c) for c in [raw.get("code"), raw.get("stock_code")] if isinstance(c, str)
        ]
        found = matcher.match(list(event_names or ()), item_codes)
        if found is not None:
            claimed[event_id] = found.reason
    if claimed:
        with db.write() as session:
            for event_id, reason in claimed.items():
                session.execute(
                    update(Event)
                    .where(col(Event.id) == event_id)
                    .values(company_id=company_id, match_reason=reason)
                )
        refresh_stages(db, [company_id])
    return len(claimed)
