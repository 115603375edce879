"""Offers and the documents read for them: each document once (by URL), each of its facts
once, in one transaction, so a crash mid-way stores nothing of that document.

A document that fails verification is kept as `rejected` with its reason and no facts; one
that cannot be read as `failed`; either way it is not read again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from desktop.domain.offer.dates import check_stabilisation
from desktop.domain.offer.facts import DocumentFacts
from desktop.store.db import Database
from desktop.store.tables import Company, Offer, OfferDocument, OfferFact, utcnow

OFFER_TYPES = ("formal_notice", "allotment_results", "stabilisation_end", "prospectus")


@dataclass(frozen=True, slots=True)
class StoredDocument:
    document_id: int
    offer_id: int | None
    new: bool
    status: str


def known_urls(db: Database, urls: list[str]) -> set[str]:
    if not urls:
        return set()
    with db.session() as session:
        rows = session.exec(select(OfferDocument.url).where(col(OfferDocument.url).in_(urls)))
        return set(rows.all())


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _offer_for(session: Session, code: str, issuer: str, company_id: int | None) -> Offer:
    offer = session.exec(select(Offer).where(Offer.stock_code == code)).first()
    if company_id is None:
        company = session.exec(select(Company).where(Company.hk_code == code)).first()
        company_id = company.id if company else None
    if offer is None:
        offer = Offer(stock_code=code, issuer=issuer, company_id=company_id)
        session.add(offer)
        session.flush()
    else:
        if company_id is not None and offer.company_id is None:
            offer.company_id = company_id
        if issuer and not offer.issuer:
            offer.issuer = issuer
        offer.updated_at = utcnow()
        session.add(offer)
    return offer


def _existing(session: Session, url: str) -> OfferDocument | None:
    return session.exec(select(OfferDocument).where(OfferDocument.url == url)).first()


def store_document(
    db: Database,
    url: str,
    facts: DocumentFacts,
    *,
    title: str = "",
    published: date | None = None,
    company_id: int | None = None,
) -> StoredDocument:
    """Store what one document said (idempotent by URL), in one transaction."""
    try:
        with db.write() as session:
            return store_document_in(
                session, url, facts, title=title, published=published, company_id=company_id
            )
    except IntegrityError:
        # Another writer stored the same URL first: that one stands.
        with db.session() as session:
            found = _existing(session, url)
            if found is None:
                raise
            assert found.id is not None
            return StoredDocument(found.id, found.offer_id, False, found.status)


def store_document_in(
    session: Session,
    url: str,
    facts: DocumentFacts,
    *,
    title: str = "",
    published: date | None = None,
    company_id: int | None = None,
) -> StoredDocument:
    """`store_document` inside the caller's transaction."""
    found = _existing(session, url)
    if found is not None:
        assert found.id is not None
        return StoredDocument(found.id, found.offer_id, False, found.status)
    code = facts.value("stock_code")
    status = "rejected" if facts.problems else "read"
    offer = None
    if status == "read" and facts.doc_type in OFFER_TYPES and code:
        offer = _offer_for(session, code, facts.value("issuer") or "", company_id)
    checks = list(facts.checks)
    if offer is not None and facts.doc_type == "stabilisation_end":
        checks.extend(_stabilisation_checks(session, offer, facts))
    document = OfferDocument(
        url=url,
        offer_id=offer.id if offer else None,
        status=status,
        reason="; ".join(facts.problems) or None,
        doc_type=facts.doc_type,
        lang=facts.lang,
        stock_code=code,
        title=title,
        published=published,
        page_count=facts.page_count,
        checks=checks,
    )
    session.add(document)
    session.flush()
    assert document.id is not None
    if offer is not None:
        assert offer.id is not None
        for key, fact in facts.facts.items():
            session.add(
                OfferFact(
                    offer_id=offer.id,
                    document_id=document.id,
                    key=key,
                    value=_plain(fact.value),
                    page=fact.page,
                    snippet=fact.snippet,
                )
            )
        session.flush()
    return StoredDocument(document.id, document.offer_id, True, status)


def store_failure(
    db: Database,
    url: str,
    reason: str,
    *,
    title: str = "",
    published: date | None = None,
    stock_code: str | None = None,
) -> StoredDocument:
    """A document that could not be read: kept with its reason, so it shows and is not
    downloaded again."""
    try:
        with db.write() as session:
            return store_failure_in(
                session, url, reason, title=title, published=published, stock_code=stock_code
            )
    except IntegrityError:
        with db.session() as session:
            found = _existing(session, url)
            assert found is not None and found.id is not None
            return StoredDocument(found.id, found.offer_id, False, found.status)


def store_failure_in(
    session: Session,
    url: str,
    reason: str,
    *,
    title: str = "",
    published: date | None = None,
    stock_code: str | None = None,
) -> StoredDocument:
    found = _existing(session, url)
    if found is not None:
        assert found.id is not None
        return StoredDocument(found.id, found.offer_id, False, found.status)
    document = OfferDocument(
        url=url,
        status="failed",
        reason=reason,
        title=title,
        published=published,
        stock_code=stock_code,
    )
    session.add(document)
    session.flush()
    assert document.id is not None
    return StoredDocument(document.id, None, True, "failed")


def _stabilisation_checks(session: Session, offer: Offer, facts: DocumentFacts) -> list[str]:
    ended = facts.value("stabilisation_ended")
    close = session.exec(
        select(OfferFact.value).where(
            OfferFact.offer_id == offer.id, OfferFact.key == "timetable.applications_close"
        )
    ).first()
    if not ended or not isinstance(close, str):
        return []
    try:
        message = check_stabilisation(date.fromisoformat(close[:10]), date.fromisoformat(ended))
    except ValueError:
        return []
    return [message] if message else []


def attach_offer(db: Database, offer_id: int, company_id: int) -> None:
    """Link an offer (e.g. one read from a file opened by hand) to a company."""
    with db.write() as session:
        offer = session.get(Offer, offer_id)
        if offer is None:
            return
        offer.company_id = company_id
        offer.updated_at = utcnow()
        session.add(offer)


def watched_offer_codes(db: Database) -> dict[str, bool]:
    """Stock code → whether its offer had an over-allotment option (None when unknown)."""
    with db.session() as session:
        rows = session.exec(
            select(Offer.stock_code, OfferFact.value)
            .join(OfferFact, col(OfferFact.offer_id) == col(Offer.id))
            .where(OfferFact.key == "over_allotment_option")
        ).all()
    return {code: bool(value) for code, value in rows}


def add_offer_to_watchlist(db: Database, offer_id: int) -> int | None:
    """Put the offer's issuer on the watchlist (named as its documents print it, with its
    stock code) and link the offer to it; the existing company when one has the code."""
    with db.write() as session:
        offer = session.get(Offer, offer_id)
        if offer is None:
            return None
        if offer.company_id is not None:
            return offer.company_id
        company = session.exec(select(Company).where(Company.hk_code == offer.stock_code)).first()
        if company is None:
            company = Company(name=offer.issuer or offer.stock_code, hk_code=offer.stock_code)
            session.add(company)
            session.flush()
        offer.company_id = company.id
        session.add(offer)
        return company.id


def company_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every company, by name: what a document can be attached to."""
    with db.session() as session:
        rows = session.exec(select(Company.id, Company.name).order_by(col(Company.name))).all()
    return [(cid, name) for cid, name in rows if cid is not None]
