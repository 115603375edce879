"""The tray icon: unread count on the icon and in the tooltip, a pause mark while alerts
are paused, and its menu (with "Show alerts (N)")."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QStatusBar, QSystemTrayIcon

from desktop import APP_NAME
from desktop.ui.icons import badge_icon


def tomorrow_morning(now: datetime) -> datetime:
    return (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)


class TrayIcon(QSystemTrayIcon):
    """The system tray icon; remembers the last message shown, so a click on a message
    can be told apart from a click on an alert (see ``services.notifier``)."""

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(icon, parent)
        self.last_message: tuple[str, str] | None = None

    def showMessage(self, title: str, body: str, *args: Any) -> None:  # type: ignore[override]
        self.last_message = (title, body)
        super().showMessage(title, body, *args)


def paused_icon(icon: QIcon, size: int = 64) -> QIcon:
    """``icon`` dimmed, with a pause mark in the lower left corner."""
    pixmap = QPixmap(icon.pixmap(size, size))
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#1f6fd1"))
    dimmed = QPixmap(pixmap.size())
    dimmed.fill(Qt.GlobalColor.transparent)
    painter = QPainter(dimmed)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(0.55)
    painter.drawPixmap(0, 0, pixmap)
    painter.setOpacity(1.0)
    side = size * 0.5
    box = QRectF(0, size - side, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#37474f"))
    painter.drawEllipse(box)
    painter.setBrush(QColor("white"))
    bar_w, bar_h = side * 0.14, side * 0.46
    top = box.center().y() - bar_h / 2
    for x in (box.center().x() - bar_w * 1.6, box.center().x() + bar_w * 0.6):
        painter.drawRect(QRectF(x, top, bar_w, bar_h))
    painter.end()
    return QIcon(dimmed)


class Tray(QObject):
    open_requested = Signal()
    alerts_requested = Signal()  # "Show alerts (N)": the window at the Alerts tab
    poll_requested = Signal()
    quit_requested = Signal()
    pause_requested = Signal(object)  # datetime until which alerts are paused, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = TrayIcon(badge_icon(0), self)
        self.menu = QMenu()
        self.open_action = self._action(
            self.tr("Open IPO Pipeline Watch"), self.open_requested.emit
        )
        self.alerts_action = self._action(self.tr("Show alerts"), self.alerts_requested.emit)
        self.poll_action = self._action(self.tr("Poll now"), self.poll_requested.emit)
        self.menu.addSeparator()
        self.pause_hour = self._action(
            self.tr("Pause alerts for 1 hour"),
            lambda: self.pause_requested.emit(datetime.now() + timedelta(hours=1)),
        )
        self.pause_day = self._action(
            self.tr("Pause alerts until tomorrow"),
            lambda: self.pause_requested.emit(tomorrow_morning(datetime.now())),
        )
        self.resume = self._action(
            self.tr("Resume alerts"), lambda: self.pause_requested.emit(None)
        )
        self.resume.setVisible(False)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested.emit)  # any message: the window
        self.unread = 0
        self.paused_until: datetime | None = None
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
        self._refresh()

    def set_paused(self, until: datetime | None) -> None:
        self.paused_until = until
        self.resume.setVisible(until is not None)
        if until is not None:
            self.resume.setText(
                self.tr("Resume alerts (paused until {time})").format(time=f"{until:%H:%M}")
            )
        self._refresh()

    def _refresh(self) -> None:
        """Icon, tool tip and the alerts action from the unread count and the pause."""
        count, until = self.unread, self.paused_until
        icon = badge_icon(count)
        tip = APP_NAME
        if count:  # the English source itself has "(s)": "1 unread alert", "2 … alerts"
            tip = self.tr("IPO Pipeline Watch — %n unread alert(s)", "", count)
            tip = tip.replace("(s)", "" if count == 1 else "s")
        if until is not None:
            icon = paused_icon(icon)
            tip += "\n" + self.tr("Alerts paused until {moment}").format(
                moment=f"{until:%Y-%m-%d %H:%M}"
            )
        self.icon.setIcon(icon)
        self.icon.setToolTip(tip)
        shown = self.tr("Show alerts ({count})").format(count=count)
        self.alerts_action.setText(shown if count else self.tr("Show alerts"))


class TrayNotifier(QObject):
    """Native notifications through QSystemTrayIcon.showMessage.  A click on the message
    opens the app at the event it announced (``clicked(company_id, event_id)``; a digest
    gives -1, -1).  A click on another message the icon showed since (e.g. "still running
    in the tray") is not taken for the alert."""

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
        shown = getattr(self._tray, "last_message", None)
        if shown is not None and shown != (note.title, note.body):
            return  # the click was on a later message that was not this alert
        company_id = note.company_id if note.company_id is not None else -1
        event_id = note.event_id if note.event_id is not None else -1
        self.clicked.emit(company_id, event_id)


class InAppNotifier:
    """Where the system has no tray: alerts show in the status bar and the inbox."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self.status_bar = status_bar

    def show(self, notification: Any) -> None:
        self.status_bar.showMessage(
            QCoreApplication.translate("Tray", "{title}: {body}").format(
                title=notification.title, body=notification.body
            ),
            20_000,
        )
