"""New events → stored alerts (exactly once) → notifications, on the rules' terms.

The database part runs in the background; notifications and the unread count are
handled on the GUI thread.  A source's first run, and the first poll after a company
was added, are recorded silently (read, delivered): history is not news.  Alerts held
during quiet hours or a pause are delivered as one digest when they end (checked every
minute).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.changes import Change, app_changes
from desktop.services.tasks import run_task

if TYPE_CHECKING:
    from desktop.store.db import Database

log = logging.getLogger(__name__)


def record_poll(db: Database, events: list[Any], previous_success: datetime | None) -> None:
    from desktop.store.alerts import history_companies, load_rules, record_alerts

    rules = load_rules(db)
    watched = {e.company_id for e in events if e.company_id is not None}
    history: set[int | None] = set(history_companies(db, watched, previous_success))
    if previous_success is None:  # the source's first run: every event is history
        history.add(None)
    quiet = [e for e in events if e.company_id in history]
    loud = [e for e in events if e.company_id not in history]
    if quiet:
        record_alerts(db, quiet, rules, baseline=True)
    if loud:
        record_alerts(db, loud, rules)


def due_notifications(db: Database, now: datetime | None = None) -> tuple[list[Any], int]:
    """Plan notifications for every undelivered alert (unless paused or quiet), mark them
    delivered, and return them with the unread count.  When none waits (every minute but
    after a poll) this is two plain counts: the ORM loads only for alerts to deliver."""
    from desktop.store.alert_counts import any_undelivered

    if not any_undelivered(db.path, _person(db)):
        return [], unread_count(db)
    from desktop.domain.alert_rules import plan_notifications
    from desktop.store.alerts import load_rules, mark_delivered, undelivered

    held = undelivered(db)
    plan: list[Any] = []
    if held:
        plan = plan_notifications(held, load_rules(db), now or datetime.now().astimezone())
        if plan:
            mark_delivered(db, [a.id for a in held])
    return plan, unread_count(db)


def _person(db: Database) -> str | None:
    return db.person if db.is_server else None  # a team database: this person's state


def unread_count(db: Database) -> int:
    """The unread count (``alerts.unread_count``), read without the ORM."""
    from desktop.store import alert_counts

    return alert_counts.unread_count(db.path, _person(db))


class AlertService(QObject):
    unread_changed = Signal(int)
    alerts_recorded = Signal()

    def __init__(self, db: Database, notifier: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.notifier = notifier
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.deliver_held)
        self._timer.start(60_000)
        app_changes().changed.connect(self._data_changed)

    def _data_changed(self, change: Change) -> None:
        if change.any_alerts:  # mark read, a deleted company, a restore: count again
            self.refresh_unread()

    def on_source_finished(self, outcome: Any) -> None:
        from desktop.domain.alert_rules import may_alert

        events = [e for e in getattr(outcome, "new_events", []) if may_alert(e.kind, e.company_id)]
        if not events:
            return

        def work() -> tuple[list[Any], int]:
            record_poll(self.db, events, getattr(outcome, "previous_success", None))
            return due_notifications(self.db)

        def recorded(result: tuple[list[Any], int]) -> None:
            self._deliver(result, recorded=True)  # alerts recorded, delivered or silent

        run_task(work, on_done=recorded, on_error=self._failed)

    def deliver_held(self) -> None:
        run_task(due_notifications, self.db, on_done=self._deliver, on_error=self._failed)

    def refresh_unread(self) -> None:
        run_task(unread_count, self.db, on_done=self.unread_changed.emit, on_error=self._failed)

    def _deliver(self, result: tuple[list[Any], int], recorded: bool = False) -> None:
        plan, unread = result
        for notification in plan:
            self.notifier.show(notification)
        self.unread_changed.emit(unread)
        self.alerts_recorded.emit()
        if plan or recorded:  # the inbox shows them
            app_changes().announce(Change(alerts=True))

    def _failed(self, exc: BaseException) -> None:
        log.error("alerts could not be recorded: %s", exc)
