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
from sqlmodel import col, select

from desktop.domain.alert_rules import AlertRules, wants
from desktop.domain.offer.reminders import ReminderTimes
from desktop.domain.phrases import shown
from desktop.store.db import Database
from desktop.store.settings import ALERT_RULES, OFFER_REMINDERS
from desktop.store.tables import Alert, AlertState, Company, Event, Setting, utcnow

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
    """Create one alert per wanted event (of a watched company, or an offer opening of any
    company when the rules ask for every one), in one transaction.

    Events that already have an alert are skipped (also across restarts).  With
    ``baseline`` the alerts are stored read and delivered, so a first poll does not
    flood the user.  Returns the ids of the new alerts still to be notified.
    """
    created = now or utcnow()
    wanted = [e for e in new_events if wants(rules, e.kind, e.company_id)]
    if not wanted:
        return []
    to_notify: list[int] = []
    with db.write() as session:
        insert = _insert_for(session)
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


def _insert_for(session: Any) -> Any:
    """``INSERT … ON CONFLICT`` in the session's own dialect (SQLite or PostgreSQL)."""
    if session.connection().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


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
    person: str | None = None,
) -> Any:
    """``person`` (a team database): their own read and delivered state joined in."""
    query = (
        select(Alert, Event, Company.name, *_personal_columns(person))
        .join(Event, col(Event.id) == col(Alert.event_id))
        .outerjoin(Company, col(Company.id) == col(Alert.company_id))
    )
    if person is not None:
        query = query.outerjoin(
            AlertState,
            (col(AlertState.alert_id) == col(Alert.id)) & (col(AlertState.person) == person),
        )
    if company_id is not None:
        query = query.where(Alert.company_id == company_id)
    if kind:
        query = query.where(Event.kind == kind)
    if unread_only:
        query = query.where(_not_yet(Alert.read, AlertState.read, person))
    if undelivered_only:
        query = query.where(_not_yet(Alert.delivered, AlertState.delivered, person))
    return query


def _personal_columns(person: str | None) -> tuple[Any, ...]:
    if person is None:
        return ()
    return (
        func.coalesce(col(AlertState.read), False),
        func.coalesce(col(AlertState.delivered), False),
    )


def _not_yet(shared: Any, own: Any, person: str | None) -> Any:
    """Not read (delivered) for everyone, nor by this person."""
    condition: Any = col(shared).is_(False)
    if person is not None:
        condition = condition & func.coalesce(col(own), False).is_(False)
    return condition


def _person(db: Database) -> str | None:
    return db.person if db.is_server else None


def _view(
    alert: Alert, event: Event, name: str | None, own_read: bool = False, own_sent: bool = False
) -> AlertView:
    return AlertView(
        id=alert.id,  # type: ignore[arg-type]
        event_id=alert.event_id,
        company_id=alert.company_id,
        company=name or event.subject or None,
        kind=event.kind,
        title=shown(event.title),
        url=event.url,
        published=event.published,
        created_at=alert.created_at,
        read=alert.read or bool(own_read),
        delivered=alert.delivered or bool(own_sent),
    )


def list_alerts(
    db: Database,
    company_id: int | None = None,
    kind: str | None = None,
    unread_only: bool = False,
    limit: int | None = 1000,
) -> list[AlertView]:
    """Alerts with their event and company name, newest first."""
    query = _views(
        company_id=company_id, kind=kind, unread_only=unread_only, person=_person(db)
    ).order_by(col(Alert.created_at).desc(), col(Alert.id).desc())
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_view(*row) for row in session.exec(query).all()]


def undelivered(db: Database) -> list[AlertView]:
    """Alerts not yet notified (held in quiet hours or a pause), oldest first."""
    query = _views(undelivered_only=True, person=_person(db)).order_by(
        col(Alert.created_at), col(Alert.id)
    )
    with db.session() as session:
        return [_view(*row) for row in session.exec(query).all()]


def _set(db: Database, ids: Iterable[int] | None, **values: bool) -> None:
    if db.is_server:
        _set_own(db, ids, **values)
        return
    statement = update(Alert).values(**values)
    if ids is not None:
        chosen = list(ids)
        if not chosen:
            return
        statement = statement.where(col(Alert.id).in_(chosen))
    with db.write() as session:
        session.execute(statement)


def _set_own(db: Database, ids: Iterable[int] | None, **values: bool) -> None:
    """A team database: this person's state only (a teammate's stays as it is)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    with db.write() as session:
        chosen = list(session.exec(select(Alert.id)).all()) if ids is None else list(ids)
        for start in range(0, len(chosen), 500):
            rows = [
                {"alert_id": i, "person": db.person, "read": False, "delivered": False, **values}
                for i in chosen[start : start + 500]
            ]
            statement = pg_insert(AlertState).values(rows)
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=["alert_id", "person"],
                    set_={name: statement.excluded[name] for name in values},
                )
            )


def unread_of_event(db: Database, event_id: int) -> list[int]:
    """The alerts of this event not yet read (by this person, on a team database)."""
    person = _person(db)
    query = select(Alert.id).where(col(Alert.event_id) == event_id)
    if person is not None:
        query = query.outerjoin(
            AlertState,
            (col(AlertState.alert_id) == col(Alert.id)) & (col(AlertState.person) == person),
        )
    query = query.where(_not_yet(Alert.read, AlertState.read, person))
    with db.session() as session:
        return [int(i) for i in session.exec(query).all() if i is not None]


def mark_delivered(db: Database, ids: Iterable[int]) -> None:
    _set(db, ids, delivered=True)


def mark_read(db: Database, ids: Iterable[int]) -> None:
    _set(db, ids, read=True)


def mark_all_read(db: Database) -> None:
    _set(db, None, read=True)


def unread_count(db: Database) -> int:
    person = _person(db)
    with db.session() as session:
        query = select(func.count()).select_from(Alert)
        if person is not None:
            query = query.outerjoin(
                AlertState,
                (col(AlertState.alert_id) == col(Alert.id)) & (col(AlertState.person) == person),
            )
        query = query.where(_not_yet(Alert.read, AlertState.read, person))
        return int(session.exec(query).one())


def _rules_key(db: Database) -> str:
    """Alert rules and quiet hours are one person's own on a team database."""
    return f"{ALERT_RULES.key}@{db.person}" if db.is_server else ALERT_RULES.key


def load_rules(db: Database) -> AlertRules:
    """This person's rules; on a team database, until they save their own, the shared
    ones (those copied over with the data)."""
    with db.session() as session:
        row = session.get(Setting, _rules_key(db))
        if row is None and db.is_server:
            row = session.get(Setting, ALERT_RULES.key)
    return AlertRules.from_json(row.value if row is not None else None)


def save_rules(db: Database, rules: AlertRules) -> None:
    with db.write() as session:
        _put(session, _rules_key(db), rules.to_json())


def _put(session: Any, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def load_reminder_times(db: Database) -> ReminderTimes:
    """When offers remind (shared by every desktop on a team database: the one that polls
    raises the reminders for all)."""
    with db.session() as session:
        row = session.get(Setting, OFFER_REMINDERS.key)
    return ReminderTimes.from_json(row.value if row is not None else OFFER_REMINDERS.default)


def save_alert_preferences(db: Database, rules: AlertRules, times: ReminderTimes) -> None:
    """The alert rules and the reminder times of Preferences, in one transaction."""
    with db.write() as session:
        _put(session, _rules_key(db), rules.to_json())
        _put(session, OFFER_REMINDERS.key, times.to_json())


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
