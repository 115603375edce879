"""Read models of the Offers tab, the company Offer panel and the document dialog.

Each offer's facts are merged from its documents: for every key the value from the most
authoritative document (allotment results and stabilisation notice over the formal
notice, the formal notice over the prospectus; the newest on a tie), with where it came
from (document URL, page, snippet).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.offer import calendar
from desktop.domain.phrases import shown, shown_reasons
from desktop.store.db import Database
from desktop.store.tables import Company, Event, Offer, OfferDocument, OfferFact

_RANK = {"allotment_results": 4, "stabilisation_end": 4, "formal_notice": 3, "prospectus": 2}


@dataclass(frozen=True, slots=True)
class FactSource:
    value: Any
    page: int
    snippet: str
    url: str
    doc_type: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    url: str
    doc_type: str
    status: str
    reason: str | None
    title: str
    published: date | None
    checks: tuple[str, ...]
    stock_code: str | None


@dataclass(slots=True)
class OfferSummary:
    offer_id: int
    stock_code: str
    issuer: str
    company_id: int | None
    company_name: str | None
    facts: dict[str, FactSource] = field(default_factory=dict)
    documents: list[DocumentRow] = field(default_factory=list)
    first_close: float | None = None
    latest_close: float | None = None
    cross_checks: list[str] = field(default_factory=list)

    def value(self, key: str) -> Any:
        found = self.facts.get(key)
        return None if found is None else found.value

    @property
    def values(self) -> dict[str, Any]:
        return {k: v.value for k, v in self.facts.items()}

    @property
    def name(self) -> str:
        return self.company_name or self.issuer or self.stock_code

    @property
    def checks(self) -> list[str]:
        return [c for d in self.documents for c in d.checks] + self.cross_checks

    @property
    def price(self) -> float | None:
        return self.value("offer_price") or self.value("offer_price_max")

    def phase(self, now: datetime | None = None) -> str:
        return calendar.phase(self.values, now)


@dataclass(slots=True)
class OffersCalendar:
    open_now: list[OfferSummary]
    upcoming: list[OfferSummary]
    listing_soon: list[OfferSummary]
    recently_listed: list[OfferSummary]
    lockups_soon: list[tuple[OfferSummary, calendar.Lockup]]
    problems: list[DocumentRow]


def read_offer_summaries(db: Database, offer_ids: list[int] | None = None) -> list[OfferSummary]:
    with db.session() as session:
        query = select(Offer)
        if offer_ids is not None:
            query = query.where(col(Offer.id).in_(offer_ids))
        offers = session.exec(query).all()
        if not offers:
            return []
        ids = [o.id for o in offers]
        company_ids = {o.company_id for o in offers if o.company_id is not None}
        names = (
            dict(
                session.exec(
                    select(Company.id, Company.name).where(col(Company.id).in_(company_ids))
                ).all()
            )
            if company_ids
            else {}
        )
        documents = session.exec(
            select(OfferDocument).where(col(OfferDocument.offer_id).in_(ids))
        ).all()
        facts = session.exec(select(OfferFact).where(col(OfferFact.offer_id).in_(ids))).all()
        prices = _closes(session, company_ids)
    by_id: dict[int, OfferDocument] = {d.id: d for d in documents if d.id is not None}
    out: dict[int, OfferSummary] = {}
    for offer in offers:
        assert offer.id is not None
        summary = OfferSummary(
            offer.id, offer.stock_code, offer.issuer, offer.company_id, names.get(offer.company_id)
        )
        summary.first_close, summary.latest_close = prices.get(offer.company_id, (None, None))
        out[offer.id] = summary
    for document in sorted(documents, key=lambda d: d.read_at):
        if document.offer_id in out:
            out[document.offer_id].documents.append(_row(document))
    best: dict[tuple[int, str], tuple[tuple[int, Any], FactSource]] = {}
    for fact in facts:
        doc = by_id.get(fact.document_id)
        if doc is None:
            continue
        rank = (_RANK.get(doc.doc_type, 0), doc.read_at)
        slot = (fact.offer_id, fact.key)
        if slot not in best or rank > best[slot][0]:
            best[slot] = (
                rank,
                FactSource(fact.value, fact.page, fact.snippet, doc.url, doc.doc_type),
            )
    for (offer_id, name), (_rank, source) in best.items():
        out[offer_id].facts[name] = source
    _cross_check_languages(out, facts, by_id)
    return list(out.values())


_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("OfferChecks", "English"),
    "zh": QT_TRANSLATE_NOOP("OfferChecks", "Chinese"),
}
_DOC_NAMES = {  # the names the interface gives them (offer_format, context OfferFormat)
    "formal_notice": "Formal notice",
    "allotment_results": "Allotment results",
    "stabilisation_end": "End of stabilisation",
    "prospectus": "Prospectus",
}
_FACT_NAMES = {
    "offer_price": "Offer price",
    "offer_price_max": "Maximum offer price",
    "board_lot": "Board lot",
    "entry_fee": "Entry fee (one lot)",
    "hk_valid_applications": "Valid applications (HK)",
    "hk_successful_applications": "Successful applications (HK)",
    "one_lot_success_pct": "One-lot success rate",
    "listing_date": "Listing date",
    "stabilisation_ended": "Stabilisation ended",
    "over_allotment": "Over-allotment option",
}
_COMPARED = (
    "offer_price",
    "offer_price_max",
    "board_lot",
    "entry_fee",
    "hk_valid_applications",
    "hk_successful_applications",
    "one_lot_success_pct",
    "listing_date",
    "stabilisation_ended",
    "over_allotment",
)


def _cross_check_languages(
    out: dict[int, OfferSummary], facts: Any, documents: dict[int, OfferDocument]
) -> None:
    """The English and Chinese copies of one document type must print the same figures."""
    seen: dict[tuple[int, str, str], dict[str, Any]] = defaultdict(dict)
    for fact in facts:
        doc = documents.get(fact.document_id)
        if doc is None or fact.key not in _COMPARED or not doc.lang:
            continue
        seen[(fact.offer_id, doc.doc_type, fact.key)].setdefault(doc.lang, fact.value)
    for (offer_id, doc_type, key), by_lang in seen.items():
        if len(by_lang) > 1 and len({repr(v) for v in by_lang.values()}) > 1:
            shown = translate("OfferChecks", ", ").join(
                translate("OfferChecks", "{language}: {value}").format(
                    language=translate("OfferChecks", _LANGUAGES.get(lang, lang)), value=value
                )
                for lang, value in sorted(by_lang.items())
            )
            out[offer_id].cross_checks.append(
                translate(
                    "OfferChecks",
                    "check the document: the English and Chinese {document} differ on {fact} "
                    "({values})",
                ).format(
                    document=translate("OfferFormat", _DOC_NAMES.get(doc_type, doc_type)),
                    fact=translate("OfferFormat", _FACT_NAMES.get(key, key)),
                    values=shown,
                )
            )


def _closes(
    session: Any, company_ids: set[int]
) -> dict[int | None, tuple[float | None, float | None]]:
    """First and latest close of each company from its stored price events, if any."""
    if not company_ids:
        return {}
    rows = session.exec(
        select(Event)
        .where(col(Event.company_id).in_(company_ids), Event.kind == "price")
        .order_by(col(Event.published))
    ).all()
    series: dict[int | None, list[float]] = defaultdict(list)
    for event in rows:
        close = (event.raw or {}).get("close")
        if isinstance(close, int | float):
            series[event.company_id].append(float(close))
    return {cid: (vals[0], vals[-1]) for cid, vals in series.items() if vals}


def _row(document: OfferDocument) -> DocumentRow:
    return DocumentRow(
        document.url,
        document.doc_type,
        document.status,
        shown_reasons(document.reason) if document.reason else document.reason,
        document.title,
        document.published,
        tuple(shown(check) for check in document.checks or ()),
        document.stock_code,
    )


def read_problem_documents(db: Database) -> list[DocumentRow]:
    """Documents that failed verification or could not be read, newest first."""
    with db.session() as session:
        rows = session.exec(
            select(OfferDocument)
            .where(col(OfferDocument.status).in_(("rejected", "failed")))
            .order_by(col(OfferDocument.read_at).desc())
            .limit(200)
        ).all()
    return [_row(r) for r in rows]


def read_calendar(db: Database, now: datetime | None = None) -> OffersCalendar:
    summaries = read_offer_summaries(db)
    moment = calendar.hk_now(now)
    today = moment.date()
    groups: dict[str, list[OfferSummary]] = defaultdict(list)
    soon: list[tuple[OfferSummary, calendar.Lockup]] = []
    for summary in summaries:
        phase = summary.phase(moment)
        listing = calendar.listing_day(summary.values)
        if phase == "listed":
            if listing and today - listing <= timedelta(days=calendar.RECENT_DAYS):
                groups["listed"].append(summary)
        else:
            groups[phase].append(summary)
        for lockup in calendar.lockups(summary.values):
            if today <= lockup.last_day <= today + timedelta(days=calendar.LOCKUP_AHEAD_DAYS):
                soon.append((summary, lockup))
    close = lambda s: summary_key(s, "timetable.applications_close")  # noqa: E731
    return OffersCalendar(
        open_now=sorted(groups["open"], key=close),
        upcoming=sorted(groups["upcoming"], key=lambda s: summary_key(s, "timetable.offer_opens")),
        listing_soon=sorted(
            groups["listing_soon"], key=lambda s: summary_key(s, "timetable.listing")
        ),
        recently_listed=sorted(
            groups["listed"], key=lambda s: str(calendar.listing_day(s.values)), reverse=True
        ),
        lockups_soon=sorted(soon, key=lambda pair: pair[1].last_day),
        problems=read_problem_documents(db),
    )


def summary_key(summary: OfferSummary, key: str) -> str:
    value = summary.value(key)
    return str(value) if value is not None else "9999"


def read_company_offer(db: Database, company_id: int) -> OfferSummary | None:
    with db.session() as session:
        ids = session.exec(select(Offer.id).where(Offer.company_id == company_id)).all()
    found = read_offer_summaries(db, [i for i in ids if i is not None]) if ids else []
    return found[0] if found else None
