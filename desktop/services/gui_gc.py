"""Python's cyclic garbage collector, run on the GUI thread only.

Qt objects that end up in reference cycles (pyqtgraph items, closures holding widgets)
are freed whenever the collector happens to run — on whatever thread triggered it.  A
background task's allocation can then destroy a GUI object off the GUI thread, and Qt
crashes.  So automatic collection is switched off and a timer on the GUI thread
collects instead: young generations when their thresholds are passed, the full heap at
most every few minutes (a full scan of a large heap holds the GUI thread for 0.1 s or
more), and nothing while a poll runs.  What start-up built is frozen out of the
collector's way once the window is up.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

FULL_COLLECTION_EVERY_S = 300.0


class GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect what is due; returns the number of objects freed."""
        from desktop.services import collector

        if collector.is_paused():
            return 0
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0] and counts[1] <= self.thresholds[1]:
            return 0
        now = time.monotonic()
        if counts[2] > self.thresholds[2] and now - self._last_full > FULL_COLLECTION_EVERY_S:
            self._last_full = now
            return gc.collect(2)
        return gc.collect(1 if counts[1] > self.thresholds[1] else 0)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def freeze_startup() -> None:
    """Once the app is up: what start-up built (modules, the window) lives as long as the
    app, so full collections need not scan it again."""
    gc.collect()
    gc.freeze()
