"""The app-wide change signal: one object says what changed in the data, and which ids.

    app_changes().changed.connect(self._data_changed)     # in a view's constructor
    app_changes().announce(Change(companies={company_id}), written=True)  # after a write

A poll's outcome, an import, a restore and every user operation end in ``announce``; each
view decides whether a change concerns it and reloads in the background (see
``ui/follow.py``).  Nothing else tells a view to refresh, so no view can be forgotten.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)


def _ids(values: Iterable[int | None]) -> frozenset[int]:
    return frozenset(v for v in values if v is not None)


@dataclass(frozen=True)
class Change:
    """What changed.  Sets name the ids concerned; ``everything`` is a restore or a new
    database: every view reloads."""

    companies: frozenset[int] = field(default_factory=frozenset)  # watchlist rows / pages
    events: frozenset[int] = field(default_factory=frozenset)  # companies with new events
    pipeline: bool = False  # applicants and their filings (watched or not)
    alerts: bool = False
    funding: frozenset[int] = field(default_factory=frozenset)  # companies' rounds or terms
    market: bool = False  # the Hong Kong IPO market (listings, prices)
    sources: frozenset[str] = field(default_factory=frozenset)  # source state or settings
    settings: frozenset[str] = field(default_factory=frozenset)  # setting keys
    everything: bool = False

    @classmethod
    def all(cls) -> Change:
        return cls(everything=True)

    @classmethod
    def of_company(cls, *company_ids: int | None, funding: bool = False) -> Change:
        ids = _ids(company_ids)
        return cls(companies=ids, pipeline=True, funding=ids if funding else frozenset())

    def __or__(self, other: Change) -> Change:
        return Change(
            companies=self.companies | other.companies,
            events=self.events | other.events,
            pipeline=self.pipeline or other.pipeline,
            alerts=self.alerts or other.alerts,
            funding=self.funding | other.funding,
            market=self.market or other.market,
            sources=self.sources | other.sources,
            settings=self.settings | other.settings,
            everything=self.everything or other.everything,
        )

    def is_empty(self) -> bool:
        return self == Change()

    # -- what a view asks
    @property
    def watchlist(self) -> bool:
        """The watchlist's rows (names, stages, days) may differ."""
        return self.everything or bool(self.companies or self.events)

    def concerns_company(self, company_id: int | None) -> bool:
        """The page of this company may differ."""
        if company_id is None:
            return False
        return self.everything or company_id in (self.companies | self.events | self.funding)

    @property
    def any_funding(self) -> bool:
        return self.everything or bool(self.funding or self.companies)

    @property
    def any_market(self) -> bool:
        return self.everything or self.market or bool(self.events)

    @property
    def any_alerts(self) -> bool:
        return self.everything or self.alerts or bool(self.companies)

    @property
    def any_pipeline(self) -> bool:
        return self.everything or self.pipeline or bool(self.events)

    @property
    def any_sources(self) -> bool:
        return self.everything or bool(self.sources)


class ChangeSignal(QObject):
    """The one emitter.  ``changed(Change)`` is delivered on the GUI thread.

    ``written(Change)`` follows for a change this desktop's own write made (a user's
    operation, an import, a document kept), not for a reload, a poll or a change heard
    from another desktop: on a team database the other desktops are told of it."""

    changed = Signal(object)
    written = Signal(object)

    def announce(self, change: Change, *, written: bool = False) -> None:
        if change.is_empty():
            return
        log.debug("data changed: %s", change)
        self.changed.emit(change)
        if written:
            self.written.emit(change)


Q = TypeVar("Q", bound=QObject)


def of_application(kind: type[Q]) -> Q:
    """The one ``kind`` object of the running QApplication (made on first use, a child of
    the application, so it lives as long as the app does)."""
    app = QCoreApplication.instance()
    name = _NAME_PREFIX + kind.__name__
    # Its own name finds it (the options argument would load PySide's ``Qt`` namespace,
    # which the first paint does without: see ui/item_table).
    found = app.findChild(kind, name) if app is not None else None
    if found is None:
        found = kind(app)
        found.setObjectName(name)
    return found


_NAME_PREFIX = "ipo-watch:"


def app_changes() -> ChangeSignal:
    """The application's change signal."""
    return of_application(ChangeSignal)
