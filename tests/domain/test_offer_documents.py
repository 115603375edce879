"""Offer documents (text) → facts: every label variant and basis-table row style."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.offer.dates import (
    check_lockup,
    check_stabilisation,
    lockup_last_day,
    stabilisation_end,
)
from desktop.domain.offer.facts import CONTRACT_KEYS
from desktop.domain.offer.reader import read_document, wanted_pages
from desktop.domain.offer.text import Text, label_pattern, normalise
from tests.offer.pdfs import fixture_pages, fixture_text


def read_text(text: str, **kwargs):
    return read_document([(i + 1, p) for i, p in enumerate(text.split("\f"))], **kwargs)


def test_english_allotment_results_every_figure_with_its_page():
    out = read_document(fixture_pages("allotment_en.txt"))
    assert out.doc_type == "allotment_results" and out.lang == "en"
    assert out.value("stock_code") == "02513"
    assert out.value("issuer") == "Example Atlas Technology Joint Stock Company Limited"
    assert out.value("listing_date") == "2026-01-08"
    assert out.value("offer_price") == 116.2
    assert out.value("hk_valid_applications") == 183_816
    assert out.value("hk_successful_applications") == 36_270
    assert out.value("hk_subscription_times") == 1159.46
    assert out.value("intl_subscription_times") == 15.28
    assert out.value("intl_placees") == 212
    assert out.value("gross_proceeds_hkd") == 4_348_150_000
    assert out.value("net_proceeds_hkd") == 4_157_850_000
    assert out.value("hk_initial_shares") == out.value("hk_final_shares") == 1_871_000
    assert out.value("intl_final_shares") == 35_548_500
    assert out.value("one_lot_success_pct") == 2.81
    assert out.value("mechanism") == "B"
    assert out.value("clawback") is False  # N/A under Mechanism B
    assert out.value("over_allotment_option") is True
    assert out.value("cornerstones") == [
        {"name": "JSC International Investment Fund SPC", "shares": 4_300_000, "page": 1},
        {"name": "Glorious Harbour Capital Limited", "shares": 2_150_000, "page": 1},
    ]
    lockups = {(r["group"], r["last_day"]): r["shares"] for r in out.value("lockups")}
    assert lockups == {
        ("controlling shareholders", "2026-07-07"): 200_000_000,
        ("cornerstone investors", "2026-07-07"): 6_450_000,
        ("pre-IPO investors", "2027-01-07"): 150_000_000,
    }
    assert out.facts["lockups"].page == 2
    assert out.facts["one_lot_success_pct"].page == 2
    assert "3,911 out of 139,314" in out.facts["one_lot_success_pct"].snippet
    assert "No. of valid applications 183,816" in out.facts["hk_valid_applications"].snippet
    assert out.checks == [] and out.problems == []


def test_traditional_chinese_spaced_labels_and_split_zero_share_rows():
    out = read_document(fixture_pages("allotment_zh_hant.txt"))
    assert out.doc_type == "allotment_results" and out.lang == "zh"
    assert out.value("issuer") == "北京示例圖譜科技股份有限公司"
    assert out.value("hk_valid_applications") == 183_816  # 受 理 申 請 數 目
    assert out.value("hk_successful_applications") == 36_270  # 獲接納申請數目
    assert out.value("hk_subscription_times") == 1159.46  # 認購額
    assert out.value("hk_initial_shares") == 1_871_000  # label wrapped over two lines
    assert out.value("gross_proceeds_hkd") == 4_348_150_000  # 百萬港元
    # 139,314名中135,403名獲發0股股份 / 139,314名中3,911名獲發100股股份
    assert out.value("one_lot_success_pct") == 2.81
    assert out.value("clawback") is False  # 不適用, Hong Kong tranche unchanged
    assert out.checks == []


def test_simplified_chinese_with_clawback_and_reallocation():
    out = read_document(fixture_pages("allotment_zh_hans.txt"))
    assert out.value("issuer") == "示例芯片科技股份有限公司"  # printed with spaces
    assert out.value("stock_code") == "06082"
    assert out.value("hk_valid_applications") == 52_000
    assert out.value("hk_subscription_times") == 400.12
    assert out.value("clawback") is True
    assert out.value("hk_reallocated_shares") == 4_960_000
    assert out.value("hk_final_shares") == 7_440_000
    assert out.value("one_lot_success_pct") == 10.0
    assert out.value("over_allotment_option") is False
    assert out.checks == []


def test_reallocation_that_does_not_add_up_is_flagged_and_kept_as_printed():
    text = fixture_text("allotment_zh_hans.txt").replace("7,440,000", "7,400,000")
    out = read_text(text)
    assert out.value("hk_final_shares") == 7_400_000
    assert any("reallocated" in c and "check the document" in c for c in out.checks)


def test_pool_totals_that_differ_from_valid_applications_are_flagged():
    text = fixture_text("allotment_en.txt").replace(
        "No. of valid applications 183,816", "No. of valid applications 183,900"
    )
    out = read_text(text)
    assert out.value("hk_valid_applications") == 183_900
    assert any("183,816" in c and "183,900" in c for c in out.checks)


@pytest.mark.parametrize(
    ("word", "mechanism", "expected"),
    [
        ("Yes", "", True),
        ("No", "", False),
        ("N/A", "Mechanism B", False),
        ("Not applicable", "Mechanism B", False),
    ],
)
def test_clawback_words(word, mechanism, expected):
    text = fixture_text("allotment_en.txt").replace(
        "Claw-back triggered N/A", f"Claw-back triggered {word}"
    )
    text = text.replace("Note: Mechanism B applies to this offering.", mechanism)
    assert read_text(text).value("clawback") is expected


@pytest.mark.parametrize("word", ["無", "无", "否"])
def test_chinese_no_clawback_words(word):
    text = fixture_text("allotment_zh_hant.txt").replace(
        "觸發回補機制 不適用", f"觸發回補機制 {word}"
    )
    assert read_text(text).value("clawback") is False


def test_not_applicable_with_changed_tranche_and_no_mechanism_stays_unknown():
    text = fixture_text("allotment_zh_hant.txt").replace(
        "香港公開發售項下發售股份的最終數目 1,871,000",
        "香港公開發售項下發售股份的最終數目 3,742,000",
    )
    assert read_text(text).value("clawback") is None


def test_english_basis_split_into_zero_share_and_winners_rows():
    text = fixture_text("allotment_en.txt").replace(
        "100 139,314 3,911 out of 139,314 applicants to\nreceive 100 shares 2.81%",
        "100 139,314 135,403 out of 139,314 applicants to receive 0 shares 0.00%\n"
        "100 139,314 3,911 out of 139,314 applicants to receive 100 shares 2.81%",
    )
    out = read_text(text)
    assert out.value("one_lot_success_pct") == 2.81
    assert out.checks == []


def test_basis_where_everyone_gets_a_lot():
    text = fixture_text("allotment_en.txt").replace(
        "100 139,314 3,911 out of 139,314 applicants to\nreceive 100 shares 2.81%",
        "100 139,314 100 shares 100.00%",
    )
    assert read_text(text).value("one_lot_success_pct") == 100.0


def test_formal_notice_terms_and_wrapped_timetable():
    out = read_document(fixture_pages("notice_en.txt"))
    assert out.doc_type == "formal_notice"
    assert out.value("offer_price_max") == 116.2 and out.value("offer_price") is None
    assert out.value("board_lot") == 100
    assert out.value("entry_fee") == 11_737.19
    assert out.value("offer_shares") == 37_419_500
    assert out.value("hk_offer_shares") == 1_871_000
    assert out.value("intl_offer_shares") == 35_548_500
    assert out.value("mechanism") == "B"
    assert out.value("timetable.offer_opens") == "2025-12-30T09:00"
    assert out.value("timetable.applications_close") == "2026-01-05T12:00"
    assert out.value("timetable.price_determination") == "2026-01-06"
    assert out.value("timetable.results") == "2026-01-07T23:00"
    assert out.value("timetable.listing") == "2026-01-08T09:00"
    assert out.facts["timetable.listing"].page == 2
    assert out.facts["entry_fee"].page == 3
    assert out.checks == []


def test_chinese_notice_with_chinese_numeral_times():
    out = read_document(fixture_pages("notice_zh_hant.txt"))
    assert out.doc_type == "formal_notice" and out.lang == "zh"
    assert out.value("offer_price_max") == 116.2
    assert out.value("board_lot") == 100
    assert out.value("entry_fee") == 11_737.19
    assert out.value("timetable.offer_opens") == "2025-12-30T09:00"  # 上午九時正
    assert out.value("timetable.applications_close") == "2026-01-05T12:00"  # 中午十二時正
    assert out.value("timetable.results") == "2026-01-07T23:00"  # 下午十一時
    assert out.value("timetable.listing") == "2026-01-08T09:00"


def test_simplified_notice():
    import opencc

    text = opencc.OpenCC("t2s").convert(fixture_text("notice_zh_hant.txt"))
    out = read_text(text)
    assert out.doc_type == "formal_notice"
    assert out.value("offer_price_max") == 116.2
    assert out.value("timetable.applications_close") == "2026-01-05T12:00"
    assert out.value("timetable.listing") == "2026-01-08T09:00"


def test_timetable_with_time_before_date_on_one_line():
    text = fixture_text("notice_en.txt").replace(
        "Application lists close .......................................................... Monday, 5 January 2026\n12:00 noon",
        "Application lists close ........ 12:00 noon on Monday, 5 January 2026",
    )
    assert read_text(text).value("timetable.applications_close") == "2026-01-05T12:00"


def test_price_range_and_fixed_price():
    ranged = fixture_text("notice_en.txt").replace(
        "Maximum Offer Price : HK$116.20 per H Share,",
        "Offer Price : Not more than HK$116.20 per H Share and expected to be not less than HK$98.00 per H Share,",
    )
    out = read_text(ranged)
    assert (out.value("offer_price_min"), out.value("offer_price_max")) == (98.0, 116.2)
    fixed = fixture_text("notice_en.txt").replace("Maximum Offer Price :", "Offer Price :")
    out = read_text(fixed)
    assert out.value("offer_price") == 116.2 and out.value("offer_price_max") is None


def test_entry_fee_that_does_not_match_the_charges_is_flagged_and_kept():
    text = fixture_text("notice_en.txt").replace("100 11,737.19", "100 11,837.19")
    out = read_text(text)
    assert out.value("entry_fee") == 11_837.19
    assert any("entry fee" in c and "11,737.19" in c for c in out.checks)


def test_stabilisation_notices():
    en = read_document(fixture_pages("stabilisation_en.txt"))
    assert en.doc_type == "stabilisation_end"
    assert en.value("stabilisation_ended") == "2026-02-04"
    assert en.value("over_allotment") == "partial"
    assert en.value("over_allotment_shares") == 2_806_450
    zh = read_document(fixture_pages("stabilisation_zh.txt"))
    assert zh.value("stabilisation_ended") == "2026-02-04"
    assert zh.value("over_allotment") == "lapsed"
    full = fixture_text("stabilisation_en.txt").replace("partially exercised", "fully exercised")
    assert read_text(full).value("over_allotment") == "full"
    zh_full = fixture_text("stabilisation_zh.txt").replace(
        "超額配股權並無獲行使，並已於2026年2月4日失效。",
        "超額配股權已獲悉數行使，涉及合共5,612,900股H股。",
    )
    out = read_text(zh_full)
    assert (out.value("over_allotment"), out.value("over_allotment_shares")) == ("full", 5_612_900)


def test_next_day_disclosure_return_is_other():
    out = read_document(fixture_pages("next_day_return.txt"))
    assert out.doc_type == "other"
    assert out.to_contract()["offer_price"] is None


def test_rights_issue_allotment_results_are_other():
    text = fixture_text("allotment_en.txt").replace(
        "ANNOUNCEMENT OF ALLOTMENT RESULTS", "RIGHTS ISSUE: ANNOUNCEMENT OF ALLOTMENT RESULTS"
    )
    assert read_text(text).doc_type == "other"


def test_another_companys_notice_is_rejected():
    out = read_document(fixture_pages("allotment_en.txt"), expected_code="00100")
    assert out.problems and "02513" in out.problems[0]
    assert "hk_valid_applications" not in out.facts
    ok = read_document(fixture_pages("allotment_en.txt"), expected_code="2513")
    assert ok.problems == []


def test_issuer_checked_when_no_code_is_printed():
    text = fixture_text("notice_en.txt").replace("Stock code : 2513", "")
    wrong = read_text(text, expected_names=["Another Robotics Limited"])
    assert wrong.problems
    right = read_text(text, expected_names=["Example Atlas Technology"])
    assert right.problems == []


def test_labels_missing_gives_a_visible_flag():
    text = (
        "Example Atlas Technology Joint Stock Company Limited\n(Stock Code: 2513)\n"
        "ANNOUNCEMENT OF ALLOTMENT RESULTS\nBASIS OF ALLOCATION\nThe table is attached.\n"
    )
    out = read_text(text)
    assert out.doc_type == "allotment_results"
    assert any("none of the expected labels" in c for c in out.checks)


def test_contract_has_every_key_null_when_not_stated():
    record = read_document(fixture_pages("stabilisation_en.txt")).to_contract()
    assert set(CONTRACT_KEYS) <= set(record)
    assert record["offer_price"] is None and record["cornerstones"] == []
    assert set(record["timetable"]) == {
        "offer_opens",
        "applications_close",
        "price_determination",
        "results",
        "listing",
    }
    assert record["sources"]["stabilisation_ended"]["page"] == 1


def test_prospectus_reads_only_the_pages_it_needs():
    cover = (
        "IMPORTANT\nIf you are in any doubt about any of the contents of this prospectus, "
        "you should obtain independent professional advice.\n"
        "Example Atlas Technology Joint Stock Company Limited\nGLOBAL OFFERING\n"
        "Number of Offer Shares under the Global Offering : 37,419,500 H Shares\n"
        "Number of Hong Kong Offer Shares : 1,871,000 H Shares\n"
        "Maximum Offer Price : HK$116.20 per H Share\nStock code : 2513\n"
    )
    filler = "RISK FACTORS\nThe price of 1,000,000 Shares may fall on 1 March 2026.\n"
    timetable = fixture_text("notice_en.txt").split("\f")[1]
    cornerstone = (
        "CORNERSTONE INVESTORS\nWe have entered into cornerstone investment agreements.\n"
        "Investor Number of Offer Shares % of Offer Shares\n"
        "JSC International Investment Fund SPC 4,300,000 11.49%\n"
    )
    pages = [cover] + [filler] * 40 + [timetable] + [filler] * 10 + [cornerstone]
    numbered = [(i + 1, p) for i, p in enumerate(pages)]
    assert wanted_pages(numbered) == [1, 2, 3, 4, 5, 6, 42, 53]
    out = read_document(numbered)
    assert out.doc_type == "prospectus"
    assert out.value("timetable.listing") == "2026-01-08T09:00"
    assert out.facts["timetable.listing"].page == 42
    assert out.value("cornerstones")[0]["shares"] == 4_300_000
    assert out.value("offer_price_max") == 116.2


def test_text_tolerates_spaces_and_variants():
    pattern = label_pattern("配發結果詳情")
    import re

    assert re.search(pattern, normalise("配 发 结 果 详 情"))
    assert re.search(pattern, "配發結果\n詳情")
    doc = Text.of([(1, "a\nb"), (2, "c")])
    assert doc.page_at(doc.text.index("c")) == 2


def test_offer_dates():
    assert lockup_last_day(date(2026, 1, 8), 6) == date(2026, 7, 7)
    assert lockup_last_day(date(2025, 8, 31), 6) == date(2026, 2, 27)
    assert stabilisation_end(date(2026, 1, 5)) == date(2026, 2, 4)
    assert check_stabilisation(date(2026, 1, 5), date(2026, 2, 4)) is None
    assert "check the document" in (check_stabilisation(date(2026, 1, 5), date(2026, 2, 5)) or "")
    assert check_lockup(date(2026, 1, 8), 6, date(2026, 7, 7)) is None
    assert check_lockup(date(2026, 1, 8), 6, date(2026, 7, 8))
