"""A user's write on one desktop of a team database reaches the others at once: an edit
of a company on desktop A is told by NOTIFY, and desktop B's open company page shows the
new sector without a poll or a restart; marking alerts read (each person's own) is not
sent."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from desktop.app import after_first_paint
from desktop.context import AppContext
from desktop.services.changes import Change
from desktop.services.operations import Operation
from desktop.services.team_listener import change_of, change_payload, send_change
from desktop.store import companies as store_companies
from desktop.store.alerts import mark_all_read
from tests.store.test_alerts import company_ids
from tests.team.test_two_apps import open_app
from tests.team.test_two_desktops import listen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def set_sector(db: Any, company_id: int, sector: str) -> int:
    company = store_companies.get_company(db, company_id)
    assert company is not None
    draft = dataclasses.replace(store_companies.draft_of(company), sector=sector)
    store_companies.update_company(db, company_id, draft)
    return company_id


def test_an_edit_on_one_desktop_is_told_to_the_others(
    qtbot: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPO_WATCH_NO_POLL", "1")
    window_a = open_app(qtbot, tmp_path / "desk-a", pg_url)
    services = after_first_paint(window_a.ctx, window_a)
    qtbot.waitUntil(lambda: services["team"].listening, timeout=30_000)  # type: ignore[attr-defined]
    desk_b = AppContext(tmp_path / "desk-b", database=pg_url)
    listener_b, heard = listen(qtbot, desk_b)
    db = window_a.ctx.db
    stepfun = company_ids(db)["StepFun"]

    Operation("Mark all read", mark_all_read, db, changes=Change(alerts=True)).run_and_wait()
    Operation(
        "Save company",
        set_sector,
        db,
        stepfun,
        "AI (multimodal models)",
        changes=Change.of_company(stepfun),
    ).run_and_wait()

    qtbot.waitUntil(lambda: any(h.what == "change" for h in heard), timeout=30_000)
    told = [h for h in heard if h.what == "change"]
    assert len(told) == 1  # the edit; the read state stayed Anna's own
    assert told[0].origin == db.desktop_id
    assert change_of(told[0].raw).concerns_company(stepfun)
    assert change_of(told[0].raw).watchlist
    listener_b.stop()
    services["team"].stop()  # type: ignore[attr-defined]
    desk_b.db.dispose()
    window_a.ctx.db.dispose()


def test_a_change_told_by_another_desktop_reloads_the_open_company_page(
    qtbot: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IPO_WATCH_NO_POLL", "1")
    window_b = open_app(qtbot, tmp_path / "desk-b", pg_url)
    services = after_first_paint(window_b.ctx, window_b)
    qtbot.waitUntil(lambda: services["team"].listening, timeout=30_000)  # type: ignore[attr-defined]
    stepfun = company_ids(window_b.ctx.db)["StepFun"]
    assert window_b.select_company(stepfun)
    qtbot.waitUntil(
        lambda: (
            window_b.company_page is not None
            and "AI (large language models)" in window_b.company_page.subtitle.text()
        ),
        timeout=30_000,
    )

    # Desktop A (another process: its own connection and desktop id) saves an edit.
    desk_a = AppContext(tmp_path / "desk-a", database=pg_url)
    set_sector(desk_a.db, stepfun, "AI (multimodal models)")
    payload = change_payload(Change.of_company(stepfun), desk_a.db.desktop_id)
    assert payload is not None
    send_change(desk_a.db, payload)

    page = window_b.company_page
    assert page is not None
    qtbot.waitUntil(lambda: "AI (multimodal models)" in page.subtitle.text(), timeout=30_000)
    services["team"].stop()  # type: ignore[attr-defined]
    desk_a.db.dispose()
    window_b.ctx.db.dispose()


def test_what_is_sent_leaves_out_each_persons_own_state() -> None:
    assert change_payload(Change(alerts=True), "me") is None
    assert change_payload(Change(settings=frozenset({"alert_rules"}), alerts=True), "me") is None
    feeds = Change(sources=frozenset({"news"}), settings=frozenset({"news_feeds", "alert_rules"}))
    sent = change_payload(feeds, "me")
    assert sent is not None
    assert change_of(sent) == Change(
        sources=frozenset({"news"}), settings=frozenset({"news_feeds"})
    )
    assert change_of(change_payload(Change.all(), "me") or {}) == Change.all()
    many = Change(companies=frozenset(range(5000)))
    assert change_of(change_payload(many, "me") or {}) == Change.all()  # too long: reload all


def test_a_source_turned_off_on_another_desktop_leaves_this_desktops_schedule(
    qtbot: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.bootstrap import prepare_database
    from desktop.services.poller import Poller
    from desktop.services.source_settings import set_source
    from desktop.services.team_listener import listen_to_team

    desk_b = AppContext(tmp_path / "desk-b", database=pg_url)
    prepare_database(desk_b)
    poller = Poller(desk_b.db)
    monkeypatch.setattr(poller, "_job", lambda _source_id: None)  # schedule only, no polls
    poller.start()
    qtbot.waitUntil(lambda: poller.ready, timeout=30_000)
    assert poller.next_run("news") is not None
    host = QWidget()
    qtbot.addWidget(host)
    listener = listen_to_team(desk_b.db, host, poller, alerts=None)
    qtbot.waitUntil(lambda: listener.listening, timeout=30_000)

    desk_a = AppContext(tmp_path / "desk-a", database=pg_url)
    set_source(desk_a.db, "news", enabled=False)  # in desktop A's Sources view
    payload = change_payload(Change(sources=frozenset({"news"})), desk_a.db.desktop_id)
    assert payload is not None
    send_change(desk_a.db, payload)

    qtbot.waitUntil(lambda: poller.next_run("news") is None, timeout=30_000)
    assert poller.next_run("hkex_app") is not None
    listener.stop()
    poller.stop()
    if poller.sleep_watcher is not None:
        poller.sleep_watcher._timer.stop()
    desk_a.db.dispose()
    desk_b.db.dispose()
