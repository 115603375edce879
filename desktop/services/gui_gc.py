"""Python's cyclic garbage collector, run on the GUI thread only.

Qt objects that end up in reference cycles (pyqtgraph items, closures holding widgets)
are freed whenever the collector happens to run — on whatever thread triggered it.  A
background task's allocation can then destroy a GUI object off the GUI thread, and Qt
crashes.  So automatic collection is switched off and a timer on the GUI thread
collects instead, with the same generation thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the oldest generation whose threshold is exceeded; objects freed.
        Not while a poll runs (see ``desktop.services.collector``)."""
        from desktop.services import collector

        if collector.is_paused():
            return 0
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
