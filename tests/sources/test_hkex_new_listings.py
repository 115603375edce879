"""HKEX New Listing Report workbooks: built in the report's layout, hostile files, fetch."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.sources import hkex_new_listings as nlr
from desktop.sources.base import ParseError, PollContext, SourceItem
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

STANDARD_HEADER = [
    "No.",
    "Stock Code",
    "Company Name",
    "Date of Prospectus",
    "Date of Listing",
    "Sponsor(s)",
    "Reporting Accountant(s)",
    "Legal Adviser(s)",
    "Funds Raised (HK$)",
    "IPO Subscription Price (HK$)",
]


@dataclass
class Ipo:
    """One listing as the test expects to read it back."""

    code: int
    name: str
    prospectus: date
    listing: date
    sponsors: list[str]
    funds: list[float | str]  # one per row: HK public offer, international placing, ...
    price: float | str

    @property
    def total(self) -> float | None:
        numbers = [f for f in self.funds if isinstance(f, float)]
        return sum(numbers) if numbers else None


def make_ipos(count: int, year: int = 2026, start_code: int = 2000) -> list[Ipo]:
    ipos = []
    first = date(year, 1, 2)
    for i in range(count):
        prospectus = first + timedelta(days=(i * 2) % 330)
        suffix = ("", " - W", " - B", " - P")[i % 4]
        sponsors = [f"Example Capital {i % 9} Limited"]
        if i % 3 == 0:
            sponsors.append(f"Sample Securities {i % 5} (Hong Kong) Limited")
        if i % 25 == 7:  # listing by introduction: one row, no money raised
            funds: list[float | str] = ["N/A - By Introduction"]
            price: float | str = "N/A"
        else:
            hk = float(10_000_000 * (i + 1))
            funds = [hk, hk * 9]
            if i % 10 == 3:  # a further row, e.g. an offer of existing shares
                funds.append(float(5_000_000 + i))
            price = round(1.5 + i / 10, 2)
        ipos.append(
            Ipo(
                code=start_code + i,
                name=f"Example Listing {i} Holdings Limited{suffix}",
                prospectus=prospectus,
                listing=prospectus + timedelta(days=7),
                sponsors=sponsors,
                funds=funds,
                price=price,
            )
        )
    return ipos


def standard_rows(ipos: list[Ipo], *, blank_every: int = 0) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for n, ipo in enumerate(ipos, start=1):
        for part, funds in enumerate(ipo.funds):
            if part == 0:
                rows.append(
                    [
                        n,
                        ipo.code,
                        ipo.name,
                        datetime.combine(ipo.prospectus, datetime.min.time()),
                        datetime.combine(ipo.listing, datetime.min.time()),
                        " /\n".join(ipo.sponsors),
                        "Example Accountants",
                        "Example Law Firm\nSample Counsel",
                        funds,
                        ipo.price,
                    ]
                )
            else:
                rows.append([None, '"', '"', None, None, None, None, None, funds, ipo.price])
        if blank_every and n % blank_every == 0:
            rows.append([None] * len(STANDARD_HEADER))
    return rows


FOOTNOTES = [
    ["Remarks:"],
    ["1.", "Funds raised exclude any over-allotment option exercised after listing."],
    [None, None, "Total", None, None, None, None, None, 123_456_789_000.0, None],
    ["Source: HKEX"],
]


def build_book(
    rows: list[list[Any]],
    *,
    header: list[str] | list[list[str | None]] = STANDARD_HEADER,
    title: str | None = "New Listing Report",
    footnotes: bool = True,
    extra_sheet: bool = False,
) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "NLR"
    if title:
        sheet.append([title])
    headers = header if header and isinstance(header[0], list) else [header]
    for line in headers:
        sheet.append(line)
    for row in rows:
        sheet.append(row)
    if footnotes:
        sheet.append([])
        for note in FOOTNOTES:
            sheet.append(note)
    if extra_sheet:
        notes = book.create_sheet("Notes")
        notes.append(["Legend"])
        notes.append(["B", "Chapter 18A biotech company"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def check_items(items: list[SourceItem]) -> None:
    for item in items:
        assert item.source == "hkex_new_listings"
        assert item.kind == "listed"
        code = item.code("hk")
        assert code and len(code) == 5 and code.isdigit()
        assert item.key == f"nlr:{code}:{item.raw['listing_date']}"
        assert item.published and 1990 <= item.published.year <= 2100
        json.dumps(item.raw)


def check_against(items: list[SourceItem], ipos: list[Ipo]) -> None:
    check_items(items)
    assert len(items) == len(ipos)
    by_code = {item.code("hk"): item for item in items}
    for ipo in ipos:
        item = by_code[f"{ipo.code:05d}"]
        assert item.names == (ipo.name,)
        assert item.published == ipo.listing
        assert item.raw["prospectus_date"] == ipo.prospectus.isoformat()
        assert item.raw["sponsors"] == ipo.sponsors
        assert item.raw["funds_raised_hkd"] == ipo.total
        assert len(item.raw["rows"]) == len(ipo.funds)
        if isinstance(ipo.price, float):
            assert item.raw["offer_price"] == pytest.approx(ipo.price)
        else:
            assert item.raw["offer_price"] is None
            assert item.raw["offer_price_text"] == ipo.price
        if not isinstance(ipo.funds[0], float):
            assert item.raw["rows"][0]["funds_raised_text"] == ipo.funds[0]


# ----------------------------------------------------------------------- the report


@pytest.fixture(scope="module")
def ipos() -> list[Ipo]:
    return make_ipos(160)


@pytest.fixture(scope="module")
def standard_book(ipos: list[Ipo]) -> bytes:
    return build_book(standard_rows(ipos, blank_every=11), extra_sheet=True)


def test_standard_report(standard_book: bytes, ipos: list[Ipo]) -> None:
    url = nlr.report_url("sehk", 2026)
    items, skipped = nlr.parse_counted(standard_book, board="sehk", year=2026, url=url)
    assert skipped == 0
    check_against(items, ipos)
    first = items[0]
    assert first.key == f"nlr:02000:{ipos[0].listing.isoformat()}"
    assert first.url == url
    assert first.raw["board"] == "sehk" and first.raw["year"] == 2026
    assert first.raw["rows"][1]["funds_raised_hkd"] == 90_000_000.0
    assert first.raw["rows"][0]["other"]["legal adviser(s)"] == "Example Law Firm Sample Counsel"
    assert "raised HK$100.0m" in first.title
    # The "Total" line after the footnotes is not added to the last listing.
    assert items[-1].raw["funds_raised_hkd"] == ipos[-1].total


def test_listing_by_introduction(standard_book: bytes) -> None:
    items = {i.code("hk"): i for i in nlr.parse(standard_book)}
    intro = items["02007"]
    assert intro.raw["funds_raised_hkd"] is None
    assert intro.raw["rows"][0]["funds_raised_text"] == "N/A - By Introduction"
    assert intro.raw["offer_price"] is None and intro.raw["offer_price_text"] == "N/A"
    assert "raised" not in intro.title


def test_three_row_listing(standard_book: bytes, ipos: list[Ipo]) -> None:
    item = next(i for i in nlr.parse(standard_book) if i.code("hk") == "02003")
    assert len(item.raw["rows"]) == 3
    assert item.raw["funds_raised_hkd"] == ipos[3].total == 40_000_000.0 * 10 + 5_000_003


def test_gem_report() -> None:
    ipos = make_ipos(40, start_code=8100)
    items = nlr.parse(build_book(standard_rows(ipos)), board="gem", year=2025)
    check_against(items, ipos)
    assert all(i.raw["board"] == "gem" for i in items)
    assert "GEM" in items[0].title


def test_merged_header_other_order_and_text_cells() -> None:
    ipos = make_ipos(120, year=2025)
    header = [
        [
            "Stock",
            "Company",
            "Board Lot",
            "Date of",
            "Date of",
            "Offer Price",
            "Funds Raised",
            "Sponsor(s)",
        ],
        ["Code", "Name", None, "Listing", "Prospectus", "(HK$)", "(HK$)", None],
    ]
    formats = ("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y")
    rows: list[list[Any]] = []
    for i, ipo in enumerate(ipos):
        fmt = formats[i % 3]
        for part, funds in enumerate(ipo.funds):
            shown = f"{funds:,.0f}" if isinstance(funds, float) else funds
            price = f"{ipo.price:.2f}" if isinstance(ipo.price, float) else ipo.price
            if part == 0:
                rows.append(
                    [
                        f"{ipo.code:05d}",
                        ipo.name,
                        1000,
                        ipo.listing.strftime(fmt),
                        ipo.prospectus.strftime(fmt),
                        price,
                        shown,
                        "; ".join(ipo.sponsors),
                    ]
                )
            else:
                rows.append(['"', None, None, None, None, price, shown, None])
    items = nlr.parse(build_book(rows, header=header, title=None))
    check_against(items, ipos)
    assert items[0].raw["rows"][0]["other"] == {"board lot": 1000}


def test_excel_serial_dates_and_repeated_codes() -> None:
    serial = (date(2026, 3, 9) - date(1899, 12, 30)).days
    rows = [
        [
            1,
            2513,
            "Example AI Limited",
            serial - 8,
            float(serial),
            "Example Capital Limited",
            None,
            None,
            1e8,
            10.0,
        ],
        [None, 2513, "Example AI Limited", None, float(serial), None, None, None, 9e8, 10.0],
        [
            2,
            "9999\n89999",
            "Example Dual Counter Limited",
            "2026-03-01",
            "2026-03-10",
            None,
            None,
            None,
            5e8,
            "HK$20.00",
        ],
    ]
    items = nlr.parse(build_book(rows, footnotes=False))
    assert [i.key for i in items] == ["nlr:02513:2026-03-09", "nlr:09999:2026-03-10"]
    assert items[0].raw["prospectus_date"] == "2026-03-01"
    assert items[0].raw["funds_raised_hkd"] == 1e9
    assert items[1].codes == (("hk", "09999"), ("hk", "89999"))
    assert items[1].raw["offer_price"] == 20.0
    assert items[1].raw["sponsors"] == []


def test_bad_rows_are_skipped() -> None:
    rows = [
        [1, 2001, "No Listing Date Limited", "2026-01-05", None, "S", None, None, 1e6, 1.0],
        [None, '"', '"', None, "31/02/2026", None, None, None, 2e6, 1.0],
        [2, 2002, None, "2026-01-05", "2026-01-12", "S", None, None, 1e6, 1.0],
        [3, 2003, "Year Nine Thousand Limited", "2026-01-05", "01/01/9000", "S", None, None, 1, 1],
        [4, 2004, "Good Limited", "2026-01-05", "2026-01-13", "S", None, None, 1e6, 1.0],
    ]
    items, skipped = nlr.parse_counted(build_book(rows))
    assert [i.key for i in items] == ["nlr:02004:2026-01-13"]
    assert skipped == 3


def test_a_later_listing_date_in_the_ditto_row() -> None:
    rows = [
        [1, 2001, "Late Date Limited", "2026-01-05", None, "S", None, None, 1e6, 1.0],
        [None, '"', '"', None, "2026-01-14", None, None, None, 2e6, 1.0],
    ]
    (item,) = nlr.parse(build_book(rows))
    assert item.published == date(2026, 1, 14)
    assert item.raw["funds_raised_hkd"] == 3e6


def test_million_header_is_scaled() -> None:
    header = [*STANDARD_HEADER[:8], "Funds Raised (HK$ million)", "Offer Price (HK$)"]
    rows = [[1, 2001, "Scaled Limited", "2026-01-05", "2026-01-12", "S", None, None, 12.5, 1.0]]
    (item,) = nlr.parse(build_book(rows, header=header))
    assert item.raw["funds_raised_hkd"] == 12_500_000.0


def test_no_header_is_a_parse_error() -> None:
    book = Workbook()
    book.active.append(["Nothing", "to", "see"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(ParseError, match="header"):
        nlr.parse(out.getvalue())


@pytest.mark.parametrize(
    "payload",
    [b"", b"<html>Not found</html>", b"PK\x03\x04 not really a zip", b"\x00" * 100, b"%PDF-1.7"],
)
def test_not_a_workbook(payload: bytes) -> None:
    with pytest.raises(ParseError):
        nlr.parse(payload)


def test_a_zip_that_is_not_a_workbook() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ParseError, match="workbook"):
        nlr.parse(out.getvalue())


def test_zip_bomb_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 * 1024 * 1024))
    with pytest.raises(ParseError, match=r"zip bomb|unpacks"):
        nlr.parse(out.getvalue())


def test_unknown_board() -> None:
    with pytest.raises(ParseError):
        nlr.parse(b"PK", board="nasdaq")


def test_report_urls() -> None:
    assert nlr.report_url("sehk", 2026) == (
        "https://www2.hkexnews.hk/-/media/HKEXnews/Homepage/New-Listings/"
        "New-Listing-Information/New-Listing-Report/Main/NLR2026_Eng.xlsx"
    )
    assert nlr.report_url("gem", 2025).endswith("/New-Listing-Report/GEM/e_newlistings2025.xlsx")


# -------------------------------------------------------------------- chart helpers


def test_listings_and_market_totals(standard_book: bytes, ipos: list[Ipo]) -> None:
    items = nlr.parse(standard_book)
    rows = nlr.listings([*items, *items[:5], "junk", {"code": None}])  # type: ignore[list-item]
    assert len(rows) == len(ipos)
    assert rows == sorted(rows, key=lambda r: (r["listing_date"], r["code"]))
    assert {"code", "name", "board", "listing_date", "funds_raised_hkd", "offer_price"} <= set(
        rows[0]
    )
    assert isinstance(rows[0]["listing_date"], date)
    from_raw = nlr.listings([json.loads(json.dumps(i.raw)) for i in items])
    assert from_raw == rows
    months = nlr.market_totals(rows)
    assert sum(m["count"] for m in months) == len(ipos)
    total = sum(i.total or 0 for i in ipos)
    assert sum(m["funds_raised_hkd"] for m in months) == pytest.approx(total)
    quarters = nlr.market_totals(rows, "quarter")
    assert [q["period"] for q in quarters] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    with pytest.raises(ValueError):
        nlr.market_totals(rows, "week")


# ------------------------------------------------------------------ property tests


@settings(max_examples=100, deadline=None)
@given(payload=st.binary(max_size=3000))
def test_random_bytes(payload: bytes) -> None:
    with pytest.raises(ParseError):
        nlr.parse(payload)


SMALL_BOOK = build_book(standard_rows(make_ipos(6)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_workbook(data: st.DataObject) -> None:
    payload = bytearray(SMALL_BOOK)
    if data.draw(st.booleans()):
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    for _ in range(data.draw(st.integers(1, 8))):
        if payload:
            payload[data.draw(st.integers(0, len(payload) - 1))] = data.draw(st.integers(0, 255))
    try:
        items = nlr.parse(bytes(payload))
    except ParseError:
        return
    check_items(items)


CELLS = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20).filter(lambda s: not s.startswith("=")),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=11), max_size=12))
def test_random_cells(rows: list[list[Any]]) -> None:
    try:
        payload = build_book(rows)
    except Exception:  # a value openpyxl itself refuses to write
        return
    items = nlr.parse(payload)
    check_items(items)


# ----------------------------------------------------------------- fetch over the mirror

BASE = (
    "www2.hkexnews.hk/-/media/HKEXnews/Homepage/New-Listings/"
    "New-Listing-Information/New-Listing-Report/"
)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def serve(mirror: MirrorServer) -> None:
    for year in (2025, 2026):
        main = build_book(standard_rows(make_ipos(30, year=year, start_code=2000)))
        gem = build_book(standard_rows(make_ipos(5, year=year, start_code=8100)))
        mirror.add(f"{BASE}Main/NLR{year}_Eng.xlsx", main, etag=f'"m{year}"', content_type=XLSX)
        mirror.add(f"{BASE}GEM/e_newlistings{year}.xlsx", gem, etag=f'"g{year}"', content_type=XLSX)


def test_fetch_everything(mirror: MirrorServer) -> None:
    serve(mirror)
    with HttpClient(retries=0) as client:
        result = nlr.fetch(client, PollContext(today=date(2026, 7, 10)))
    assert result.errors == []
    assert result.documents == 4
    check_items(result.items)
    assert len(result.items) == 2 * (30 + 5)
    assert {i.raw["year"] for i in result.items} == {2025, 2026}
    assert {i.raw["board"] for i in result.items} == {"sehk", "gem"}
    assert result.items[0].url and result.items[0].url.startswith("https://www2.hkexnews.hk/")


def test_fetch_one_document_missing(mirror: MirrorServer) -> None:
    serve(mirror)
    mirror.add(f"{BASE}GEM/e_newlistings2025.xlsx", b"gone", status=404)
    mirror.add(f"{BASE}Main/NLR2025_Eng.xlsx", b"<html>error</html>", content_type="text/html")
    with HttpClient(retries=0) as client:
        result = nlr.fetch(client, PollContext(today=date(2026, 7, 10)))
    assert len(result.errors) == 2
    # No GEM workbook at the address: a note in plain words, not a failure.
    assert "e_newlistings2025.xlsx: no GEM report for 2025 at the exchange (not published)" in (
        result.errors
    )
    assert any(e.startswith("NLR2025_Eng.xlsx: not an Excel workbook") for e in result.errors)
    assert len(result.items) == 35


def test_fetch_january_before_the_new_report(mirror: MirrorServer) -> None:
    serve(mirror)
    with HttpClient(retries=0) as client:
        result = nlr.fetch(client, PollContext(today=date(2027, 1, 3)))
    # The 2027 workbooks are not published yet: not an error (GEM: a note).
    assert [e for e in result.errors if "GEM" not in e] == []
    assert len(result.items) == 35


def test_fetch_second_time_unchanged(mirror: MirrorServer) -> None:
    serve(mirror)
    ctx = PollContext(today=date(2026, 7, 10))
    with HttpClient(retries=0) as client:
        first = nlr.fetch(client, ctx)
        validators = dict(client.pending_validators)
    with HttpClient(retries=0, validators=validators) as client:
        second = nlr.fetch(client, ctx)
    assert first.items
    assert second.items == [] and second.unchanged == 4 and second.errors == []


def test_fetch_everything_failing_raises(mirror: MirrorServer) -> None:
    with HttpClient(retries=0) as client, pytest.raises(FetchError, match="404"):
        nlr.fetch(client, PollContext(today=date(2026, 7, 10)))
