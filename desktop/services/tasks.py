"""The one way to run work off the GUI thread and get the outcome back on it.

    run_task(load_events, company_id, on_done=self.show_events, on_error=self.show_error)

``func`` runs in the global QThreadPool and must never touch widgets.  ``on_done`` /
``on_error`` run on the GUI thread, delivered by a queued signal.  A callback whose
receiver has been deleted in the meantime is simply not called.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[..., Any], args: tuple[Any, ...], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func = func
        self._args = args
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func(*self._args)
        except Exception as exc:  # reported to the caller on the GUI thread
            log.debug("background task failed:\n%s", traceback.format_exc())
            from desktop.store.location import plainly

            self._relay.failed.emit(plainly(exc))  # a team database gone: in plain words
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(
    func: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    relay = _Relay()  # created on the calling (GUI) thread, so slots run there
    _live.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()
        if callback is not None:
            try:
                callback(value)
            except RuntimeError as exc:  # receiver widget already deleted
                if "already deleted" not in str(exc):
                    raise

    def default_error(exc: BaseException) -> None:
        log.error("background task failed: %s", exc)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error or default_error, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(func, args, relay))


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
