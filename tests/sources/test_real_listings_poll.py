"""The whole poll over real-layout files: served on loopback, matched, stored, shown.

Every listing of a watched company connects with the seed as it is (stage ``listed``,
code, date, offer price, funds, sponsors; prices then fetched by that code), no watched
company picks up anyone else's listing (look-alike names included), and the market
chart counts IPOs only."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from desktop.domain.company_rules import CompanyDraft
from desktop.services.polling import poll_all
from desktop.store.companies import all_companies, draft_of, update_company
from desktop.store.identity import company_identity, company_listing, remove_identity
from desktop.store.tables import Company, Event
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.mirror_data import serve_real_listings, serve_samples

TODAY = date(2026, 4, 30)
SOURCES = ["hkex_app", "hkex_new_listings", "prices"]


def by_name(db) -> dict[str, Company]:  # type: ignore[no-untyped-def]
    return {c.name: c for c in all_companies(db)}


def add_alias(db, name: str, alias: str) -> None:  # type: ignore[no-untyped-def]
    company = by_name(db)[name]
    draft = draft_of(company)
    update_company(
        db,
        company.id,  # type: ignore[arg-type]
        CompanyDraft(**{**draft.__dict__, "aliases": (*draft.aliases, alias)}),
    )


@pytest.fixture
def polled(ctx, mirror: MirrorServer):  # type: ignore[no-untyped-def]
    serve_samples(mirror)
    serve_real_listings(mirror)
    # No alias added by hand: the seed knows Zhipu's official names.
    outcomes = poll_all(ctx.db, SOURCES, today=TODAY)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    return ctx.db, outcomes


EXPECTED = {
    "Biren Technology": ("06082", date(2026, 1, 2), 19.6, 5_583_100_000.0),
    "Zhipu AI": ("02513", date(2026, 1, 8), 116.2, 4_300_000_000.0),
    "Iluvatar CoreX": ("09903", date(2026, 1, 8), 144.6, 3_666_700_000.0),
    "MiniMax": ("00100", date(2026, 1, 9), 165.0, 4_190_000_000.0),
}


def test_every_listing_of_a_watched_company_connects(polled) -> None:  # type: ignore[no-untyped-def]
    db, _ = polled
    companies = by_name(db)
    for name, (code, day, price, funds) in EXPECTED.items():
        company = companies[name]
        assert company.stage == "listed", name
        assert company.hk_code == code, name
        listing = company_listing(db, company.id)  # type: ignore[arg-type]
        assert listing is not None and listing.source == "hkex_new_listings"
        assert (listing.code, listing.listing_date, listing.offer_price) == (code, day, price)
        assert listing.funds_raised_hkd == pytest.approx(funds)
        assert listing.method == "ipo"
    biren = company_listing(db, companies["Biren Technology"].id)  # type: ignore[arg-type]
    assert biren is not None and biren.sponsors == (
        "China International Capital Corporation Hong Kong Securities Limited",
        "Ping An of China Capital (Hong Kong) Company Limited",
    )


def test_prices_are_fetched_by_the_learned_code(polled) -> None:  # type: ignore[no-untyped-def]
    db, _ = polled
    companies = by_name(db)
    with db.session() as session:
        for name in EXPECTED:
            prices = session.exec(
                select(Event).where(Event.company_id == companies[name].id, Event.kind == "price")
            ).all()
            assert len(prices) == 5, name


def test_no_watched_company_picks_up_another_listing(polled) -> None:  # type: ignore[no-untyped-def]
    db, _ = polled
    names = {c.id: c.name for c in all_companies(db)}
    with db.session() as session:
        listed = session.exec(
            select(Event).where(Event.source == "hkex_new_listings", Event.kind == "listed")
        ).all()
    owners = {e.raw["code"]: names.get(e.company_id) for e in listed}  # type: ignore[arg-type]
    assert owners["02999"] is None  # Birenbaum Foods: "Biren" begins it, but it is not Biren
    assert {c for c, owner in owners.items() if owner} == {"06082", "02513", "09903", "00100"}
    assert len({owner for owner in owners.values() if owner}) == 4


def test_zhipu_connects_by_the_official_names_of_the_seed(polled) -> None:  # type: ignore[no-untyped-def]
    """The seed's official names match the exchange's records in both languages, and the
    names the exchange wrote are learned with their source."""
    db, _ = polled
    zhipu = by_name(db)["Zhipu AI"]
    facts = {(f.field, f.value): f for f in company_identity(db, zhipu.id)}  # type: ignore[arg-type]
    assert ("name_en", "Knowledge Atlas Technology Joint Stock Company Limited") in facts
    chinese = facts[("name_zh", "北京智譜華章科技股份有限公司")]  # traditional, as HKEX writes it
    assert chinese.source == "hkex_app" and chinese.published == date(2026, 1, 8)
    with db.session() as session:
        events = session.exec(select(Event).where(Event.company_id == zhipu.id)).all()
    assert {(e.source, e.kind) for e in events} >= {
        ("hkex_new_listings", "listed"),
        ("hkex_app", "listed"),
        ("prices", "price"),
    }


def test_look_alike_applicants_stay_unmatched(polled) -> None:  # type: ignore[no-untyped-def]
    """ "Knowledge Atlas Education" / 智譜教育 begin like Zhipu's names and say more: someone
    else's filing, kept for the pipeline, on no watched company."""
    db, _ = polled
    with db.session() as session:
        events = session.exec(select(Event).where(Event.ref == "108777")).all()
    assert events and all(e.company_id is None for e in events)
    assert set(events[0].names) == {
        "Knowledge Atlas Education Group Limited",
        "智譜教育集團有限公司",
    }


def test_identity_is_learned_with_its_source_and_removable(polled) -> None:  # type: ignore[no-untyped-def]
    db, _ = polled
    biren = by_name(db)["Biren Technology"]
    facts = {(f.field, f.value): f for f in company_identity(db, biren.id)}  # type: ignore[arg-type]
    assert ("name_en", "Shanghai Biren Technology Co., Ltd.") in facts
    assert ("name_zh", "上海壁仞科技股份有限公司") in facts
    code = facts[("hk_code", "06082")]
    assert code.source in ("hkex_app", "hkex_new_listings") and code.published == date(2026, 1, 2)
    assert code.in_use
    assert "上海壁仞科技股份有限公司" in biren.aliases

    remove_identity(db, code.id)
    remove_identity(db, facts[("name_zh", "上海壁仞科技股份有限公司")].id)
    biren = by_name(db)["Biren Technology"]
    assert biren.hk_code is None and "上海壁仞科技股份有限公司" not in biren.aliases
    shown = {(f.field, f.value) for f in company_identity(db, biren.id)}  # type: ignore[arg-type]
    assert ("hk_code", "06082") not in shown


def test_market_chart_counts_ipos_only(polled) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.charts.market_chart import load_market

    db, _ = polled
    data = load_market(db)
    assert sorted(r["code"] for r in data.rows) == ["00100", "02513", "02999", "06082", "09903"]
    assert all(r["method"] == "ipo" for r in data.rows)
    assert set(data.watched.values()) == set(EXPECTED)


def test_company_page_shows_the_listing_and_learned_identity(polled, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from desktop.services.company_data import load_company_page
    from desktop.ui.company_page import CompanyPage

    db, _ = polled
    biren = by_name(db)["Biren Technology"]
    page = CompanyPage()
    qtbot.addWidget(page)
    page.set_database(db)
    data = load_company_page(db, biren.id, today=TODAY)  # type: ignore[arg-type]
    assert data is not None
    page.show_data(data, today=TODAY)
    panel = page.identity
    qtbot.waitUntil(lambda: panel.data is not None and panel.isVisibleTo(page))
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert "2026-01-02" in texts and "06082" in texts and "HK$19.6" in texts
    assert "HK$5.58bn" in texts
    assert any(t.startswith("China International Capital Corporation") for t in texts)
    assert any(t.startswith("HK stock code: 06082  (") for t in texts)
    assert "HK 06082" in page.subtitle.text()

    # Remove the learned Chinese name: gone from the panel and from the aliases.
    from PySide6.QtWidgets import QPushButton

    rows = [b.parentWidget() for b in panel.findChildren(QPushButton)]
    target = next(
        r
        for r in rows
        if any("上海壁仞科技股份有限公司" in lbl.text() for lbl in r.findChildren(QLabel))
    )
    target.findChild(QPushButton).click()
    qtbot.waitUntil(
        lambda: (
            panel.data is not None
            and all(f.value != "上海壁仞科技股份有限公司" for f in panel.data.facts)
        )
    )
    assert "上海壁仞科技股份有限公司" not in by_name(db)["Biren Technology"].aliases


def test_an_ambiguous_listing_stays_unmatched_and_shows_in_the_pipeline(ctx, mirror) -> None:  # type: ignore[no-untyped-def]
    """Two watched companies share the alias "Step": a listing of "Step Holdings" is
    neither's, and the Pipeline tab still lists it."""
    from desktop.store.companies import add_company
    from desktop.store.pipeline import load_pipeline
    from tests.real_layouts import NLR_PATH, nlr_workbook

    add_alias(ctx.db, "StepFun", "Step")
    add_company(ctx.db, CompanyDraft(name="Step Electric", aliases=("Step",)))
    row = ("01234", "Step Holdings Limited - W", *NLR_2026_ROW_TAIL)
    mirror.add(NLR_PATH.format(year=2026), nlr_workbook([row]))
    (outcome,) = poll_all(ctx.db, ["hkex_new_listings"], today=TODAY)
    assert outcome.ok and [e.company for e in outcome.new_events] == [None]
    applicants = {a.name: a for a in load_pipeline(ctx.db.path, today=TODAY)}
    step = applicants["Step Holdings Limited - W"]
    assert step.company_id is None and step.stage.value == "listed"


NLR_2026_ROW_TAIL = (
    date(2026, 2, 2),
    date(2026, 2, 10),
    "Example Capital Limited",
    10_000_000.0,
    90_000_000.0,
    3.2,
)


def test_a_removed_code_is_not_learned_again_from_a_later_listing(polled, mirror) -> None:  # type: ignore[no-untyped-def]
    """After the user removes Biren's learned code, a listing record seen for the first
    time later (here the application file's, served anew under another id) does not put
    it back."""
    import json

    from tests.real_layouts import EDS

    db, _ = polled
    biren = by_name(db)["Biren Technology"]
    code = next(f for f in company_identity(db, biren.id) if f.field == "hk_code")  # type: ignore[arg-type]
    remove_identity(db, code.id)
    record = {
        "id": 108199,
        "d": "02/01/2026",
        "a": "Shanghai Biren Technology Co., Ltd.",
        "s": "LT",
        "st": "6082",
        "ls": [],
        "ps": [],
    }
    body = json.dumps({"genDate": "2", "uDate": "13/01/2026", "app": [record]}).encode()
    mirror.add(EDS + "applisted_sehk_e.json", body, etag='"r2"')
    (outcome,) = poll_all(db, ["hkex_app"], today=TODAY)
    assert outcome.ok and any(e.kind == "listed" for e in outcome.new_events)
    assert by_name(db)["Biren Technology"].hk_code is None
