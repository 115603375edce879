"""Every setting, declared once: its key, where it lives, its type, default and label.

Two homes: the ``setting`` table of the database (shared by every desktop on a team
database: alert rules, news feeds, exchange rates) and this desktop's own
``settings.ini`` (window geometry and the like, read with QSettings by the window).
Per-source settings (enabled, interval) have their own table (``store/sources.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Home(Enum):
    DATABASE = "database"  # the ``setting`` table
    DESKTOP = "desktop"  # settings.ini in the data folder


@dataclass(frozen=True)
class SettingSpec:
    key: str
    home: Home
    type: type
    default: object
    label: str


ALERT_RULES = SettingSpec(
    "alert_rules",
    Home.DATABASE,
    dict,
    None,
    "Alert levels, per-company rules, quiet hours, every offer opening (one person's own on "
    "a team database)",
)
# The key and default of ``domain.offer.reminders`` (``SETTING_KEY``, ``ReminderTimes()``),
# written out: the first paint reads this module, and needs none of the offer rules (a
# test holds the two together).
OFFER_REMINDERS = SettingSpec(
    "offer_reminders",
    Home.DATABASE,
    dict,
    {"close_hours": [24, 2], "lockup_days": 7},
    "Offer reminders: hours before applications close, days before a lock-up ends (shared: "
    "the desktop that polls raises them for everyone)",
)
NEWS_FEEDS = SettingSpec("news_feeds", Home.DATABASE, list, [], "Extra RSS/Atom news feeds")
FX_RATES = SettingSpec("fx_rates", Home.DATABASE, dict, None, "Exchange rates for funding sums")
SEED_LOADED = SettingSpec(
    "seed_loaded", Home.DATABASE, bool, False, "The seed watchlist was loaded once"
)

WINDOW_GEOMETRY = SettingSpec("window/geometry", Home.DESKTOP, bytes, None, "Window size")
WINDOW_STATE = SettingSpec("window/state", Home.DESKTOP, bytes, None, "Window layout")
WINDOW_SPLITTER = SettingSpec(
    "window/splitter", Home.DESKTOP, bytes, None, "Watchlist and page widths (as dragged)"
)
WATCHLIST_HEADER = SettingSpec(
    "window/watchlist_header", Home.DESKTOP, bytes, None, "The watchlist's sort and columns"
)
WATCHLIST_SORT = SettingSpec(  # read once from an older version's file, then removed
    "window/sort", Home.DESKTOP, list, None, "The watchlist's sort column and order"
)
SEEN_DARK = SettingSpec(
    "theme/seen_dark", Home.DESKTOP, bool, None, "The system's colour scheme when last asked"
)
TRAY_TOLD = SettingSpec(
    "tray/told", Home.DESKTOP, bool, False, "The still-running-in-the-tray message was shown"
)

ALL: tuple[SettingSpec, ...] = (
    ALERT_RULES,
    OFFER_REMINDERS,
    NEWS_FEEDS,
    FX_RATES,
    SEED_LOADED,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_SPLITTER,
    WATCHLIST_HEADER,
    WATCHLIST_SORT,
    SEEN_DARK,
    TRAY_TOLD,
)
