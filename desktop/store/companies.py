"""Watchlist writes: add, edit, delete companies; load the seed once (and finish a seed
update a migration made: the filings its new names match)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from desktop.domain.company_rules import CompanyDraft, validate
from desktop.domain.phrases import BY_SEED, SEED_EVENT
from desktop.sources.base import fingerprint
from desktop.store.db import Database
from desktop.store.settings import SEED_LOADED
from desktop.store.tables import Company, Event, Setting, utcnow

SEED_FLAG = SEED_LOADED.key


def other_names(session: Session, exclude_id: int | None = None) -> set[str]:
    """The other companies' names and Chinese names (``validate`` folds them)."""
    names: set[str] = set()
    for company in session.exec(select(Company)).all():
        if company.id != exclude_id:
            names.add(company.name.casefold())
            if company.name_zh:
                names.add(company.name_zh.casefold())
    return names


def apply_draft(company: Company, draft: CompanyDraft) -> None:
    """Copy a validated draft onto the row (empty text becomes NULL)."""
    company.name = draft.name
    company.name_zh = draft.name_zh or None
    company.aliases = list(draft.aliases)
    company.sector = draft.sector or None
    company.headquarters = draft.headquarters or None
    company.founded = draft.founded
    company.hk_code = draft.hk_code or None
    company.a_code = draft.a_code or None
    company.a_exchange = draft.a_exchange or None
    company.notes = draft.notes
    company.tags = list(draft.tags)
    company.listing_date = draft.listing_date
    company.offer_price = draft.offer_price
    company.updated_at = utcnow()


def draft_of(company: Company) -> CompanyDraft:
    return CompanyDraft(
        name=company.name,
        name_zh=company.name_zh or "",
        aliases=tuple(company.aliases or ()),
        sector=company.sector or "",
        headquarters=company.headquarters or "",
        founded=company.founded,
        hk_code=company.hk_code or "",
        a_code=company.a_code or "",
        a_exchange=company.a_exchange or "",
        notes=company.notes or "",
        tags=tuple(company.tags or ()),
        listing_date=company.listing_date,
        offer_price=company.offer_price,
    )


def add_company(db: Database, draft: CompanyDraft, *, origin: str = "user") -> Company:
    """Validate and store; raises InvalidCompany and stores nothing when the draft is bad."""
    with db.write() as session:
        clean = validate(draft, existing_names=other_names(session))
        company = Company(name=clean.name, origin=origin)
        apply_draft(company, clean)
        session.add(company)
        session.flush()
    _sync_listing(db, company)
    return company


def update_company(db: Database, company_id: int, draft: CompanyDraft) -> Company:
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise LookupError(f"Company {company_id} no longer exists.")
        clean = validate(draft, existing_names=other_names(session, exclude_id=company_id))
        apply_draft(company, clean)
        session.add(company)
    _sync_listing(db, company)
    return company


def _sync_listing(db: Database, company: Company) -> None:
    """A typed listing date and code make the company listed (store/user_listing)."""
    from desktop.store.user_listing import sync_listing_event

    sync_listing_event(db, company.id)


def delete_company(db: Database, company_id: int) -> None:
    """Remove from the watchlist.  Its events stay (unmatched) in the pipeline."""
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is not None:
            session.delete(company)


def deletion_summary(db: Database, company_id: int) -> list[str]:
    """What a deletion takes with it, in words ("2 funding rounds", "its notes"...)."""
    from sqlalchemy import func
    from sqlmodel import select

    from desktop.store.tables import FundingRound

    with db.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            return []
        rounds = session.exec(
            select(func.count())
            .select_from(FundingRound)
            .where(FundingRound.company_id == company_id)
        ).one()
        parts = []
        if rounds:
            parts.append(f"{rounds} funding round" + ("s" if rounds != 1 else ""))
        if company.notes.strip():
            parts.append("its notes")
        if company.aliases:
            n = len(company.aliases)
            parts.append(f"{n} alias" + ("es" if n != 1 else ""))
        if company.tags:
            n = len(company.tags)
            parts.append(f"{n} tag" + ("s" if n != 1 else ""))
        return parts


def get_company(db: Database, company_id: int) -> Company | None:
    with db.session() as session:
        return session.get(Company, company_id)


SEED_CLAIMS = "seed_claims"  # companies a migration gave new seed names (0010)


def load_seed(db: Database, seed_file: Path, today: date | None = None) -> int:
    """Add the seed watchlist on the very first run only; returns companies added.

    On a database seeded before, it finishes a seed update instead: the companies a
    migration gave new names (setting ``seed_claims``) get the unmatched filings those
    names match, with what they teach (official names, the code of a listing)."""
    with db.session() as session:
        seeded = session.get(Setting, SEED_FLAG) is not None
        pending = session.get(Setting, SEED_CLAIMS)
        claims = pending.value if pending is not None else None
    if seeded:
        if pending is not None:
            _finish_seed_update(db, claims)
        return 0
    with db.write() as session:
        if session.get(Setting, SEED_FLAG) is not None:
            return 0
        data: dict[str, Any] = json.loads(seed_file.read_text(encoding="utf-8"))
        sources = data.get("sources", {})
        added = []
        for entry in data["companies"]:
            company = Company(
                name=entry["name"],
                name_zh=entry.get("name_zh"),
                aliases=list(entry.get("aliases", [])),
                sector=entry.get("sector"),
                headquarters=entry.get("headquarters"),
                founded=entry.get("founded"),
                hk_code=entry.get("hk_code"),
                a_code=entry.get("a_code"),
                a_exchange=entry.get("a_exchange"),
                tags=list(entry.get("tags", [])),
                facts=[
                    {
                        **fact,
                        **{"source": sources.get(fact["source"], {}).get("article", "")},
                        "date": sources.get(fact["source"], {}).get("date", ""),
                    }
                    for fact in entry.get("facts", [])
                ],
                origin="seed",
                seed_key=entry["key"],
            )
            session.add(company)
            session.flush()
            added.append(company.id)
            for number, ev in enumerate(entry.get("events", [])):
                src = sources.get(ev["source"], {})
                key = f"{entry['key']}:{number}"
                session.add(
                    Event(
                        company_id=company.id,
                        kind=ev["kind"],
                        source="seed",
                        published=None,
                        title=SEED_EVENT.compose(
                            title=ev["title"],
                            article=src.get("article", ""),
                            year=src.get("date", ""),
                        ),
                        fingerprint=fingerprint("seed", key),
                        subject=company.name,
                        subject_key="",
                        names=[company.name],
                        match_reason=BY_SEED.compose(),
                        raw={
                            "article": src.get("article"),
                            "year": src.get("date"),
                            "listing_plan": True,
                        },
                    )
                )
        session.add(Setting(key=SEED_FLAG, value=True))
        session.add(
            Setting(
                key="market_facts",
                value=[
                    {
                        **f,
                        "source": sources.get(f["source"], {}).get("article", ""),
                        "date": sources.get(f["source"], {}).get("date", ""),
                    }
                    for f in data.get("market_facts", [])
                ],
            )
        )
    from desktop.store.events import refresh_stages

    refresh_stages(db, [cid for cid in added if cid is not None], today=today)
    return len(added)


def _finish_seed_update(db: Database, claims: Any) -> None:
    """Claim the filings the new seed names match, then forget the note (a crash in
    between claims again next time: only unmatched filings are claimed)."""
    from desktop.store.claims import claim_unmatched

    if isinstance(claims, list):
        claim_unmatched(db, [c for c in claims if isinstance(c, int) and not isinstance(c, bool)])
    with db.write() as session:
        note = session.get(Setting, SEED_CLAIMS)
        if note is not None:
            session.delete(note)


def all_companies(db: Database) -> list[Company]:
    with db.session() as session:
        return list(session.exec(select(Company).order_by(col(Company.name))).all())
