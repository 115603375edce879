"""The views' fast reads (watchlist, pipeline, settings) answer the same on SQLite's
stdlib reader and on its psycopg twin: JSON fields, dates, case-insensitive order, one
snapshot for a read in two queries."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.store import fastread
from desktop.store.pipeline import applicant_events, read_new, read_pipeline, stages_by_event
from tests.ui.helpers import store_filing


def test_the_views_read_the_same_on_both_engines(ctx: Any, engine: str) -> None:
    watchlist = fastread.load_watchlist(ctx.db_path)
    names = [r.name for r in watchlist]
    assert names == sorted(names, key=str.casefold)
    assert all(isinstance(r.aliases, tuple) for r in watchlist)
    assert any(r.aliases for r in watchlist)  # JSON lists decoded
    assert fastread.setting(ctx.db_path, "seed_loaded") is True
    assert fastread.setting(ctx.db_path, "no such key") is None

    company_id, key = store_filing(
        ctx.db,
        "StepFun",
        "階躍星辰（上海）科技股份有限公司",
        key="990001",
        published=date(2026, 10, 2),
    )
    everything = read_pipeline(ctx.db_path, today=date(2026, 11, 20))
    [applicant] = [a for a in everything.applicants if a.key == key]
    assert applicant.board == "sehk"  # a field of the raw JSON
    assert applicant.first_filed == date(2026, 10, 2)
    assert applicant.company_id == company_id
    assert applicant.stage.value == "application_filed"
    [event] = applicant_events(ctx.db_path, key)
    assert event.names == ("階躍星辰（上海）科技股份有限公司",)

    assert read_new(ctx.db_path, everything.last_id).applicants == []
    store_filing(ctx.db, "StepFun", "StepFun Inc.", key="990002", published=date(2026, 11, 1))
    newer = read_new(ctx.db_path, everything.last_id, today=date(2026, 11, 20))
    assert [a.name for a in newer.applicants] == ["StepFun Inc."]
    assert newer.last_id > everything.last_id
    assert stages_by_event(ctx.db, [event.id], today=date(2026, 11, 20)) == {
        event.id: "application_filed"
    }
