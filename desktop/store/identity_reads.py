"""The company page's identity read models, on the standard library's sqlite3 (or
``fastread.ServerReader`` on a team database): the names and code learned for a company
(``store.identity`` learns them), and its listing as the sources state it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.i18n import translate
from desktop.domain.identity import FIELD_LABELS, HK_CODE
from desktop.store.fastread import connect

if TYPE_CHECKING:
    from desktop.store.db import Database


@dataclass(frozen=True, slots=True)
class IdentityView:
    id: int
    field: str
    label: str  # what the fact is, in the interface language
    value: str
    source: str
    url: str | None
    published: date | None
    in_use: bool  # still the company's code / one of its aliases


def _json(value: Any) -> Any:
    """A JSON column as sqlite3 and ``ServerReader`` hand it over: text."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def company_identity(db: Database, company_id: int) -> list[IdentityView]:
    """The facts learned for a company (not those the user removed), oldest first."""
    con = connect(db.path)
    try:
        company = con.execute(
            "SELECT hk_code, aliases FROM company WHERE id = ?", (company_id,)
        ).fetchone()
        if company is None:
            return []
        rows = con.execute(
            "SELECT id, field, value, source, url, published FROM company_identity"
            " WHERE company_id = ? AND NOT removed ORDER BY id",
            (company_id,),
        ).fetchall()
    finally:
        con.close()
    hk_code, aliases = company[0], _json(company[1])
    known = set(aliases) if isinstance(aliases, list) else set()
    return [
        IdentityView(
            id=row[0] or 0,
            field=row[1],
            label=translate("CompanyIdentity", FIELD_LABELS.get(row[1], row[1])),
            value=row[2],
            source=row[3],
            url=row[4],
            published=_day(row[5]),
            in_use=(hk_code == row[2]) if row[1] == HK_CODE else row[2] in known,
        )
        for row in rows
    ]


# -- the listing, for the company page ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListingView:
    """A listed company's listing as the sources state it (None: not stated)."""

    code: str | None
    listing_date: date | None
    offer_price: float | None
    offer_price_text: str | None
    funds_raised_hkd: float | None
    sponsors: tuple[str, ...]
    method: str | None  # "ipo", "introduction", "transfer", "de_spac"
    source: str
    url: str | None
    title: str


def company_listing(db: Database, company_id: int) -> ListingView | None:
    """The company's listing: the New Listing Report's row when there is one (it carries
    price, funds and sponsors), else the latest other listing record."""
    con = connect(db.path)
    try:
        rows = con.execute(
            "SELECT id, source, published, url, title, raw FROM event"
            " WHERE company_id = ? AND kind = 'listed'",
            (company_id,),
        ).fetchall()
    finally:
        con.close()
    ranked = sorted(
        rows,
        key=lambda r: (r[1] == "hkex_new_listings", _day(r[2]) or date.min, r[0] or 0),
    )
    if not ranked:
        return None
    best = ranked[-1]
    found = _json(best[5])
    raw = found if isinstance(found, dict) else {}
    sponsors = raw.get("sponsors")
    return ListingView(
        code=_text(raw.get("code") or raw.get("stock_code")),
        listing_date=_day(best[2]),
        offer_price=_number(raw.get("offer_price")),
        offer_price_text=_text(raw.get("offer_price_text")),
        funds_raised_hkd=_number(raw.get("funds_raised_hkd")),
        sponsors=tuple(str(s) for s in sponsors) if isinstance(sponsors, list) else (),
        method=_text(raw.get("method")),
        source=best[1],
        url=best[3],
        title=best[4],
    )


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value == value else None
