"""Everything the company page shows, gathered in one background call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.stages import StageStatus, stage_of
from desktop.store.db import Database
from desktop.store.events import EventView, company_events, counts_for_stage
from desktop.store.tables import Company, FundingRound


@dataclass(frozen=True)
class CompanyPageData:
    company: Company
    status: StageStatus
    events: list[EventView]
    rounds: list[FundingRound]


def load_company_page(
    db: Database, company_id: int, today: date | None = None
) -> CompanyPageData | None:
    from sqlmodel import select

    with db.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            return None
        rounds = list(
            session.exec(select(FundingRound).where(FundingRound.company_id == company_id)).all()
        )
    events = company_events(db, company_id)
    status = stage_of([e for e in events if counts_for_stage(e)], today=today or date.today())
    return CompanyPageData(company=company, status=status, events=events, rounds=rounds)
