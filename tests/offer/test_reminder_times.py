"""Reminder times set in Preferences: saved in the database, used by the offer documents'
poll (real PDFs over a loopback mirror, a real SQLite file), each reminder alerted once,
also after a restart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop.context import AppContext
from desktop.domain.offer.calendar import HONG_KONG
from desktop.domain.offer.reminders import ReminderTimes, due
from desktop.services.alert_service import record_poll
from desktop.services.polling import poll_source
from desktop.sources import offer_documents
from desktop.store.alerts import (
    list_alerts,
    load_reminder_times,
    load_rules,
    save_alert_preferences,
)
from desktop.store.settings import ALL, OFFER_REMINDERS
from desktop.store.sources import read_settings
from desktop.store.tables import Company, Setting
from tests.mirror import mirror_fixture  # noqa: F401
from tests.offer.served import serve_offer
from tests.ui.helpers import open_main_window, when_modal

ENTRY = {
    "code": "02513",
    "issuer": "Example Atlas",
    "applications_close": "2026-01-05T12:00",
    "lockups": [{"group": "cornerstone investors", "last_day": "2026-07-07", "shares": 6450000}],
}


def hk(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Hong Kong moment of 2026, as UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=HONG_KONG).astimezone(UTC)


def test_times_are_read_tolerantly_and_declared_once() -> None:
    assert ReminderTimes.from_json(None) == ReminderTimes((24, 2), 7)
    assert ReminderTimes.from_json({"close_hours": [2, 48, 2], "lockup_days": 3}) == (
        ReminderTimes((48, 2), 3)
    )
    assert ReminderTimes.from_json({"close_hours": ["x"], "lockup_days": -1}) == ReminderTimes()
    assert ReminderTimes.from_json({"close_hours": [], "lockup_days": 0}) == ReminderTimes((), 0)
    assert ReminderTimes.from_json(ReminderTimes((6,), 1).to_json()) == ReminderTimes((6,), 1)
    assert OFFER_REMINDERS in ALL and OFFER_REMINDERS.key in offer_documents.SETTINGS
    assert OFFER_REMINDERS.default == ReminderTimes().to_json()


def test_no_lockup_reminder_at_zero_days_and_none_before_its_days() -> None:
    lockup = "02513:lockup:cornerstone investors:2026-07-07"
    assert [r.key for r in due(ENTRY, hk(7, 4, 9), lockup_days=3)] == [lockup]
    assert [r.key for r in due(ENTRY, hk(7, 3, 9), lockup_days=3)] == []
    assert [r.key for r in due(ENTRY, hk(7, 4, 9), lockup_days=0)] == []
    assert [r.key for r in due(ENTRY, hk(1, 5, 11), close_hours=())] == []


def _watch(db: Any) -> None:
    with db.write() as session:
        session.add(
            Company(name="Example Atlas Technology", name_zh="北京示例圖譜科技股份有限公司")
        )


def _poll(ctx: AppContext, monkeypatch: Any, moment: datetime) -> list[Any]:
    """One poll at `moment`, its new events recorded as alerts as the app does."""
    monkeypatch.setattr(offer_documents, "clock", lambda: moment)
    outcome = poll_source(ctx.db, "offer_documents", today=moment.date())
    assert outcome.ok, outcome.error
    record_poll(ctx.db, outcome.new_events, outcome.previous_success)
    return outcome.new_events


def test_the_poll_uses_the_saved_times_and_each_alerts_once_across_restarts(
    data_dir, mirror, monkeypatch
) -> None:
    ctx = AppContext(data_dir)
    ctx.db.migrate()
    with ctx.db.write() as session:
        session.add(Setting(key="seed_loaded", value=True))
    _watch(ctx.db)
    save_alert_preferences(ctx.db, load_rules(ctx.db), ReminderTimes((6, 1), 3))
    serve_offer(mirror, extra=False)
    _poll(ctx, monkeypatch, hk(1, 4, 9))  # reads the documents (the first run: silent)
    assert _poll(ctx, monkeypatch, hk(1, 4, 13)) == []  # no 24 h reminder any more
    [six] = _poll(ctx, monkeypatch, hk(1, 5, 6, 30))
    assert "close in 6 h" in six.title and "brokers close earlier" in six.title
    assert _poll(ctx, monkeypatch, hk(1, 5, 7)) == []
    ctx.db.dispose()

    ctx = AppContext(data_dir)  # the app started again
    assert load_reminder_times(ctx.db) == ReminderTimes((6, 1), 3)
    assert _poll(ctx, monkeypatch, hk(1, 5, 8)) == []
    [one] = _poll(ctx, monkeypatch, hk(1, 5, 11, 15))
    assert "close in 1 h" in one.title
    assert _poll(ctx, monkeypatch, hk(1, 5, 11, 30)) == []
    # Lock-ups remind three days ahead, not seven.
    assert _poll(ctx, monkeypatch, hk(7, 1, 10)) == []
    lockups = _poll(ctx, monkeypatch, hk(7, 4, 10))
    assert len(lockups) == 2 and {e.kind for e in lockups} == {"lockup_expiry"}
    ctx.db.dispose()

    ctx = AppContext(data_dir)
    assert _poll(ctx, monkeypatch, hk(7, 5, 10)) == []
    alerts = [a for a in list_alerts(ctx.db) if a.kind in ("listing_announcement", "lockup_expiry")]
    titles = sorted(a.title for a in alerts if a.kind == "listing_announcement")
    assert len(titles) == 2 and "close in 1 h" in titles[0] and "close in 6 h" in titles[1]
    assert len([a for a in alerts if a.kind == "lockup_expiry"]) == 2
    assert not any(a.read for a in alerts)  # told, not recorded as history
    ctx.db.dispose()


def test_preferences_save_the_times_the_poll_then_reads(qtbot, data_dir) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.actions import Act
    from desktop.ui.preferences import PreferencesDialog

    window = open_main_window(qtbot, data_dir)
    db = window.ctx.db
    assert load_reminder_times(db) == ReminderTimes((24, 2), 7)
    shown: list[tuple[int, int, int]] = []

    def choose(dialog: Any) -> None:
        assert isinstance(dialog, PreferencesDialog)
        shown.append(
            (dialog.close_first.value(), dialog.close_second.value(), dialog.lockup_days.value())
        )
        assert dialog.close_second.specialValueText() == "off"
        dialog.close_first.setValue(12)
        dialog.close_second.setValue(0)  # off
        dialog.lockup_days.setValue(14)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(choose)
    window.action(Act.PREFERENCES).trigger()
    qtbot.waitUntil(lambda: load_reminder_times(db) == ReminderTimes((12,), 14))
    assert shown == [(24, 2, 7)]
    stored = read_settings(db, offer_documents.SETTINGS)[OFFER_REMINDERS.key]
    assert ReminderTimes.from_json(stored) == ReminderTimes((12,), 14)


def test_the_setting_declares_the_rules_own_key_and_default() -> None:
    from desktop.domain.offer import reminders

    assert OFFER_REMINDERS.key == reminders.SETTING_KEY
    assert OFFER_REMINDERS.default == ReminderTimes().to_json()
