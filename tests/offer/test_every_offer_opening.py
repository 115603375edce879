"""The opt-in rule "alert on every Hong Kong IPO's offer opening": off by default; when on,
the formal notice of a company nobody watches alerts once (HKEXnews's latest-documents
files over a loopback mirror, a real SQLite file, the real alert service), also after a
restart."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.context import AppContext
from desktop.domain.alert_rules import AlertRules, may_alert, wants
from desktop.services.alert_service import AlertService
from desktop.services.notifier import RecordingNotifier
from desktop.services.polling import poll_source
from desktop.store.alerts import list_alerts, load_rules, save_rules
from desktop.store.tables import Company, Setting
from tests.mirror import mirror_fixture  # noqa: F401
from tests.offer import served
from tests.ui.helpers import when_modal

NOTICE = "listing_announcement"
BASE = served.BASE


def test_only_an_offer_opening_of_an_unwatched_company_and_only_when_asked() -> None:
    rules = AlertRules()
    assert rules.every_offer_opening is False
    assert not wants(rules, NOTICE, None)
    on = AlertRules(every_offer_opening=True)
    assert wants(on, NOTICE, None)
    assert not wants(on, "application_proof", None) and not wants(on, "allotment_results", None)
    assert not wants(dataclasses.replace(on, muted_kinds=frozenset({NOTICE})), NOTICE, None)
    # Watched companies keep their own level.
    assert not wants(AlertRules(company_levels={7: "none"}, every_offer_opening=True), NOTICE, 7)
    assert AlertRules.from_json(on.to_json()) == on
    assert AlertRules.from_json({"every_offer_opening": "yes"}).every_offer_opening is False
    assert may_alert(NOTICE, None) and may_alert("news", 3) and not may_alert("phip", None)


def _serve(mirror: Any, notices: list[tuple[int, str, str]]) -> None:
    """Formal notices (news id, stock code, short name) in the English and Chinese files."""
    english = [
        served.record(
            i, f"/listedco/{i}.pdf", "GLOBAL OFFERING", "10000", "15200", "30/12/2025 07:00", code
        )
        | {"stock": [{"sc": code, "sn": name}]}
        for i, code, name in notices
    ]
    chinese = [
        served.record(
            i, f"/listedco/{i}_c.pdf", "全球發售", "10000", "15200", "30/12/2025 07:00", code
        )
        | {"stock": [{"sc": code, "sn": name}]}
        for i, code, name in notices
    ]
    mirror.add(f"{BASE}/ncms/json/eds/lcisehk1relsde_1.json", served.latest(english))
    mirror.add(f"{BASE}/ncms/json/eds/lcisehk1relsdc_1.json", served.latest(chinese))


def _poll(qtbot: Any, ctx: AppContext, notifier: RecordingNotifier) -> list[Any]:
    """One poll of HKEXnews, its events through the alert service as in the app."""
    service = AlertService(ctx.db, notifier)
    outcome = poll_source(ctx.db, "hkex_news")
    assert outcome.ok, outcome.error
    done: list[bool] = []
    service.alerts_recorded.connect(lambda: done.append(True))
    service.on_source_finished(outcome)
    if any(may_alert(e.kind, e.company_id) for e in outcome.new_events):
        qtbot.waitUntil(lambda: bool(done))
    service.deleteLater()
    return outcome.new_events


def _opening_alerts(ctx: AppContext) -> list[Any]:
    return [a for a in list_alerts(ctx.db) if a.kind == NOTICE]


def test_every_offer_opening_alerts_once_when_turned_on(qtbot, data_dir, mirror) -> None:
    ctx = AppContext(data_dir)
    ctx.db.migrate()
    with ctx.db.write() as session:
        session.add(Setting(key="seed_loaded", value=True))
        session.add(Company(name="Watched Co", hk_code="02513"))
    notifier = RecordingNotifier()
    _serve(mirror, [(1, "09001", "FIRST CO")])
    _poll(qtbot, ctx, notifier)  # the source's first run: history, nothing told
    _serve(mirror, [(1, "09001", "FIRST CO"), (2, "09002", "SECOND CO")])
    [second] = _poll(qtbot, ctx, notifier)
    assert second.company_id is None and second.kind == NOTICE
    assert notifier.shown == [] and _opening_alerts(ctx) == []  # off by default

    save_rules(ctx.db, dataclasses.replace(load_rules(ctx.db), every_offer_opening=True))
    _serve(
        mirror,
        [(1, "09001", "FIRST CO"), (2, "09002", "SECOND CO"), (3, "09003", "THIRD CO")],
    )
    [third] = _poll(qtbot, ctx, notifier)  # one event for both languages' copies
    qtbot.waitUntil(lambda: len(notifier.shown) == 1)
    [note] = notifier.shown
    assert note.title == "THIRD CO: Formal notice" and note.body == "GLOBAL OFFERING"
    assert note.company_id is None and note.event_id == third.id
    [alert] = _opening_alerts(ctx)
    assert alert.company == "THIRD CO" and not alert.read
    assert _poll(qtbot, ctx, notifier) == []
    ctx.db.dispose()

    ctx = AppContext(data_dir)  # started again: the same notice is not told again
    assert _poll(qtbot, ctx, notifier) == []
    assert len(notifier.shown) == 1 and len(_opening_alerts(ctx)) == 1
    ctx.db.dispose()


def test_preferences_turn_it_on(qtbot, data_dir) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.actions import Act
    from tests.ui.helpers import open_main_window

    window = open_main_window(qtbot, data_dir)
    seen: list[bool] = []

    def turn_on(dialog: Any) -> None:
        seen.append(dialog.every_offer.isChecked())
        dialog.every_offer.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(turn_on)
    window.action(Act.PREFERENCES).trigger()
    qtbot.waitUntil(lambda: load_rules(window.ctx.db).every_offer_opening)
    assert seen == [False]
    # A click on the notice's notification (no company on the watchlist): the Alerts tab.
    window.open_event(-1, 10_000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Alerts"
