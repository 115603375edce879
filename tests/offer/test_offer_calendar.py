"""An offer's dates in the .ics export: from PDFs generated here, read and stored in a real
SQLite file, each date with its document; nothing a document does not state."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from sqlalchemy import insert

from desktop.sources.offer_docs import read_offer_document
from desktop.store.calendar_ics import export_calendar
from desktop.store.offers import store_document
from desktop.store.tables import Company, Event
from tests.offer.pdfs import fixture_pdf, fixture_text, make_pdf
from tests.store.test_transfer import parse_ics, unescape

NOTICE = "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/1230/2025123000011.pdf"
RESULTS = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/2026010700901.pdf"
STABILISATION = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0204/2026020400055.pdf"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _watch(db, code: str = "02513") -> int:
    with db.write() as session:
        company = Company(name="Example Atlas Technology", hk_code=code)
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def _store(db, url: str, pdf: bytes, published: date | None = None) -> None:
    store_document(db, url, read_offer_document(pdf), title="x", published=published)


def _events(db) -> dict[str, dict[str, str]]:
    return {
        e["UID"].split("@")[0]: e
        for e in parse_ics(export_calendar(db, now=NOW))
        if e["UID"].startswith("offer-")
    }


def test_the_notice_gives_the_timetable_with_times_and_its_document(empty_ctx):
    db = empty_ctx.db
    _watch(db)
    _store(db, NOTICE, fixture_pdf("notice_en.txt"))
    events = _events(db)
    assert set(events) == {
        "offer-02513-opens",
        "offer-02513-close",
        "offer-02513-results",
        "offer-02513-listing",
    }  # no over-allotment option known, no lock-up printed: no such dates
    close = events["offer-02513-close"]
    assert close["DTSTART"] == "20260105T040000Z"  # 12:00 HKT
    assert "DTEND" not in close and "DTEND;VALUE=DATE" not in close
    summary = unescape(close["SUMMARY"])
    assert summary == (
        "Example Atlas Technology (02513): applications close 12:00 HKT (brokers close earlier)"
    )
    description = unescape(close["DESCRIPTION"])
    assert "close at 12:00 HKT (Hong Kong time) on 2026-01-05" in description
    assert "Banks and brokers stop taking applications earlier" in description
    assert "Entry fee for one board lot of 100 shares: HK$11,737.19" in description
    assert "Source: Formal notice, page 2" in description
    assert description.endswith(NOTICE + "#page=2")
    assert close["URL"] == NOTICE + "#page=2"
    assert events["offer-02513-opens"]["DTSTART"] == "20251230T010000Z"
    assert events["offer-02513-results"]["DTSTART"] == "20260107T150000Z"
    listing = events["offer-02513-listing"]
    assert listing["DTSTART"] == "20260108T010000Z"
    # Only the maximum price is known yet: no offer price is claimed.
    assert unescape(listing["DESCRIPTION"]).startswith("Dealings in the shares begin.\n")


def test_results_and_stabilisation_notice_add_their_dates(empty_ctx):
    db = empty_ctx.db
    company_id = _watch(db)
    _store(db, NOTICE, fixture_pdf("notice_en.txt"))
    _store(db, RESULTS, fixture_pdf("allotment_en.txt"), date(2026, 1, 7))
    with db.write() as session:  # HKEX's own listing event for the same day
        session.execute(
            insert(Event),
            [
                {
                    "company_id": company_id,
                    "kind": "listed",
                    "source": "hkex_app",
                    "published": date(2026, 1, 8),
                    "title": "listed",
                    "fingerprint": "fp-listed",
                    "subject": "Example Atlas Technology",
                    "names": [],
                    "raw": {},
                }
            ],
        )
    text = export_calendar(db, now=NOW)
    summaries = [unescape(e["SUMMARY"]) for e in parse_ics(text)]
    assert not any(s.endswith("listed in Hong Kong") for s in summaries)  # said once
    events = _events(db)
    listing = unescape(events["offer-02513-listing"]["DESCRIPTION"])
    assert "the offer price is HK$116.20" in listing
    assert "Source: Allotment results, page 1" in listing
    results = events["offer-02513-results"]
    assert results["URL"] == RESULTS
    assert "Source: Allotment results" in unescape(results["DESCRIPTION"])
    # The results print an over-allotment option: its end is expected, and says so.
    expected = events["offer-02513-stabilisation"]
    assert expected["DTSTART;VALUE=DATE"] == "20260204"
    assert "(expected)" in unescape(expected["SUMMARY"])
    lockups = {k: v for k, v in events.items() if "-lockup-" in k}
    assert set(lockups) == {
        "offer-02513-lockup-controlling-shareholders-20260707",
        "offer-02513-lockup-cornerstone-investors-20260707",
        "offer-02513-lockup-pre-ipo-investors-20270107",
    }
    controlling = lockups["offer-02513-lockup-controlling-shareholders-20260707"]
    assert controlling["DTSTART;VALUE=DATE"] == "20260707"
    assert controlling["DTEND;VALUE=DATE"] == "20260708"
    words = unescape(controlling["DESCRIPTION"])
    assert "200,000,000 shares held by controlling shareholders" in words
    assert "may be sold from 2026-07-08" in words
    assert "Source: Allotment results, page 2" in words
    assert controlling["URL"] == RESULTS + "#page=2"
    assert "estimate" not in unescape(controlling["SUMMARY"])

    _store(db, STABILISATION, fixture_pdf("stabilisation_en.txt"), date(2026, 2, 4))
    ended = _events(db)["offer-02513-stabilisation"]
    assert ended["DTSTART;VALUE=DATE"] == "20260204"
    assert unescape(ended["SUMMARY"]).endswith("stabilisation period ended")
    words = unescape(ended["DESCRIPTION"])
    assert "partly exercised. 2,806,450 shares." in words
    assert words.endswith(STABILISATION + "#page=1")
    # Stable: the same data gives the same calendar.
    assert export_calendar(db, now=NOW) == export_calendar(db, now=NOW)


def test_an_estimated_lockup_is_marked_and_unwatched_offers_are_left_out(empty_ctx):
    db = empty_ctx.db
    _watch(db)
    # Results that print cornerstones but no lock-up table: the six months are estimated.
    pages = fixture_text("allotment_en.txt").split("\f")
    without = [re.sub(r"LOCK-UP UNDERTAKINGS.*", "", p, flags=re.S) for p in pages]
    _store(db, RESULTS, make_pdf(without))
    events = _events(db)
    [estimate] = [v for k, v in events.items() if "-lockup-" in k]
    assert estimate["DTSTART;VALUE=DATE"] == "20260707"
    assert unescape(estimate["SUMMARY"]).endswith(
        "lock-up of cornerstone investors ends (estimate)"
    )
    assert "no last day is printed" in unescape(estimate["DESCRIPTION"])
    # An offer of a company nobody watches is not in the watchlist's calendar.
    other = fixture_text("notice_en.txt").replace("02513", "09999")
    _store(db, NOTICE + "?other", make_pdf(other.split("\f")))
    assert not any(k.startswith("offer-09999") for k in _events(db))
