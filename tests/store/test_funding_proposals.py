"""Suggested rounds from matched news (through the real news source on loopback), one
proposal per round however often reported, and the accept / reject decisions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from desktop.domain.round_mentions import rounds_in_news
from desktop.services.alert_service import record_poll
from desktop.services.polling import poll_source
from desktop.store.alerts import load_rules, record_alerts
from desktop.store.db import Database
from desktop.store.funding import RoundDraft, list_rounds
from desktop.store.funding_proposals import (
    ACCEPTED,
    accept_proposal,
    draft_of_proposal,
    list_proposals,
    pending_counts,
    record_mentions,
    reject_proposal,
    round_sources,
)
from desktop.store.tables import Alert, Company
from tests.funding_docs import rss
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

TODAY = date(2026, 2, 20)
SCMP = "www.scmp.com/rss/92/feed"
ARTICLES = [
    (
        "Moonshot AI raises US$1 billion in Series B round led by Alibaba",
        "https://www.scmp.com/tech/article/1/moonshot-round",
        "The Beijing start-up behind Kimi said the round values it at US$2.5 billion.",
    ),
    (
        "月之暗面完成10亿美元B轮融资，阿里巴巴领投",
        "https://www.scmp.com/tech/article/2/moonshot-b",
        "",
    ),
    (
        "StepFun closes US$700m Series C round backed by Tencent",
        "https://www.scmp.com/tech/article/3/stepfun",
        "",
    ),
    ("StepFun revenue reaches RMB300 million", "https://www.scmp.com/tech/article/4/x", ""),
    (
        "MiniMax's Hong Kong IPO could raise US$600 million",
        "https://www.scmp.com/tech/article/5/x",
        "",
    ),
    ("Zhipu AI market value reaches US$30 billion", "https://www.scmp.com/tech/article/6/x", ""),
    ("Tencent launches US$1bn fund for AI start-ups like MiniMax", "https://www.scmp.com/7", ""),
]


def _id(db: Database, name: str) -> int:
    with db.session() as session:
        return session.exec(select(Company.id).where(Company.name == name)).one()  # type: ignore[return-value]


def _poll_news(db: Database, mirror: MirrorServer, articles=ARTICLES):  # type: ignore[no-untyped-def]
    mirror.add(SCMP, rss(articles), content_type="application/rss+xml")
    outcome = poll_source(db, "news", today=TODAY)
    assert outcome.ok, outcome.error
    return outcome


def test_news_propose_the_rounds_they_report_and_nothing_else(ctx, mirror: MirrorServer) -> None:
    outcome = _poll_news(ctx.db, mirror)
    moonshot, stepfun = _id(ctx.db, "Moonshot AI"), _id(ctx.db, "StepFun")
    (b,) = list_proposals(ctx.db, moonshot)
    assert (b.round, b.amount, b.currency, b.valuation) == ("Series B", 1e9, "USD", 2.5e9)
    assert b.investors == ("Alibaba",)
    assert b.date == date(2026, 2, 10) and b.date_precision == "month"
    assert [s["url"] for s in b.sources] == [a[1] for a in ARTICLES[:2]]  # both reports, one round
    assert b.source["title"] == ARTICLES[0][0] and b.source["kind"] == "news"
    (c,) = list_proposals(ctx.db, stepfun)
    assert (c.round, c.amount) == ("Series C", 700e6)
    assert pending_counts(ctx.db) == {
        moonshot: 1,
        stepfun: 1,
    }  # revenue, IPO, market value, fund: none
    rounds = [e for e in outcome.new_events if e.kind == "funding_round"]
    assert sorted(e.company for e in rounds) == ["Moonshot AI", "StepFun"]

    again = _poll_news(ctx.db, mirror)  # the same feed again: nothing new
    assert [e for e in again.new_events if e.kind == "funding_round"] == []
    assert len(list_proposals(ctx.db, moonshot)) == 1


def test_a_proposal_alerts_once_by_the_rules(ctx, mirror: MirrorServer) -> None:
    first = _poll_news(ctx.db, mirror, ARTICLES[:1])  # the source's first run: silent
    record_poll(ctx.db, first.new_events, first.previous_success)
    second = _poll_news(ctx.db, mirror, ARTICLES[:3])
    record_poll(ctx.db, second.new_events, second.previous_success)
    with ctx.db.session() as session:
        alerts = session.exec(select(Alert)).all()
    loud = [a for a in alerts if not a.read]
    stepfun = _id(ctx.db, "StepFun")
    assert [a.company_id for a in loud] == [stepfun]  # the Moonshot round alerted (silently) once
    rules = load_rules(ctx.db)
    assert record_alerts(ctx.db, second.new_events, rules) == []  # never twice


def test_muting_suggested_rounds_keeps_them_out_of_the_alerts(ctx, mirror: MirrorServer) -> None:
    from desktop.domain.alert_rules import AlertRules

    _poll_news(ctx.db, mirror, ARTICLES[:1])
    outcome = _poll_news(ctx.db, mirror, ARTICLES[:3])
    rounds = [e for e in outcome.new_events if e.kind == "funding_round"]
    assert rounds
    muted = AlertRules(muted_kinds=frozenset({"funding_round"}))
    assert record_alerts(ctx.db, rounds, muted) == []
    quiet = AlertRules(company_levels={e.company_id: "none" for e in rounds})
    assert record_alerts(ctx.db, rounds, quiet) == []
    assert record_alerts(ctx.db, rounds, AlertRules()) != []  # the default level tells


def test_article_then_filing_is_one_proposal_with_the_filing_first(ctx) -> None:
    moonshot = _id(ctx.db, "Moonshot AI")
    (news,) = rounds_in_news(
        "Moonshot AI raises about US$1bn in Series B round", "", date(2024, 2, 19)
    )
    record_mentions(
        ctx.db, [(moonshot, news, {"kind": "news", "url": "https://n/1", "title": "N"})]
    )
    filing = news.__class__(
        round="Series B",
        date=date(2024, 1, 30),
        date_precision="day",
        amount=1_000_000_000.0,
        currency="USD",
        valuation=2.5e9,
        valuation_currency="USD",
        investors=("Alibaba",),
        sentence="On January 30, 2024, we completed our Series B financing …",
        page=212,
    )
    document = {"kind": "document", "url": "https://d/p.pdf", "title": "Proof", "page": 212}
    events = record_mentions(ctx.db, [(moonshot, filing, document)])
    assert len(events) == 1  # the same event (fingerprint) as the article's: stored once
    (proposal,) = list_proposals(ctx.db, moonshot)
    assert proposal.source["kind"] == "document" and len(proposal.sources) == 2
    assert (proposal.date, proposal.valuation, proposal.investors) == (
        date(2024, 1, 30),
        2.5e9,
        ("Alibaba",),
    )


def test_accepting_stores_a_round_that_keeps_its_source(ctx, mirror: MirrorServer) -> None:
    _poll_news(ctx.db, mirror)
    moonshot = _id(ctx.db, "Moonshot AI")
    (proposal,) = list_proposals(ctx.db, moonshot)
    assert list_rounds(ctx.db, moonshot) == []  # nothing enters a chart unconfirmed
    stored = accept_proposal(ctx.db, proposal.id, today=TODAY)
    (item,) = list_rounds(ctx.db, moonshot)
    assert (item.round, item.amount, item.currency) == ("Series B", 1e9, "USD")
    assert item.source_url == ARTICLES[0][1]
    assert ARTICLES[0][0] in item.notes and "February 2026" in item.notes
    assert round_sources(ctx.db, [stored.id])[stored.id].status == ACCEPTED
    assert list_proposals(ctx.db, moonshot) == []
    with pytest.raises(ValueError, match="already accepted"):
        accept_proposal(ctx.db, proposal.id, today=TODAY)
    _poll_news(ctx.db, mirror)  # reported again: no new proposal, no second round
    assert list_proposals(ctx.db, moonshot) == [] and len(list_rounds(ctx.db, moonshot)) == 1


def test_edit_then_accept_and_reject(ctx, mirror: MirrorServer) -> None:
    _poll_news(ctx.db, mirror)
    moonshot, stepfun = _id(ctx.db, "Moonshot AI"), _id(ctx.db, "StepFun")
    (proposal,) = list_proposals(ctx.db, moonshot)
    draft = draft_of_proposal(proposal)
    edited = RoundDraft(**{**draft.__dict__, "date": date(2026, 1, 28), "round": "Series B+"})
    accept_proposal(ctx.db, proposal.id, edited, today=TODAY)
    (item,) = list_rounds(ctx.db, moonshot)
    assert (item.round, item.date) == ("Series B+", date(2026, 1, 28))
    (c,) = list_proposals(ctx.db, stepfun)
    reject_proposal(ctx.db, c.id)
    _poll_news(ctx.db, mirror)
    assert list_proposals(ctx.db, stepfun) == [] and list_rounds(ctx.db, stepfun) == []
    assert pending_counts(ctx.db) == {}
