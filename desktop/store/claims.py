"""Claiming earlier filings: unmatched events given to companies that now match them.

When a company is added (by hand, from an import, or a seed update gives a seed company
new names), the events stored before without a company may be about it.  One pass over
the unmatched events matches them against just these companies (``domain.matching``), and
a claimed exchange record teaches the company what a poll's match would have.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["claim_history", "claim_unmatched"]


def claim_unmatched(db: Any, company_ids: Sequence[int]) -> int:
    """Give newly added (or renamed) companies the unmatched events that name them, in
    one pass over the unmatched events for all of them; how many events were claimed.

    A claimed exchange record teaches the company what a poll's match would have: the
    official names it gives and, from a listing, the HK stock code (``store.identity``;
    a fact the user removed is not learned again)."""
    from sqlalchemy import bindparam, select, update
    from sqlmodel import col

    from desktop.domain.matching import Candidate, Matcher
    from desktop.sources.base import SourceItem
    from desktop.store.events import refresh_stages
    from desktop.store.identity import NAME_SOURCES, facts_of, learn
    from desktop.store.tables import Company, Event

    ids = list(dict.fromkeys(company_ids))
    if not ids:
        return 0
    with db.session() as session:
        companies = session.execute(select(Company).where(col(Company.id).in_(ids))).scalars()
        candidates = [
            Candidate(
                int(c.id),
                tuple(n for n in (c.name, c.name_zh, *(c.aliases or ())) if n),
                tuple((s, v) for s, v in (("hk", c.hk_code), ("a", c.a_code)) if v),
            )
            for c in companies
        ]
        rows = session.execute(
            select(  # type: ignore[call-overload]
                col(Event.id),
                col(Event.names),
                col(Event.raw),
                col(Event.source),
                col(Event.kind),
                col(Event.url),
                col(Event.published),
            ).where(col(Event.company_id).is_(None))
        ).all()
    if not candidates or not rows:
        return 0
    matcher = Matcher(candidates)
    claimed: list[tuple[int, int, str]] = []
    taught: list[tuple[int, int, SourceItem]] = []
    for event_id, event_names, raw, source, kind, url, published in rows:
        raw = raw if isinstance(raw, dict) else {}
        codes = [("hk", c) for c in (raw.get("code"), raw.get("stock_code")) if isinstance(c, str)]
        found = matcher.match(list(event_names or ()), codes)
        if found is not None:
            claimed.append((event_id, found.company_id, found.reason))
            if source in NAME_SOURCES:
                names = tuple(n for n in event_names or () if isinstance(n, str))
                item = SourceItem(source, kind, "", names, published, "", url, tuple(codes[:1]))
                taught.append((event_id, found.company_id, item))
    if not claimed:
        return 0
    table = Event.__table__  # type: ignore[attr-defined]
    statement = (
        update(table)
        .where(table.c.id == bindparam("eid"))
        .values(company_id=bindparam("cid"), match_reason=bindparam("reason"))
    )
    with db.write() as session:
        session.connection().execute(
            statement, [{"eid": e, "cid": c, "reason": r} for e, c, r in claimed]
        )
        learn(session, [f for e, c, item in taught for f in facts_of(c, e, item)])
    refresh_stages(db, {c for _e, c, _r in claimed})
    return len(claimed)


def claim_history(db: Any, company_id: int) -> int:
    """Give a newly added company the unmatched events that are about it."""
    return claim_unmatched(db, [company_id])
