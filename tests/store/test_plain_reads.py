"""The read models the GUI process runs without the ORM (the company page, its listing
and learned names, the alert counts, the stale stage summaries) answer as the ORM's
queries do, on SQLite's stdlib reader and on the team database's psycopg twin."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import select

from desktop.domain.alert_rules import AlertRules
from desktop.store import alert_counts, alerts
from desktop.store.company_page import CompanyFacts, load_company_page, read_offer_tab
from desktop.store.event_reads import company_events
from desktop.store.events import company_events as orm_company_events
from desktop.store.events import refresh_stages
from desktop.store.identity_reads import company_identity, company_listing
from desktop.store.stage_summaries import refresh_stale_stages, stale_summaries
from desktop.store.tables import Company, CompanyIdentity, Event
from tests.store.test_alerts import add_event


def _company(db: Any, name: str) -> int:
    with db.session() as session:
        found = session.exec(select(Company.id).where(Company.name == name)).one()
    assert found is not None
    return found


def _event(db: Any, company_id: int, n: int, **values: Any) -> int:
    with db.write() as session:
        row = Event(
            company_id=company_id,
            source=values.pop("source", "hkex_app"),
            kind=values.pop("kind", "application_proof"),
            title=values.pop("title", f"Filing {n}"),
            published=values.pop("published", date(2026, 3, n)),
            url=f"https://www1.hkexnews.hk/app/{n}.pdf",
            fingerprint=f"plain:{n}",
            subject="Applicant",
            **values,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def test_the_company_page_reads_as_the_orm_does(ctx: Any, engine: str) -> None:
    cid = _company(ctx.db, "MiniMax")
    with ctx.db.write() as session:
        company = session.get(Company, cid)
        company.facts = [{"text": "Founded in Shanghai", "source": "seed", "date": "2026-01-02"}]
        company.tags = ["AI", "18C"]
        company.listing_date = date(2026, 10, 30)
        company.offer_price = 165.0
        session.add(company)
    _event(ctx.db, cid, 1)
    _event(ctx.db, cid, 2, kind="news", raw={"listing_plan": True}, match_reason="name")
    _event(ctx.db, cid, 3, kind="news", raw={"listing_plan": False})
    _event(ctx.db, cid, 4, published=None)
    data = load_company_page(ctx.db, cid, today=date(2026, 11, 1))
    assert data is not None
    with ctx.db.session() as session:
        assert data.company == CompanyFacts.of(session.get(Company, cid))
    assert company_events(ctx.db.path, cid) == orm_company_events(ctx.db, cid)
    assert [e.listing_plan for e in data.events if e.kind == "news"] == [False, True]
    assert data.events[-1].published is None  # undated last
    assert data.status.stage.value != "watching"
    assert load_company_page(ctx.db, 999_999) is None
    assert read_offer_tab(ctx.db, cid) is None  # no offer documents read


def test_the_listing_and_learned_names_read_without_the_orm(ctx: Any, engine: str) -> None:
    cid = _company(ctx.db, "MiniMax")
    seeded = company_listing(ctx.db, cid)  # the seed watchlist's own record
    assert seeded is not None and seeded.source == "seed"
    raw = {"code": "00100", "offer_price": 165.0, "sponsors": ["CICC", "UBS"]}
    _event(ctx.db, cid, 5, kind="listed", source="hkex_new_listings", raw=raw)
    _event(ctx.db, cid, 6, kind="listed", source="hkex_news", raw={"code": "99999"})
    with ctx.db.write() as session:
        company = session.get(Company, cid)
        company.hk_code = "00100"
        company.aliases = [*company.aliases, "稀宇科技"]
        session.add(company)
        for field, value, removed in (
            ("hk_code", "00100", False),
            ("name_zh", "稀宇科技", False),
            ("name_en", "Gone Name", True),
        ):
            session.add(
                CompanyIdentity(
                    company_id=cid,
                    field=field,
                    value=value,
                    source="hkex_new_listings",
                    published=date(2026, 10, 30),
                    removed=removed,
                )
            )
    listing = company_listing(ctx.db, cid)
    assert listing is not None
    assert (listing.code, listing.offer_price, listing.sponsors) == (
        "00100",
        165.0,
        ("CICC", "UBS"),
    )
    assert listing.source == "hkex_new_listings" and listing.listing_date == date(2026, 3, 5)
    learned = company_identity(ctx.db, cid)
    assert [(f.field, f.value, f.in_use) for f in learned] == [
        ("hk_code", "00100", True),
        ("name_zh", "稀宇科技", True),
    ]
    assert learned[0].published == date(2026, 10, 30)
    assert company_identity(ctx.db, 999_999) == []


def test_the_alert_counts_answer_as_the_orm_does(ctx: Any, engine: str) -> None:
    person = ctx.db.person if ctx.db.is_server else None
    cid = _company(ctx.db, "MiniMax")
    assert alert_counts.unread_count(ctx.db.path, person) == 0
    assert not alert_counts.any_undelivered(ctx.db.path, person)
    ids = alerts.record_alerts(
        ctx.db, [add_event(ctx.db, cid), add_event(ctx.db, cid, "listed")], AlertRules()
    )
    assert len(ids) == 2
    assert alert_counts.unread_count(ctx.db.path, person) == alerts.unread_count(ctx.db) == 2
    assert alert_counts.any_undelivered(ctx.db.path, person)
    alerts.mark_read(ctx.db, ids[:1])
    alerts.mark_delivered(ctx.db, ids)
    assert alert_counts.unread_count(ctx.db.path, person) == alerts.unread_count(ctx.db) == 1
    assert not alert_counts.any_undelivered(ctx.db.path, person)
    assert alerts.undelivered(ctx.db) == []
    if person is not None:  # a teammate has read and been notified of nothing
        assert alert_counts.unread_count(ctx.db.path, "ben@office") == 2
        assert alert_counts.any_undelivered(ctx.db.path, "ben@office")


def test_only_stale_stage_summaries_are_rewritten(ctx: Any, engine: str) -> None:
    today = date(2026, 11, 1)
    with ctx.db.session() as session:
        every = [c.id for c in session.exec(select(Company)).all()]
    refresh_stages(ctx.db, every, today)
    assert list(stale_summaries(ctx.db, today)) == []
    assert refresh_stale_stages(ctx.db, today) == []  # nothing stale: nothing written
    with ctx.db.write() as session:
        added = Company(name="Plain Read Applicant")
        session.add(added)
        session.flush()
        assert added.id is not None
        cid = added.id
    assert list(stale_summaries(ctx.db, today)) == [cid]  # its summary never computed
    _event(
        ctx.db,
        cid,
        7,
        title="An Application Proof stored without its summary",
        published=date(2026, 10, 1),
    )
    assert list(stale_summaries(ctx.db, today)) == [cid]
    assert refresh_stale_stages(ctx.db, today) == [cid]
    with ctx.db.session() as session:
        row = session.get(Company, cid)
        assert row.last_event_title == "An Application Proof stored without its summary"
    assert list(stale_summaries(ctx.db, today)) == []
    # Months on, the filing has lapsed: that company's summary is stale again, and the
    # plain write stores what the ORM reads back (and then finds nothing stale).
    later = date(2027, 6, 1)
    assert list(stale_summaries(ctx.db, later)) == [cid]
    assert refresh_stale_stages(ctx.db, later) == [cid]
    with ctx.db.session() as session:
        row = session.get(Company, cid)
        assert row.stage == "lapsed" and row.stage_since == date(2027, 4, 1)
        assert row.last_event_date == date(2026, 10, 1)
    plain = _stored_summary(ctx.db, cid)
    refresh_stages(ctx.db, [cid], later)
    assert _stored_summary(ctx.db, cid) == plain  # the ORM writes the very same values
    assert list(stale_summaries(ctx.db, later)) == []


def _stored_summary(db: Any, company_id: int) -> tuple[Any, ...]:
    from desktop.store.fastread import connect
    from desktop.store.stage_summaries import COLUMNS

    con = connect(db.path)
    try:
        sql = f"SELECT {', '.join(COLUMNS)} FROM company WHERE id = ?"
        return tuple(con.execute(sql, (company_id,)).fetchone())
    finally:
        con.close()
