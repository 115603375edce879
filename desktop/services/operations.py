"""Writes the user makes, as named operations (the pattern of anki's ``CollectionOp``).

    Operation(QT_TRANSLATE_NOOP("Operations", "Delete company"), delete_company, db,
              company_id, changes=Change.of_company(company_id)).success(done).run()

The name is a phrase marked for the catalogue in the context "Operations": the signals
carry it as written, and `operation_label(name)` gives it in the interface language (the main
window's "Delete company failed: …" reads "刪除公司失敗：…" in Traditional Chinese).

The write runs on the operations thread, never on the GUI thread: a poll child holding
SQLite's write lock (its poll is one transaction) makes the worker wait, not the window.
Operations run one at a time in the order they were started, so an edit and a delete of
the same company land as the user made them.  On success the change signal says what
changed, then ``success(result)`` runs on the GUI thread; on failure ``failure(error)``
runs there (by default the failure is reported through ``operation_events().failed``,
which the main window shows in words).

If a poll child holds SQLite's write lock longer than the busy timeout, the write is
tried again (it wrote nothing), a few times, before the operation fails, in words.

Never touch a widget inside the write: it runs on another thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, Signal

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Change, app_changes, of_application
from desktop.services.tasks import run_task

log = logging.getLogger(__name__)
T = TypeVar("T")
# A write that found the database busy (each try already waited SQLite's busy timeout)
# is tried again after a pause, this many times in all.
BUSY_TRIES = 6
BUSY_PAUSE_S = 1.0
BUSY_TEXT = QT_TRANSLATE_NOOP(
    "Operations",
    "The database stayed busy (new results were being saved), so this change was not "
    "saved. Please try again in a moment.",
)


class DatabaseBusy(Exception):
    """A user's write gave up: the database's write lock was never had."""


def _patiently(name: str, write: Callable[..., T], *args: Any) -> T:
    """(operations thread) ``write(*args)``, tried again while the database is busy."""
    for attempt in range(1, BUSY_TRIES + 1):
        try:
            return write(*args)
        except Exception as exc:
            from desktop.store.db import is_busy  # (SQLAlchemy: not before the first paint)

            if not is_busy(exc):
                raise
            if attempt == BUSY_TRIES:
                raise DatabaseBusy(QCoreApplication.translate("Operations", BUSY_TEXT)) from exc
            log.warning("%s: the database is busy; trying again (%d)", name, attempt)
            time.sleep(BUSY_PAUSE_S)
    raise AssertionError("unreachable")


class OperationEvents(QObject):
    """What every operation reports besides its own callbacks."""

    started = Signal(str)  # the operation's name
    succeeded = Signal(str)
    failed = Signal(str, str)  # name, what went wrong in words


_pool: QThreadPool | None = None


def operation_label(name: str) -> str:
    """An operation's name in the interface language."""
    return QCoreApplication.translate("Operations", name)


def operation_events() -> OperationEvents:
    return of_application(OperationEvents)


def _operations_pool() -> QThreadPool:
    """One thread: the user's writes apply in the order they were made."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


def wait_for_operations(timeout_ms: int = -1) -> bool:
    """(tests, shutdown) Wait until every started write is done."""
    return _operations_pool().waitForDone(timeout_ms)


class Operation(Generic[T]):
    """One named write with an outcome.  Build it, add callbacks, then ``run()``."""

    def __init__(
        self,
        name: str,
        write: Callable[..., T],
        *args: Any,
        changes: Change | Callable[[T], Change] | None = None,
    ) -> None:
        self.name = name
        self._write = write
        self._args = args
        self._changes = changes
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._failure = callback
        return self

    def change_for(self, result: T) -> Change:
        if self._changes is None:
            return Change()
        if isinstance(self._changes, Change):
            return self._changes
        return self._changes(result)

    def run(self) -> None:
        """Start the write in the background; the callbacks follow on the GUI thread."""
        operation_events().started.emit(self.name)
        run_task(
            _patiently,
            self.name,
            self._write,
            *self._args,
            on_done=self._succeeded,
            on_error=self._failed,
            pool=_operations_pool(),
        )

    def run_and_wait(self) -> T:
        """Start the write and keep the window's event loop turning until it is done, then
        return its result or raise its error (for a dialog that stays open on bad input)."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def done(result: T) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        operation_events().started.emit(self.name)
        run_task(
            _patiently,
            self.name,
            self._write,
            *self._args,
            on_done=done,
            on_error=failed,
            pool=_operations_pool(),
        )
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "error" in outcome:
            raise outcome["error"]
        result: T = outcome["result"]
        self._announce(result)
        return result

    def _announce(self, result: T) -> None:
        app_changes().announce(self.change_for(result), written=True)
        operation_events().succeeded.emit(self.name)

    def _succeeded(self, result: T) -> None:
        self._announce(result)
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        log.error("%s failed: %s", self.name, exc)
        if self._failure is not None:
            self._failure(exc)
        else:
            operation_events().failed.emit(self.name, str(exc) or type(exc).__name__)
