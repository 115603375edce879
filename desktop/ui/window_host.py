"""What the File-menu helpers (``company_actions``, ``data_files``) need of the window
they act for: the main window is one, and they need not import it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.store.fastread import WatchlistRow
from desktop.ui.watchlist_model import WatchlistModel

if TYPE_CHECKING:
    from desktop.services.poller import Poller
    from desktop.ui.tray import Tray


class WindowHost(Protocol):
    ctx: AppContext
    poller: Poller | None
    tray: Tray | None

    @property
    def model(self) -> WatchlistModel: ...

    def selected_row(self) -> WatchlistRow | None: ...

    def refresh(self, select_id: int | None = None) -> None: ...

    def show_message(self, text: str, ms: int = 5000) -> None: ...


def as_parent(host: WindowHost) -> QWidget:
    """The window as a dialog's parent."""
    assert isinstance(host, QWidget)
    return host


def fitted_size(width: int, height: int) -> QSize:
    """``width`` × ``height``, made smaller where the primary screen's free area is."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width()), min(height, free.height()))
