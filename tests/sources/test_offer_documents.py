"""Discovery over a mirror: the listing-document files → the offer documents downloaded,
read and stored once, crash-safe."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.polling import poll_source
from desktop.sources import offer_documents
from desktop.store.offer_sync import flush_pending
from desktop.store.offer_views import read_calendar, read_company_offer, read_offer_summaries
from desktop.store.tables import Company, SourceState
from tests.mirror import mirror_fixture  # noqa: F401
from tests.offer import served
from tests.offer.served import serve_offer

TODAY = date(2026, 1, 8)


def _watch(db) -> int:
    with db.write() as session:
        company = Company(name="Example Atlas Technology", name_zh="北京示例圖譜科技股份有限公司")
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def _pdf_requests(mirror) -> list[str]:
    return [r.path for r in mirror.requests if r.path.endswith(".pdf")]


def test_parse_latest_picks_offer_documents_only():
    payload = served.latest(
        [
            served.record(1, "/a.pdf", "GLOBAL OFFERING", "10000", "15200", "30/12/2025 07:00"),
            served.record(2, "/b.pdf", "PROSPECTUS", "30000", "30700", "30/12/2025 07:00"),
            served.record(3, "/c.pdf", "RIGHTS ISSUE", "30000", "31100", "30/12/2025 07:00"),
            served.record(
                4,
                "/d.pdf",
                "Allotment Results / Rights Issue",
                "10000",
                "15100",
                "30/12/2025 07:00",
            ),
            served.record(
                5,
                "/e.pdf",
                "STABILIZING ACTIONS AND END OF STABILIZATION PERIOD",
                "10000",
                "13300",
                "30/12/2025 07:00",
            ),
            served.record(6, "/f.pdf", "MONTHLY RETURN", "10000", "13300", "30/12/2025 07:00"),
        ]
    )
    found = {c.url.rsplit("/", 1)[-1]: c.kind for c in offer_documents.parse_latest(payload)}
    assert found == {
        "a.pdf": "formal_notice",
        "b.pdf": "prospectus",
        "e.pdf": "stabilisation_end",
    }


def test_poll_reads_each_document_once_and_fills_the_offer(empty_ctx, mirror):
    db = empty_ctx.db
    company_id = _watch(db)
    serve_offer(mirror)
    outcome = poll_source(db, "offer_documents", today=TODAY)
    assert outcome.ok, outcome.error
    summary = read_company_offer(db, company_id)
    assert summary is not None and summary.stock_code == "02513"
    assert summary.value("entry_fee") == 11_737.19
    assert summary.value("one_lot_success_pct") == 2.81
    assert summary.facts["one_lot_success_pct"].url.endswith(served.RESULTS.rsplit("/", 1)[-1]) or (
        summary.facts["one_lot_success_pct"].url.endswith("_c.pdf")
    )
    # The stabilisation notice is looked for only once the offer is known to have an
    # over-allotment option, so it is read by the next poll.
    assert summary.value("over_allotment") is None
    problems = {p.url.rsplit("/", 1)[-1]: p for p in read_calendar(db).problems}
    assert problems["2026010700903.pdf"].status == "rejected"  # another company's results
    assert problems["2026010700904.pdf"].status == "failed"  # truncated
    assert "truncated" in (problems["2026010700904.pdf"].reason or "")
    first = _pdf_requests(mirror)
    assert len(first) == len(set(first)) == 6

    poll_source(db, "offer_documents", today=date(2026, 2, 5))
    second = _pdf_requests(mirror)[len(first) :]
    assert second == [served.BASE + served.STABILISATION]
    summary = read_company_offer(db, company_id)
    assert summary is not None
    assert summary.value("over_allotment") == "partial"
    assert summary.checks == []
    facts_before = _fact_count(db)
    poll_source(db, "offer_documents", today=date(2026, 2, 5))
    assert _pdf_requests(mirror)[len(first) + 1 :] == []
    assert _fact_count(db) == facts_before


def _fact_count(db) -> int:
    import sqlite3

    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT count(*) FROM offer_fact").fetchone()[0]
    finally:
        con.close()


def test_no_stabilisation_notice_without_an_over_allotment_option(empty_ctx, mirror):
    db = empty_ctx.db
    serve_offer(mirror, extra=False)
    # Results without over-allocation: the offer had no option.
    from tests.offer.pdfs import fixture_text, make_pdf

    no_option = fixture_text("allotment_en.txt").replace(
        "No. of Offer Shares over-allocated 5,612,900", "No. of Offer Shares over-allocated 0"
    )
    mirror.add(served.BASE + served.RESULTS, make_pdf(no_option.split("\f")))
    zh = fixture_text("allotment_zh_hant.txt").replace(
        "超額分配的發售股份數目 5,612,900", "超額分配的發售股份數目 0"
    )
    mirror.add(served.BASE + served.RESULTS_ZH, make_pdf(zh.split("\f")))
    poll_source(db, "offer_documents", today=TODAY)
    poll_source(db, "offer_documents", today=date(2026, 2, 5))
    assert served.BASE + served.STABILISATION not in _pdf_requests(mirror)
    [summary] = read_offer_summaries(db)
    assert summary.value("over_allotment_option") is False


def test_documents_left_pending_by_a_crash_are_stored_by_the_next_poll(
    empty_ctx, mirror, monkeypatch
):
    db = empty_ctx.db
    serve_offer(mirror, with_stabilisation=False, extra=False)

    # The poll's transaction commits; the process dies before the offer tables are written.
    def die(_db):
        raise SystemExit("killed")

    with monkeypatch.context() as patch, pytest.raises(SystemExit):
        patch.setattr("desktop.store.offer_sync.flush_pending", die)
        poll_source(db, "offer_documents", today=TODAY)
    assert read_offer_summaries(db) == []
    with db.session() as session:
        state = session.get(SourceState, "offer_documents")
        assert state is not None and len(state.memory["pending"]) == 4
    downloaded = len(_pdf_requests(mirror))
    outcome = poll_source(db, "offer_documents", today=TODAY)
    assert outcome.ok, outcome.error
    assert len(_pdf_requests(mirror)) == downloaded  # nothing read twice
    [summary] = read_offer_summaries(db)
    assert summary.value("entry_fee") == 11_737.19
    # Flushing the same documents again stores nothing twice.
    facts = _fact_count(db)
    with db.write() as session:
        state = session.get(SourceState, "offer_documents")
        assert state is not None
        state.memory = {**state.memory, "pending": {"x": {"failed": "x"}}}
        session.add(state)
    flush_pending(db)
    flush_pending(db)
    assert _fact_count(db) == facts


def test_reminders_and_the_over_allotment_outcome_are_new_events_once(
    empty_ctx, mirror, monkeypatch
):
    from datetime import UTC, datetime

    db = empty_ctx.db
    _watch(db)
    serve_offer(mirror, extra=False)
    # 10:30 HKT on the last day for applications, which close at noon.
    monkeypatch.setattr(offer_documents, "clock", lambda: datetime(2026, 1, 5, 2, 30, tzinfo=UTC))
    poll_source(db, "offer_documents", today=date(2026, 1, 5))  # reads the documents
    second = poll_source(db, "offer_documents", today=date(2026, 1, 5))
    kinds = [(e.kind, e.company) for e in second.new_events]
    assert kinds == [("listing_announcement", "Example Atlas Technology")]
    assert "close in 2 h" in second.new_events[0].title
    again = poll_source(db, "offer_documents", today=date(2026, 1, 5))
    assert again.new_events == []
    # Weeks later the stabilisation notice gives the over-allotment outcome, once.
    monkeypatch.setattr(offer_documents, "clock", lambda: datetime(2026, 2, 5, 2, 0, tzinfo=UTC))
    later = poll_source(db, "offer_documents", today=date(2026, 2, 5))
    outcome = [e for e in later.new_events if e.kind == "stabilisation_end"]
    assert len(outcome) == 1 and "partly exercised (2,806,450 shares)" in outcome[0].title
    assert outcome[0].company == "Example Atlas Technology"
    assert poll_source(db, "offer_documents", today=date(2026, 2, 5)).new_events == []
    # A week before the cornerstones' lock-up ends.
    monkeypatch.setattr(offer_documents, "clock", lambda: datetime(2026, 7, 1, 2, 0, tzinfo=UTC))
    ahead = poll_source(db, "offer_documents", today=date(2026, 7, 1))
    lockups = sorted(e.title for e in ahead.new_events if e.kind == "lockup_expiry")
    assert len(lockups) == 2 and all("2026-07-07" in t for t in lockups)


def test_later_pages_of_a_latest_file_are_read(empty_ctx, mirror):
    import json

    from tests.offer.pdfs import fixture_pdf

    db = empty_ctx.db
    first = json.dumps({"maxNumOfFile": 2, "newsInfoLst": []}).encode()
    second = served.latest(
        [served.record(1, served.NOTICE, "GLOBAL OFFERING", "10000", "15200", "30/12/2025 07:00")]
    )
    mirror.add(f"{served.BASE}/ncms/json/eds/lcisehk7relsde_1.json", first)
    mirror.add(f"{served.BASE}/ncms/json/eds/lcisehk7relsde_2.json", second)
    mirror.add(served.BASE + served.NOTICE, fixture_pdf("notice_en.txt"))
    outcome = poll_source(db, "offer_documents", today=TODAY)
    assert outcome.ok, outcome.error
    [summary] = read_offer_summaries(db)
    assert summary.value("entry_fee") == 11_737.19
