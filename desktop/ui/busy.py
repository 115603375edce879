"""Work off the GUI thread behind a busy dialog, and the wait cursor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget


class WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def in_background(parent: QWidget | None, text: str, func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)`` on a worker thread; meanwhile the window keeps painting behind a
    window-modal busy dialog (shown if it takes more than half a second), so a
    seconds-long export neither freezes it nor lets another action start.  Returns
    what ``func`` returned, or raises what it raised."""
    from desktop.services.tasks import run_task

    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    busy = QProgressDialog(parent)  # no range: a busy bar
    busy.setLabelText(text)
    busy.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
    busy.setRange(0, 0)
    busy.setWindowTitle(text.rstrip("…"))
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    shown_later = QTimer(busy)  # (the dialog's own delay starts only with a value)
    shown_later.setSingleShot(True)
    shown_later.timeout.connect(busy.show)
    shown_later.start(500)

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    run_task(
        func,
        *args,
        on_done=lambda value: finish("value", value),
        on_error=lambda exc: finish("error", exc),
    )
    with WaitCursor():
        loop.exec()
    shown_later.stop()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
