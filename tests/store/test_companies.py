from __future__ import annotations

import pytest

from desktop.app import prepare_database
from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft, InvalidCompany
from desktop.store.companies import add_company, all_companies, delete_company, update_company
from desktop.store.fastread import load_watchlist


def test_seed_loads_ten_companies_with_sources(ctx: AppContext) -> None:
    rows = load_watchlist(ctx.db_path)
    assert len(rows) == 10
    by_name = {r.name: r for r in rows}
    assert by_name["Mech-Mind Robotics Technologies"].name_zh == "梅卡曼德"
    assert by_name["Zhipu AI"].stage == "listed"
    assert by_name["Moonshot AI"].stage == "reported"
    assert by_name["Guangdong Huayan Robotics"].name_zh == ""
    for company in all_companies(ctx.db):
        assert company.facts, company.name
        for fact in company.facts:
            assert fact["source"] and fact["date"], (company.name, fact)
        assert company.hk_code is None  # never invented


def test_deleted_seed_company_stays_deleted(ctx: AppContext) -> None:
    minimax = next(r for r in load_watchlist(ctx.db_path) if r.name == "MiniMax")
    delete_company(ctx.db, minimax.id)
    prepare_database(AppContext(ctx.data_dir))
    names = [r.name for r in load_watchlist(ctx.db_path)]
    assert "MiniMax" not in names
    assert len(names) == 9


def test_bad_drafts_change_nothing(ctx: AppContext) -> None:
    before = load_watchlist(ctx.db_path)
    for draft in (
        CompanyDraft(name=""),
        CompanyDraft(name="MiniMax"),  # already there
        CompanyDraft(name="New Co", hk_code="12345678"),
        CompanyDraft(name="New Co", a_code="12ab"),
        CompanyDraft(name="New Co", name_zh="no chinese"),
        CompanyDraft(name="New Co", aliases=("x",)),
        CompanyDraft(name="New Co", founded=1500),
    ):
        with pytest.raises(InvalidCompany):
            add_company(ctx.db, draft)
    assert load_watchlist(ctx.db_path) == before


def test_add_then_update_normalises_codes(ctx: AppContext) -> None:
    company = add_company(ctx.db, CompanyDraft(name="Unitree Robotics", aliases=("宇树",)))
    updated = update_company(
        ctx.db, company.id, CompanyDraft(name="Unitree Robotics", hk_code="700", a_code="688123")
    )
    assert updated.hk_code == "00700"
    assert updated.a_exchange == "sse"
