"""The New Listing Report in its real layout (DESIGN §5a), read cell by cell."""

from __future__ import annotations

from datetime import date, datetime

from desktop.sources import hkex_new_listings as nlr
from tests.real_layouts import IPO_CODES_2026, NLR_2026, nlr_workbook


def read(listings=NLR_2026):  # type: ignore[no-untyped-def]
    items, skipped = nlr.parse_counted(nlr_workbook(listings), year=2026, url="https://x/NLR.xlsx")
    return {i.raw["code"]: i for i in items}, skipped


def test_every_listing_is_read_and_footer_rows_are_not() -> None:
    items, skipped = read()
    assert skipped == 0
    assert set(items) == IPO_CODES_2026 | {"03696", "09588", "01888"}


def test_a_and_b_rows_make_one_listing_with_the_total_raised() -> None:
    items, _ = read()
    biren = items["06082"]
    assert biren.published == date(2026, 1, 2)
    assert biren.raw["prospectus_date"] == "2025-12-22"
    assert biren.raw["funds_raised_hkd"] == 281_100_000.0 + 5_302_000_000.0
    assert [p["offer"] for p in biren.raw["rows"]] == ["hong_kong", "international"]
    assert biren.raw["offer_price"] == 19.6
    # A code written as a number, a price as text, funds as text with commas.
    assert items["02513"].raw["offer_price"] == 116.2
    assert items["00100"].raw["offer_price"] == 165.0
    assert items["00100"].raw["funds_raised_hkd"] == 419_000_000.0 + 3_771_000_000.0
    assert items["02999"].raw["offer_price"] == 9.94


def test_names_keep_the_exchange_spelling_without_broken_lines() -> None:
    items, _ = read()
    assert items["09903"].names == ("Shanghai Iluvatar CoreX Semiconductor Co., Ltd. - H Shares",)
    assert items["02513"].names == (
        "Knowledge Atlas Technology Joint Stock Company Limited - H Shares",
    )


def test_sponsors_split_on_slashes_after_joining_wrapped_lines() -> None:
    items, _ = read()
    assert items["00100"].raw["sponsors"] == [
        "Goldman Sachs (Asia) L.L.C.",
        "China International Capital Corporation Hong Kong Securities Limited",
        "UBS Securities Hong Kong Limited",
    ]
    assert items["09903"].raw["sponsors"] == ["CITIC Securities (Hong Kong) Limited"]
    assert items["03696"].raw["sponsors"] == []  # N/A is no sponsor


def test_each_listing_keeps_its_method() -> None:
    items, _ = read()
    methods = {code: item.raw["method"] for code, item in items.items()}
    assert {c for c, m in methods.items() if m == "ipo"} == IPO_CODES_2026
    assert methods["03696"] == "transfer" and methods["09588"] == "de_spac"
    assert methods["01888"] == "introduction"
    transfer = items["03696"]
    assert transfer.raw["method_text"] == "N/A - Transfer of Listing from GEM to Main Board"
    assert transfer.raw["prospectus_date"] is None and transfer.raw["funds_raised_hkd"] is None
    assert "by transfer from GEM" in transfer.title
    rows = nlr.ipo_listings(items.values())
    assert {r["code"] for r in rows} == IPO_CODES_2026
    assert len(nlr.listings(items.values())) == 8


def test_the_same_code_twice_is_two_listings_only_under_two_names() -> None:
    again = (
        "06082",
        "Shanghai Biren Technology Co., Ltd. - H Shares",  # the same company, spelt again
        "N/A",
        datetime(2026, 3, 5),
        "N/A",
        "N/A - By Introduction",
        None,
        "N/A",
    )
    reused = ("06082", "Another Company Holdings Limited", *again[2:])
    items, _ = nlr.parse_counted(nlr_workbook([NLR_2026[0], again]), year=2026)
    assert [i.key for i in items] == ["nlr:06082:2026-01-02"]
    items, _ = nlr.parse_counted(nlr_workbook([NLR_2026[0], reused]), year=2026)
    assert [i.key for i in items] == ["nlr:06082:2026-01-02", "nlr:06082:2026-03-05"]


def test_title_line_a1_and_header_on_row_two() -> None:
    book = nlr_workbook(NLR_2026[:1], up_to="10 January 2026")
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(book)).active
    assert sheet["A1"].value == "Year 2026 (up to 10 January 2026)"
    assert sheet["C2"].value.startswith("Company Name at time of listing")
    (item,) = nlr.parse(book, year=2026)
    assert item.raw["code"] == "06082"
