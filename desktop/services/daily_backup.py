"""Check every hour whether today's backup is due, and make it on a worker thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store.backup import DEFAULT_KEEP, backup_now, daily_backup_due

log = logging.getLogger(__name__)


class DailyBackup(QObject):
    """Checks every ``interval_ms`` (and soon after start) whether today's backup is due,
    and makes it in a worker thread.  ``failed(message)`` when it could not be made."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        parent: QObject | None = None,
        *,
        keep: int = DEFAULT_KEEP,
        interval_ms: int = 60 * 60 * 1000,
        first_check_ms: int = 2 * 60 * 1000,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup_dir = Path(backup_dir)
        self.keep = keep
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check)

    def check(self) -> bool:
        """Start today's backup if it is due and none is running; True when started."""
        if self._running or not self.db_path.exists() or not daily_backup_due(self.backup_dir):
            return False
        from desktop.services.tasks import run_task

        self._running = True
        run_task(
            backup_now,
            self.db_path,
            self.backup_dir,
            self.keep,
            on_done=self._done,
            on_error=self._failed,
        )
        return True

    def stop(self) -> None:
        self.timer.stop()

    def _done(self, path: Any) -> None:
        self._running = False
        log.info("daily backup: %s", path)
        self.done.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.error("daily backup failed: %s", exc)
        self.failed.emit(str(exc))


def schedule_daily_backup(
    parent: QObject | None, db_path: Path, backup_dir: Path, **kwargs: Any
) -> DailyBackup:
    """Start the daily backup check; keep the returned object (it owns the timer)."""
    return DailyBackup(db_path, backup_dir, parent, **kwargs)
