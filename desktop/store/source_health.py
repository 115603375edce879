"""What the app knows of a source's state, for empty states that tell the truth (a
chart never says "enable it" of a source that is on and failing).  Runs off the GUI
thread; the words come from ``domain.source_errors``."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.i18n import translate
from desktop.domain.source_errors import (
    SourceHealth,
    market_empty_text,
    price_empty_text,
)
from desktop.store.db import Database
from desktop.store.tables import Company, Setting, SourceState

MARKET_FACTS_KEY = "market_facts"


def source_health(db: Database, source_id: str) -> SourceHealth:
    with db.session() as session:
        state = session.get(SourceState, source_id)
    if state is None:
        return SourceHealth(source_id, known=False)
    return SourceHealth(
        source_id=source_id,
        enabled=bool(state.enabled),
        interval_min=state.interval_min,
        last_run=state.last_run,
        last_success=state.last_success,
        last_error=state.last_error,
    )


def market_facts(db: Database) -> list[dict[str, Any]]:
    """The seed's market facts, each with its source and date."""
    with db.session() as session:
        row = session.get(Setting, MARKET_FACTS_KEY)
    value = row.value if row is not None else None
    return [f for f in value if isinstance(f, dict)] if isinstance(value, list) else []


def market_empty(db: Database) -> str:
    return market_empty_text(source_health(db, "hkex_new_listings"), market_facts(db))


def price_empty(db: Database, company_id: int, today: date | None = None) -> str:
    with db.session() as session:
        company = session.get(Company, company_id)
    if company is None:
        return translate("SourceHealth", "The company is no longer on the watchlist.")
    return price_empty_text(
        company.hk_code, company.listing_date, source_health(db, "prices"), today
    )
