"""Every action of the main window, declared once (text, keys, tip, menu), and the tabs.

The window makes one ``QAction`` per ``Act`` and binds it to its handler by name; menus
are built from ``MENUS``.  To add a command: a member of ``Act``, its ``ActionSpec`` in
``ACTIONS``, its place in ``MENUS`` and a handler in ``MainWindow.handlers``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum, auto

from PySide6.QtGui import QAction, QKeySequence

from desktop import APP_NAME

Keys = QKeySequence.StandardKey | str | None


class Tab(IntEnum):
    """The main window's tabs, in order."""

    WATCHLIST = 0
    PIPELINE = auto()
    SOURCES = auto()
    ALERTS = auto()
    CHARTS = auto()
    OFFERS = auto()

    @property
    def title(self) -> str:
        return self.name.capitalize()


class Act(Enum):
    ADD_COMPANY = auto()
    EDIT_COMPANY = auto()
    DELETE_COMPANY = auto()
    IMPORT = auto()
    EXPORT_WATCHLIST = auto()
    EXPORT_EVENTS = auto()
    EXPORT_CALENDAR = auto()
    BACKUPS = auto()
    PREFERENCES = auto()
    QUIT = auto()
    FILTER = auto()
    REFRESH = auto()
    NEXT_TAB = auto()
    PREVIOUS_TAB = auto()
    SHOW_WATCHLIST = auto()
    SHOW_PIPELINE = auto()
    SHOW_SOURCES = auto()
    SHOW_ALERTS = auto()
    SHOW_CHARTS = auto()
    SHOW_OFFERS = auto()
    POLL_ALL = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str
    keys: Keys = None
    # Where the platform has no standard key for ``keys`` (Preferences on Linux, say).
    fallback: str | None = None
    tip: str = ""
    role: QAction.MenuRole | None = None
    needs_selection: bool = False  # enabled only while a company is selected


ACTIONS: dict[Act, ActionSpec] = {
    Act.ADD_COMPANY: ActionSpec(
        "&Add company…", QKeySequence.StandardKey.New, tip="Add a company to the watchlist"
    ),
    Act.EDIT_COMPANY: ActionSpec(
        "&Edit company…", "Ctrl+E", tip="Edit the selected company", needs_selection=True
    ),
    Act.DELETE_COMPANY: ActionSpec(
        "&Delete company…",
        QKeySequence.StandardKey.Delete,
        tip="Remove the selected company from the watchlist",
        needs_selection=True,
    ),
    Act.IMPORT: ActionSpec("&Import watchlist…"),
    Act.EXPORT_WATCHLIST: ActionSpec("Export &watchlist…"),
    Act.EXPORT_EVENTS: ActionSpec("Export &events…"),
    Act.EXPORT_CALENDAR: ActionSpec("Export key &dates (.ics)…"),
    Act.BACKUPS: ActionSpec("&Backups…", tip="Back up now or restore an earlier backup"),
    Act.PREFERENCES: ActionSpec(
        "&Preferences…",
        QKeySequence.StandardKey.Preferences,
        fallback="Ctrl+,",
        tip="Alerts, quiet hours, start at login",
        role=QAction.MenuRole.PreferencesRole,
    ),
    Act.QUIT: ActionSpec("&Quit", QKeySequence.StandardKey.Quit, fallback="Ctrl+Q"),
    Act.FILTER: ActionSpec("&Filter", QKeySequence.StandardKey.Find, tip="Filter the watchlist"),
    Act.REFRESH: ActionSpec(
        "&Refresh", QKeySequence.StandardKey.Refresh, fallback="F5", tip="Reload the watchlist"
    ),
    Act.NEXT_TAB: ActionSpec("&Next tab", "Ctrl+Tab", tip="Show the next tab"),
    Act.PREVIOUS_TAB: ActionSpec("Pre&vious tab", "Ctrl+Shift+Tab", tip="Show the previous tab"),
    Act.SHOW_WATCHLIST: ActionSpec("&Watchlist", "Ctrl+1", tip="The companies you follow"),
    Act.SHOW_PIPELINE: ActionSpec("&Pipeline", "Ctrl+2", tip="Every Hong Kong applicant seen"),
    Act.SHOW_SOURCES: ActionSpec("&Sources", "Ctrl+3", tip="Source health and schedule"),
    Act.SHOW_ALERTS: ActionSpec("&Alerts", "Ctrl+4", tip="Every alert, read and unread"),
    Act.SHOW_CHARTS: ActionSpec(
        "&Charts", "Ctrl+5", tip="The Hong Kong IPO market, companies compared"
    ),
    Act.SHOW_OFFERS: ActionSpec(
        "&Offers", "Ctrl+6", tip="Hong Kong IPOs: open now, listing soon, lock-ups ending"
    ),
    Act.POLL_ALL: ActionSpec(
        "&Poll all sources now", "Ctrl+R", tip="Ask every enabled source for news now"
    ),
    Act.ABOUT: ActionSpec(f"&About {APP_NAME}"),
}

SHOW_TAB: dict[Act, Tab] = {
    Act.SHOW_WATCHLIST: Tab.WATCHLIST,
    Act.SHOW_PIPELINE: Tab.PIPELINE,
    Act.SHOW_SOURCES: Tab.SOURCES,
    Act.SHOW_ALERTS: Tab.ALERTS,
    Act.SHOW_CHARTS: Tab.CHARTS,
    Act.SHOW_OFFERS: Tab.OFFERS,
}

HELP_MENU = "&Help"  # help_dialog adds the guide, the glossary and the shortcuts to it

# The menu bar: each menu's title and its actions (None: a separator).
MENUS: tuple[tuple[str, tuple[Act | None, ...]], ...] = (
    (
        "&File",
        (
            Act.ADD_COMPANY,
            Act.EDIT_COMPANY,
            Act.DELETE_COMPANY,
            None,
            Act.IMPORT,
            Act.EXPORT_WATCHLIST,
            Act.EXPORT_EVENTS,
            Act.EXPORT_CALENDAR,
            None,
            Act.BACKUPS,
            None,
            Act.PREFERENCES,
            None,
            Act.QUIT,
        ),
    ),
    (
        "&View",
        (
            Act.FILTER,
            Act.REFRESH,
            None,
            *SHOW_TAB,
            None,
            Act.NEXT_TAB,
            Act.PREVIOUS_TAB,
        ),
    ),
    ("&Sources", (Act.POLL_ALL,)),
    (HELP_MENU, (Act.ABOUT,)),
)


def key_sequence(spec: ActionSpec) -> QKeySequence | None:
    """The action's key: the platform's standard one, else the fallback."""
    if spec.keys is None:
        return QKeySequence(spec.fallback) if spec.fallback else None
    if isinstance(spec.keys, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(spec.keys)
        if bindings:
            return bindings[0]
        return QKeySequence(spec.fallback) if spec.fallback else None
    return QKeySequence(spec.keys)


def make_action(spec: ActionSpec, parent: object) -> QAction:
    action = QAction(spec.text, parent)  # type: ignore[call-overload]
    keys = key_sequence(spec)
    if keys is not None:
        action.setShortcut(keys)
    action.setStatusTip(spec.tip)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action
