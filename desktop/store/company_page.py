"""The company page's read model: one company's facts, stage and events as plain rows,
read with the standard library's sqlite3 (or ``fastread.ServerReader`` on a team
database): opening a company loads no ORM."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.phrases import shown
from desktop.domain.stages import StageStatus, stage_of
from desktop.store.event_reads import (
    EventView,
    counts_for_stage,
    newest_first,
    read_events,
)
from desktop.store.fastread import connect

if TYPE_CHECKING:
    from desktop.store.db import Database
    from desktop.store.tables import Company


@dataclass(frozen=True)
class CompanyFacts:
    """A company as the page shows it (a copy: no database session behind it)."""

    id: int
    name: str
    name_zh: str | None
    aliases: tuple[str, ...]
    sector: str | None
    headquarters: str | None
    founded: int | None
    hk_code: str | None
    a_code: str | None
    a_exchange: str | None
    notes: str
    tags: tuple[str, ...]
    facts: tuple[dict[str, Any], ...]
    origin: str
    listing_date: date | None = None  # typed by the person (migration 0007)
    offer_price: float | None = None  # HK$ per share

    @classmethod
    def of(cls, company: Company) -> CompanyFacts:
        assert company.id is not None
        return cls(
            id=company.id,
            name=company.name,
            name_zh=company.name_zh,
            aliases=tuple(company.aliases or ()),
            sector=company.sector,
            headquarters=company.headquarters,
            founded=company.founded,
            hk_code=company.hk_code,
            a_code=company.a_code,
            a_exchange=company.a_exchange,
            notes=company.notes or "",
            tags=tuple(company.tags or ()),
            facts=tuple(dict(f) for f in company.facts or ()),
            origin=company.origin,
            listing_date=company.listing_date,
            offer_price=company.offer_price,
        )


_COMPANY_SQL = (
    "SELECT id, name, name_zh, aliases, sector, headquarters, founded, hk_code, a_code,"
    " a_exchange, notes, tags, facts, origin, listing_date, offer_price"
    " FROM company WHERE id = ?"
)


def _json_list(value: Any) -> list[Any]:
    """A JSON column as sqlite3 and ``ServerReader`` hand it over: text."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return value if isinstance(value, list) else []


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _facts(row: Any) -> CompanyFacts:
    return CompanyFacts(
        id=row[0],
        name=row[1],
        name_zh=row[2],
        aliases=tuple(_json_list(row[3])),
        sector=row[4],
        headquarters=row[5],
        founded=row[6],
        hk_code=row[7],
        a_code=row[8],
        a_exchange=row[9],
        notes=row[10] or "",
        tags=tuple(_json_list(row[11])),
        facts=tuple(dict(f) for f in _json_list(row[12]) if isinstance(f, dict)),
        origin=row[13],
        listing_date=_day(row[14]),
        offer_price=None if row[15] is None else float(row[15]),
    )


@dataclass(frozen=True)
class CompanyPageData:
    company: CompanyFacts
    status: StageStatus
    events: list[EventView]


def load_company_page(
    db: Database, company_id: int, today: date | None = None
) -> CompanyPageData | None:
    """Everything the company page shows, in one call (None: the company is gone)."""
    con = connect(db.path)
    try:
        row = con.execute(_COMPANY_SQL, (company_id,)).fetchone()
        if row is None:
            return None
        facts = _facts(row)
        found = read_events(con, [company_id]).get(company_id, [])
    finally:
        con.close()
    events = [
        replace(e, title=shown(e.title), match_reason=e.match_reason and shown(e.match_reason))
        for e in newest_first(found)
    ]
    status = stage_of([e for e in events if counts_for_stage(e)], today=today or date.today())
    return CompanyPageData(company=facts, status=status, events=events)


def read_offer_tab(db: Database, company_id: int) -> Any:
    """The company's Offer tab (``offer_ah.OfferTab``), or None when it has no offer: a
    plain look first, since most companies have none and the offer's read models load
    the ORM."""
    con = connect(db.path)
    try:
        found = con.execute(
            "SELECT id FROM offer WHERE company_id = ? LIMIT 1", (company_id,)
        ).fetchone()
    finally:
        con.close()
    if found is None:
        return None
    from desktop.store.offer_ah import read_offer_tab as read_tab

    return read_tab(db, company_id)
