"""Driving modal dialogs from tests: act on the dialog once it is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(action: Callable[[Any], None], tries: int = 200) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is showing."""

    def poll(left: int = tries) -> None:
        dialog: QWidget | None = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            action(dialog)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
