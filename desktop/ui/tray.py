"""The tray icon: unread count on the icon and in the tooltip, and its menu."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QSystemTrayIcon

from desktop import APP_NAME
from desktop.ui.icons import badge_icon


def tomorrow_morning(now: datetime) -> datetime:
    return (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)


class Tray(QObject):
    open_requested = Signal()
    poll_requested = Signal()
    quit_requested = Signal()
    pause_requested = Signal(object)  # datetime until which alerts are paused, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.menu = QMenu()
        self.open_action = self._action("Open " + APP_NAME, self.open_requested.emit)
        self.poll_action = self._action("Poll now", self.poll_requested.emit)
        self.menu.addSeparator()
        self.pause_hour = self._action(
            "Pause alerts for 1 hour",
            lambda: self.pause_requested.emit(datetime.now() + timedelta(hours=1)),
        )
        self.pause_day = self._action(
            "Pause alerts until tomorrow",
            lambda: self.pause_requested.emit(tomorrow_morning(datetime.now())),
        )
        self.resume = self._action("Resume alerts", lambda: self.pause_requested.emit(None))
        self.resume.setVisible(False)
        self.menu.addSeparator()
        self.quit_action = self._action("Quit", self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.unread = 0
        self.set_unread(0)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def set_unread(self, count: int) -> None:
        self.unread = count
        self.icon.setIcon(badge_icon(count))
        noun = "alert" if count == 1 else "alerts"
        self.icon.setToolTip(f"{APP_NAME} — {count} unread {noun}" if count else APP_NAME)

    def set_paused(self, until: datetime | None) -> None:
        self.resume.setVisible(until is not None)
        if until is not None:
            self.resume.setText(f"Resume alerts (paused until {until:%H:%M})")


class TrayNotifier(QObject):
    """Native notifications through QSystemTrayIcon.showMessage.  A click on the message
    opens the app at the event it announced (``clicked(company_id, event_id)``)."""

    clicked = Signal(int, int)

    def __init__(self, tray: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last: Any = None
        tray.messageClicked.connect(self._message_clicked)

    def show(self, notification: Any) -> None:
        self._last = notification
        self._tray.showMessage(
            notification.title,
            notification.body,
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

    def _message_clicked(self) -> None:
        note = self._last
        if note is None:
            return
        company_id = note.company_id if note.company_id is not None else -1
        event_id = note.event_id if note.event_id is not None else -1
        self.clicked.emit(company_id, event_id)


class InAppNotifier:
    """Where the system has no tray: alerts show in the status bar and the inbox."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self.status_bar = status_bar

    def show(self, notification: Any) -> None:
        self.status_bar.showMessage(f"{notification.title}: {notification.body}", 20_000)
