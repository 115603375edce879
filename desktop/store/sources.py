"""The sources' settings and health: what the Sources tab and the poller read and write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from desktop.sources import registry
from desktop.store.db import Database
from desktop.store.settings import NEWS_FEEDS

MIN_INTERVAL = 5
MAX_INTERVAL = 7 * 24 * 60


@dataclass
class SourceSettings:
    source_id: str
    enabled: bool
    interval_min: int
    validators: dict[str, Any] = field(default_factory=dict)
    memory: dict[str, Any] = field(default_factory=dict)
    feeds: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One line of the Sources tab."""

    source_id: str
    title: str
    enabled: bool
    interval_min: int
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    next_run: datetime | None = None
    items_seen: int = 0
    new_events: int = 0


def default_interval(source_id: str) -> int:
    return registry.DEFAULT_INTERVALS.get(source_id, 60)


def news_feeds(db: Database) -> list[str]:
    """The user's own RSS/Atom feeds."""
    from desktop.store.tables import Setting

    with db.session() as session:
        row = session.get(Setting, NEWS_FEEDS.key)
    return [str(f) for f in (row.value or [])] if row else []


def read_settings(db: Database, keys: Iterable[str]) -> dict[str, Any]:
    """The stored values of these settings (of the ``setting`` table), by key; a setting
    never saved has its declared default."""
    from desktop.store.settings import ALL
    from desktop.store.tables import Setting

    wanted = list(keys)
    if not wanted:
        return {}
    defaults = {spec.key: spec.default for spec in ALL}
    with db.session() as session:
        rows = {key: session.get(Setting, key) for key in wanted}
    return {key: row.value if row is not None else defaults.get(key) for key, row in rows.items()}


def source_settings(db: Database, source_id: str) -> SourceSettings:
    from desktop.store.tables import SourceState

    with db.session() as session:
        state = session.get(SourceState, source_id)
    feeds = news_feeds(db)
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


def source_rows(db: Database) -> list[SourceRow]:
    """Every source in registry order, with its health."""
    from desktop.store.tables import SourceState

    with db.session() as session:
        states = {s: session.get(SourceState, s) for s in registry.SOURCE_IDS}
    rows = []
    for sid in registry.SOURCE_IDS:
        title = registry.TITLES.get(sid, sid)
        state = states[sid]
        if state is None:
            rows.append(SourceRow(sid, title, True, default_interval(sid)))
            continue
        extra = {f.name: getattr(state, f.name) for f in fields(SourceRow)[4:]}
        rows.append(SourceRow(sid, title, state.enabled, state.interval_min, **extra))
    return rows


def set_source(
    db: Database, source_id: str, *, enabled: bool | None = None, interval_min: int | None = None
) -> None:
    from desktop.store.ingest import ensure_state

    with db.write() as session:
        state = ensure_state(session, source_id, default_interval(source_id))
        if enabled is not None:
            state.enabled = enabled
        if interval_min is not None:
            state.interval_min = max(MIN_INTERVAL, min(int(interval_min), MAX_INTERVAL))
        session.add(state)


def set_feeds(db: Database, feeds: list[str]) -> None:
    from desktop.store.tables import Setting

    with db.write() as session:
        row = session.get(Setting, NEWS_FEEDS.key) or Setting(key=NEWS_FEEDS.key)
        row.value = list(dict.fromkeys(f.strip() for f in feeds if f.strip()))
        session.add(row)
