"""Rounds from the history chapter: the multi-file index, the full version's pages found
by heading, and the whole poll from the application file to stored proposals."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.polling import poll_source
from desktop.sources import funding_documents
from desktop.sources.base import ParseError
from desktop.store.db import Database
from desktop.store.funding_proposals import list_proposals, reject_proposal
from tests.funding_docs import (
    FULL_PDF,
    HISTORY_PDF,
    HOST,
    MULTI_INDEX,
    full_pdf,
    index_html,
    make_pdf,
    serve_documents,
)
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

TODAY = date(2026, 3, 20)
APP = "https://www1.hkexnews.hk/app/"


def _company_id(db: Database, name: str) -> int:
    from sqlmodel import select

    from desktop.store.tables import Company

    with db.session() as session:
        return session.exec(select(Company.id).where(Company.name == name)).one()  # type: ignore[return-value]


def test_the_index_page_names_the_history_chapter() -> None:
    links = funding_documents.chapter_links(index_html(), APP + MULTI_INDEX)
    assert links == [(APP + HISTORY_PDF, "History, Development and Corporate Structure")]
    chinese = "<a href='documents/c.pdf'>歷史、發展及公司架構</a><a href='documents/d.pdf'>業務</a>"
    assert funding_documents.chapter_links(chinese.encode(), APP + "sehk/1/x.htm") == [
        (APP + "sehk/1/documents/c.pdf", "歷史、發展及公司架構")
    ]


def test_the_full_version_is_read_only_on_the_chapter_pages() -> None:
    items = funding_documents.parse(full_pdf(), url=APP + FULL_PDF, whole=True)
    found = {i.raw["round"]: i for i in items}
    assert set(found) == {"Angel", "Series A", "Series B", "Series C+"}
    assert found["Angel"].raw["page"] == 3 and found["Series A"].raw["page"] == 4
    assert found["Series A"].raw["amount"] == 50e6
    # The summary's revenue and offer proceeds are not on the chapter's pages.
    assert all(i.raw["amount"] not in (812.3e6, 1200e6) for i in items)


def test_a_chinese_chapter_file() -> None:
    from tests.funding_docs import chapter_lines

    items = funding_documents.parse(
        make_pdf([chapter_lines("chapter_zh.txt")]), url="https://x/c.pdf"
    )
    assert {i.raw["round"] for i in items} == {"Angel", "Series A", "Series B"}


def test_not_a_pdf_is_a_plain_error() -> None:
    with pytest.raises(ParseError, match="not a PDF"):
        funding_documents.parse(b"<html>error</html>")


def _poll_filing_then_documents(db: Database) -> None:
    first = poll_source(db, "hkex_app", today=TODAY)
    assert first.ok, first.error
    outcome = poll_source(db, "funding_documents", today=TODAY)
    assert outcome.ok, outcome.error


def test_the_proof_s_chapter_becomes_proposals_with_their_sources(
    ctx, mirror: MirrorServer
) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    _poll_filing_then_documents(ctx.db)
    company = _company_id(ctx.db, "Mech-Mind Robotics Technologies")
    proposals = {p.round: p for p in list_proposals(ctx.db, company)}
    assert set(proposals) == {"Angel", "Series A", "Series B", "Series C+"}
    a = proposals["Series A"]
    assert (a.date, a.amount, a.currency, a.valuation) == (date(2019, 3, 15), 50e6, "USD", 200e6)
    assert a.source["kind"] == "document"
    assert a.source["url"] == APP + HISTORY_PDF and a.source["page"] == 2
    assert "total consideration of US$50 million" in a.source["sentence"]
    assert "History, Development and Corporate Structure" in a.source["title"]
    assert not mirror.requests_for(f"{HOST}/app/{FULL_PDF}")  # the chapter file sufficed

    # A second poll fetches nothing again and proposes nothing new.
    before = len(mirror.requests)
    again = poll_source(ctx.db, "funding_documents", today=TODAY)
    assert again.ok and again.new_events == []
    assert len(mirror.requests) == before


def test_new_proposals_are_events_once(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    poll_source(ctx.db, "hkex_app", today=TODAY)
    outcome = poll_source(ctx.db, "funding_documents", today=TODAY)
    kinds = [e.kind for e in outcome.new_events]
    assert kinds == ["funding_round"] * 4
    assert all(e.company == "Mech-Mind Robotics Technologies" for e in outcome.new_events)
    assert all(e.title.startswith("Suggested funding round: ") for e in outcome.new_events)


def test_without_a_multi_file_version_the_full_version_is_read(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.", multi=False)
    _poll_filing_then_documents(ctx.db)
    company = _company_id(ctx.db, "Mech-Mind Robotics Technologies")
    proposals = {p.round: p for p in list_proposals(ctx.db, company)}
    assert set(proposals) == {"Angel", "Series A", "Series B", "Series C+"}
    assert proposals["Series B"].source["url"] == APP + FULL_PDF
    assert proposals["Series B"].source["page"] == 4


def test_rejected_stays_rejected_after_restart_and_repoll(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    _poll_filing_then_documents(ctx.db)
    company = _company_id(ctx.db, "Mech-Mind Robotics Technologies")
    series_b = next(p for p in list_proposals(ctx.db, company) if p.round == "Series B")
    reject_proposal(ctx.db, series_b.id)
    ctx.db.dispose()

    reopened = Database(ctx.db.path)  # a restart: a new engine on the same file
    from desktop.store.tables import SourceState

    with reopened.write() as session:  # forget what was read: the chapter is read again
        state = session.get(SourceState, "funding_documents")
        assert state is not None
        state.memory = {}
        session.add(state)
    again = poll_source(reopened, "funding_documents", today=TODAY)
    assert again.ok and again.new_events == []
    assert "Series B" not in {p.round for p in list_proposals(reopened, company)}
    assert [p.round for p in list_proposals(reopened, company, status="rejected")] == ["Series B"]
    reopened.dispose()


def test_a_missing_chapter_file_falls_back_to_the_full_version(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    mirror.add(f"{HOST}/app/{HISTORY_PDF}", b"not found", status=404)
    _poll_filing_then_documents(ctx.db)
    company = _company_id(ctx.db, "Mech-Mind Robotics Technologies")
    proposals = list_proposals(ctx.db, company)
    assert {p.source["url"] for p in proposals} == {APP + FULL_PDF}


def test_a_document_not_there_is_said_once_and_not_fetched_again(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    mirror.add(f"{HOST}/app/{HISTORY_PDF}", b"not found", status=404)
    mirror.add(f"{HOST}/app/{FULL_PDF}", b"not found", status=404)
    poll_source(ctx.db, "hkex_app", today=TODAY)
    outcome = poll_source(ctx.db, "funding_documents", today=TODAY)
    assert outcome.ok and "404" in (outcome.error or "")
    assert "Mech-Mind Robotics Technologies" in (outcome.error or "")
    again = poll_source(ctx.db, "funding_documents", today=TODAY)
    assert again.ok and again.error is None
    assert len(mirror.requests_for(f"{HOST}/app/{HISTORY_PDF}")) == 1
    assert len(mirror.requests_for(f"{HOST}/app/{FULL_PDF}")) == 1


def test_a_server_failure_is_tried_again_next_poll(ctx, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    poll_source(ctx.db, "hkex_app", today=TODAY)
    mirror.add(f"{HOST}/app/{MULTI_INDEX}", b"busy", status=503)
    outcome = poll_source(ctx.db, "funding_documents", today=TODAY)
    assert not outcome.ok and "503" in (outcome.error or "")
    mirror.add(f"{HOST}/app/{MULTI_INDEX}", index_html(), content_type="text/html")
    again = poll_source(ctx.db, "funding_documents", today=TODAY)
    assert again.ok and len(again.new_events) == 4
