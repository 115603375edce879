"""APScheduler 3.x on the Qt event loop, with the fixes polling needs.

- ``QtScheduler`` in 3.11 keeps the return value of the static ``QTimer.singleShot``
  (None), so it can never cancel a pending wake-up and every ``wakeup()`` adds one.
  ``FixedQtScheduler`` owns one QTimer and re-arms it; wake-ups asked for from worker
  threads are carried to the GUI thread by a queued signal.
- The defaults (misfire_grace_time=1, coalesce) would drop a run missed during sleep;
  our jobs use ``misfire_grace_time=None`` and ``coalesce=True``: a missed run runs
  once.  ``max_instances=1`` keeps two runs of one source apart.
- A machine that slept is noticed by a wall-clock jump against the monotonic clock,
  and the scheduler is woken so that what fell due runs at once.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

MAX_QT_INTERVAL_MS = 2_147_483_647


class _Waker(QObject):
    wake = Signal(float)


class FixedQtScheduler(BaseScheduler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._process_jobs)
        self._waker = _Waker()
        self._waker.wake.connect(self._arm)  # queued when emitted from another thread
        super().__init__(*args, **kwargs)

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        super().shutdown(*args, **kwargs)
        self._waker.wake.emit(-1.0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._waker.wake.emit(-1.0 if wait_seconds is None else float(wait_seconds))

    def _arm(self, wait_seconds: float) -> None:
        self._timer.stop()
        if wait_seconds >= 0:
            self._timer.start(min(int(wait_seconds * 1000), MAX_QT_INTERVAL_MS))

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> float | None:  # type: ignore[override]
        wait_seconds = super()._process_jobs()
        self._start_timer(wait_seconds)
        return wait_seconds

    @property
    def pending_wakeups(self) -> int:
        """1 when a wake-up is armed, else 0 (there is never more than one)."""
        return 1 if self._timer.isActive() else 0


class SleepWatcher(QObject):
    """Emits ``resumed`` when the wall clock jumped ahead of the monotonic clock
    (the machine slept, or the clock was set forward)."""

    resumed = Signal(float)

    def __init__(
        self, interval_ms: int = 30_000, threshold_s: float = 60.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._threshold = threshold_s
        self._mark = (time.monotonic(), time.time())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        mono, wall = time.monotonic(), time.time()
        gap = (wall - self._mark[1]) - (mono - self._mark[0])
        self._mark = (mono, wall)
        if gap > self._threshold:
            log.info("wall clock jumped %.0f s ahead: waking the scheduler", gap)
            self.resumed.emit(gap)
