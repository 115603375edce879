from __future__ import annotations

from datetime import date, time
from itertools import count

from sqlmodel import select

from desktop.domain.alert_rules import AlertRules
from desktop.services.polling import NewEvent
from desktop.store.alerts import (
    baseline_needed,
    list_alerts,
    load_rules,
    mark_all_read,
    mark_delivered,
    mark_read,
    record_alerts,
    save_rules,
    undelivered,
    unread_count,
)
from desktop.store.db import Database
from desktop.store.tables import Alert, Company, Event

_serial = count(1)


def company_ids(db) -> dict[str, int]:
    with db.session() as session:
        return {c.name: c.id for c in session.exec(select(Company)).all()}


def add_event(
    db,
    company_id: int | None,
    kind: str = "application_proof",
    *,
    source: str = "hkex_app",
    title: str = "Application Proof",
) -> NewEvent:
    n = next(_serial)
    with db.write() as session:
        row = Event(
            company_id=company_id,
            kind=kind,
            source=source,
            title=title,
            published=date(2025, 3, n % 28 + 1),
            url=f"https://example.com/{n}",
            fingerprint=f"test:{n}",
            subject="Applicant",
        )
        session.add(row)
        session.flush()
        event_id = row.id
    return NewEvent(
        id=event_id,
        company_id=company_id,
        company=None,
        kind=kind,
        stage=None,
        published=None,
        title=title,
        url=None,
        source=source,
        subject="Applicant",
    )


def alert_rows(db) -> list[Alert]:
    with db.session() as session:
        return list(session.exec(select(Alert)).all())


def test_record_alerts_is_exactly_once(ctx) -> None:
    ids = company_ids(ctx.db)
    mech = ids["Mech-Mind Robotics Technologies"]
    events = [
        add_event(ctx.db, mech),
        add_event(ctx.db, mech, "phip"),
        add_event(ctx.db, mech, "news"),
        add_event(ctx.db, None),
    ]
    created = record_alerts(ctx.db, events, AlertRules())
    assert len(created) == 2  # news is not wanted by default, unmatched events never
    assert record_alerts(ctx.db, events, AlertRules()) == []
    assert len(alert_rows(ctx.db)) == 2

    restarted = Database(ctx.db.path)
    try:
        assert record_alerts(restarted, events, AlertRules(company_levels={mech: "all"})) != []
        assert record_alerts(restarted, events, AlertRules(company_levels={mech: "all"})) == []
        assert len(alert_rows(restarted)) == 3  # only the news alert is new
    finally:
        restarted.dispose()


def test_baseline_alerts_are_read_and_delivered(ctx) -> None:
    mech = company_ids(ctx.db)["Mech-Mind Robotics Technologies"]
    events = [add_event(ctx.db, mech) for _ in range(3)]
    assert record_alerts(ctx.db, events, AlertRules(), baseline=True) == []
    assert all(a.read and a.delivered for a in alert_rows(ctx.db))
    assert unread_count(ctx.db) == 0
    assert undelivered(ctx.db) == []


def test_baseline_needed_only_before_the_first_poll(ctx) -> None:
    ids = company_ids(ctx.db)
    mech, minimax = ids["Mech-Mind Robotics Technologies"], ids["MiniMax"]
    # Seed events do not count as a poll.
    assert baseline_needed(ctx.db, [mech, minimax]) == {mech, minimax}
    first = add_event(ctx.db, mech)
    assert baseline_needed(ctx.db, [mech, minimax], new_event_ids=[first.id]) == {mech, minimax}
    assert baseline_needed(ctx.db, [mech, minimax]) == {minimax}


def test_list_filters_read_and_delivery(ctx) -> None:
    ids = company_ids(ctx.db)
    mech, minimax = ids["Mech-Mind Robotics Technologies"], ids["MiniMax"]
    a = add_event(ctx.db, mech, "application_proof")
    b = add_event(ctx.db, minimax, "listed", title="Listed")
    alert_ids = record_alerts(ctx.db, [a, b], AlertRules())
    assert unread_count(ctx.db) == 2

    views = list_alerts(ctx.db)
    assert [v.event_id for v in views] == [b.id, a.id]  # newest first
    assert views[1].company == "Mech-Mind Robotics Technologies"
    assert views[1].url and views[1].kind == "application_proof"
    assert [v.event_id for v in list_alerts(ctx.db, company_id=minimax)] == [b.id]
    assert [v.event_id for v in list_alerts(ctx.db, kind="application_proof")] == [a.id]

    mark_read(ctx.db, [alert_ids[0]])
    assert unread_count(ctx.db) == 1
    assert [v.event_id for v in list_alerts(ctx.db, unread_only=True)] == [b.id]
    mark_all_read(ctx.db)
    assert unread_count(ctx.db) == 0

    assert [v.id for v in undelivered(ctx.db)] == alert_ids
    mark_delivered(ctx.db, alert_ids[:1])
    assert [v.id for v in undelivered(ctx.db)] == alert_ids[1:]


def test_rules_round_trip(ctx) -> None:
    assert load_rules(ctx.db) == AlertRules()
    rules = AlertRules(
        company_levels={1: "all"},
        muted_kinds=frozenset({"price"}),
        quiet_start=time(22, 0),
        quiet_end=time(7, 0),
    )
    save_rules(ctx.db, rules)
    assert load_rules(ctx.db) == rules
    save_rules(ctx.db, AlertRules())
    assert load_rules(ctx.db) == AlertRules()
