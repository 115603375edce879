from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace

from desktop.domain.alert_rules import (
    AlertRules,
    digest,
    in_quiet_hours,
    is_paused,
    plan_notifications,
    wants,
)

NOW = datetime(2025, 3, 4, 12, 0)


def event(eid: int, company: str, kind: str, title: str = "", company_id: int = 1):
    return SimpleNamespace(id=eid, company_id=company_id, company=company, kind=kind, title=title)


def test_default_level_is_filings_only() -> None:
    rules = AlertRules()
    assert wants(rules, "application_proof", 1)
    assert wants(rules, "listed", 1)
    assert not wants(rules, "news", 1)
    assert not wants(rules, "price", 1)
    assert not wants(rules, "not_a_kind", 1)


def test_company_levels_and_muted_kinds() -> None:
    rules = AlertRules(company_levels={1: "all", 2: "none"}, muted_kinds=frozenset({"phip"}))
    assert wants(rules, "news", 1)
    assert not wants(rules, "application_proof", 2)
    assert not wants(rules, "phip", 1)
    assert wants(rules, "prospectus", 3)


def test_quiet_hours_plain_and_wrapping_midnight() -> None:
    day = AlertRules(quiet_start=time(12, 0), quiet_end=time(14, 0))
    assert in_quiet_hours(day, datetime(2025, 3, 4, 12, 0))
    assert in_quiet_hours(day, datetime(2025, 3, 4, 13, 59))
    assert not in_quiet_hours(day, datetime(2025, 3, 4, 14, 0))
    night = AlertRules(quiet_start=time(22, 0), quiet_end=time(7, 0))
    assert in_quiet_hours(night, datetime(2025, 3, 4, 23, 30))
    assert in_quiet_hours(night, datetime(2025, 3, 5, 6, 59))
    assert not in_quiet_hours(night, datetime(2025, 3, 5, 7, 0))
    assert not in_quiet_hours(night, datetime(2025, 3, 5, 21, 59))
    assert not in_quiet_hours(AlertRules(), NOW)
    # An aware time is compared in local time.
    local_late = datetime(2025, 3, 4, 23, 0).astimezone()
    assert in_quiet_hours(night, local_late.astimezone(UTC))


def test_pause() -> None:
    aware_now = datetime.now(UTC)
    rules = AlertRules(paused_until=aware_now + timedelta(hours=1))
    assert is_paused(rules, aware_now)
    assert not is_paused(rules, aware_now + timedelta(hours=2))
    assert is_paused(rules, datetime.now())  # naive: local time
    assert not is_paused(AlertRules(), aware_now)


def test_json_round_trip_and_tolerance() -> None:
    rules = AlertRules(
        company_levels={3: "all", 5: "none"},
        muted_kinds=frozenset({"news"}),
        quiet_start=time(22, 0),
        quiet_end=time(7, 30),
        paused_until=datetime(2025, 3, 4, 18, 0, tzinfo=UTC),
    )
    assert AlertRules.from_json(rules.to_json()) == rules
    assert AlertRules.from_json(None) == AlertRules()
    odd = AlertRules.from_json({"company_levels": {"x": "all", "2": "bogus"}, "quiet_start": "?"})
    assert odd == AlertRules()


def test_digest_one_event() -> None:
    one = event(7, "Mech-Mind Robotics Technologies", "application_proof", "Application Proof")
    assert digest([one]) == (
        "Mech-Mind Robotics Technologies: Application Proof",
        "Application Proof",
    )


def test_digest_three_and_five_events() -> None:
    events = [
        event(1, "Mech-Mind Robotics Technologies", "phip"),
        event(2, "MiniMax", "listed"),
        event(3, "Zhipu AI", "prospectus"),
        event(4, "Suzhou Dongshan Precision Manufacturing", "csrc_received"),
        event(5, "China Micro Semicon (Shenzhen)", "application_proof"),
    ]
    assert digest(events[:3]) == (
        "3 new filings",
        "Mech-Mind PHIP, MiniMax Listed, Zhipu Prospectus",
    )
    assert digest(events) == (
        "5 new filings",
        "Mech-Mind PHIP, MiniMax Listed, Zhipu Prospectus and 2 more",
    )
    with_news = [*events[:3], event(6, "MiniMax", "news")]
    assert digest(with_news)[0] == "4 new alerts"


def test_plan_notifications_one_each_up_to_three_then_digest() -> None:
    rules = AlertRules(company_levels={1: "all"})
    events = [event(i, "MiniMax", "phip", f"PHIP {i}") for i in range(1, 4)]
    notes = plan_notifications(events, rules, NOW)
    assert [n.event_ids for n in notes] == [(1,), (2,), (3,)]
    assert notes[0].company_id == 1 and notes[0].event_id == 1
    assert notes[0].title == "MiniMax: Post Hearing Information Pack"
    more = [*events, event(4, "MiniMax", "news")]
    (note,) = plan_notifications(more, rules, NOW)
    assert note.title == "4 new alerts" and note.event_ids == (1, 2, 3, 4)
    assert note.event_id is None


def test_plan_notifications_held_while_paused_or_quiet() -> None:
    events = [event(1, "MiniMax", "phip")]
    quiet = AlertRules(quiet_start=time(11, 0), quiet_end=time(13, 0))
    assert plan_notifications(events, quiet, NOW) == []
    paused = AlertRules(paused_until=NOW + timedelta(minutes=5))
    assert plan_notifications(events, paused, NOW) == []
    assert plan_notifications(events, AlertRules(), NOW)
