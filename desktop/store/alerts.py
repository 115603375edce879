"""Alerts: one row per event worth telling the user about, created exactly once.

The unique ``event_id`` column is what makes recording idempotent: a repeated call,
or the same poll seen again after a restart, inserts nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import col, select

from desktop.domain.alert_rules import AlertRules, wants
from desktop.store.db import Database
from desktop.store.settings import ALERT_RULES
from desktop.store.tables import Alert, Company, Event, Setting, utcnow

SEED_SOURCE = "seed"


@dataclass(frozen=True, slots=True)
class AlertView:
    id: int  # the alert
    event_id: int
    company_id: int | None
    company: str | None  # watchlist name, or the filing's subject if the company is gone
    kind: str
    title: str
    url: str | None
    published: dt.date | None
    created_at: datetime
    read: bool
    delivered: bool = False


def record_alerts(
    db: Database,
    new_events: Iterable[Any],
    rules: AlertRules,
    now: datetime | None = None,
    baseline: bool = False,
) -> list[int]:
    """Create one alert per wanted event of a watched company, in one transaction.

    Events that already have an alert are skipped (also across restarts).  With
    ``baseline`` the alerts are stored read and delivered, so a first poll does not
    flood the user.  Returns the ids of the new alerts still to be notified.
    """
    created = now or utcnow()
    wanted = [
        e for e in new_events if e.company_id is not None and wants(rules, e.kind, e.company_id)
    ]
    if not wanted:
        return []
    to_notify: list[int] = []
    with db.write() as session:
        for event in wanted:
            statement = (
                insert(Alert)
                .values(
                    event_id=event.id,
                    company_id=event.company_id,
                    created_at=created,
                    read=baseline,
                    delivered=baseline,
                )
                .on_conflict_do_nothing(index_elements=["event_id"])
                .returning(col(Alert.id))
            )
            alert_id = session.execute(statement).scalar_one_or_none()
            if alert_id is not None and not baseline:
                to_notify.append(alert_id)
    return to_notify


def baseline_needed(
    db: Database, company_ids: Iterable[int], new_event_ids: Iterable[int] = ()
) -> set[int]:
    """Companies whose first poll this is: no alert yet and no event from a real source
    (seed events do not count; nor do ``new_event_ids``, the events of the poll being
    recorded).  Their events are recorded as a silent baseline.

    Simple on purpose: a company that never matched anything in any source before
    also gets its first event silently; it still appears in the inbox, marked read.
    """
    wanted = {c for c in company_ids if c is not None}
    if not wanted:
        return set()
    skip = set(new_event_ids)
    with db.session() as session:
        alerted = session.exec(
            select(Alert.company_id).where(col(Alert.company_id).in_(wanted)).distinct()
        ).all()
        polled_query = select(Event.company_id).where(
            col(Event.company_id).in_(wanted), Event.source != SEED_SOURCE
        )
        if skip:
            polled_query = polled_query.where(col(Event.id).not_in(skip))
        polled = session.exec(polled_query.distinct()).all()
    return wanted - set(alerted) - set(polled)


def _views(
    *,
    company_id: int | None = None,
    kind: str | None = None,
    unread_only: bool = False,
    undelivered_only: bool = False,
) -> Any:
    query = (
        select(Alert, Event, Company.name)
        .join(Event, col(Event.id) == col(Alert.event_id))
        .outerjoin(Company, col(Company.id) == col(Alert.company_id))
    )
    if company_id is not None:
        query = query.where(Alert.company_id == company_id)
    if kind:
        query = query.where(Event.kind == kind)
    if unread_only:
        query = query.where(col(Alert.read).is_(False))
    if undelivered_only:
        query = query.where(col(Alert.delivered).is_(False))
    return query


def _view(alert: Alert, event: Event, name: str | None) -> AlertView:
    return AlertView(
        id=alert.id,  # type: ignore[arg-type]
        event_id=alert.event_id,
        company_id=alert.company_id,
        company=name or event.subject or None,
        kind=event.kind,
        title=event.title,
        url=event.url,
        published=event.published,
        created_at=alert.created_at,
        read=alert.read,
        delivered=alert.delivered,
    )


def list_alerts(
    db: Database,
    company_id: int | None = None,
    kind: str | None = None,
    unread_only: bool = False,
    limit: int | None = 1000,
) -> list[AlertView]:
    """Alerts with their event and company name, newest first."""
    query = _views(company_id=company_id, kind=kind, unread_only=unread_only).order_by(
        col(Alert.created_at).desc(), col(Alert.id).desc()
    )
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_view(*row) for row in session.exec(query).all()]


def undelivered(db: Database) -> list[AlertView]:
    """Alerts not yet notified (held in quiet hours or a pause), oldest first."""
    query = _views(undelivered_only=True).order_by(col(Alert.created_at), col(Alert.id))
    with db.session() as session:
        return [_view(*row) for row in session.exec(query).all()]


def _set(db: Database, ids: Iterable[int] | None, **values: bool) -> None:
    statement = update(Alert).values(**values)
    if ids is not None:
        chosen = list(ids)
        if not chosen:
            return
        statement = statement.where(col(Alert.id).in_(chosen))
    with db.write() as session:
        session.execute(statement)


def mark_delivered(db: Database, ids: Iterable[int]) -> None:
    _set(db, ids, delivered=True)


def mark_read(db: Database, ids: Iterable[int]) -> None:
    _set(db, ids, read=True)


def mark_all_read(db: Database) -> None:
    _set(db, None, read=True)


def unread_count(db: Database) -> int:
    with db.session() as session:
        query = select(func.count()).select_from(Alert).where(col(Alert.read).is_(False))
        return int(session.exec(query).one())


def load_rules(db: Database) -> AlertRules:
    with db.session() as session:
        row = session.get(Setting, ALERT_RULES.key)
    return AlertRules.from_json(row.value if row is not None else None)


def save_rules(db: Database, rules: AlertRules) -> None:
    with db.write() as session:
        row = session.get(Setting, ALERT_RULES.key)
        if row is None:
            session.add(Setting(key=ALERT_RULES.key, value=rules.to_json()))
        else:
            row.value = rules.to_json()
            session.add(row)


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def history_companies(db: Database, company_ids: set[int], since: datetime | None) -> set[int]:
    """Companies whose events in this poll are history: the source's first run, or
    companies added after the source last succeeded."""
    if since is None:
        return set(company_ids)
    cutoff = _naive_utc(since)
    assert cutoff is not None
    with db.session() as session:
        rows = session.exec(
            select(Company.id, Company.created_at).where(col(Company.id).in_(company_ids))
        ).all()
    found = set()
    for cid, created in rows:
        seen = _naive_utc(created) or cutoff
        if cid is not None and seen > cutoff:
            found.add(cid)
    return found


def inbox_totals(db: Database) -> tuple[int, list[tuple[int, str]]]:
    """How many alerts there are, and every company (id, name) by name, for the inbox."""
    with db.session() as session:
        total = session.exec(select(func.count()).select_from(Alert)).one()
        companies = [
            (int(cid), name)
            for cid, name in session.exec(
                select(Company.id, Company.name).order_by(col(Company.name))
            ).all()
            if cid is not None
        ]
    return int(total), companies
