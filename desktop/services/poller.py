"""Background polling for the GUI: one scheduled job per source, results by signal.

Jobs run in the scheduler's thread pool and only ever emit signals; the slots run on
the GUI thread.  "Poll now" goes through the same jobs, so one source never runs twice
at once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.services.polling import SourceOutcome, poll_source
from desktop.sources import registry
from desktop.store.db import Database

log = logging.getLogger(__name__)

JOB_PREFIX = "poll:"
START_STAGGER_S = 5  # first runs after start-up are spread out a little


class Poller(QObject):
    source_started = Signal(str)
    source_finished = Signal(object)  # SourceOutcome
    busy_changed = Signal(object)  # frozenset of running source ids
    schedule_changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = False
        self._active = 0
        self.scheduler: Any = None
        self.sleep_watcher: Any = None
        # Polls run in child processes (the window never competes with parsing for the
        # GIL); ``in_process`` runs them on the worker thread instead.
        self.in_process = bool(os.environ.get("IPO_WATCH_POLL_IN_PROCESS"))
        from desktop.services.poll_process import ChildPolls

        self._children = ChildPolls()

    # -- life cycle
    def start(self) -> None:
        self._stopping = False
        self._children.reopen()
        from apscheduler.executors.pool import ThreadPoolExecutor

        from desktop.services.scheduler import FixedQtScheduler, SleepWatcher

        self.scheduler = FixedQtScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=3)},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=UTC,
        )
        self.scheduler.start()
        self.rebuild_jobs()
        if self.sleep_watcher is None:
            self.sleep_watcher = SleepWatcher(parent=self)
            self.sleep_watcher.resumed.connect(lambda _gap: self.scheduler.wakeup())

    def stop(self, timeout: float = 5.0) -> None:
        """Stop scheduling; wait (bounded) for running polls to finish their signals.

        A poll still waiting on the network after ``timeout`` finishes on its own without
        emitting anything (the interpreter waits for the pool's threads at exit)."""
        self._stopping = True
        self._children.terminate()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        deadline = time.monotonic() + timeout
        while self._active and time.monotonic() < deadline:
            time.sleep(0.02)

    def rebuild_jobs(self) -> None:
        """Jobs live in memory and are rebuilt from the source table: a source whose
        next run fell due while the app was closed runs now, once."""
        from apscheduler.triggers.interval import IntervalTrigger

        from desktop.services.source_settings import source_settings
        from desktop.store.tables import SourceState

        now = datetime.now(UTC)
        for number, source_id in enumerate(registry.SOURCE_IDS):
            settings = source_settings(self.db, source_id)
            job_id = JOB_PREFIX + source_id
            if not settings.enabled:
                if self.scheduler.get_job(job_id):
                    self.scheduler.remove_job(job_id)
                continue
            with self.db.session() as session:
                state = session.get(SourceState, source_id)
                last = state.last_run if state else None
            interval = timedelta(minutes=settings.interval_min)
            due = last.replace(tzinfo=UTC) if last and last.tzinfo is None else last
            first = (due + interval) if due else now
            if first <= now:
                first = now + timedelta(seconds=START_STAGGER_S * number)
            self.scheduler.add_job(
                self._job,
                IntervalTrigger(minutes=settings.interval_min, start_date=first, timezone=UTC),
                args=[source_id],
                id=job_id,
                name=registry.TITLES.get(source_id, source_id),
                replace_existing=True,
                next_run_time=first,
            )
        self.schedule_changed.emit()

    # -- asking
    def next_run(self, source_id: str) -> datetime | None:
        if self.scheduler is None:
            return None
        job = self.scheduler.get_job(JOB_PREFIX + source_id)
        return job.next_run_time if job else None

    def running(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._running)

    def poll_now(self, source_id: str | None = None) -> list[str]:
        """Run one source (or every enabled one) now; returns the ids asked to run."""
        ids = [source_id] if source_id else list(registry.SOURCE_IDS)
        asked = []
        now = datetime.now(UTC)
        for sid in ids:
            job = self.scheduler.get_job(JOB_PREFIX + sid) if self.scheduler else None
            if job is None or sid in self.running():
                continue
            job.modify(next_run_time=now)
            asked.append(sid)
        if asked:
            self.scheduler.wakeup()
        return asked

    # -- the job (worker thread)
    def _job(self, source_id: str) -> None:
        with self._lock:
            if source_id in self._running or self._stopping:
                return
            self._running.add(source_id)
            self._active += 1
            running = frozenset(self._running)
        # ``stop`` waits until no job is active, so no worker ever emits on a Poller that
        # is being destroyed.  ``busy_changed`` carries the set as it was when emitted;
        # receivers that need the truth now ask ``running()``.
        try:
            self.source_started.emit(source_id)
            self.busy_changed.emit(running)
            try:
                if self.in_process:
                    outcome = poll_source(self.db, source_id)
                else:
                    outcome = self._children.run(self.db.path.parent, source_id)
            except Exception as exc:  # the database itself failed; say so, poll the others
                log.exception("poll of %s failed", source_id)
                outcome = SourceOutcome(
                    source_id, ok=False, error=f"could not store results: {exc}"
                )
            with self._lock:
                self._running.discard(source_id)
                still = frozenset(self._running)
            if not self._stopping:
                self.source_finished.emit(outcome)
                self.busy_changed.emit(still)
        finally:
            with self._lock:
                self._running.discard(source_id)
                self._active -= 1
