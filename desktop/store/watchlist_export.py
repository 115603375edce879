"""The watchlist as a CSV or JSON file, and the field layout both share with the import.

Columns / keys, in this order: ``name, name_zh, aliases, sector, headquarters, founded,
hk_code, a_code, a_exchange, listing_date, offer_price, notes, tags, facts``.

* JSON: ``{"format": "ipo-pipeline-watch/watchlist", "version": 1, "companies": [...]}``
  (a bare list of company objects is accepted on import).  ``aliases`` and ``tags`` are
  lists of strings, ``facts`` a list of objects (``text``, ``source``, ``date``, ``url``),
  ``founded`` and ``offer_price`` numbers or null, every other field a string ("" when
  unknown; ``listing_date`` as YYYY-MM-DD).
* CSV (UTF-8, comma separated, RFC 4180 quoting, header row), readable in a spreadsheet:
  ``aliases`` and ``tags`` are joined with "; " (a cell whose items themselves hold a
  separator is written as a JSON list instead, so every name survives); ``facts`` hold
  one fact per line, ``text | source | date | url`` (JSON when a fact holds " | " or a
  line break).  The import reads both forms back.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from sqlalchemy import select

from desktop.domain.i18n import translate
from desktop.store.db import Database
from desktop.store.tables import Company

WATCHLIST_FORMAT = "ipo-pipeline-watch/watchlist"
EVENTS_FORMAT = "ipo-pipeline-watch/events"
FORMAT_VERSION = 1
FORMATS = ("csv", "json")

WATCHLIST_FIELDS: tuple[str, ...] = (
    "name",
    "name_zh",
    "aliases",
    "sector",
    "headquarters",
    "founded",
    "hk_code",
    "a_code",
    "a_exchange",
    "listing_date",
    "offer_price",
    "notes",
    "tags",
    "facts",
)
LIST_FIELDS = ("aliases", "tags")
FACT_KEYS = ("text", "source", "date", "url")
FACT_SEPARATOR = " | "
LIST_SEPARATOR = "; "
# What the import splits a plain list cell on (company_rules.split_list).
_SPLITS = re.compile(r"[\n,;，；、]")


def company_record(company: Company) -> dict[str, Any]:
    """One company as the export writes it (JSON types)."""
    listing = getattr(company, "listing_date", None)
    return {
        "name": company.name,
        "name_zh": company.name_zh or "",
        "aliases": [str(a) for a in company.aliases or ()],
        "sector": company.sector or "",
        "headquarters": company.headquarters or "",
        "founded": company.founded,
        "hk_code": company.hk_code or "",
        "a_code": company.a_code or "",
        "a_exchange": company.a_exchange or "",
        "listing_date": listing.isoformat() if listing else "",
        "offer_price": getattr(company, "offer_price", None),
        "notes": company.notes or "",
        "tags": [str(t) for t in company.tags or ()],
        "facts": [dict(f) for f in company.facts or () if isinstance(f, dict)],
    }


def _companies(db: Database) -> list[Company]:
    with db.session() as session:
        rows = list(session.execute(select(Company)).scalars())
    return sorted(rows, key=lambda c: (c.name.casefold(), c.name, c.id or 0))


def export_watchlist(db: Database, fmt: str) -> str:
    """The whole watchlist as CSV or JSON text (see the module docstring)."""
    records = [company_record(c) for c in _companies(db)]
    fmt = check_format(fmt)
    if fmt == "json":
        document = {"format": WATCHLIST_FORMAT, "version": FORMAT_VERSION, "companies": records}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(WATCHLIST_FIELDS)
    for record in records:
        writer.writerow([csv_cell(name, record[name]) for name in WATCHLIST_FIELDS])
    return out.getvalue()


def csv_cell(name: str, value: Any) -> str:
    """A value as its CSV cell: lists joined readably, facts one per line."""
    if name in LIST_FIELDS:
        items = [str(v) for v in value or ()]
        if any(_SPLITS.search(item) for item in items):
            return json.dumps(items, ensure_ascii=False)
        return LIST_SEPARATOR.join(items)
    if name == "facts":
        return _facts_cell(value or [])
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if name != "offer_price" else f"{value:.2f}"
    return str(value)


def _facts_cell(facts: list[dict[str, Any]]) -> str:
    lines = []
    for fact in facts:
        if set(fact) - set(FACT_KEYS):
            return json.dumps(facts, ensure_ascii=False)
        parts = ["" if fact.get(k) is None else str(fact.get(k)) for k in FACT_KEYS]
        if any(FACT_SEPARATOR.strip() in p or "\n" in p or "\r" in p for p in parts):
            return json.dumps(facts, ensure_ascii=False)
        if parts[0].startswith("["):
            return json.dumps(facts, ensure_ascii=False)
        while parts and parts[-1] == "":
            parts.pop()
        lines.append(FACT_SEPARATOR.join(parts))
    return "\n".join(lines)


def facts_of_cell(text: str) -> list[dict[str, Any]]:
    """The facts of a CSV cell written by ``csv_cell`` (one per line)."""
    facts = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(FACT_SEPARATOR.strip())]
        fact: dict[str, Any] = {}
        for key, part in zip(FACT_KEYS, parts, strict=False):
            if part:
                fact[key] = part
        if len(parts) > len(FACT_KEYS):
            fact["url"] = FACT_SEPARATOR.strip().join(parts[len(FACT_KEYS) - 1 :])
        facts.append(fact)
    return facts


def check_format(fmt: str) -> str:
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(
            translate("WatchlistExport", "Unknown format {format}: use csv or json.").format(
                format=repr(fmt)
            )
        )
    return fmt
