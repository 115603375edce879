"""Every stored event as a CSV or JSON file (oldest first, undated last)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from desktop.store.db import Database
from desktop.store.tables import Company, Event
from desktop.store.watchlist_export import EVENTS_FORMAT, FORMAT_VERSION, check_format

EVENT_FIELDS: tuple[str, ...] = (
    "company",
    "subject",
    "kind",
    "source",
    "published",
    "title",
    "url",
    "ref",
    "fingerprint",
)


def export_events(db: Database, fmt: str, *, watchlist_only: bool = False) -> str:
    """Every stored event (or only those of watchlist companies) as CSV or JSON.

    ``company`` is the watchlist name ("" for applicants not on the watchlist),
    ``subject`` the name the source gave.  Oldest first, undated last."""
    fmt = check_format(fmt)
    statement = (
        select(
            col(Company.name),
            col(Event.subject),
            col(Event.kind),
            col(Event.source),
            col(Event.published),
            col(Event.title),
            col(Event.url),
            col(Event.ref),
            col(Event.fingerprint),
            col(Event.id),
        )
        .select_from(Event)
        .outerjoin(Company, col(Company.id) == col(Event.company_id))
    )
    if watchlist_only:
        statement = statement.where(col(Event.company_id).is_not(None))
    with db.session() as session:
        rows = sorted(
            session.execute(statement).all(),
            key=lambda r: (r[4] is None, r[4] or date.min, r[9]),
        )
    records = [
        {
            "company": r[0] or "",
            "subject": r[1] or "",
            "kind": r[2],
            "source": r[3],
            "published": r[4].isoformat() if r[4] else None,
            "title": r[5] or "",
            "url": r[6],
            "ref": r[7],
            "fingerprint": r[8],
        }
        for r in rows
    ]
    if fmt == "json":
        document = {"format": EVENTS_FORMAT, "version": FORMAT_VERSION, "events": records}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EVENT_FIELDS)
    for record in records:
        writer.writerow(["" if record[k] is None else str(record[k]) for k in EVENT_FIELDS])
    return out.getvalue()
