"""A database seeded before the seed knew Zhipu's official names gets them on upgrade
(migration 0010), and with them the listing it had stored unmatched -- unless the user
removed such a name, already has it, or made the seed row another company."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from desktop.bootstrap import prepare_database
from desktop.context import AppContext
from desktop.paths import resource
from desktop.services.polling import poll_all
from desktop.store.companies import SEED_CLAIMS, all_companies, load_seed
from desktop.store.identity import company_listing
from desktop.store.schema import HEAD_REVISION, current_revision
from desktop.store.tables import Company, CompanyIdentity, Event, Setting
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.mirror_data import serve_real_listings, serve_samples

TODAY = date(2026, 4, 30)
OFFICIAL = (
    "Knowledge Atlas Technology Joint Stock Company Limited",
    "北京智谱华章科技股份有限公司",
)


def old_seed(folder: Path) -> Path:
    """The seed as it was before: Zhipu known only as Zhipu AI, 智谱, Z.ai, Zhipu."""
    data = json.loads(resource("seed", "watchlist.json").read_text(encoding="utf-8"))
    (zhipu,) = [c for c in data["companies"] if c["key"] == "zhipu"]
    assert set(OFFICIAL) <= set(zhipu["aliases"])  # what the seed says now
    zhipu["aliases"] = [a for a in zhipu["aliases"] if a not in OFFICIAL]
    path = folder / "old-seed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def seeded_before(data_dir: Path, tmp_path: Path) -> Any:
    context = AppContext(data_dir)
    context.db.migrate("0009")
    assert load_seed(context.db, old_seed(tmp_path)) == 10
    yield context
    context.db.dispose()


def zhipu(context: AppContext) -> Company:
    (company,) = [c for c in all_companies(context.db) if c.seed_key == "zhipu"]
    return company


def test_the_upgrade_connects_the_listing_stored_unmatched(
    seeded_before: AppContext, mirror: MirrorServer
) -> None:
    context = seeded_before
    serve_samples(mirror)
    serve_real_listings(mirror)
    sources = ["hkex_app", "hkex_new_listings", "prices"]
    assert all(o.ok for o in poll_all(context.db, sources, today=TODAY))
    before = zhipu(context)
    assert before.hk_code is None  # the old seed missed it
    missed = company_listing(context.db, before.id)  # type: ignore[arg-type]
    assert missed is None or missed.source != "hkex_new_listings"
    with context.db.session() as session:
        listing = session.exec(select(Event).where(Event.source == "hkex_new_listings")).all()
    assert any(e.raw["code"] == "02513" and e.company_id is None for e in listing)

    prepare_database(context)  # the next start: migrate, then finish the seed update
    assert current_revision(context.db_path) == HEAD_REVISION
    after = zhipu(context)
    assert [a for a in after.aliases if a in OFFICIAL] == list(OFFICIAL)
    assert after.stage == "listed" and after.hk_code == "02513"
    found = company_listing(context.db, after.id)  # type: ignore[arg-type]
    assert found is not None and found.source == "hkex_new_listings"
    assert (found.code, found.listing_date, found.offer_price) == ("02513", date(2026, 1, 8), 116.2)
    with context.db.session() as session:
        assert session.get(Setting, SEED_CLAIMS) is None
        learned = session.exec(
            select(CompanyIdentity).where(CompanyIdentity.company_id == after.id)
        ).all()
        lookalike = session.exec(select(Event).where(Event.ref == "108777")).all()
    assert ("hk_code", "02513") in {(f.field, f.value) for f in learned}
    assert lookalike and all(e.company_id is None for e in lookalike)
    # Nobody else took Zhipu's listing, and no one took the look-alike's.
    others = {c.id for c in all_companies(context.db)} - {after.id}
    with context.db.session() as session:
        taken = session.exec(select(Event).where(Event.source == "hkex_new_listings")).all()
    assert {e.raw["code"] for e in taken if e.company_id in others} == {"06082", "09903", "00100"}

    # Prices come by the code learned in the upgrade.
    (prices,) = poll_all(context.db, ["prices"], today=TODAY)
    assert prices.ok
    with context.db.session() as session:
        quotes = session.exec(
            select(Event).where(Event.company_id == after.id, Event.kind == "price")
        ).all()
    assert len(quotes) == 5


def test_a_name_the_user_removed_or_already_has_is_not_added(seeded_before: AppContext) -> None:
    context = seeded_before
    company = zhipu(context)
    with context.db.write() as session:
        row = session.get(Company, company.id)
        assert row is not None
        row.aliases = [*row.aliases, "KNOWLEDGE ATLAS TECHNOLOGY JOINT STOCK COMPANY LIMITED"]
        session.add(row)
        session.add(
            CompanyIdentity(
                company_id=company.id,  # type: ignore[arg-type]
                field="name_zh",
                value="北京智譜華章科技股份有限公司",
                source="hkex_app",
                removed=True,
            )
        )
    aliases = zhipu(context).aliases
    prepare_database(context)
    assert zhipu(context).aliases == aliases  # nothing added, nothing doubled
    with context.db.session() as session:
        assert session.get(Setting, SEED_CLAIMS) is None


def test_a_seed_row_made_another_company_is_left_alone(seeded_before: AppContext) -> None:
    context = seeded_before
    company = zhipu(context)
    with context.db.write() as session:
        row = session.get(Company, company.id)
        assert row is not None
        row.name, row.name_zh, row.aliases = "Other Robotics", None, ["Other"]
        session.add(row)
    prepare_database(context)
    assert zhipu(context).aliases == ["Other"]


def test_a_new_database_has_the_names_from_the_seed(ctx: AppContext) -> None:
    assert set(OFFICIAL) <= set(zhipu(ctx).aliases)
    with ctx.db.session() as session:
        assert session.get(Setting, SEED_CLAIMS) is None
