"""Every action of the main window, declared once (text, keys, tip, menu), and the tabs.

The window makes one ``QAction`` per ``Act`` and binds it to its handler by name; menus
are built from ``MENUS``.  To add a command: a member of ``Act``, its ``ActionSpec`` in
``ACTIONS``, its place in ``MENUS`` and a handler in ``MainWindow.handlers``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.domain.i18n import QT_TRANSLATE_NOOP

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
        """The tab's title in the interface language."""
        return QCoreApplication.translate("Tabs", _TAB_TITLES[self])


_TAB_TITLES = {
    Tab.WATCHLIST: QT_TRANSLATE_NOOP("Tabs", "Watchlist"),
    Tab.PIPELINE: QT_TRANSLATE_NOOP("Tabs", "Pipeline"),
    Tab.SOURCES: QT_TRANSLATE_NOOP("Tabs", "Sources"),
    Tab.ALERTS: QT_TRANSLATE_NOOP("Tabs", "Alerts"),
    Tab.CHARTS: QT_TRANSLATE_NOOP("Tabs", "Charts"),
    Tab.OFFERS: QT_TRANSLATE_NOOP("Tabs", "Offers"),
}


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
        QT_TRANSLATE_NOOP("Actions", "&Add company…"),
        QKeySequence.StandardKey.New,
        tip=QT_TRANSLATE_NOOP("Actions", "Add a company to the watchlist"),
    ),
    Act.EDIT_COMPANY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Edit company…"),
        "Ctrl+E",
        tip=QT_TRANSLATE_NOOP("Actions", "Edit the selected company"),
        needs_selection=True,
    ),
    Act.DELETE_COMPANY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete company…"),
        QKeySequence.StandardKey.Delete,
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the selected company from the watchlist"),
        needs_selection=True,
    ),
    Act.IMPORT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Import watchlist…")),
    Act.EXPORT_WATCHLIST: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export &watchlist…")),
    Act.EXPORT_EVENTS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export &events…")),
    Act.EXPORT_CALENDAR: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export key &dates (.ics)…")),
    Act.BACKUPS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Backups…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Back up now or restore an earlier backup"),
    ),
    Act.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QKeySequence.StandardKey.Preferences,
        fallback="Ctrl+,",
        tip=QT_TRANSLATE_NOOP("Actions", "Alerts, quiet hours, start at login"),
        role=QAction.MenuRole.PreferencesRole,
    ),
    Act.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit, fallback="Ctrl+Q"
    ),
    Act.FILTER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Filter"),
        QKeySequence.StandardKey.Find,
        tip=QT_TRANSLATE_NOOP("Actions", "Filter the watchlist"),
    ),
    Act.REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        QKeySequence.StandardKey.Refresh,
        fallback="F5",
        tip=QT_TRANSLATE_NOOP("Actions", "Reload the watchlist"),
    ),
    Act.NEXT_TAB: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Next tab"),
        "Ctrl+Tab",
        tip=QT_TRANSLATE_NOOP("Actions", "Show the next tab"),
    ),
    Act.PREVIOUS_TAB: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pre&vious tab"),
        "Ctrl+Shift+Tab",
        tip=QT_TRANSLATE_NOOP("Actions", "Show the previous tab"),
    ),
    Act.SHOW_WATCHLIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Watchlist"),
        "Ctrl+1",
        tip=QT_TRANSLATE_NOOP("Actions", "The companies you follow"),
    ),
    Act.SHOW_PIPELINE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Pipeline"),
        "Ctrl+2",
        tip=QT_TRANSLATE_NOOP("Actions", "Every Hong Kong applicant seen"),
    ),
    Act.SHOW_SOURCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Sources"),
        "Ctrl+3",
        tip=QT_TRANSLATE_NOOP("Actions", "Source health and schedule"),
    ),
    Act.SHOW_ALERTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Alerts"),
        "Ctrl+4",
        tip=QT_TRANSLATE_NOOP("Actions", "Every alert, read and unread"),
    ),
    Act.SHOW_CHARTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Charts"),
        "Ctrl+5",
        tip=QT_TRANSLATE_NOOP("Actions", "The Hong Kong IPO market, companies compared"),
    ),
    Act.SHOW_OFFERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Offers"),
        "Ctrl+6",
        tip=QT_TRANSLATE_NOOP("Actions", "Hong Kong IPOs: open now, listing soon, lock-ups ending"),
    ),
    Act.POLL_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Poll all sources now"),
        "Ctrl+R",
        tip=QT_TRANSLATE_NOOP("Actions", "Ask every enabled source for news now"),
    ),
    Act.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About IPO Pipeline Watch")),
}

SHOW_TAB: dict[Act, Tab] = {
    Act.SHOW_WATCHLIST: Tab.WATCHLIST,
    Act.SHOW_PIPELINE: Tab.PIPELINE,
    Act.SHOW_SOURCES: Tab.SOURCES,
    Act.SHOW_ALERTS: Tab.ALERTS,
    Act.SHOW_CHARTS: Tab.CHARTS,
    Act.SHOW_OFFERS: Tab.OFFERS,
}

HELP_MENU = QT_TRANSLATE_NOOP(
    "Menus", "&Help"
)  # help_dialog adds the guide, the glossary and the shortcuts to it

# The menu bar: each menu's title and its actions (None: a separator).
MENUS: tuple[tuple[str, tuple[Act | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
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
        QT_TRANSLATE_NOOP("Menus", "&View"),
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
    (QT_TRANSLATE_NOOP("Menus", "&Sources"), (Act.POLL_ALL,)),
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
    # Neither QAction(text, parent) nor setShortcut(keys): choosing among their overloads
    # creates QIcon's and the ``Qt`` namespace's Python enums (see ui/item_table), which
    # nothing before the first paint needs.
    action = QAction(parent)  # type: ignore[call-overload]
    action.setText(action_text(spec.text))
    keys = key_sequence(spec)
    if keys is not None:
        action.setShortcuts([keys])
    action.setStatusTip(action_text(spec.tip) if spec.tip else "")
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def action_text(text: str) -> str:
    """An action's text or tip (an English key of ``ACTIONS``) in the interface language."""
    return QCoreApplication.translate("Actions", text)


def menu_title(title: str) -> str:
    """A menu's title (an English key of ``MENUS``) in the interface language."""
    return QCoreApplication.translate("Menus", title)
