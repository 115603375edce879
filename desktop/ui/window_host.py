"""What the File-menu helpers (``company_actions``, ``data_files``) need of the window
they act for: the main window is one, and they need not import it.  Also the window's
parts that need not live in its module: its saved state, the Offers tab's builder and
what waits for the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.store import settings as keys
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


def fitted_size(width: int, height: int) -> QSize:
    """``width`` × ``height``, made smaller where the primary screen's free area is."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width()), min(height, free.height()))


def saved_header(window: Any) -> QByteArray | None:
    """The watchlist's header (its sort, the columns) as last saved."""
    value = window._settings().value(keys.WATCHLIST_HEADER.key)
    return value if isinstance(value, QByteArray) else None


def restore_state(window: Any) -> None:
    """The window's size and place and its splitter, as last saved (the watchlist's header
    is the pane's: ``saved_header``)."""
    settings = window._settings()
    for key, restore in (
        (keys.WINDOW_GEOMETRY.key, window.restoreGeometry),
        (keys.WINDOW_STATE.key, window.restoreState),
        (keys.WINDOW_SPLITTER.key, window.splitter.restoreState),
    ):
        value = settings.value(key)
        if isinstance(value, QByteArray):
            restore(value)
    sort = settings.value(keys.WATCHLIST_SORT.key)  # as versions before the header kept it
    if saved_header(window) is None and isinstance(sort, list) and len(sort) == 2:
        from PySide6.QtCore import Qt

        column, order = (int(x) for x in sort)
        window.table.sortByColumn(column, Qt.SortOrder(order))


def save_state(window: Any, *, splitter: bool) -> None:
    """What ``restore_state`` reads; the splitter only once the user dragged it.  The file
    is written only when something differs from what it holds."""
    settings = window._settings()
    values: dict[str, object] = {
        keys.WINDOW_GEOMETRY.key: window.saveGeometry(),
        keys.WINDOW_STATE.key: window.saveState(),
        keys.WATCHLIST_HEADER.key: window.pane.header_state(),
    }
    if splitter:
        values[keys.WINDOW_SPLITTER.key] = window.splitter.saveState()
    changed = [key for key, value in values.items() if settings.value(key) != value]
    for key in changed:
        settings.setValue(key, values[key])
    if settings.contains(keys.WATCHLIST_SORT.key):  # the header holds the sort now
        settings.remove(keys.WATCHLIST_SORT.key)
        changed.append(keys.WATCHLIST_SORT.key)
    if changed:
        settings.sync()


def build_offers(window: Any) -> QWidget:
    """The main window's Offers tab, built when first opened (its module loads then)."""
    from desktop.ui import offers_view

    return offers_view.build_offers(window)


def after_paint(window: Any) -> None:
    """What the main window's first paint need not wait for: File › Open document…, PDF
    drops, the help entries and the first-start note."""
    from desktop.ui import help_dialog, offers_view
    from desktop.ui.actions import HELP_MENU

    offers_view.install_document_opening(window)
    help_dialog.add_help_actions(window, window.menus[HELP_MENU])  # guide, glossary, keys
    window.first_start_note = help_dialog.show_first_start_note(window, window._settings())
