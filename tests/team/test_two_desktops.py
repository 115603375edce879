"""Two desktops on one team database: one polls, the other hears it at once through
LISTEN/NOTIFY (a socket notifier, no polling loop), reloads and notifies its own person
once; read state, delivery and quiet hours stay each person's own."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from desktop.context import AppContext
from desktop.domain.alert_rules import AlertRules
from desktop.services.alert_service import AlertService
from desktop.services.notifier import RecordingNotifier
from desktop.services.team_listener import TeamChange, TeamListener, outcome_of
from desktop.store.alerts import list_alerts, load_rules, mark_read, save_rules, unread_count
from tests.services.test_alert_service import _proof, new_filings, run_alerts

pytestmark = [pytest.mark.timeout(120)]


@pytest.fixture
def desk_b(ctx: AppContext, tmp_path: Path):
    other = AppContext(tmp_path / "desk-b", database=ctx.database_url)
    other.data_dir.mkdir(exist_ok=True)
    other.db.person = "ben@office"
    yield other
    other.db.dispose()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    from tests.mirror import MirrorServer
    from tests.mirror_data import serve_samples

    with MirrorServer() as mirror:
        monkeypatch.setenv("IPO_WATCH_MIRROR", mirror.url)
        serve_samples(mirror)
        yield mirror


def listen(qtbot: Any, ctx: AppContext) -> tuple[TeamListener, list[TeamChange]]:
    listener = TeamListener(ctx.db)
    heard: list[TeamChange] = []
    listener.changed.connect(heard.append)
    listener.start()
    qtbot.waitUntil(lambda: listener.listening, timeout=20_000)
    return listener, heard


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_poll_on_one_desktop_reaches_the_other_and_notifies_each_person_once(
    qtbot: Any, ctx: AppContext, desk_b: AppContext, server: Any
) -> None:
    ctx.db.person = "anna@home"
    listener, heard = listen(qtbot, ctx)
    notes_a, notes_b = RecordingNotifier(), RecordingNotifier()
    alerts_a = AlertService(ctx.db, notes_a)

    run_alerts(qtbot, desk_b, notes_b)  # B's first run: the history, silently
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=20_000)
    alerts_a.on_source_finished(outcome_of(ctx.db, heard[0]))

    new_filings(server, [_proof(990010, "StepFun Inc.", "20/11/2026")])
    run_alerts(qtbot, desk_b, notes_b)
    assert [n.title for n in notes_b.shown] == ["StepFun: Application Proof"]
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=20_000)
    change = heard[1]
    assert change.source == "hkex_app" and change.event_ids
    outcome = outcome_of(ctx.db, change)
    assert [e.company for e in outcome.new_events if e.company] == ["StepFun"]
    counts: list[bool] = []  # this desktop's alerts recorded and delivered
    alerts_a.alerts_recorded.connect(lambda: counts.append(True))
    alerts_a.on_source_finished(outcome)
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    assert [n.title for n in notes_a.shown] == ["StepFun: Application Proof"]

    # Heard again (or after a restart): never notified twice, on either desktop.
    counts.clear()
    alerts_a.on_source_finished(outcome_of(ctx.db, change))
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    assert len(notes_a.shown) == 1 and len(notes_b.shown) == 1

    # A poll whose list of events was too long for a notification: read by their range.
    shortened = TeamChange.decode(json.dumps({**change.raw, "events": []}))
    assert shortened is not None and not shortened.event_ids
    assert outcome_of(ctx.db, shortened).new_events == outcome.new_events

    # Read on one desktop, still unread for the teammate.
    assert unread_count(ctx.db) == unread_count(desk_b.db) == 1
    mark_read(ctx.db, [a.id for a in list_alerts(ctx.db, unread_only=True)])
    assert unread_count(ctx.db) == 0
    assert unread_count(desk_b.db) == 1
    listener.stop()


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_quiet_hours_are_each_persons_own(ctx: AppContext, desk_b: AppContext) -> None:
    ctx.db.person = "anna@home"
    save_rules(ctx.db, AlertRules(quiet_start=time(22, 0), quiet_end=time(7, 0)))
    assert load_rules(ctx.db).quiet_start == time(22, 0)
    assert load_rules(desk_b.db).quiet_start is None


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_dropped_listening_connection_is_said_once(
    qtbot: Any, ctx: AppContext, pg_server: Any
) -> None:
    listener, _heard = listen(qtbot, ctx)
    lost: list[str] = []
    back: list[bool] = []
    listener.connection_lost.connect(lost.append)
    listener.reconnected.connect(lambda: back.append(True))
    dbname = (ctx.database_url or "").rsplit("/", 1)[1]
    pg_server.terminate(dbname)
    qtbot.waitUntil(lambda: bool(lost), timeout=20_000)
    # In plain words, naming the database; the driver's text stays in the log.
    assert lost[0] == (
        f"Lost the team database {ctx.db.describe()} (its server stopped, or the network is "
        "down); the app tries again every 30 seconds."
    )
    assert "consum" not in lost[0] and "server closed" not in lost[0]
    assert not listener.listening and not back
    listener.start()  # what the retry timer does: listening again
    qtbot.waitUntil(lambda: listener.listening, timeout=20_000)
    assert back == [True]  # the app reloads every view: what was stored meanwhile shows
    listener.stop()
