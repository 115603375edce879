"""On a team database each person has their own read and delivered state of the shared
alerts: reading, marking everything read or being notified on one desktop changes
nothing for a teammate; a silent baseline is read for everyone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.context import AppContext
from desktop.domain.alert_rules import AlertRules
from desktop.store.alerts import (
    list_alerts,
    mark_all_read,
    mark_delivered,
    record_alerts,
    undelivered,
    unread_count,
)
from tests.store.test_alerts import add_event, company_ids


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_each_person_reads_and_is_notified_on_their_own(ctx: Any, tmp_path: Path) -> None:
    ctx.db.person = "anna@home"
    ben = AppContext(tmp_path / "desk-b", database=ctx.database_url)
    ben.db.person = "ben@office"
    try:
        mech = company_ids(ctx.db)["Mech-Mind Robotics Technologies"]
        history = [add_event(ctx.db, mech) for _ in range(2)]
        record_alerts(ctx.db, history, AlertRules(), baseline=True)
        news = [add_event(ctx.db, mech) for _ in range(3)]
        created = record_alerts(ctx.db, news, AlertRules())
        assert len(created) == 3
        # The baseline is read for everyone; the news is unread for both.
        assert unread_count(ctx.db) == unread_count(ben.db) == 3

        mark_delivered(ctx.db, created[:2])
        assert [a.id for a in undelivered(ctx.db)] == created[2:]
        assert [a.id for a in undelivered(ben.db)] == created

        mark_all_read(ctx.db)
        assert unread_count(ctx.db) == 0
        assert unread_count(ben.db) == 3
        assert all(a.read for a in list_alerts(ctx.db))
        assert [a.read for a in list_alerts(ben.db, unread_only=True)] == [False] * 3
        assert len(list_alerts(ben.db)) == 5
        mark_all_read(ctx.db)  # again: nothing changes, nothing fails
        assert unread_count(ctx.db) == 0
    finally:
        ben.db.dispose()


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_click_on_a_notification_marks_it_read_for_that_person_only(
    ctx: Any, tmp_path: Path
) -> None:
    from desktop.store.alert_reads import mark_event_read

    ctx.db.person = "anna@home"
    ben = AppContext(tmp_path / "desk-b", database=ctx.database_url)
    ben.db.person = "ben@office"
    try:
        mech = company_ids(ctx.db)["Mech-Mind Robotics Technologies"]
        news = add_event(ctx.db, mech)
        assert record_alerts(ctx.db, [news], AlertRules())

        assert mark_event_read(ctx.db, news.id) == 1  # Anna opens the notification
        assert unread_count(ctx.db) == 0
        assert unread_count(ben.db) == 1
        assert [a.read for a in list_alerts(ben.db)] == [False]
        assert mark_event_read(ctx.db, news.id) == 0  # already read: nothing changes
        assert mark_event_read(ben.db, news.id) == 1
        assert unread_count(ben.db) == 0
    finally:
        ben.db.dispose()
