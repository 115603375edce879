"""Offers in a real SQLite file: each document once, each fact once, with its source; the
read models of the Offers tab."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.offer.reader import read_document
from desktop.store.offer_views import read_calendar, read_company_offer, read_offer_summaries
from desktop.store.offers import known_urls, store_document, store_failure
from desktop.store.tables import Company
from tests.offer.pdfs import fixture_pages, fixture_text

NOTICE_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/1230/notice.pdf"
RESULTS_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/results.pdf"
STAB_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0204/stab.pdf"


def _company(db, name="Example Atlas Technology", code="02513") -> int:
    with db.write() as session:
        company = Company(name=name, hk_code=code)
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def _count(db, table: str) -> int:
    """Rows in ``table``, through the store's own engine (SQLite or PostgreSQL)."""
    from sqlalchemy import text

    with db.session() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_documents_and_facts_are_stored_once_with_their_source(empty_ctx):
    db = empty_ctx.db
    company_id = _company(db)
    notice = read_document(fixture_pages("notice_en.txt"))
    first = store_document(db, NOTICE_URL, notice, title="GLOBAL OFFERING")
    again = store_document(db, NOTICE_URL, notice, title="GLOBAL OFFERING")
    assert first.new and not again.new and first.document_id == again.document_id
    facts_after_notice = _count(db, "offer_fact")
    assert facts_after_notice == len(notice.facts)
    store_document(db, RESULTS_URL, read_document(fixture_pages("allotment_en.txt")))
    assert known_urls(db, [NOTICE_URL, RESULTS_URL, "https://x/y.pdf"]) == {NOTICE_URL, RESULTS_URL}
    assert _count(db, "offer") == 1
    summary = read_company_offer(db, company_id)
    assert summary is not None and summary.stock_code == "02513"
    assert summary.value("entry_fee") == 11_737.19
    assert summary.facts["entry_fee"].url == NOTICE_URL
    assert summary.facts["entry_fee"].page == 3
    # The results' final price stands over the notice's maximum; its source is the results.
    assert summary.value("offer_price") == 116.2
    assert summary.facts["offer_price"].url == RESULTS_URL
    assert summary.value("one_lot_success_pct") == 2.81
    assert "3,911 out of 139,314" in summary.facts["one_lot_success_pct"].snippet


def test_stabilisation_cross_check_against_the_notice(empty_ctx):
    db = empty_ctx.db
    store_document(db, NOTICE_URL, read_document(fixture_pages("notice_en.txt")))
    store_document(db, STAB_URL, read_document(fixture_pages("stabilisation_en.txt")))
    [summary] = read_offer_summaries(db)
    assert summary.value("over_allotment") == "partial"
    assert summary.checks == []  # 5 January + 30 days = 4 February
    late = fixture_text("stabilisation_en.txt").replace("4 February 2026", "6 February 2026")
    pages = [(1, late)]
    store_document(db, STAB_URL + "?v2", read_document(pages))
    [summary] = read_offer_summaries(db)
    assert any("30 days after" in c for c in summary.checks)


def test_rejected_and_failed_documents_are_kept_without_facts(empty_ctx):
    db = empty_ctx.db
    wrong = read_document(fixture_pages("allotment_en.txt"), expected_code="00100")
    stored = store_document(db, RESULTS_URL, wrong)
    assert stored.status == "rejected" and stored.offer_id is None
    failed = store_failure(db, NOTICE_URL, "the PDF is damaged or truncated and cannot be read")
    assert failed.status == "failed"
    assert store_failure(db, NOTICE_URL, "again").new is False
    assert _count(db, "offer_fact") == 0
    problems = read_calendar(db).problems
    assert {p.status for p in problems} == {"rejected", "failed"}
    assert any("02513" in (p.reason or "") for p in problems)


def test_calendar_phases(empty_ctx):
    db = empty_ctx.db
    _company(db)
    store_document(db, NOTICE_URL, read_document(fixture_pages("notice_en.txt")))
    hk = lambda y, m, d, h=12: datetime(y, m, d, h - 8, 0, tzinfo=UTC)  # noqa: E731
    before = read_calendar(db, hk(2025, 12, 29))
    assert [s.stock_code for s in before.upcoming] == ["02513"]
    during = read_calendar(db, hk(2026, 1, 2))
    assert [s.stock_code for s in during.open_now] == ["02513"]
    assert during.open_now[0].name == "Example Atlas Technology"
    after_close = read_calendar(db, hk(2026, 1, 6))
    assert [s.stock_code for s in after_close.listing_soon] == ["02513"]
    store_document(db, RESULTS_URL, read_document(fixture_pages("allotment_en.txt")))
    listed = read_calendar(db, hk(2026, 1, 9))
    assert [s.stock_code for s in listed.recently_listed] == ["02513"]
    unlocking = read_calendar(db, hk(2026, 7, 1))
    groups = {lock.group for _s, lock in unlocking.lockups_soon}
    assert groups == {"controlling shareholders", "cornerstone investors"}


def test_english_and_chinese_copies_are_cross_checked(empty_ctx):
    db = empty_ctx.db
    store_document(db, RESULTS_URL, read_document(fixture_pages("allotment_en.txt")))
    store_document(db, RESULTS_URL + "_c", read_document(fixture_pages("allotment_zh_hant.txt")))
    [summary] = read_offer_summaries(db)
    assert summary.checks == []


def test_english_and_chinese_copies_that_differ_are_flagged(empty_ctx):
    db = empty_ctx.db
    store_document(db, RESULTS_URL, read_document(fixture_pages("allotment_en.txt")))
    changed = fixture_text("allotment_zh_hant.txt").replace(
        "獲接納申請數目 36,270", "獲接納申請數目 36,207"
    )
    store_document(db, RESULTS_URL + "_c", read_document([(1, changed)]))
    [summary] = read_offer_summaries(db)
    assert any("English and Chinese" in c and "36207" in c for c in summary.checks)


def test_an_offer_read_before_its_company_was_added_is_linked_later(empty_ctx):
    from desktop.store.offer_sync import flush_pending
    from desktop.store.tables import SourceState

    db = empty_ctx.db
    store_document(db, NOTICE_URL, read_document(fixture_pages("notice_en.txt")))
    [summary] = read_offer_summaries(db)
    assert summary.company_id is None
    company_id = _company(db, name="Atlas", code="02513")
    with db.write() as session:
        session.add(SourceState(source_id="offer_documents"))
    flush_pending(db)
    summary = read_company_offer(db, company_id)
    assert summary is not None and summary.stock_code == "02513"
    with db.session() as session:
        state = session.get(SourceState, "offer_documents")
        assert state is not None and "02513" in state.memory["calendar"]
