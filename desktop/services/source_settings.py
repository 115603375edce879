"""Per-source settings the user can change (enabled, interval) and what polls remember."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.sources import registry
from desktop.store.db import Database

FEEDS_KEY = "news_feeds"


@dataclass
class SourceSettings:
    source_id: str
    enabled: bool
    interval_min: int
    validators: dict[str, Any] = field(default_factory=dict)
    memory: dict[str, Any] = field(default_factory=dict)
    feeds: list[str] = field(default_factory=list)


def default_interval(source_id: str) -> int:
    return registry.DEFAULT_INTERVALS.get(source_id, 60)


def source_settings(db: Database, source_id: str) -> SourceSettings:
    from desktop.store.tables import Setting, SourceState

    with db.session() as session:
        state = session.get(SourceState, source_id)
        feeds_row = session.get(Setting, FEEDS_KEY)
    feeds = [str(f) for f in (feeds_row.value or [])] if feeds_row else []
    if state is None:
        return SourceSettings(source_id, True, default_interval(source_id), feeds=feeds)
    return SourceSettings(
        source_id,
        state.enabled,
        state.interval_min,
        dict(state.validators or {}),
        dict(state.memory or {}),
        feeds,
    )


def enabled_sources(db: Database) -> list[str]:
    return [s for s in registry.SOURCE_IDS if source_settings(db, s).enabled]


def set_source(
    db: Database, source_id: str, *, enabled: bool | None = None, interval_min: int | None = None
) -> None:
    from desktop.store.ingest import ensure_state

    with db.write() as session:
        state = ensure_state(session, source_id, default_interval(source_id))
        if enabled is not None:
            state.enabled = enabled
        if interval_min is not None:
            state.interval_min = max(5, min(int(interval_min), 7 * 24 * 60))
        session.add(state)


def set_feeds(db: Database, feeds: list[str]) -> None:
    from desktop.store.tables import Setting

    with db.write() as session:
        row = session.get(Setting, FEEDS_KEY) or Setting(key=FEEDS_KEY)
        row.value = list(dict.fromkeys(f.strip() for f in feeds if f.strip()))
        session.add(row)
