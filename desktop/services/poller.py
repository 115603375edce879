"""Background polling for the GUI: one scheduled job per source, results by signal.

Jobs run in the scheduler's thread pool and only ever emit signals; the slots run on
the GUI thread.  "Poll now" goes through the same jobs, so one source never runs twice
at once.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop import environment
from desktop.domain.i18n import translate
from desktop.services.changes import Change, app_changes
from desktop.services.polling import SourceOutcome, poll_source
from desktop.services.tasks import LatestOnly
from desktop.sources import registry
from desktop.store.db import Database

log = logging.getLogger(__name__)

JOB_PREFIX = "poll:"
START_STAGGER_S = 5
# Imported on the helper thread at start: 30-60 ms that the window need not wait for.
SCHEDULER_MODULES = (
    "apscheduler.executors.pool",
    "apscheduler.triggers.interval",
    "desktop.services.scheduler",
)  # first runs after start-up are spread out a little


def poll_change(outcome: SourceOutcome) -> Change:
    """What a poll changed: the source's state always; the watched companies with new
    events; the pipeline and the market when anything new was stored."""
    watched = frozenset(e.company_id for e in outcome.new_events if e.company_id is not None)
    new = bool(outcome.new_events)
    return Change(events=watched, pipeline=new, market=new, sources=frozenset({outcome.source_id}))


@dataclass(frozen=True)
class JobPlan:
    source_id: str
    enabled: bool
    minutes: int = 60
    first: datetime | None = None


class Poller(QObject):
    source_started = Signal(str)
    source_finished = Signal(object)  # SourceOutcome
    busy_changed = Signal(object)  # frozenset of running source ids
    schedule_changed = Signal()
    start_failed = Signal(str)  # why polling could not start (the window says so)
    _prepared = Signal(int, object)  # generation, list[JobPlan]

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = False
        self._active = 0
        self.scheduler: Any = None
        self._starts = LatestOnly()  # a start overtaken by a newer one is dropped
        self._asked_early: set[str] = set()
        self._asked_now: set[str] = set()  # runs a person asked for (never skipped)
        self._prepared.connect(self._on_prepared)
        # Every poll's outcome ends in the change signal (on the GUI thread).
        self.source_finished.connect(lambda outcome: app_changes().announce(poll_change(outcome)))
        self.source_started.connect(
            lambda source_id: app_changes().announce(Change(sources=frozenset({source_id})))
        )
        self.sleep_watcher: Any = None
        # Polls run in child processes (the window never competes with parsing for the
        # GIL); ``in_process`` runs them on the worker thread instead.
        self.in_process = environment.poll_in_process()
        from desktop.services.poll_process import ChildPolls

        self._children = ChildPolls()

    # -- life cycle
    def start(self) -> None:
        """Start scheduling.  Returns at once: the scheduler's imports and the reads of
        each source's settings happen on a helper thread, and the jobs are added on the
        GUI thread when they are done (``schedule_changed`` says so)."""
        self._stopping = False
        self._children.reopen()
        generation = self._starts.ticket()
        threading.Thread(
            target=self._prepare, args=(generation,), name="poller-start", daemon=True
        ).start()

    def _prepare(self, generation: int) -> None:
        """(helper thread) Import the scheduler and read what the jobs need."""
        try:
            for module in SCHEDULER_MODULES:
                importlib.import_module(module)
            plans = self._plans()
        except Exception as exc:  # the database failed; the app still runs, without polling
            log.exception("could not prepare polling")
            self.start_failed.emit(
                translate("Poller", "Polling could not start: {reason}").format(reason=exc)
            )
            return
        self._prepared.emit(generation, plans)

    def _on_prepared(self, generation: int, plans: list[JobPlan]) -> None:
        if not self._starts.is_latest(generation) or self._stopping:
            return  # stopped, or started again, meanwhile
        from apscheduler.executors.pool import ThreadPoolExecutor

        from desktop.services.scheduler import FixedQtScheduler, SleepWatcher

        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = FixedQtScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=3)},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=UTC,
        )
        self.scheduler.start()
        self._apply(plans)
        if self.sleep_watcher is None:
            self.sleep_watcher = SleepWatcher(parent=self)
            self.sleep_watcher.resumed.connect(lambda _gap: self.scheduler.wakeup())
        if self._asked_early:
            asked, self._asked_early = self._asked_early, set()
            self.poll_now_many(sorted(asked))

    @property
    def ready(self) -> bool:
        """True once the scheduler runs and holds the jobs."""
        return self.scheduler is not None and bool(self.scheduler.running)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop scheduling; wait (bounded) for running polls to finish their signals.

        A poll still waiting on the network after ``timeout`` finishes on its own without
        emitting anything (the interpreter waits for the pool's threads at exit)."""
        self._stopping = True
        self._asked_early.clear()
        self._children.terminate()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        deadline = time.monotonic() + timeout
        while self._active and time.monotonic() < deadline:
            time.sleep(0.02)

    def _plans(self) -> list[JobPlan]:
        """Each source's interval and first run, from the source table.  A source whose
        next run fell due while the app was closed runs now, once."""
        from desktop.store.poll_reads import schedule_rows
        from desktop.store.sources import default_interval

        now = datetime.now(UTC)
        states = schedule_rows(self.db)
        plans = []
        for number, source_id in enumerate(registry.SOURCE_IDS):
            state = states.get(source_id)
            if state is not None and not state.enabled:
                plans.append(JobPlan(source_id, enabled=False))
                continue
            minutes = state.interval_min if state else default_interval(source_id)
            last = state.last_run if state else None
            due = last.replace(tzinfo=UTC) if last and last.tzinfo is None else last
            interval = timedelta(minutes=minutes)
            first = (due + interval) if due else now
            if first <= now:
                first = now + timedelta(seconds=START_STAGGER_S * number)
            plans.append(JobPlan(source_id, True, minutes, first))
        return plans

    def _apply(self, plans: list[JobPlan]) -> None:
        from apscheduler.triggers.interval import IntervalTrigger

        for plan in plans:
            job_id = JOB_PREFIX + plan.source_id
            if not plan.enabled or plan.first is None:
                if self.scheduler.get_job(job_id):
                    self.scheduler.remove_job(job_id)
                continue
            self.scheduler.add_job(
                self._job,
                IntervalTrigger(minutes=plan.minutes, start_date=plan.first, timezone=UTC),
                args=[plan.source_id],
                id=job_id,
                name=registry.TITLES.get(plan.source_id, plan.source_id),
                replace_existing=True,
                next_run_time=plan.first,
            )
        self.schedule_changed.emit()

    def rebuild_jobs(self) -> None:
        """After the user changed a source's settings: jobs follow the source table
        (read in the background: the GUI thread never reads the database)."""
        self.follow_source_table()

    def follow_source_table(self) -> None:
        """A source's settings changed (here or on another desktop): the table is read
        in the background, then the jobs follow it."""
        from desktop.services.tasks import run_task

        def apply(plans: list[JobPlan]) -> None:
            if self.scheduler is not None and self.scheduler.running and not self._stopping:
                self._apply(plans)

        if self.scheduler is not None:
            run_task(self._plans, on_done=apply, on_error=lambda exc: log.warning("%s", exc))

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
        if self.scheduler is None and not self._stopping:
            self._asked_early.update(ids)  # run as soon as the jobs exist
            return ids
        return self.poll_now_many(ids)

    def poll_now_many(self, ids: list[str]) -> list[str]:
        asked = []
        now = datetime.now(UTC)
        for sid in ids:
            job = self.scheduler.get_job(JOB_PREFIX + sid) if self.scheduler else None
            if job is None or sid in self.running():
                continue
            job.modify(next_run_time=now)
            with self._lock:
                self._asked_now.add(sid)
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
            scheduled = source_id not in self._asked_now
            self._asked_now.discard(source_id)
        # ``stop`` waits until no job is active, so no worker ever emits on a Poller that
        # is being destroyed.  ``busy_changed`` carries the set as it was when emitted;
        # receivers that need the truth now ask ``running()``.
        try:
            self.source_started.emit(source_id)
            self.busy_changed.emit(running)
            try:
                if self.in_process:
                    outcome = poll_source(self.db, source_id, scheduled=scheduled)
                else:
                    outcome = self._children.run(
                        self.db.path.parent, source_id, scheduled=scheduled
                    )
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
