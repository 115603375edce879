"""Notices that the calendar day changed while the app kept running.

Stages depend on the date as well as on events: "days in stage" grows, and an
application proof lapses six months after filing with no event to say so.  The app stays
in the tray for months, so what start-up computes from today must be computed again when
today changes.  A one-minute check of the local date is all it takes, and it also notices
a day that passed while the machine slept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_EVERY_MS = 60_000


class DayWatcher(QObject):
    new_day = Signal(object)  # the new date

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.day = today()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> bool:
        """Emit ``new_day`` if the date changed since the last check; True if it did."""
        now = self._today()
        if now == self.day:
            return False
        self.day = now
        self.new_day.emit(now)
        return True
