"""The company page's read model: one company's facts, stage and events as plain rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.domain.phrases import shown
from desktop.domain.stages import StageStatus, stage_of
from desktop.store.db import Database
from desktop.store.events import EventView, company_events, counts_for_stage
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


@dataclass(frozen=True)
class CompanyPageData:
    company: CompanyFacts
    status: StageStatus
    events: list[EventView]


def load_company_page(
    db: Database, company_id: int, today: date | None = None
) -> CompanyPageData | None:
    """Everything the company page shows, in one call (None: the company is gone)."""
    with db.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            return None
        facts = CompanyFacts.of(company)
    events = [
        replace(e, title=shown(e.title), match_reason=e.match_reason and shown(e.match_reason))
        for e in company_events(db, company_id)
    ]
    status = stage_of([e for e in events if counts_for_stage(e)], today=today or date.today())
    return CompanyPageData(company=facts, status=status, events=events)
