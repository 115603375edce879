"""Writing one poll: new events, codes learned and the source's state, in one transaction.

A crash anywhere before the commit leaves the database as it was (events *and* the
HTTP validators), so the next poll fetches the same documents again and stores each
event exactly once (the fingerprint is unique).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select

from desktop.domain.kinds import EventKind
from desktop.sources.base import SourceItem
from desktop.store.db import Database
from desktop.store.tables import Company, Event, SourceState, utcnow

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    item: SourceItem
    company_id: int | None
    match_reason: str | None
    subject_key: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    company_id: int | None
    item: SourceItem


def existing_fingerprints(session: Any, fingerprints: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(fingerprints), _CHUNK):
        chunk = list(fingerprints[start : start + _CHUNK])
        found.update(
            session.execute(select(Event.fingerprint).where(Event.fingerprint.in_(chunk))).scalars()
        )  # type: ignore[attr-defined]
    return found


def ensure_state(session: Any, source_id: str, interval_min: int) -> SourceState:
    state = session.get(SourceState, source_id)
    if state is None:
        state = SourceState(source_id=source_id, interval_min=interval_min)
        session.add(state)
        session.flush()
    return state


def store_poll(
    db: Database,
    source_id: str,
    events: Iterable[PreparedEvent],
    *,
    validators: dict[str, Any],
    memory: dict[str, Any] | None,
    items_seen: int,
    warning: str | None,
    interval_min: int,
    now: datetime | None = None,
) -> list[StoredEvent]:
    now = now or utcnow()
    prepared = list(events)
    with db.write() as session:
        known = existing_fingerprints(session, [p.item.fingerprint for p in prepared])
        fresh = [p for p in prepared if p.item.fingerprint not in known]
        rows = [
            {
                "company_id": p.company_id,
                "kind": p.item.kind,
                "source": p.item.source,
                "published": p.item.published,
                "title": p.item.title[:1000],
                "url": p.item.url,
                "fingerprint": p.item.fingerprint,
                "ref": p.item.ref,
                "subject": p.item.subject[:300],
                "subject_key": p.subject_key,
                "names": list(p.item.names)[:20],
                "match_reason": p.match_reason,
                "raw": p.item.raw,
                "seen_at": now,
            }
            for p in fresh
        ]
        stored: list[StoredEvent] = []
        if rows:
            session.execute(insert(Event), rows)
            ids = _ids_of(session, [p.item.fingerprint for p in fresh])
            stored = [StoredEvent(ids[p.item.fingerprint], p.company_id, p.item) for p in fresh]
            _learn_codes(session, stored)
        state = ensure_state(session, source_id, interval_min)
        merged = dict(state.validators or {})
        merged.update(validators)
        state.validators = merged
        if memory is not None:
            state.memory = memory
        state.last_run = now
        state.last_success = now
        state.last_error = warning
        state.last_error_at = now if warning else None
        state.items_seen = items_seen
        state.new_events = len(stored)
        session.add(state)
    return stored


def record_failure(db: Database, source_id: str, message: str, interval_min: int) -> None:
    """The source failed as a whole: say why, keep everything it stored before."""
    now = utcnow()
    with db.write() as session:
        state = ensure_state(session, source_id, interval_min)
        state.last_run = now
        state.last_error = message[:2000]
        state.last_error_at = now
        state.new_events = 0
        session.add(state)


def _ids_of(session: Any, fingerprints: Sequence[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(fingerprints), _CHUNK):
        chunk = list(fingerprints[start : start + _CHUNK])
        for fp, event_id in session.execute(
            select(Event.fingerprint, Event.id).where(Event.fingerprint.in_(chunk))  # type: ignore[attr-defined]
        ):
            ids[fp] = event_id
    return ids


def _learn_codes(session: Any, stored: Sequence[StoredEvent]) -> None:
    """A listing tells us the HK stock code; keep it on the company if it has none."""
    for event in stored:
        if event.company_id is None or event.item.kind != EventKind.LISTED:
            continue
        code = event.item.code("hk")
        if not code:
            continue
        company = session.get(Company, event.company_id)
        if company is not None and not company.hk_code:
            company.hk_code = code.zfill(5)
            session.add(company)


def today_or(value: date | None) -> date:
    return value or date.today()
