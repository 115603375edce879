"""Where notifications go: anything with ``show(notification)`` — the tray's native
messages (``ui/tray.py``), the status bar, or a recorder in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class Notifier(Protocol):
    def show(self, notification: Any) -> None: ...


@dataclass
class RecordingNotifier:
    """Keeps what it would show (title, body, target) — for tests and for the log."""

    shown: list[Any] = field(default_factory=list)

    def show(self, notification: Any) -> None:
        self.shown.append(notification)
