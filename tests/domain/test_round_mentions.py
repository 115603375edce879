"""Rounds read from the history chapter and from headlines, in English and Chinese."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.round_mentions import fingerprint, rounds_in_chapter, rounds_in_news
from desktop.domain.round_text import canonical_currency, find_money, parse_amount, round_key
from tests.conftest import FIXTURES

FUNDING = FIXTURES / "funding"
HEADLINES = json.loads((FUNDING / "headlines.json").read_text(encoding="utf-8"))


def _pages(name: str, first_page: int) -> list[tuple[int, str]]:
    text = (FUNDING / name).read_text(encoding="utf-8")
    return [(first_page, text)]


def test_english_chapter_states_each_round_with_its_sentence() -> None:
    found = {m.round: m for m in rounds_in_chapter(_pages("chapter_en.txt", 212))}
    assert set(found) == {"Angel", "Series A", "Series B", "Series C+"}
    a = found["Series A"]
    assert (a.date, a.amount, a.currency) == (date(2019, 3, 15), 50e6, "USD")
    assert (a.valuation, a.valuation_currency) == (200e6, "USD")
    assert a.investors == ("Sequoia China", "Intel Capital")
    assert a.page == 212 and "total consideration of US$50 million" in a.sentence
    assert a.sentence.startswith("On March 15, 2019")  # the heading above is not in it
    b = found["Series B"]
    assert (b.date, b.date_precision, b.amount) == (date(2021, 5, 1), "month", 150e6)
    assert b.investors == ("Tencent", "Hillhouse Capital")
    assert found["Angel"].amount == 5e6 and found["Angel"].currency == "CNY"
    assert found["Angel"].investors == ()  # "from Zhen Fund": not a phrase we read names from
    c = found["Series C+"]  # a table row
    assert (c.date, c.amount, c.currency) == (date(2024, 6, 30), 1e9, "CNY")


def test_chinese_chapter_states_each_round() -> None:
    found = {m.round: m for m in rounds_in_chapter(_pages("chapter_zh.txt", 198))}
    assert set(found) == {"Angel", "Series A", "Series B"}
    a = found["Series A"]
    assert (a.date, a.amount, a.currency) == (date(2019, 3, 15), 50e6, "USD")
    assert a.investors == ("紅杉中國", "英特爾資本")
    b = found["Series B"]
    assert (b.amount, b.valuation, b.valuation_currency) == (150e6, 1.2e9, "USD")
    assert found["Angel"].amount == 5e6 and found["Angel"].currency == "CNY"


def test_registered_capital_revenue_and_conversion_prices_are_not_rounds() -> None:
    text = (
        "Our Company was established with a registered capital of RMB1,000,000.\n"
        "Our revenue in 2023 was RMB812.3 million.\n"
        "The Series A and Series B Preferred Shares convert at US$1.20 per share.\n"
    )
    assert rounds_in_chapter([(3, text)]) == []


@pytest.mark.parametrize("case", HEADLINES["rounds"], ids=lambda c: c["text"][:40])
def test_headlines_that_report_a_round(case: dict) -> None:
    (found,) = rounds_in_news(case["text"], "", date(2025, 3, 4))
    assert found.round == case["round"]
    assert found.amount == case["amount"]
    assert found.currency == case["currency"]
    assert found.date == date(2025, 3, 4)
    if "valuation" in case:
        assert found.valuation == case["valuation"]
    if "investors" in case:
        assert list(found.investors) == case["investors"]


@pytest.mark.parametrize("text", HEADLINES["not_rounds"])
def test_money_that_is_not_a_round_proposes_nothing(text: str) -> None:
    assert rounds_in_news(text, "", date(2025, 3, 4)) == []


def test_headline_and_summary_telling_one_round_give_one_mention() -> None:
    found = rounds_in_news(
        "Moonshot AI raises US$1 billion in Series B round",
        "The Beijing start-up closed its Series B round of US$1 billion, led by Alibaba.",
        date(2024, 2, 19),
    )
    assert len(found) == 1
    assert found[0].investors == ("Alibaba",)


def test_the_same_round_from_two_reports_shares_a_fingerprint() -> None:
    (news,) = rounds_in_news("月之暗面完成10亿美元B轮融资", "", date(2024, 2, 1))
    (other,) = rounds_in_news("Moonshot AI closes US$1bn Series B round", "", date(2024, 3, 1))
    assert fingerprint(7, news) == fingerprint(7, other)
    assert fingerprint(7, news) != fingerprint(8, news)
    (s1,) = rounds_in_news("智谱完成人民币30亿元战略融资", "", date(2024, 5, 1))
    (s2,) = rounds_in_news("智谱完成人民币10亿元战略融资", "", date(2024, 5, 1))
    assert fingerprint(1, s1) != fingerprint(1, s2)  # strategic rounds: told apart by amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("300m", 300e6),
        ("300 M", 300e6),
        ("1.5bn", 1.5e9),
        ("300 million", 300e6),
        ("1,500,000", 1.5e6),
        ("3亿", 3e8),
        ("5000万", 5e7),
        ("150", 150.0),
        ("abc", None),
        ("-5", None),
    ],
)
def test_typed_amounts(typed: str, value: float | None) -> None:
    assert parse_amount(typed) == value


def test_currencies_are_one_code_each() -> None:
    assert {canonical_currency(c) for c in ("RMB", "rmb", "CNY", "人民币", "人民幣", "元")} == {
        "CNY"
    }
    assert canonical_currency("US$") == "USD" and canonical_currency("HK$") == "HKD"
    assert canonical_currency("xx") == ""
    assert [m.currency for m in find_money("RMB1bn, HK$3亿 and 5亿美元")] == ["CNY", "HKD", "USD"]


def test_round_keys_match_across_languages() -> None:
    assert round_key("Series B") == round_key("B轮") == round_key("B輪融資") == "series b"
    assert round_key("Pre-IPO") == round_key("Pre-IPO轮") == "pre-ipo"
    assert round_key("天使轮") == round_key("Angel") == "angel"
