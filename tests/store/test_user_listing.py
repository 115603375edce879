"""A listing the person typed (code + listing date) makes the company listed, with the
person as its source; removing the date takes it back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.company_rules import CompanyDraft, listing_words
from desktop.domain.kinds import Stage
from desktop.store.companies import add_company, draft_of, get_company, update_company
from desktop.store.fastread import load_watchlist
from desktop.store.funding import ipo_terms
from desktop.store.transfer import apply_import, preview_import
from desktop.store.user_listing import USER_SOURCE


def _stage(ctx, name: str) -> str:
    return next(r.stage for r in load_watchlist(ctx.db_path) if r.name == name)


def test_a_typed_listing_makes_the_company_listed(empty_ctx) -> None:
    company = add_company(empty_ctx.db, CompanyDraft(name="Zhipu", hk_code="2513"))
    assert _stage(empty_ctx, "Zhipu") == Stage.WATCHING.value  # a code alone is no listing
    draft = replace(
        draft_of(get_company(empty_ctx.db, company.id)),  # type: ignore[arg-type]
        listing_date=date(2026, 1, 8),
        offer_price=116.2,
    )
    update_company(empty_ctx.db, company.id, draft)  # type: ignore[arg-type]
    assert _stage(empty_ctx, "Zhipu") == Stage.LISTED.value
    terms = ipo_terms(empty_ctx.db, [company.id])[company.id]  # type: ignore[index]
    assert (terms.listing_date, terms.offer_price, terms.code, terms.source) == (
        date(2026, 1, 8),
        116.2,
        "02513",
        USER_SOURCE,
    )
    # Taking the date away takes the listing away.
    update_company(empty_ctx.db, company.id, replace(draft, listing_date=None))  # type: ignore[arg-type]
    assert _stage(empty_ctx, "Zhipu") == Stage.WATCHING.value


def test_a_future_listing_date_is_not_a_listing_yet(empty_ctx) -> None:
    future = date.today().replace(year=date.today().year + 1)
    add_company(empty_ctx.db, CompanyDraft(name="Later Co", hk_code="9999", listing_date=future))
    assert _stage(empty_ctx, "Later Co") == Stage.WATCHING.value


def test_imported_listing_dates_count_too(empty_ctx) -> None:
    text = "name,hk_code,listing_date,offer_price\r\nMiniMax,100,2026-01-09,165\r\n"
    apply_import(empty_ctx.db, preview_import(empty_ctx.db, text, "csv"))
    assert _stage(empty_ctx, "MiniMax") == Stage.LISTED.value


def test_listing_words() -> None:
    assert listing_words("02513", date(2026, 1, 8), 116.2) == (
        "HK 02513 · listed 2026-01-08 at HK$116.20 (entered by you)"
    )
    assert listing_words("02513", None, None) == "HK 02513"
    assert listing_words(None, date(2026, 1, 8), 1.0) == ""
