"""A bare PySide6 window, frozen with the app's options to measure what Qt alone weighs.

``bare-hello --smoke`` shows the window offscreen and quits once it has painted.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello from PySide6")
label.resize(240, 80)
label.show()
if "--smoke" in sys.argv:
    QTimer.singleShot(0, lambda: (print("ok: window", flush=True), app.quit()))
sys.exit(app.exec())
