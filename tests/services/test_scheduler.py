"""The scheduler on the Qt event loop, the sleep watcher, and the Poller end to end over a
loopback mirror of the sources."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.services import poller as poller_module
from desktop.services import scheduler as scheduler_module
from desktop.services.poller import Poller
from desktop.services.polling import SourceOutcome
from desktop.services.scheduler import FixedQtScheduler, SleepWatcher
from desktop.sources import registry
from desktop.store.fastread import load_watchlist
from desktop.store.ingest import ensure_state
from tests.mirror import POLL_WAIT_MS, SOURCE_WAIT_MS, MirrorServer
from tests.mirror_data import EDS, seed_company_files, serve_samples

MECH_MIND = "Mech-Mind Robotics Technologies"


# -- FixedQtScheduler ----------------------------------------------------------------------


class RecordingScheduler(FixedQtScheduler):
    """Notes the thread every (re-)arming of the wake-up timer ran on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.armed_on: list[bool] = []
        super().__init__(*args, **kwargs)

    def _arm(self, wait_seconds: float) -> None:
        self.armed_on.append(QThread.currentThread() is QApplication.instance().thread())
        super()._arm(wait_seconds)


@pytest.fixture
def scheduler(qapp: Any) -> Any:
    sched = RecordingScheduler(timezone=UTC)
    yield sched
    if sched.running:
        sched.shutdown(wait=False)


def test_many_wakeups_leave_one_pending(qtbot: Any, scheduler: RecordingScheduler) -> None:
    scheduler.start(paused=True)
    for _ in range(200):
        scheduler.wakeup()
        assert scheduler.pending_wakeups <= 1
    assert scheduler.pending_wakeups == 1
    # With no job the wake-up finds nothing to do and nothing stays armed.
    scheduler.resume()
    qtbot.waitUntil(lambda: scheduler.pending_wakeups == 0, timeout=2000)
    qtbot.wait(50)
    assert scheduler.pending_wakeups == 0


def test_wakeup_from_a_worker_thread_arms_on_the_gui_thread(
    qtbot: Any, qtlog: Any, scheduler: RecordingScheduler
) -> None:
    runs: list[str] = []
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.pending_wakeups == 0, timeout=2000)
    scheduler.armed_on.clear()

    def from_worker() -> None:
        # add_job wakes the scheduler from this thread; so does an explicit wakeup().
        scheduler.add_job(lambda: runs.append(threading.current_thread().name), id="job")
        for _ in range(50):
            scheduler.wakeup()

    worker = threading.Thread(target=from_worker, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=3000)
    qtbot.wait(100)
    assert scheduler.armed_on and all(scheduler.armed_on)
    assert scheduler.pending_wakeups <= 1
    assert runs == [runs[0]] and runs[0] != "worker"  # ran once, in the pool
    assert not [r for r in qtlog.records if "another thread" in r.message]


def test_a_run_missed_while_off_runs_once_at_start(
    qtbot: Any, scheduler: RecordingScheduler
) -> None:
    runs: list[datetime] = []
    now = datetime.now(UTC)
    scheduler.add_job(
        lambda: runs.append(datetime.now(UTC)),
        IntervalTrigger(minutes=60, start_date=now - timedelta(hours=5), timezone=UTC),
        id="poll:missed",
        next_run_time=now - timedelta(hours=3),  # three runs were missed
        misfire_grace_time=None,
        coalesce=True,
        max_instances=1,
    )
    scheduler.start()
    qtbot.waitUntil(lambda: len(runs) >= 1, timeout=3000)
    qtbot.wait(300)
    assert len(runs) == 1
    next_run = scheduler.get_job("poll:missed").next_run_time
    assert now < next_run <= now + timedelta(minutes=60)


def test_a_stopped_scheduler_stays_asleep(
    qtbot: Any, caplog: pytest.LogCaptureFixture, scheduler: RecordingScheduler
) -> None:
    runs: list[int] = []
    soon = datetime.now(UTC) + timedelta(milliseconds=300)
    scheduler.add_job(
        lambda: runs.append(1), IntervalTrigger(seconds=1), id="job", next_run_time=soon
    )
    scheduler.start(paused=True)  # however slow this machine, nothing runs before shutdown
    scheduler.shutdown(wait=False)
    qtbot.wait(20)
    assert scheduler.pending_wakeups == 0
    # Late wake-ups (the sleep watcher, a worker thread) must not restart the loop.
    scheduler.wakeup()
    worker = threading.Thread(target=scheduler.wakeup)
    worker.start()
    worker.join()
    qtbot.wait(700)
    assert scheduler.pending_wakeups == 0
    assert runs == []
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "WARNING")]


# -- SleepWatcher ----------------------------------------------------------------------------


def test_sleep_watcher_notices_a_wall_clock_jump(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    watcher = SleepWatcher(interval_ms=20, threshold_s=60)
    gaps: list[float] = []
    watcher.resumed.connect(gaps.append)
    qtbot.wait(100)
    assert gaps == []  # the clocks agree: nothing to report

    jumped = SimpleNamespace(monotonic=time.monotonic, time=lambda: time.time() + 3600)
    monkeypatch.setattr(scheduler_module, "time", jumped)
    with qtbot.waitSignal(watcher.resumed, timeout=2000) as blocker:
        pass
    assert blocker.args[0] == pytest.approx(3600, abs=5)
    qtbot.wait(100)
    assert len(gaps) == 1  # once per jump, not on every tick after it
    watcher._timer.stop()


# -- Poller end to end ---------------------------------------------------------------------


class Recorder:
    """Collects the Poller's signals; notes whether each slot ran on the GUI thread."""

    def __init__(self, poller: Poller) -> None:
        self.started: list[str] = []
        self.finished: list[SourceOutcome] = []
        self.on_gui_thread: list[bool] = []
        self.active: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        poller.source_started.connect(self._started)
        poller.source_finished.connect(self._finished)

    def _gui(self) -> None:
        app = QApplication.instance()
        self.on_gui_thread.append(QThread.currentThread() is app.thread())

    def _started(self, source_id: str) -> None:
        self._gui()
        self.started.append(source_id)
        self.active[source_id] += 1
        self.peak[source_id] = max(self.peak[source_id], self.active[source_id])

    def _finished(self, outcome: SourceOutcome) -> None:
        self._gui()
        self.finished.append(outcome)
        self.active[outcome.source_id] -= 1

    def done(self, source_id: str) -> list[SourceOutcome]:
        return [o for o in self.finished if o.source_id == source_id]


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(poller_module, "START_STAGGER_S", 0)
    with MirrorServer() as server:
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        serve_samples(server)
        yield server


@pytest.fixture
def make_poller(qtbot: Any, ctx: Any) -> Any:
    made: list[tuple[Poller, Recorder]] = []

    def make() -> tuple[Poller, Recorder]:
        poller = Poller(ctx.db)
        recorder = Recorder(poller)
        made.append((poller, recorder))
        return poller, recorder

    yield make
    for poller, _recorder in made:
        qtbot.waitUntil(lambda p=poller: not p.running(), timeout=POLL_WAIT_MS)
        poller.stop()
        if poller.sleep_watcher is not None:
            poller.sleep_watcher._timer.stop()


def set_last_run(ctx: Any, ages: dict[str, timedelta]) -> datetime:
    from desktop.services.source_settings import default_interval

    now = datetime.now(UTC)
    with ctx.db.write() as session:
        for source_id, age in ages.items():
            state = ensure_state(session, source_id, default_interval(source_id))
            state.last_run = now - age
            session.add(state)
    return now


def stage_of(ctx: Any, name: str) -> str:
    return next(r.stage for r in load_watchlist(ctx.db_path) if r.name == name)


@pytest.mark.slow
def test_poller_polls_every_source_then_poll_now(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any
) -> None:
    assert stage_of(ctx, MECH_MIND) != "application_filed"
    poller, seen = make_poller()
    poller.start()
    every = set(registry.SOURCE_IDS)
    qtbot.waitUntil(lambda: {o.source_id for o in seen.finished} == every, timeout=POLL_WAIT_MS)
    qtbot.waitUntil(lambda: not poller.running(), timeout=POLL_WAIT_MS)
    assert len(seen.finished) == len(every)  # each once
    assert sorted(seen.started) == sorted(every)

    app = next(o for o in seen.finished if o.source_id == "hkex_app")
    assert app.ok
    assert any(e.company == MECH_MIND and e.kind == "application_proof" for e in app.new_events)
    assert stage_of(ctx, MECH_MIND) == "application_filed"
    assert stage_of(ctx, "China Micro Semicon (Shenzhen)") == "hearing_passed"
    for source_id in every:  # every source is scheduled again, in the future
        next_run = poller.next_run(source_id)
        assert next_run is not None and next_run > datetime.now(UTC)

    assert poller.poll_now("hkex_app") == ["hkex_app"]
    qtbot.waitUntil(lambda: len(seen.done("hkex_app")) == 2, timeout=SOURCE_WAIT_MS)
    again = seen.done("hkex_app")[-1]
    assert again.ok and again.new_events == []
    assert again.unchanged > 0  # the files with an ETag answered 304
    assert seen.on_gui_thread and all(seen.on_gui_thread)


@pytest.mark.slow
def test_a_source_never_runs_twice_at_once(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any
) -> None:
    set_last_run(ctx, dict.fromkeys(registry.SOURCE_IDS, timedelta(0)))  # nothing due
    slow = EDS + "appactive_app_sehk_e.json"
    served.add(slow, seed_company_files()[slow], delay=0.6)
    poller, seen = make_poller()
    poller.start()
    qtbot.wait(200)
    assert seen.started == []

    assert poller.poll_now("hkex_app") == ["hkex_app"]
    poller.poll_now("hkex_app")  # asked again before the first run started
    qtbot.waitUntil(lambda: "hkex_app" in poller.running(), timeout=5000)
    assert poller.poll_now("hkex_app") == []  # already running: not asked again
    qtbot.waitUntil(lambda: len(seen.done("hkex_app")) == 1, timeout=SOURCE_WAIT_MS)
    qtbot.wait(500)
    assert seen.started == ["hkex_app"]
    assert seen.peak["hkex_app"] == 1
    assert len(served.requests_for(slow)) == 1


@pytest.mark.slow
def test_only_sources_that_fell_due_run_at_start(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any
) -> None:
    ages = dict.fromkeys(registry.SOURCE_IDS, timedelta(minutes=1))  # all ran just now
    ages["hkex_news"] = timedelta(hours=2)  # interval 30 min: it fell due while off
    now = set_last_run(ctx, ages)
    poller, seen = make_poller()
    poller.start()
    qtbot.waitUntil(lambda: len(seen.done("hkex_news")) == 1, timeout=SOURCE_WAIT_MS)
    qtbot.wait(500)
    assert seen.started == ["hkex_news"]  # once, though four runs were missed
    assert not served.requests_for(EDS + "appactive_app_sehk_e.json")

    hkex_app_next = poller.next_run("hkex_app")
    assert hkex_app_next is not None
    assert abs(hkex_app_next - (now - timedelta(minutes=1) + timedelta(minutes=60))) < timedelta(
        seconds=5
    )
    news_next = poller.next_run("hkex_news")
    assert news_next is not None and news_next > datetime.now(UTC) + timedelta(minutes=25)


@pytest.mark.slow
def test_waking_from_sleep_runs_what_fell_due(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any
) -> None:
    set_last_run(ctx, dict.fromkeys(registry.SOURCE_IDS, timedelta(0)))
    poller, seen = make_poller()
    poller.start()
    qtbot.waitUntil(lambda: poller.ready, timeout=5000)
    qtbot.wait(100)
    assert seen.started == []
    # While asleep, the hkex_app run fell due; the scheduler's timer knows nothing of it.
    poller.scheduler.get_job("poll:hkex_app").modify(
        next_run_time=datetime.now(UTC) - timedelta(minutes=5)
    )
    poller.scheduler._arm(3600)  # as if the timer were still counting down the old wait
    poller.sleep_watcher.resumed.emit(3600.0)
    qtbot.waitUntil(lambda: len(seen.done("hkex_app")) == 1, timeout=SOURCE_WAIT_MS)
    assert seen.started == ["hkex_app"]


@pytest.mark.slow
def test_first_runs_after_start_are_spread_out(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(poller_module, "START_STAGGER_S", 60)
    poller, seen = make_poller()
    started = datetime.now(UTC)
    poller.start()
    qtbot.waitUntil(lambda: len(seen.done("hkex_app")) == 1, timeout=SOURCE_WAIT_MS)
    assert seen.started == ["hkex_app"]  # the first source at once, the others later
    for number, source_id in enumerate(registry.SOURCE_IDS[1:], start=1):
        next_run = poller.next_run(source_id)
        assert next_run is not None
        assert abs(next_run - (started + timedelta(seconds=60 * number))) < timedelta(seconds=5)


@pytest.mark.slow
def test_start_returns_at_once_and_keeps_an_early_poll_now(
    qtbot: Any, ctx: Any, served: MirrorServer, make_poller: Any
) -> None:
    set_last_run(ctx, dict.fromkeys(registry.SOURCE_IDS, timedelta(0)))  # nothing due
    poller, seen = make_poller()
    with qtbot.waitSignal(poller.schedule_changed, timeout=5000):
        poller.start()
        # The jobs are prepared on a helper thread; "Poll now" pressed meanwhile counts.
        assert not poller.ready
        assert poller.poll_now("hkex_news") == ["hkex_news"]
    assert poller.ready
    qtbot.waitUntil(lambda: len(seen.done("hkex_news")) == 1, timeout=SOURCE_WAIT_MS)
    qtbot.wait(300)
    assert seen.started == ["hkex_news"]
    for source_id in registry.SOURCE_IDS:
        next_run = poller.next_run(source_id)
        assert next_run is not None and next_run > datetime.now(UTC)


def test_stop_before_the_jobs_are_ready_schedules_nothing(
    qtbot: Any, ctx: Any, make_poller: Any
) -> None:
    poller, seen = make_poller()
    poller.start()
    poller.stop()
    qtbot.wait(500)
    assert not poller.ready
    assert seen.started == []


def test_polling_that_cannot_start_says_why(qtbot: Any, tmp_path: Any) -> None:
    from desktop.store.db import Database

    broken = Database(tmp_path / "not-migrated.sqlite3")  # no tables at all
    poller = Poller(broken)
    with qtbot.waitSignal(poller.start_failed, timeout=5000) as failed:
        poller.start()
    assert failed.args[0].startswith("Polling could not start:")
    assert "source_state" in failed.args[0] or "no such table" in failed.args[0]
    assert not poller.ready
    broken.dispose()
