"""Import and export, one module per job; this module gathers their public names.

* ``watchlist_export``: the watchlist as CSV or JSON, and the field layout.
* ``events_export``: every stored event as CSV or JSON.
* ``calendar_ics``: key dates as an iCalendar (.ics) file.
* ``watchlist_import`` (rows read by ``import_rows``): preview, then apply all or nothing.
* ``export_files``: writing an export to a file and reading an import file.
"""

from __future__ import annotations

from desktop.store.calendar_ics import (
    CALENDAR_KINDS,
    UID_DOMAIN,
    CalendarEntry,
    calendar_entries,
    export_calendar,
    fold_line,
    ics_text,
    render_calendar,
)
from desktop.store.events_export import EVENT_FIELDS, export_events
from desktop.store.import_rows import MAX_FACTS, ImportRecord
from desktop.store.watchlist_export import (
    EVENTS_FORMAT,
    FACT_KEYS,
    FORMAT_VERSION,
    FORMATS,
    LIST_FIELDS,
    WATCHLIST_FIELDS,
    WATCHLIST_FORMAT,
    company_record,
    export_watchlist,
)
from desktop.store.watchlist_import import (
    MAX_IMPORT_ROWS,
    FieldChange,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PlannedAdd,
    PlannedUpdate,
    apply_import,
    claim_unmatched,
    detect_format,
    preview_import,
)

__all__ = [
    "CALENDAR_KINDS",
    "EVENTS_FORMAT",
    "EVENT_FIELDS",
    "FACT_KEYS",
    "FORMATS",
    "FORMAT_VERSION",
    "LIST_FIELDS",
    "MAX_FACTS",
    "MAX_IMPORT_ROWS",
    "UID_DOMAIN",
    "WATCHLIST_FIELDS",
    "WATCHLIST_FORMAT",
    "CalendarEntry",
    "FieldChange",
    "ImportPreview",
    "ImportRecord",
    "ImportRefused",
    "ImportResult",
    "PlannedAdd",
    "PlannedUpdate",
    "apply_import",
    "calendar_entries",
    "claim_unmatched",
    "company_record",
    "detect_format",
    "export_calendar",
    "export_events",
    "export_watchlist",
    "fold_line",
    "ics_text",
    "preview_import",
    "render_calendar",
]
