"""Per-source settings the user can change (enabled, interval) and what polls remember.

The reads and writes live in ``store/sources.py``; this module keeps the names the
poller and the tests use.
"""

from __future__ import annotations

from desktop.store.settings import NEWS_FEEDS
from desktop.store.sources import (
    SourceSettings,
    default_interval,
    enabled_sources,
    set_feeds,
    set_source,
    source_settings,
)

FEEDS_KEY = NEWS_FEEDS.key

__all__ = [
    "FEEDS_KEY",
    "SourceSettings",
    "default_interval",
    "enabled_sources",
    "set_feeds",
    "set_source",
    "source_settings",
]
