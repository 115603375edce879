"""Alerts from polls: first run silent, new filings notified once, digests, quiet hours,
exactly once across a restart — with a notifier that records what it would show."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

import pytest

from desktop.context import AppContext
from desktop.domain.alert_rules import AlertRules
from desktop.services.alert_service import AlertService
from desktop.services.notifier import RecordingNotifier
from desktop.services.polling import poll_source
from desktop.store.alerts import list_alerts, save_rules, unread_count
from tests.mirror import MirrorServer
from tests.mirror_data import EDS, seed_company_files, serve_samples


def _app_file(records: list[dict]) -> bytes:
    return json.dumps({"genDate": "1", "uDate": "21/11/2026", "app": records}).encode()


def _proof(app_id: int, name: str, day: str) -> dict:
    return {
        "id": app_id,
        "d": day,
        "a": name,
        "s": "A",
        "hasPhip": False,
        "ls": [
            {
                "d": day,
                "nF": "Application Proof (1st submission)",
                "nS1": "Full Version",
                "u1": f"sehk/2026/{app_id}/documents/sehk{app_id}.pdf",
            }
        ],
        "ps": [],
    }


def run_alerts(
    qtbot, ctx: AppContext, notifier: RecordingNotifier, source: str = "hkex_app"
) -> None:
    service = AlertService(ctx.db, notifier)
    outcome = poll_source(ctx.db, source)
    # Wait for this poll's alerts to be recorded and delivered (not for any unread count:
    # every service also recounts when another one announces a change of the alerts).
    recorded: list[bool] = []
    service.alerts_recorded.connect(lambda: recorded.append(True))
    service.on_source_finished(outcome)
    if any(e.company_id is not None for e in outcome.new_events):
        qtbot.waitUntil(lambda: bool(recorded), timeout=10_000)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    with MirrorServer() as mirror:
        monkeypatch.setenv("IPO_WATCH_MIRROR", mirror.url)
        serve_samples(mirror)
        yield mirror


def new_filings(server: MirrorServer, records: list[dict]) -> None:
    base = json.loads(seed_company_files()[EDS + "appactive_app_sehk_e.json"])["app"]
    server.add(
        EDS + "appactive_app_sehk_e.json",
        _app_file(base + records),
        content_type="application/json",
    )


def test_first_run_is_silent_then_a_new_filing_notifies_once(
    qtbot, ctx: AppContext, server
) -> None:
    notifier = RecordingNotifier()
    run_alerts(qtbot, ctx, notifier)
    assert notifier.shown == []  # history, not news
    assert unread_count(ctx.db) == 0
    baseline = list_alerts(ctx.db)
    assert baseline and all(a.read for a in baseline)

    new_filings(server, [_proof(990010, "StepFun Inc.", "20/11/2026")])
    run_alerts(qtbot, ctx, notifier)
    assert [n.title for n in notifier.shown] == ["StepFun: Application Proof"]
    note = notifier.shown[0]
    assert note.company_id is not None and note.event_id is not None
    assert unread_count(ctx.db) == 1

    # Re-polling the same files, and a restart on the same data, never alert again.
    run_alerts(qtbot, ctx, notifier)
    again = AppContext(ctx.data_dir)
    run_alerts(qtbot, again, notifier)
    assert len(notifier.shown) == 1
    again.db.dispose()


def test_many_filings_make_one_digest(qtbot, ctx: AppContext, server) -> None:
    notifier = RecordingNotifier()
    run_alerts(qtbot, ctx, notifier)
    names = [
        "StepFun Inc.",
        "Moonshot AI Ltd",
        "MiniMax Group Inc.",
        "Biren Technology Co., Ltd.",
        "Iluvatar CoreX Inc.",
    ]
    new_filings(server, [_proof(991000 + n, name, "20/11/2026") for n, name in enumerate(names)])
    run_alerts(qtbot, ctx, notifier)
    assert len(notifier.shown) == 1
    assert notifier.shown[0].title == "5 new filings"
    assert "and 2 more" in notifier.shown[0].body


def test_quiet_hours_hold_alerts_until_they_end(qtbot, ctx: AppContext, server) -> None:
    notifier = RecordingNotifier()
    run_alerts(qtbot, ctx, notifier)
    now = datetime.now()
    start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    end = (now + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    save_rules(ctx.db, AlertRules(quiet_start=start, quiet_end=end))
    new_filings(server, [_proof(990020, "StepFun Inc.", "20/11/2026")])
    run_alerts(qtbot, ctx, notifier)
    assert notifier.shown == []
    assert unread_count(ctx.db) == 1  # recorded, shown in the inbox

    save_rules(ctx.db, AlertRules())  # quiet hours over
    service = AlertService(ctx.db, notifier)
    with qtbot.waitSignal(service.unread_changed, timeout=10_000):
        service.deliver_held()
    assert [n.title for n in notifier.shown] == ["StepFun: Application Proof"]


def test_company_rule_none_and_muted_kind(qtbot, ctx: AppContext, server) -> None:
    from desktop.store.fastread import load_watchlist

    notifier = RecordingNotifier()
    run_alerts(qtbot, ctx, notifier)
    stepfun = next(r.id for r in load_watchlist(ctx.db_path) if r.name == "StepFun")
    save_rules(
        ctx.db,
        AlertRules(
            company_levels={stepfun: "none"},
            muted_kinds=frozenset({"application_proof"}),
            quiet_start=time(0, 0),
            quiet_end=time(0, 0),
        ),
    )
    new_filings(
        server,
        [
            _proof(990030, "StepFun Inc.", "20/11/2026"),
            _proof(990031, "Moonshot AI Ltd", "20/11/2026"),
        ],
    )
    run_alerts(qtbot, ctx, notifier)
    assert notifier.shown == []


def test_company_added_later_gets_history_silently(qtbot, ctx: AppContext, server) -> None:
    from desktop.domain.company_rules import CompanyDraft
    from desktop.store.companies import add_company

    notifier = RecordingNotifier()
    run_alerts(qtbot, ctx, notifier)
    add_company(ctx.db, CompanyDraft(name="EnjoyGo Technology"))
    # The next poll matches EnjoyGo's existing application: history, no notification.
    server.add(
        EDS + "appactive_app_sehk_e.json",
        _app_file(
            [
                *json.loads(seed_company_files()[EDS + "appactive_app_sehk_e.json"])["app"],
                _proof(990040, "EnjoyGo Technology Limited", "22/05/2026"),
            ]
        ),
        content_type="application/json",
    )
    run_alerts(qtbot, ctx, notifier)
    assert notifier.shown == []
