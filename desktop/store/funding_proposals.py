"""Suggested funding rounds: rounds a filing's history chapter or a news item states,
kept as proposals until the user accepts (a :class:`FundingRound` that keeps its
source) or rejects them.  Nothing enters a chart unconfirmed.

A poll hands its matched items to :func:`propose_rounds` before it stores them: rounds
read from offer documents (``funding_documents`` items) and from matched news become
proposals, and each proposal still waiting gets one ``funding_round`` event (same
fingerprint every time, so it is stored — and alerted, by the alert rules — once).
A proposal's fingerprint is the company plus the round's identity, so a rejected
round never comes back, however often or by whomever it is reported again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import col, select

from desktop.domain.kinds import EventKind
from desktop.domain.money import format_money
from desktop.domain.phrases import A_ROUND, BY_ROUND, ROUND_PARTS, SUGGESTED_ROUND, VALUED_AT
from desktop.domain.round_mentions import RoundMention, fingerprint, rounds_in_news
from desktop.sources.base import SourceItem
from desktop.store.db import Database
from desktop.store.funding import RoundDraft, validate_round
from desktop.store.ingest import PreparedEvent
from desktop.store.tables import Company, Event, FundingProposal, FundingRound, utcnow

log = logging.getLogger(__name__)

KIND = "funding_round"  # the event kind of a suggested round (EventKind.FUNDING_ROUND)
PROPOSAL_SOURCE = "funding"  # the events' source: one for every report of a round
DOCUMENT_SOURCE = "funding_documents"
DOCUMENT_KINDS = (
    EventKind.APPLICATION_PROOF.value,
    EventKind.APPLICATION_PROOF_UPDATE.value,
    EventKind.PHIP.value,
    EventKind.PROSPECTUS.value,
)
PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"


@dataclass(frozen=True, slots=True)
class ProposalView:
    id: int
    company_id: int
    status: str
    round: str
    date: date | None
    date_precision: str
    amount: float | None
    currency: str
    valuation: float | None
    valuation_currency: str
    investors: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]
    round_id: int | None

    @property
    def source(self) -> dict[str, Any]:
        return self.sources[0] if self.sources else {}

    def summary(self) -> str:
        bits = [self.round or A_ROUND.compose()]
        if self.date:
            bits.append(
                self.date.strftime("%b %Y" if self.date_precision == "month" else "%d %b %Y")
            )
        if self.amount is not None:
            bits.append(format_money(self.amount, self.currency))
        if self.valuation is not None:
            valuation = format_money(self.valuation, self.valuation_currency)
            bits.append(VALUED_AT.compose(valuation=valuation))
        return ROUND_PARTS.join(bits)


def source_label(source: dict[str, Any]) -> str:
    """ "Application Proof, page 212" or "News: <headline>"."""
    if source.get("kind") == "document":
        page = f", page {source['page']}" if source.get("page") else ""
        return f"{source.get('title') or 'Offer document'}{page}"
    return f"News: {source.get('title') or source.get('url') or ''}".strip()


def source_link(source: dict[str, Any]) -> str:
    """The address to open: a PDF at its page (``#page=N``), or the article."""
    url = str(source.get("url") or "")
    if url and source.get("kind") == "document" and source.get("page") and "#" not in url:
        return f"{url}#page={source['page']}"
    return url


# -- from a poll -----------------------------------------------------------------------------


def mention_of(raw: dict[str, Any]) -> RoundMention | None:
    try:
        return RoundMention(
            round=str(raw.get("round") or ""),
            date=date.fromisoformat(raw["date"]) if raw.get("date") else None,
            date_precision=str(raw.get("date_precision") or ""),
            amount=float(raw["amount"]) if raw.get("amount") is not None else None,
            currency=str(raw.get("currency") or ""),
            valuation=float(raw["valuation"]) if raw.get("valuation") is not None else None,
            valuation_currency=str(raw.get("valuation_currency") or ""),
            investors=tuple(str(i) for i in raw.get("investors") or ()),
            sentence=str(raw.get("sentence") or ""),
            page=int(raw["page"]) if raw.get("page") else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


Found = tuple[int, RoundMention, dict[str, Any]]


def _found_in(prepared: Sequence[PreparedEvent]) -> list[Found]:
    found: list[Found] = []
    for p in prepared:
        item, raw = p.item, p.item.raw or {}
        if item.kind == KIND:
            mention, company_id = mention_of(raw), raw.get("company_id")
            if mention is None or not isinstance(company_id, int):
                continue
            source = {
                "kind": "document",
                "url": item.url,
                "title": raw.get("document_title") or item.title,
                "page": mention.page,
                "sentence": mention.sentence,
                "published": item.published.isoformat() if item.published else None,
            }
            found.append((company_id, mention, source))
        elif item.kind == EventKind.NEWS and p.company_id is not None:
            text = str(raw.get("text") or item.title)
            for mention in rounds_in_news(text, "", item.published):
                source = {
                    "kind": "news",
                    "url": item.url or raw.get("link"),
                    "title": item.title,
                    "page": None,
                    "sentence": mention.sentence,
                    "published": item.published.isoformat() if item.published else None,
                }
                found.append((p.company_id, mention, source))
    return found


def propose_rounds(
    db: Database, source_id: str, prepared: list[PreparedEvent]
) -> list[PreparedEvent]:
    """The poll's items to store: the rounds found become proposals (written here), and
    each waiting proposal an event; ``funding_documents`` items themselves are not events.
    A failure here is logged and costs the poll nothing else."""
    keep = [p for p in prepared if p.item.kind != KIND]
    found = _found_in(prepared)
    if not found:
        return keep
    try:
        return keep + record_mentions(db, found)
    except Exception:
        log.exception("could not record the funding rounds %s found", source_id)
        return keep


def record_mentions(db: Database, found: Iterable[Found]) -> list[PreparedEvent]:
    """New proposals for rounds not seen before; another source for those seen (whatever
    their status); an event for each one still proposed."""
    keyed = [(fingerprint(cid, m), cid, m, s) for cid, m, s in found]
    events: dict[str, PreparedEvent] = {}
    with db.write() as session:
        ids = {cid for _, cid, _, _ in keyed}
        names = dict(
            session.exec(select(Company.id, Company.name).where(col(Company.id).in_(ids))).all()
        )
        prints = list({fp for fp, _, _, _ in keyed})
        stored = {
            row.fingerprint: row
            for row in session.exec(
                select(FundingProposal).where(col(FundingProposal.fingerprint).in_(prints))
            ).all()
        }
        for fp, cid, mention, source in keyed:
            if cid not in names:
                continue
            row = stored.get(fp)
            if row is None:
                row = FundingProposal(company_id=cid, fingerprint=fp, sources=[source])
                _fill(row, mention)
                stored[fp] = row
            else:
                _add_source(row, mention, source)
            session.add(row)
            if row.status == PROPOSED and fp not in events:
                events[fp] = _event(fp, cid, names[cid], row, row.sources[0])
    return list(events.values())


def _fill(row: FundingProposal, mention: RoundMention) -> None:
    row.round = mention.round
    row.date = mention.date
    row.date_precision = mention.date_precision
    row.amount = mention.amount
    row.currency = mention.currency or None
    row.valuation = mention.valuation
    row.valuation_currency = mention.valuation_currency or None
    row.investors = list(mention.investors)


def _add_source(row: FundingProposal, mention: RoundMention, source: dict[str, Any]) -> None:
    sources = list(row.sources or [])
    if any(
        s.get("url") == source.get("url") and s.get("page") == source.get("page") for s in sources
    ):
        return
    from_documents = any(s.get("kind") == "document" for s in sources)
    if source.get("kind") == "document" and not from_documents:
        sources.insert(0, source)  # the filing says it best: its figures replace the news'
        if row.status == PROPOSED:
            _fill(row, mention)
    else:
        sources.append(source)
        if row.status == PROPOSED:  # fill what the first report left out
            row.investors = row.investors or list(mention.investors)
            row.valuation = row.valuation if row.valuation is not None else mention.valuation
            row.valuation_currency = row.valuation_currency or mention.valuation_currency or None
            if row.amount is None and mention.amount is not None:
                row.amount, row.currency = mention.amount, mention.currency
    row.sources = sources[:20]


def _event(
    fp: str, company_id: int, name: str, row: FundingProposal, source: dict[str, Any]
) -> PreparedEvent:
    view = _view(row)
    published = date.fromisoformat(source["published"]) if source.get("published") else row.date
    item = SourceItem(
        source=PROPOSAL_SOURCE,
        kind=KIND,
        key=f"round:{fp}",
        names=(name,),
        published=published,
        title=SUGGESTED_ROUND.compose(summary=view.summary()),
        url=source_link(source) or None,
        raw={"proposal": fp, "from": source.get("kind"), "sentence": source.get("sentence")},
    )
    return PreparedEvent(
        item=item, company_id=company_id, match_reason=BY_ROUND.compose(), subject_key=""
    )


# -- read models -----------------------------------------------------------------------------


def _view(row: FundingProposal) -> ProposalView:
    return ProposalView(
        id=row.id or 0,
        company_id=row.company_id,
        status=row.status,
        round=row.round or "",
        date=row.date,
        date_precision=row.date_precision or "",
        amount=row.amount,
        currency=row.currency or "",
        valuation=row.valuation,
        valuation_currency=row.valuation_currency or "",
        investors=tuple(row.investors or ()),
        sources=tuple(row.sources or ()),
        round_id=row.round_id,
    )


def list_proposals(db: Database, company_id: int, status: str = PROPOSED) -> list[ProposalView]:
    """The company's proposals with that status, oldest round first."""
    with db.session() as session:
        rows = session.exec(
            select(FundingProposal).where(
                FundingProposal.company_id == company_id, FundingProposal.status == status
            )
        ).all()
    views = [_view(r) for r in rows]
    return sorted(views, key=lambda v: (v.date is None, v.date or date.min, v.id))


def pending_counts(db: Database) -> dict[int, int]:
    """Proposals waiting for a decision, per company."""
    from sqlalchemy import func

    with db.session() as session:
        rows = session.exec(
            select(FundingProposal.company_id, func.count())
            .where(FundingProposal.status == PROPOSED)
            .group_by(col(FundingProposal.company_id))
        ).all()
    return {cid: n for cid, n in rows}


def round_sources(db: Database, round_ids: Iterable[int]) -> dict[int, ProposalView]:
    """The proposal each accepted round came from, by round id."""
    ids = [i for i in round_ids if i]
    if not ids:
        return {}
    with db.session() as session:
        rows = session.exec(
            select(FundingProposal).where(col(FundingProposal.round_id).in_(ids))
        ).all()
    return {r.round_id: _view(r) for r in rows if r.round_id is not None}


def draft_of_proposal(view: ProposalView) -> RoundDraft:
    """What accepting stores unless the user edits it: the stated figures and the source."""
    source = view.source
    notes = []
    if view.date_precision == "month" and view.date:
        if source.get("kind") == "news":
            notes.append(
                f"Dated by the article ({view.date.strftime('%B %Y')}); the round closed "
                "around then."
            )
        else:
            notes.append(f"Date stated as {view.date.strftime('%B %Y')}.")
    if view.valuation is not None:
        notes.append(f"Valuation stated: {format_money(view.valuation, view.valuation_currency)}.")
    if source:
        sentence = str(source.get("sentence") or "")
        notes.append(f"Source: {source_label(source)}" + (f" — “{sentence}”" if sentence else ""))
    return RoundDraft(
        date=view.date,
        round=view.round,
        amount=view.amount,
        currency=view.currency,
        amount_usd=None,
        investors=view.investors,
        source_url=source_link(source),
        notes="\n".join(notes)[:5000],
    )


# -- decisions -------------------------------------------------------------------------------


def accept_proposal(
    db: Database, proposal_id: int, draft: RoundDraft | None = None, today: date | None = None
) -> FundingRound:
    """Store the round (as proposed, or as the user edited it) and mark it accepted."""
    with db.write() as session:
        row = session.get(FundingProposal, proposal_id)
        if row is None:
            raise LookupError(f"Suggested round {proposal_id} no longer exists.")
        if row.status != PROPOSED:
            raise ValueError(f"This suggested round was already {row.status}.")
        clean = validate_round(draft or draft_of_proposal(_view(row)), today)
        item = FundingRound(
            company_id=row.company_id,
            date=clean.date,
            round=clean.round,
            amount=clean.amount,
            currency=clean.currency or None,
            amount_usd=clean.amount_usd,
            investors=list(clean.investors),
            source_url=clean.source_url or None,
            notes=clean.notes,
        )
        session.add(item)
        session.flush()
        row.status, row.round_id, row.decided_at = ACCEPTED, item.id, utcnow()
        session.add(row)
        return item


def reject_proposal(db: Database, proposal_id: int) -> None:
    """Never propose this round again (the fingerprint stays, marked rejected)."""
    with db.write() as session:
        row = session.get(FundingProposal, proposal_id)
        if row is None:
            return
        row.status, row.decided_at = REJECTED, utcnow()
        session.add(row)


# -- what the documents source reads ---------------------------------------------------------


def offer_documents(db: Database) -> tuple[dict[str, Any], ...]:
    """The newest application proof, PHIP or prospectus of each watched company, with
    its full-version PDF and multi-file index (as the application files list them)."""
    with db.session() as session:
        rows = session.exec(
            select(Event)
            .where(col(Event.company_id).is_not(None), col(Event.kind).in_(DOCUMENT_KINDS))
            .order_by(col(Event.published).desc(), col(Event.id).desc())
        ).all()
        names = dict(session.exec(select(Company.id, Company.name)).all())
    chosen: dict[int, dict[str, Any]] = {}
    for event in rows:
        cid = event.company_id
        if cid is None or cid in chosen or cid not in names:
            continue
        full, multi = _document_links(event)
        if not full and not multi:
            continue
        chosen[cid] = {
            "company_id": cid,
            "company": names[cid],
            "kind": event.kind,
            "title": event.title,
            "published": event.published.isoformat() if event.published else None,
            "full_url": full,
            "multi_url": multi,
        }
    return tuple(chosen.values())


def _document_links(event: Event) -> tuple[str | None, str | None]:
    """(full-version PDF, multi-file index) of the event's submission."""
    raw = event.raw or {}
    url = event.url or ""
    if url and url == raw.get("warning_url"):
        url = ""  # the warning statement, not the document
    full = url if url.lower().endswith(".pdf") else None
    multi = url if url.lower().endswith((".htm", ".html")) else None
    label = raw.get("submission_label")
    for doc in [*(raw.get("documents") or []), *(raw.get("phip_documents") or [])]:
        if not isinstance(doc, dict):
            continue
        same = (full and doc.get("u1") == full) or (label and doc.get("nF") == label)
        index = str(doc.get("u2") or "")
        if same and not multi and index.lower().endswith((".htm", ".html")):
            multi = index
    return full, multi
