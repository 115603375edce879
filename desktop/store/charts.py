"""The charts' read models: the rows each chart draws from, as plain tuples."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import col, select

from desktop.store.db import Database
from desktop.store.tables import Company, Event, FundingRound


def listing_events(db: Database, source_id: str) -> list[tuple[Any, int | None, str | None]]:
    """(raw, company id, company name) of every ``listed`` event of ``source_id``."""
    with db.session() as session:
        found = session.exec(
            select(Event.raw, Event.company_id, Company.name)
            .join(Company, Company.id == Event.company_id, isouter=True)  # type: ignore[arg-type]
            .where(Event.source == source_id, Event.kind == "listed")
        ).all()
    return [(raw, company_id, name) for raw, company_id, name in found]


def companies_with_rounds(db: Database) -> tuple[list[Company], list[FundingRound]]:
    """Every company by name, and every funding round (for the comparison)."""
    with db.session() as session:
        companies = list(session.exec(select(Company).order_by(col(Company.name))).all())
        rounds = list(session.exec(select(FundingRound)).all())
    return companies, rounds


def price_closes(db: Database, company_id: int) -> list[tuple[date | None, Any]]:
    """(day, raw) of every price event of the company."""
    with db.session() as session:
        found = session.exec(
            select(col(Event.published), col(Event.raw)).where(
                Event.company_id == company_id, Event.kind == "price"
            )
        ).all()
    return [(day, raw) for day, raw in found]
