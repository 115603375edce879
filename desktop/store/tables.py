"""The database tables.  Schema changes need a new Alembic revision in ``migrations``."""

import datetime as dt
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Company(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    name_zh: str | None = None
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sector: str | None = None
    headquarters: str | None = None
    founded: int | None = None
    hk_code: str | None = Field(default=None, index=True)
    a_code: str | None = None
    a_exchange: str | None = None
    notes: str = ""
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Facts with their source: [{"text", "source", "date", "url"}].
    facts: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    origin: str = "user"  # "seed", "user" or "pipeline"
    seed_key: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Stage summary, recomputed from events whenever they change, so that the
    # watchlist loads with one small query at start-up.
    stage: str = "watching"
    stage_since: dt.date | None = None
    last_event_date: dt.date | None = None
    last_event_title: str | None = None
    next_step: str = ""
    next_date: dt.date | None = None
    lapse_date: dt.date | None = None
    # -- Listing facts typed by the person (migration 0007): the day the shares began
    # trading in Hong Kong and the offer price in HK$ per share.
    listing_date: dt.date | None = None
    offer_price: float | None = None


class Event(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    company_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("company.id", ondelete="SET NULL"), index=True),
    )
    kind: str = Field(index=True)
    source: str
    published: dt.date | None = Field(default=None, index=True)
    title: str = ""
    url: str | None = None
    fingerprint: str = Field(unique=True)
    ref: str | None = None
    subject: str = ""
    subject_key: str = Field(default="", index=True)
    names: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    match_reason: str | None = None
    raw: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    seen_at: datetime = Field(default_factory=utcnow)


class FundingRound(SQLModel, table=True):
    __tablename__ = "funding_round"

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("company.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    date: dt.date | None = None
    round: str = ""
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    investors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    source_url: str | None = None
    notes: str = ""


class SourceState(SQLModel, table=True):
    __tablename__ = "source_state"

    source_id: str = Field(primary_key=True)
    enabled: bool = True
    interval_min: int = 60
    # url -> {"etag": ..., "last_modified": ...}
    validators: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    memory: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    last_run: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    next_run: datetime | None = None
    items_seen: int = 0
    new_events: int = 0


class Alert(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("event.id", ondelete="CASCADE"), unique=True, nullable=False
        )
    )
    company_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    read: bool = False
    delivered: bool = False


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON))


# --- Company identity learned from the sources -----------------------------------------
# The official names and the stock code a matched listing or filing gave a company, each
# with where it came from; the user can remove one (it is then never learned again).


class CompanyIdentity(SQLModel, table=True):
    __tablename__ = "company_identity"
    __table_args__ = (UniqueConstraint("company_id", "field", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("company.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    field: str  # "name_en", "name_zh" or "hk_code"
    value: str
    source: str  # source id, e.g. "hkex_new_listings"
    url: str | None = None
    published: dt.date | None = None  # the date of the record it came from
    event_id: int | None = None
    learned_at: datetime = Field(default_factory=utcnow)
    removed: bool = False  # the user removed it: shown nowhere, never learned again


# -- Suggested funding rounds (rounds proposed from filings and news) -----------------------


class FundingProposal(SQLModel, table=True):
    """A round a filing or an article states, waiting for the user to accept or reject.

    ``fingerprint`` (company + the round's identity) is unique, so a round reported
    again — by another article, or by the filing — joins its proposal as one more source
    instead of coming back, whatever its status.
    """

    __tablename__ = "funding_proposal"

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("company.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    fingerprint: str = Field(unique=True)
    status: str = Field(default="proposed", index=True)  # proposed / accepted / rejected
    round: str = ""
    date: dt.date | None = None
    date_precision: str = ""  # "day", "month" or ""
    amount: float | None = None
    currency: str | None = None
    valuation: float | None = None
    valuation_currency: str | None = None
    investors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Where it was stated, best first: [{"kind": "document"|"news", "url", "title",
    # "page", "sentence", "published"}].
    sources: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    round_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("funding_round.id", ondelete="SET NULL")),
    )
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
