from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.offer.reminders import due

ENTRY = {
    "code": "02513",
    "issuer": "Example Atlas",
    "applications_close": "2026-01-05T12:00",
    "listing": "2026-01-08T09:00",
    "entry_fee": 11737.19,
    "offer_price": 116.2,
    "lockups": [{"group": "cornerstone investors", "last_day": "2026-07-07", "shares": 6450000}],
}


def hk(y, m, d, h, mi=0):
    return (
        datetime(y, m, d, h - 8, mi, tzinfo=UTC)
        if h >= 8
        else datetime(y, m, d - 1, h + 16, mi, tzinfo=UTC)
    )


def keys(now):
    return [r.key for r in due(ENTRY, now)]


def test_close_reminders_nearest_only_and_not_late():
    assert keys(hk(2026, 1, 4, 11)) == []
    assert keys(hk(2026, 1, 4, 12)) == ["02513:close:24"]
    assert keys(hk(2026, 1, 5, 10, 30)) == ["02513:close:2"]
    assert keys(hk(2026, 1, 5, 12)) == []  # closed
    [reminder] = due(ENTRY, hk(2026, 1, 5, 10, 30))
    assert "brokers close earlier" in reminder.title and "11,737.19" in reminder.title


def test_listing_day_and_lockup_ahead():
    assert keys(hk(2026, 1, 8, 8)) == ["02513:listing"]
    assert keys(hk(2026, 6, 29, 23)) == []
    assert keys(hk(2026, 6, 30, 9)) == ["02513:lockup:cornerstone investors:2026-07-07"]
    assert keys(hk(2026, 7, 8, 9)) == []


def test_adjustable_hours():
    assert [r.key for r in due(ENTRY, hk(2026, 1, 5, 6), close_hours=(6,))] == ["02513:close:6"]
