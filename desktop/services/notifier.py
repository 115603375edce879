"""Where notifications go: the tray icon's native messages, or a recorder in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal


class Notifier(Protocol):
    def show(self, notification: Any) -> None: ...


@dataclass
class RecordingNotifier:
    """Keeps what it would show (title, body, target) — for tests and for the log."""

    shown: list[Any] = field(default_factory=list)

    def show(self, notification: Any) -> None:
        self.shown.append(notification)


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
        from PySide6.QtWidgets import QSystemTrayIcon

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
