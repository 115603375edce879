"""A company's identity as the sources state it: learned on a match, shown, removable.

When a record of the exchange (a New Listing Report row, an application-proof record, a
listed-applicant record) is matched to a watched company, the company learns the official
English and Chinese names the record gives and, from a listing, its stock code.  Each
fact is stored with where it came from (source, URL, date of the record).  The learned
names become aliases and the code the company's HK code when it has none, so the next
poll matches by code first.  The user can remove a learned fact: its alias or code goes
again, and the same fact is never learned again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlmodel import col, select

from desktop.domain.identity import HK_CODE, name_field, official_name
from desktop.domain.kinds import EventKind
from desktop.domain.names import normalize
from desktop.store.db import Database
from desktop.store.identity_reads import (  # the read models, without the ORM
    IdentityView as IdentityView,
)
from desktop.store.identity_reads import (
    ListingView as ListingView,
)
from desktop.store.identity_reads import (
    company_identity as company_identity,
)
from desktop.store.identity_reads import (
    company_listing as company_listing,
)
from desktop.store.tables import Company, CompanyIdentity, utcnow

# Sources whose records give a company's official names as the exchange registered them.
NAME_SOURCES = {"hkex_new_listings", "hkex_app"}
CODE_KINDS = {EventKind.LISTED.value}
_MAX_NAMES = 4  # per record: English and Chinese, perhaps a former name
_MAX_LEARNED_ALIASES = 45  # below the watchlist's 50, so the user can still add some


@dataclass(frozen=True, slots=True)
class LearnedFact:
    company_id: int
    field: str
    value: str
    source: str
    url: str | None
    published: date | None
    event_id: int | None


def facts_of(company_id: int, event_id: int | None, item: Any) -> list[LearnedFact]:
    """What one matched source item (``SourceItem``) says about the company's identity."""
    if item.source not in NAME_SOURCES:
        return []
    facts: list[LearnedFact] = []

    def add(field: str, value: str) -> None:
        if value and all(f.field != field or f.value != value for f in facts):
            facts.append(
                LearnedFact(
                    company_id, field, value, item.source, item.url, item.published, event_id
                )
            )

    for raw_name in list(item.names)[:_MAX_NAMES]:
        name = official_name(raw_name)
        field = name_field(name)
        if field is not None and len(name) <= 300:
            add(field, name)
    if item.kind in CODE_KINDS:
        code = item.code("hk")
        if code and code.isdigit():
            add(HK_CODE, code.zfill(5))
    return facts


_CHUNK = 500  # ids per IN list


def learn(session: Any, facts: Iterable[LearnedFact]) -> None:
    """Store new facts and apply them to their companies (in the caller's transaction).

    The companies and the facts they already have are read in one query each, whatever
    the number of companies (a poll may teach dozens)."""
    by_company: dict[int, list[LearnedFact]] = {}
    for fact in facts:
        by_company.setdefault(fact.company_id, []).append(fact)
    if not by_company:
        return
    ids = list(by_company)
    companies: dict[int, Company] = {}
    known_by_company: dict[int, set[tuple[str, str]]] = {cid: set() for cid in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for company in session.exec(select(Company).where(col(Company.id).in_(chunk))).all():
            companies[company.id] = company
        rows = session.exec(
            select(CompanyIdentity.company_id, CompanyIdentity.field, CompanyIdentity.value).where(
                col(CompanyIdentity.company_id).in_(chunk)
            )
        ).all()
        for company_id, field, value in rows:
            known_by_company[company_id].add((field, value))
    learned: list[dict[str, Any]] = []
    for company_id, found in by_company.items():
        company = companies.get(company_id)
        if company is None:
            continue
        known = known_by_company[company_id]
        aliases = list(company.aliases or ())
        keys = {normalize(n) for n in (company.name, company.name_zh or "", *aliases) if n}
        changed = False
        for fact in found:
            if (fact.field, fact.value) in known:
                continue  # learned before, or removed by the user: leave it
            known.add((fact.field, fact.value))
            learned.append(
                {
                    "company_id": company_id,
                    "field": fact.field,
                    "value": fact.value,
                    "source": fact.source,
                    "url": fact.url,
                    "published": fact.published,
                    "event_id": fact.event_id,
                    "learned_at": utcnow(),
                    "removed": False,
                }
            )
            if fact.field == HK_CODE:
                if not company.hk_code:
                    company.hk_code = fact.value
                    changed = True
            elif normalize(fact.value) not in keys and len(aliases) < _MAX_LEARNED_ALIASES:
                keys.add(normalize(fact.value))
                aliases.append(fact.value)
                changed = True
        if changed:
            company.aliases = aliases
            company.updated_at = utcnow()
            session.add(company)
    if learned:  # one executemany, in the order they were learned (as a flush would)
        session.execute(insert(CompanyIdentity), learned)


def remove_identity(db: Database, identity_id: int) -> int | None:
    """Remove a learned fact: its alias or code goes from the company, and it is never
    learned again.  Returns the company's id (None when the fact no longer exists)."""
    with db.write() as session:
        row = session.get(CompanyIdentity, identity_id)
        if row is None:
            return None
        row.removed = True
        session.add(row)
        company = session.get(Company, row.company_id)
        if company is not None:
            if row.field == HK_CODE:
                if company.hk_code == row.value:
                    company.hk_code = None
            else:
                company.aliases = [a for a in company.aliases or () if a != row.value]
            company.updated_at = utcnow()
            session.add(company)
        return row.company_id


def was_removed(session: Any, company_id: int, field: str, value: str) -> bool:
    """Whether the user removed this learned fact from the company."""
    row = session.exec(
        select(CompanyIdentity).where(
            CompanyIdentity.company_id == company_id,
            CompanyIdentity.field == field,
            CompanyIdentity.value == value,
        )
    ).first()
    return bool(row is not None and row.removed)


def learn_from_stored(session: Any, stored: Sequence[Any]) -> None:
    """``learn`` from a poll's stored events (``StoredEvent``) that found a company."""
    facts: list[LearnedFact] = []
    for event in stored:
        if event.company_id is not None:
            facts.extend(facts_of(event.company_id, event.id, event.item))
    if facts:
        learn(session, facts)
