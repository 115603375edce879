"""New Listing Report rows for the market charts: one plain row per listing, IPOs only
where the chart counts and sums (``ipo_listings``), totals per month or quarter."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.base import SourceItem
from desktop.sources.hkex_common import hk_code, sane
from desktop.sources.nlr_cells import listing_method

SOURCE_ID = "hkex_new_listings"


def listings(items: Iterable[SourceItem | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One plain row per listing (deduplicated by code and date), oldest first.

    Accepts this source's items or their ``raw`` dicts.  Rows: ``code``, ``name``,
    ``board``, ``listing_date`` (date), ``prospectus_date`` (date or None),
    ``funds_raised_hkd`` (float or None), ``offer_price`` (float or None), ``sponsors``.
    """
    rows: dict[tuple[str, date], dict[str, Any]] = {}
    for item in items:
        if isinstance(item, SourceItem):
            if item.source != SOURCE_ID or item.kind != EventKind.LISTED.value:
                continue
            raw: Mapping[str, Any] = item.raw
        elif isinstance(item, Mapping):
            raw = item
        else:
            continue
        code = hk_code(raw.get("code"))
        day = _iso_date(raw.get("listing_date"))
        if code is None or day is None:
            continue
        funds = raw.get("funds_raised_hkd")
        price = raw.get("offer_price")
        sponsors = raw.get("sponsors")
        rows[(code, day)] = {
            "code": code,
            "name": str(raw.get("name") or ""),
            "board": str(raw.get("board") or "sehk"),
            "listing_date": day,
            "prospectus_date": _iso_date(raw.get("prospectus_date")),
            "funds_raised_hkd": _finite(funds),
            "offer_price": _finite(price),
            "sponsors": [str(s) for s in sponsors] if isinstance(sponsors, list) else [],
            "method": _method_of(raw),
        }
    return sorted(rows.values(), key=lambda r: (r["listing_date"], r["code"]))


def ipo_listings(items: Iterable[SourceItem | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``listings`` that are IPOs: no transfers from GEM, De-SPAC deals or introductions
    (what the market chart counts and sums)."""
    return [row for row in listings(items) if row["method"] == "ipo"]


def _method_of(raw: Mapping[str, Any]) -> str:
    method = raw.get("method")
    if isinstance(method, str) and method:
        return method
    parts = raw.get("rows")  # stored before the method was kept: read it from the cells
    texts = (
        [p.get("funds_raised_text") for p in parts if isinstance(p, dict)]
        if isinstance(parts, list)
        else []
    )
    return listing_method(t if isinstance(t, str) else None for t in texts)


def market_totals(rows: Iterable[Mapping[str, Any]], period: str = "month") -> list[dict[str, Any]]:
    """Listings and money raised per ``month`` ("2026-01") or ``quarter`` ("2026-Q1").

    ``rows`` are ``listings(...)`` rows.  Periods without listings are not listed.
    """
    if period not in ("month", "quarter"):
        raise ValueError("period must be 'month' or 'quarter'")
    totals: dict[str, dict[str, Any]] = {}
    for row in rows:
        day = row.get("listing_date")
        if not isinstance(day, date):
            continue
        label = (
            f"{day.year}-{day.month:02d}"
            if period == "month"
            else f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        )
        slot = totals.setdefault(label, {"period": label, "count": 0, "funds_raised_hkd": 0.0})
        slot["count"] += 1
        slot["funds_raised_hkd"] += _finite(row.get("funds_raised_hkd")) or 0.0
    return [totals[k] for k in sorted(totals)]


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _iso_date(value: Any) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return sane(value)
    if isinstance(value, str) and len(value) == 10:
        try:
            return sane(date.fromisoformat(value))
        except ValueError:
            return None
    return None
