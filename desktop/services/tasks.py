"""The one way to run work off the GUI thread and get the outcome back on it.

    run_task(load_events, company_id, on_done=self.show_events, on_error=self.show_error)

``func`` runs in the global QThreadPool and must never touch widgets.  ``on_done`` /
``on_error`` run on the GUI thread, delivered by a queued signal.  A callback whose
receiver has been deleted in the meantime is simply not called.  What a task holds is let
go on the GUI thread, never on the worker (see ``_jobs``).
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


@dataclass(slots=True)
class _Job:
    func: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    relay: _Relay


# Every reference a task needs (its function, arguments, callbacks and relay) is held here,
# on the calling thread's side, and let go there once its answer was delivered: the worker
# thread only borrows them.  So the last reference to a widget (a callback's `self`, a
# bound method) is never dropped on a worker thread, which would delete the widget there
# (its timers then fire on freed memory).
_jobs: dict[int, _Job] = {}
_keys = itertools.count(1)


class _Task(QRunnable):
    def __init__(self, key: int, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._key = key
        self._relay = relay  # parented to the application: its wrapper may go anywhere

    def run(self) -> None:
        job: _Job | None = _jobs[self._key]
        assert job is not None
        try:
            result = job.func(*job.args)
        except Exception as exc:  # reported to the caller on the GUI thread
            log.debug("background task failed:\n%s", traceback.format_exc())
            from desktop.store.location import plainly

            job = None  # let go of what it borrowed before the caller can drop it
            # (a team database gone: in plain words)
            self._relay.failed.emit(self._key, plainly(exc).with_traceback(None))
        else:
            job = None
            self._relay.done.emit(self._key, result)


def _deliver(key: int, value: Any, failed: bool) -> None:
    job = _jobs.pop(key, None)
    if job is None:
        return
    job.relay.deleteLater()
    callback = job.on_error if failed else job.on_done
    if failed and callback is None:
        log.error("background task failed: %s", value)
        return
    if callback is not None:
        try:
            callback(value)
        except RuntimeError as exc:  # the receiving widget (or a signal's source) is gone
            if "already deleted" not in str(exc) and "has been deleted" not in str(exc):
                raise


def _delivered(key: int, value: Any) -> None:
    _deliver(key, value, failed=False)


def _failed(key: int, exc: Any) -> None:
    _deliver(key, exc, failed=True)


def run_task(
    func: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    app = QCoreApplication.instance()
    # Created on the calling (GUI) thread, so the answer is delivered there; owned by the
    # application where it can be, so its Python wrapper going away deletes nothing.
    on_app_thread = app is not None and QThread.currentThread() is app.thread()
    relay = _Relay(app if on_app_thread else None)
    key = next(_keys)
    _jobs[key] = _Job(func, args, on_done, on_error, relay)
    relay.done.connect(_delivered)
    relay.failed.connect(_failed)
    (pool or QThreadPool.globalInstance()).start(_Task(key, relay))


class LatestOnly:
    """ "Latest read wins": a view that asks again before an earlier answer arrives shows
    only the newest answer (reads finish in any order).

        self._reads = LatestOnly()
        self._reads.run(load_rows, path, on_done=self._show)
    """

    def __init__(self) -> None:
        self._asked = 0

    def ticket(self) -> int:
        """A new read is on its way: the answers of earlier tickets are stale."""
        self._asked += 1
        return self._asked

    def is_latest(self, ticket: int) -> bool:
        return ticket == self._asked

    def drop_pending(self) -> None:
        """Whatever is on its way is no longer wanted."""
        self._asked += 1

    def run(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> int:
        ticket = self.ticket()

        def done(value: Any) -> None:
            if self.is_latest(ticket):
                on_done(value)

        def failed(exc: BaseException) -> None:
            if self.is_latest(ticket) and on_error is not None:
                on_error(exc)
            elif on_error is None:
                log.error("background read failed: %s", exc)

        run_task(func, *args, on_done=done, on_error=failed, pool=pool)
        return ticket
