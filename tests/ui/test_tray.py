"""The tray: "Show alerts (N)", the paused mark on the icon, message clicks that open
the right thing, and a notification click that marks its alert read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.domain.alert_rules import Notification


def _image(icon):
    return icon.pixmap(64, 64).toImage()


def test_menu_shows_alerts_with_the_count_and_the_icon_shows_a_pause(qtbot) -> None:
    from desktop.ui.icons import badge_icon
    from desktop.ui.tray import Tray

    tray = Tray()
    assert tray.alerts_action.text() == "Show alerts"
    tray.set_unread(3)
    assert tray.alerts_action.text() == "Show alerts (3)"
    with qtbot.waitSignal(tray.alerts_requested):
        tray.alerts_action.trigger()

    plain = _image(badge_icon(3))
    assert _image(tray.icon.icon()) == plain
    tray.set_paused(datetime(2026, 12, 4, 18, 30))
    assert _image(tray.icon.icon()) != plain  # dimmed, with a pause mark
    assert "Alerts paused until 2026-12-04 18:30" in tray.icon.toolTip()
    assert tray.resume.text() == "Resume alerts (paused until 18:30)"
    tray.set_unread(4)  # still paused after the count changes
    assert "paused" in tray.icon.toolTip()
    tray.set_paused(None)
    assert _image(tray.icon.icon()) == _image(badge_icon(4))
    assert "paused" not in tray.icon.toolTip()


def test_a_later_plain_message_is_not_taken_for_the_alert(qtbot) -> None:
    from desktop.ui.tray import Tray, TrayNotifier

    tray = Tray()
    notifier = TrayNotifier(tray.icon)
    clicks: list[tuple[int, int]] = []
    notifier.clicked.connect(lambda c, e: clicks.append((c, e)))
    opened: list[bool] = []
    tray.open_requested.connect(lambda: opened.append(True))

    notifier.show(Notification("Zhipu", "Application Proof filed", (7,), 3, 7))
    tray.icon.messageClicked.emit()
    assert clicks == [(3, 7)]

    tray.icon.showMessage("IPO Pipeline Watch", "Still watching in the tray.")
    tray.icon.messageClicked.emit()
    assert clicks == [(3, 7)]  # not the last alert's company again
    assert len(opened) == 2  # the window opens either way


def test_a_notification_click_marks_its_alert_read(qtbot, data_dir: Path) -> None:
    from sqlmodel import select

    from desktop.app import prepare_database
    from desktop.context import AppContext
    from desktop.store.alerts import unread_count
    from desktop.store.fastread import load_watchlist
    from desktop.store.tables import Alert, Event
    from desktop.ui.main_window import MainWindow

    ctx = AppContext(data_dir)
    prepare_database(ctx)
    with ctx.db.write() as session:
        event = session.exec(select(Event).where(Event.company_id.is_not(None))).first()  # type: ignore[union-attr]
        assert event is not None
        session.add(Alert(event_id=event.id, company_id=event.company_id))
        event_id, company_id = int(event.id), int(event.company_id)  # type: ignore[arg-type]
    assert unread_count(ctx.db) == 1
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(window)
    window.show()
    window.open_event(company_id, event_id)
    qtbot.waitUntil(lambda: unread_count(ctx.db) == 0)
    window.open_event(-1, -1)  # a digest: the Alerts tab
    assert window.tabs.currentIndex() == 3
