"""What the File-menu helpers (``company_actions``, ``data_files``) need of the window
they act for: the main window is one, and they need not import it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

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

    def quit_app(self) -> None: ...


def as_parent(host: WindowHost) -> QWidget:
    """The window as a dialog's parent."""
    assert isinstance(host, QWidget)
    return host
