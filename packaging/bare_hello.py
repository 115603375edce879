"""A bare PySide6 + pyqtgraph window, frozen with the app's options to measure what Qt,
numpy and pyqtgraph alone weigh (the yardstick of ``benchmarks/bundle.py``).

``bare-hello --smoke`` shows a plot offscreen and quits once it has painted.
"""

import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)
plot = pg.PlotWidget(title="Hello from PySide6 + pyqtgraph")
plot.plot(np.arange(5.0), np.arange(5.0) ** 2)
plot.resize(320, 200)
plot.show()
if "--smoke" in sys.argv:
    QTimer.singleShot(0, lambda: (print("ok: window", flush=True), app.quit()))
sys.exit(app.exec())
