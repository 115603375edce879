"""Funding rounds: checks, CRUD, CSV import/export and the user's exchange rates."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company
from desktop.store.funding import (
    COLUMNS,
    InvalidRound,
    RoundDraft,
    add_round,
    delete_round,
    draft_of,
    fx_rates,
    ipo_terms,
    list_rounds,
    parse_round,
    set_fx_rates,
    update_round,
)
from desktop.store.funding_csv import export_rounds_csv, import_rounds_csv
from desktop.store.tables import Event

TODAY = date(2026, 3, 1)
HEADER = ",".join(COLUMNS)


@pytest.fixture
def company_id(empty_ctx) -> int:
    return add_company(
        empty_ctx.db, CompanyDraft(name="Test Robotics Co.", name_zh="测试机器人")
    ).id


def test_parse_round_reports_each_bad_field() -> None:
    with pytest.raises(InvalidRound) as caught:
        parse_round(
            {
                "date": "2027-01-01",
                "round": "Series A",
                "amount": "-5",
                "currency": "dollars",
                "amount_usd": "lots",
                "source_url": "ftp://example.com/x",
            },
            today=TODAY,
        )
    problems = caught.value.problems
    assert set(problems) == {"date", "amount", "currency", "amount_usd", "source_url"}
    assert "future" in problems["date"]
    assert "negative" in problems["amount"]
    assert "three-letter" in problems["currency"]
    assert "300m" in problems["amount_usd"]
    assert "http" in problems["source_url"]


def test_parse_round_cleans_a_good_row() -> None:
    draft = parse_round(
        {
            "date": "2024-05-31",
            "round": "  Series C+ ",
            "amount": "1,000,000,000",
            "currency": "cny",
            "investors": "Fund A; 基金乙 ;Fund A",
            "source_url": "https://example.com/a",
        },
        today=TODAY,
    )
    assert draft == RoundDraft(
        date=date(2024, 5, 31),
        round="Series C+",
        amount=1e9,
        currency="CNY",
        investors=("Fund A", "基金乙"),
        source_url="https://example.com/a",
    )
    with pytest.raises(InvalidRound) as caught:
        parse_round({"amount": "5"}, today=TODAY)
    assert set(caught.value.problems) == {"round", "currency"}


def test_add_update_delete(empty_ctx, company_id: int) -> None:
    db = empty_ctx.db
    late = add_round(db, company_id, RoundDraft(date=date(2024, 1, 1), round="B"), today=TODAY)
    early = add_round(db, company_id, RoundDraft(date=date(2022, 1, 1), round="A"), today=TODAY)
    add_round(db, company_id, RoundDraft(round="Angel"), today=TODAY)
    assert [r.round for r in list_rounds(db, company_id)] == ["A", "B", "Angel"]
    update_round(
        db,
        late.id,
        RoundDraft(date=date(2024, 1, 1), round="Series B", amount=5.0, currency="USD"),
        today=TODAY,
    )
    delete_round(db, early.id)
    assert [(r.round, r.amount) for r in list_rounds(db, company_id)] == [
        ("Series B", 5.0),
        ("Angel", None),
    ]
    with pytest.raises(InvalidRound):
        add_round(db, company_id, RoundDraft(date=date(2030, 1, 1), round="X"), today=TODAY)
    with pytest.raises(LookupError):
        update_round(db, 9999, RoundDraft(round="X"))


def test_csv_round_trip_keeps_every_field(empty_ctx, company_id: int) -> None:
    db = empty_ctx.db
    drafts = [
        RoundDraft(
            date=date(2023, 7, 14),
            round="Series C+",
            amount=1234567.89,
            currency="CNY",
            amount_usd=170000.5,
            investors=("Fund, with comma", "基金乙", 'Quote "Q" Capital'),
            source_url="https://example.com/news?id=1&x=2",
            notes='Two lines,\nwith "quotes" and 中文',
        ),
        RoundDraft(round="Seed"),
        RoundDraft(date=date(2020, 1, 1), round="Angel", amount=0.0, currency="USD"),
    ]
    for draft in drafts:
        add_round(db, company_id, draft, today=TODAY)
    text = export_rounds_csv(db, company_id)
    assert text.splitlines()[0] == HEADER

    other = add_company(db, CompanyDraft(name="Other Co.")).id
    report = import_rounds_csv(db, other, text, today=TODAY)
    assert report.ok and report.applied and len(report.added) == 3
    assert [draft_of(r) for r in list_rounds(db, other)] == [
        draft_of(r) for r in list_rounds(db, company_id)
    ]
    assert sorted(map(repr, (draft_of(r) for r in list_rounds(db, other)))) == sorted(
        map(repr, drafts)
    )
    assert export_rounds_csv(db, other) == text

    # Importing the same file again changes nothing.
    again = import_rounds_csv(db, other, "\ufeff" + text, today=TODAY)
    assert again.ok and again.unchanged == 3 and again.changes == 0


def test_bad_rows_are_reported_by_line_and_nothing_is_applied(empty_ctx, company_id: int) -> None:
    db = empty_ctx.db
    add_round(
        db, company_id, RoundDraft(date=date(2021, 1, 1), round="A", amount_usd=1.0), today=TODAY
    )
    text = (
        f"{HEADER}\n"
        "2021-01-01,A,,,2,,,\n"  # line 2: updates round A
        '2022-02-02,B,10,USD,,,,"multi\nline note"\n'  # lines 3-4: new
        "\n"  # line 5: blank
        "2099-01-01,C,,,,,,\n"  # line 6: future date
        "2022-02-02,b,,,,,,\n"  # line 7: same key as line 3
        "2022-03-03,D,abc,XYZ1,,,ftp://x/y,\n"  # line 8
        "1,2,3,4,5,6,7,8,9\n"  # line 9: too many values
    )
    preview = import_rounds_csv(db, company_id, text, preview=True, today=TODAY)
    assert [e.line for e in preview.errors] == [6, 7, 8, 9]
    assert "future" in preview.errors[0].message and preview.errors[0].message.startswith("Line 6")
    assert "line 3" in preview.errors[1].message
    assert set(preview.errors[2].problems) == {"amount", "currency", "source_url"}
    assert [line for line, _ in preview.added] == [3]
    assert [
        (line, before.amount_usd, after.amount_usd) for line, _, before, after in preview.updated
    ] == [(2, 1.0, 2.0)]

    report = import_rounds_csv(db, company_id, text, today=TODAY)
    assert not report.applied and "nothing was imported" in report.summary()
    assert [(r.round, r.amount_usd) for r in list_rounds(db, company_id)] == [("A", 1.0)]

    good = "\n".join(line for n, line in enumerate(text.splitlines(), 1) if n <= 4)
    report = import_rounds_csv(db, company_id, good, today=TODAY)
    assert report.applied
    assert [(r.round, r.amount_usd, r.notes) for r in list_rounds(db, company_id)] == [
        ("A", 2.0, ""),
        ("B", None, "multi\nline note"),
    ]


def test_header_problems(empty_ctx, company_id: int) -> None:
    db = empty_ctx.db
    report = import_rounds_csv(
        db, company_id, "date,round,valuation\n2020-01-01,A,5\n", preview=True, today=TODAY
    )
    assert report.errors[0].line == 1 and "valuation" in report.errors[0].message
    assert import_rounds_csv(db, company_id, "", preview=True).errors[0].line == 1
    # A subset of the columns in any order is fine.
    report = import_rounds_csv(db, company_id, "round,date\nSeed,2020-01-01\n", today=TODAY)
    assert report.applied and list_rounds(db, company_id)[0].round == "Seed"


def test_ipo_terms_prefer_the_new_listing_report(empty_ctx, company_id: int) -> None:
    with empty_ctx.db.write() as session:
        session.add(
            Event(
                company_id=company_id,
                kind="listed",
                source="hkex_app",
                published=date(2026, 1, 9),
                fingerprint="a",
                title="listed",
            )
        )
        session.add(
            Event(
                company_id=company_id,
                kind="listed",
                source="hkex_new_listings",
                published=date(2026, 1, 8),
                fingerprint="b",
                title="listed",
                raw={"funds_raised_hkd": 4.3e9, "offer_price": 116.2, "code": "02513"},
            )
        )
    terms = ipo_terms(empty_ctx.db, [company_id, 12345])
    assert list(terms) == [company_id]
    assert terms[company_id].funds_raised_hkd == 4.3e9
    assert terms[company_id].listing_date == date(2026, 1, 8)


def test_fx_rates_are_the_users_own(empty_ctx) -> None:
    db = empty_ctx.db
    assert fx_rates(db) == {}
    set_fx_rates(db, {"cny": 0.14})
    assert fx_rates(db) == {"CNY": 0.14}
    with pytest.raises(ValueError, match="EURO"):
        set_fx_rates(db, {"EURO": 1.1})
    with pytest.raises(ValueError, match="above 0"):
        set_fx_rates(db, {"EUR": 0})
    assert fx_rates(db) == {"CNY": 0.14}


@pytest.mark.parametrize(
    ("typed", "value"),
    [("300m", 300e6), ("1.5bn", 1.5e9), ("300 million", 300e6), ("3亿", 3e8), ("1,000", 1e3)],
)
def test_amounts_may_be_written_short(typed: str, value: float) -> None:
    draft = parse_round({"round": "A", "amount": typed, "currency": "USD"}, today=TODAY)
    assert draft.amount == value


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("RMB", "CNY"),
        ("rmb", "CNY"),
        ("人民币", "CNY"),
        ("US$", "USD"),
        ("HK$", "HKD"),
        ("cny", "CNY"),
    ],
)
def test_currency_spellings_are_one_code(typed: str, code: str) -> None:
    draft = parse_round({"round": "A", "amount": "1", "currency": typed}, today=TODAY)
    assert draft.currency == code


@pytest.mark.parametrize(
    "source",
    [
        "https://example.com/a",
        "Prospectus, p. 212",
        "Bloomberg: Moonshot raises US$1bn",
        "招股章程第212頁",
    ],
)
def test_a_source_is_a_web_address_or_words(source: str) -> None:
    draft = parse_round({"round": "A", "source_url": source}, today=TODAY)
    assert draft.source_url == source


@pytest.mark.parametrize("source", ["ftp://example.com/x", "javascript:alert(1)", "file:///etc"])
def test_other_address_schemes_are_refused(source: str) -> None:
    with pytest.raises(InvalidRound) as caught:
        parse_round({"round": "A", "source_url": source}, today=TODAY)
    assert "http" in caught.value.problems["source_url"]


def test_rmb_rates_are_cny_rates(empty_ctx) -> None:
    assert set_fx_rates(empty_ctx.db, {"RMB": 0.14}) == {"CNY": 0.14}
    assert fx_rates(empty_ctx.db) == {"CNY": 0.14}
