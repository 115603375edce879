"""The app's main window as the benchmarks run it: set up as ``desktop/app.py`` sets it up
(the GIL switch interval, the garbage collector on the GUI thread), shown and painted."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIRST_PAINT_TIMEOUT_S = 10.0


def open_window(
    data_dir: Path, *, services: bool = False
) -> tuple[Any, Any, Any, Callable[[float], None]]:
    """(app, context, window, spin) with the window painted.  ``services``: start what
    the app starts after the first paint (tray, alerts, polling); otherwise only do what
    that start does to the collector.  ``spin(seconds)`` runs the event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.services.gui_gc import GuiThreadCollector, freeze_startup
    from desktop.services.gui_thread import favour_gui_thread
    from desktop.store.fastread import load_watchlist
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    favour_gui_thread()
    GuiThreadCollector(parent=app)  # kept alive by its parent, the application
    ctx = AppContext(data_dir)
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def spin(seconds: float) -> None:
        timer.start(int(seconds * 1000))
        loop.exec()
        timer.stop()  # (when something else ended the loop first)

    window.first_painted.connect(loop.quit)
    window.show()
    spin(FIRST_PAINT_TIMEOUT_S)  # returns at the first paint
    window.first_painted.disconnect(loop.quit)
    if services:
        from desktop.app import after_first_paint

        after_first_paint(ctx, window)
    else:
        freeze_startup()  # as after_first_paint does
    return app, ctx, window, spin


def report(line: str) -> None:
    """Print the result line and leave at once: Qt's and the thread pools' teardown
    adds nothing to the figures."""
    print(line, flush=True)
    sys.stdout.flush()
    os._exit(0)
