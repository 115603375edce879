"""Source failures in plain words: which file or server, what it means, what next."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.source_errors import (
    SOURCE_TITLES,
    SourceHealth,
    explain,
    market_empty_text,
    price_empty_text,
)


def test_titles_match_the_registry() -> None:
    from desktop.sources.registry import TITLES

    assert SOURCE_TITLES == TITLES


def test_a_missing_hkex_file() -> None:
    said = explain("hkex_news", "lcisehk1relsde_1.json: HTTP 404 Not Found", interval_min=60)
    assert said.short == (
        "HKEXnews's list of the latest listing documents: the file is not on the server (HTTP 404)."
    )
    assert said.next_step.endswith("tries again at the next poll, in 1 hour.")
    assert "lcisehk1relsde_1.json" not in said.text  # the file name is for the tool tip
    assert "lcisehk1relsde_1.json: HTTP 404 Not Found" in said.tooltip


def test_application_files_are_named_by_board_and_language() -> None:
    said = explain("hkex_app", "appinactive_gem_c.json: HTTP 404 Not Found")
    assert said.what == "HKEX's list of lapsed, withdrawn and rejected applications (GEM, Chinese)"
    assert "HKEX does not publish every file for GEM" in said.meaning


def test_prices_say_both_servers() -> None:
    said = explain(
        "prices",
        "09660: yahoo: 09660.HK: HTTP 404 Not Found; tencent: q=r_hk09660: no answer "
        "within 20 s (after 3 tries)",
        interval_min=1440,
    )
    assert said.what == "Share prices for 09660"
    assert "Yahoo Finance: the file is not on the server (HTTP 404)" in said.meaning
    assert "Tencent: the server did not answer in time" in said.meaning
    assert said.next_step.endswith("tomorrow.")
    bare = explain("prices", "tencent: q=r_hk09660")
    assert bare.what == "Tencent's quote for 09660"


def test_unreachable_server_and_several_files() -> None:
    said = explain(
        "hkex_app",
        "appactive_app_sehk_e.json: www1.hkexnews.hk refused the connection; "
        "applisted_sehk_e.json: not tried, www1.hkexnews.hk failed earlier in this poll; "
        "and 3 more",
    )
    assert said.meaning == "the server could not be reached (and other files too)"


def test_a_disabled_source_says_how_to_try_again() -> None:
    said = explain("csrc", "www.csrc.gov.cn: HTTP 503 Service Unavailable", enabled=False)
    assert said.short == "The CSRC website: the server had a problem on its side (HTTP 503)."
    assert "turn it on in the Sources view" in said.next_step


def test_market_empty_state_follows_the_source() -> None:
    off = SourceHealth("hkex_new_listings", enabled=False)
    assert "turned off: turn it on" in market_empty_text(off)
    failing = SourceHealth(
        "hkex_new_listings",
        enabled=True,
        last_run=datetime(2026, 12, 4, 9),
        last_success=None,
        last_error="NLR2026_Eng.xlsx: HTTP 404 Not Found",
    )
    text = market_empty_text(failing)
    assert "is failing" in text and "turn it on" not in text and "enable" not in text
    assert "not run yet" in market_empty_text(None)
    facts = [{"text": "73 IPOs raised HK$88bn in 2025", "source": "HKEX", "date": "2025"}]
    assert "• 73 IPOs raised HK$88bn in 2025 (HKEX, 2025)" in market_empty_text(None, facts)


def test_price_empty_state_says_precisely_what_is_missing() -> None:
    today = date(2026, 12, 4)
    assert "no Hong Kong stock code yet" in price_empty_text(None, None, None, today)
    ran = SourceHealth("prices", last_success=datetime(2026, 12, 3), interval_min=1440)
    text = price_empty_text("02513", date(2026, 1, 8), ran, today)
    assert "code 02513 is known, but no prices have been fetched" in text
    assert "runs once a day" in text
    failing = SourceHealth(
        "prices",
        last_run=datetime(2026, 12, 4),
        last_success=datetime(2026, 12, 1),
        last_error="02513: tencent: q=r_hk02513: HTTP 503 Service Unavailable",
    )
    assert "price source is failing" in price_empty_text("02513", None, failing, today)
    off = SourceHealth("prices", enabled=False)
    assert "turned off" in price_empty_text("02513", None, off, today)
    assert "starts trading on 2026-12-10" in price_empty_text(
        "02513", date(2026, 12, 10), ran, today
    )
    assert "after the company lists" not in text


def test_a_file_hkex_does_not_publish_for_a_board_is_said_so() -> None:
    detail = (
        "appactive_appphip_gem_e.json: not published for this board (the exchange answers "
        "404); appactive_appphip_gem_c.json: not published for this board (the exchange "
        "answers 404)"
    )
    said = explain("hkex_app", detail, interval_min=60)
    assert said.meaning.startswith("HKEX does not publish this file for this board")
    assert "without saying why" not in said.text


def test_a_poll_s_remarks_and_a_document_that_is_no_pdf_are_said_in_words() -> None:
    from desktop.domain.phrases import PDF_NOT_PDF

    for detail, words in (
        ("appactive_app_sehk_e.json: 3 record(s) skipped (missing id, name or valid date)", "3 "),
        ("NLR2024_Eng.xlsx: 2 listing(s) skipped (no listing date or name)", "2 "),
        ("NLR2026_Eng.xlsx: no GEM report for 2026 at the exchange (not published)", "GEM"),
        ("2 more offer documents wait for the next poll", "next poll"),
        (f"notice.pdf: {PDF_NOT_PDF.compose()}", "not a PDF"),
    ):
        said = explain("offer_documents", detail, interval_min=30)
        assert words in said.meaning and "without saying why" not in said.meaning, detail
