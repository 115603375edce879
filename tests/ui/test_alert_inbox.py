from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.alert_rules import AlertRules
from desktop.store.alerts import list_alerts, record_alerts, unread_count
from desktop.ui.alert_inbox import (
    COL_COMPANY,
    COL_KIND,
    COL_LINK,
    EMPTY_TEXT,
    READING_TEXT,
    AlertInbox,
)
from tests.store.test_alerts import add_event, company_ids


def seed_alerts(db) -> dict[str, int]:
    ids = company_ids(db)
    events = [
        add_event(db, ids["Mech-Mind Robotics Technologies"], "application_proof"),
        add_event(db, ids["MiniMax"], "listed", title="Listed on the Main Board"),
        add_event(db, ids["MiniMax"], "phip", title="PHIP"),
    ]
    record_alerts(db, events, AlertRules())
    return ids


def open_inbox(qtbot, db, rows: int) -> AlertInbox:
    inbox = AlertInbox(db)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == rows and inbox.company_combo.count() > 1)
    return inbox


def test_empty_state(qtbot, ctx) -> None:
    inbox = AlertInbox(ctx.db)
    qtbot.addWidget(inbox)
    assert inbox.empty_label.text() == READING_TEXT  # not "no alerts" before it knows
    with qtbot.waitSignal(inbox.unread_changed) as blocker:
        inbox.refresh()
    assert blocker.args == [0]
    # (The first of the two reads may be the one that said so: the newer one shows.)
    qtbot.waitUntil(lambda: inbox.empty_label.text() == EMPTY_TEXT)
    assert inbox.stack.currentWidget() is inbox.empty_label


def test_shows_alerts_bold_when_unread(qtbot, ctx) -> None:
    seed_alerts(ctx.db)
    inbox = open_inbox(qtbot, ctx.db, 3)
    assert inbox.stack.currentWidget() is inbox.table
    model = inbox.model
    assert model.index(0, COL_COMPANY).data() == "MiniMax"
    assert model.index(0, COL_KIND).data() == "Post Hearing Information Pack"
    assert model.index(2, COL_COMPANY).data() == "Mech-Mind Robotics Technologies"
    assert model.index(0, COL_LINK).data() == "Open document ↗"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_filters(qtbot, ctx) -> None:
    ids = seed_alerts(ctx.db)
    inbox = open_inbox(qtbot, ctx.db, 3)
    inbox.company_combo.setCurrentIndex(inbox.company_combo.findData(ids["MiniMax"]))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2)
    inbox.kind_combo.setCurrentIndex(inbox.kind_combo.findData("listed"))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    assert inbox.visible_alerts()[0].title == "Listed on the Main Board"
    inbox.company_combo.setCurrentIndex(0)
    inbox.kind_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3)

    first = list_alerts(ctx.db)[0]
    assert not inbox.mark_read_button.isEnabled()  # nothing selected
    inbox.table.selectRow(0)
    assert inbox.mark_read_button.isEnabled()
    inbox.mark_selected_read()
    qtbot.waitUntil(lambda: unread_count(ctx.db) == 2)
    # Read now, no longer bold; updated in place, so still selected.
    qtbot.waitUntil(lambda: not inbox.model.index(0, 0).data(Qt.ItemDataRole.FontRole))
    assert [a.id for a in inbox.selected_alerts()] == [first.id]
    assert not inbox.mark_read_button.isEnabled()  # the selection is read
    inbox.unread_check.setChecked(True)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2)
    assert first.id not in {a.id for a in inbox.visible_alerts()}


def test_mark_all_read_updates_unread_count(qtbot, ctx) -> None:
    seed_alerts(ctx.db)
    inbox = open_inbox(qtbot, ctx.db, 3)
    with qtbot.waitSignal(inbox.unread_changed, check_params_cb=lambda n: n == 0):
        inbox.mark_all_button.click()
    assert unread_count(ctx.db) == 0
    qtbot.waitUntil(lambda: not inbox.model.index(0, 0).data(Qt.ItemDataRole.FontRole))


def test_double_click_marks_read_and_opens_event(qtbot, ctx) -> None:
    ids = seed_alerts(ctx.db)
    inbox = open_inbox(qtbot, ctx.db, 3)
    newest = inbox.visible_alerts()[0]
    with (
        qtbot.waitSignal(inbox.unread_changed, check_params_cb=lambda n: n == 2),
        qtbot.waitSignal(inbox.open_event) as opened,
    ):
        cell = inbox.table.visualRect(inbox.model.index(0, COL_COMPANY)).center()
        qtbot.mouseClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [ids["MiniMax"], newest.event_id]
    assert unread_count(ctx.db) == 2
