"""Backups, restore, import and export as a person sees them: one place to import the
dialogs from.  Each job has its module:

* ``backup_dialogs``: ``BackupDialog``, ``CorruptDatabaseDialog``,
  ``handle_damaged_database``.
* ``import_dialog``: ``ImportPreviewDialog``, ``import_watchlist_dialog``.
* ``export_dialogs``: ``export_watchlist_dialog``, ``export_events_dialog``,
  ``export_calendar_dialog`` (pass ``path`` to skip the file dialog).
* ``busy``: work on a worker thread behind a busy dialog.
* ``desktop.services.daily_backup``: ``schedule_daily_backup``.
"""

from __future__ import annotations

from desktop.services.daily_backup import DailyBackup, schedule_daily_backup
from desktop.ui.backup_dialogs import (
    BackupDialog,
    CorruptDatabaseDialog,
    handle_damaged_database,
    human_size,
)
from desktop.ui.busy import WaitCursor, in_background
from desktop.ui.export_dialogs import (
    confirm_saved,
    export_calendar_dialog,
    export_events_dialog,
    export_watchlist_dialog,
)
from desktop.ui.import_dialog import ImportPreviewDialog, import_watchlist_dialog

_in_background = in_background  # the name earlier callers use

__all__ = [
    "BackupDialog",
    "CorruptDatabaseDialog",
    "DailyBackup",
    "ImportPreviewDialog",
    "WaitCursor",
    "confirm_saved",
    "export_calendar_dialog",
    "export_events_dialog",
    "export_watchlist_dialog",
    "handle_damaged_database",
    "human_size",
    "import_watchlist_dialog",
    "in_background",
    "schedule_daily_backup",
]
