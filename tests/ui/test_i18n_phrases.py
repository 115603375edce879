"""What the app writes and stores in English (event titles, match reasons, why a document
was not read) reads in the interface language wherever it is shown, with the real
catalogues installed; what it did not write (a published title) stays as published."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import phrases as p
from desktop.domain import seed_words
from desktop.sources.pdf_text import PdfError, read_pdf, too_large
from tests.ui.i18n_check import compile_catalogues, english_words, installed_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_HK", "zh_CN")
NAME = "Example Atlas Technology (02513)"
DATA = [NAME, "Example Atlas Technology", "Atlas", "PitchBook", "MB"]
"""Names the samples carry: data, not the app's words."""

SAMPLES: list[tuple[p.Phrase, str]] = [
    (
        p.SEED_EVENT,
        p.SEED_EVENT.compose(title=p.SEED_TITLES[3], article=p.SEED_ARTICLES[2], year="2026"),
    ),
    (
        p.CSRC_STATUS,
        p.CSRC_STATUS.compose(
            status="补充材料", english=p.CSRC_STATUS_WORDS["补充材料"], venue=p.VENUE_NOT_GIVEN
        ),
    ),
    (p.CSRC_LEFT, p.CSRC_LEFT.compose()),
    (p.PRICE_HKD, p.PRICE_HKD.compose(amount="12.30")),
    (p.PRICE, p.PRICE.compose(currency="USD", amount="3.10")),
    (
        p.NEW_LISTING,
        p.NEW_LISTING.compose(
            name=NAME, board=p.BOARDS["gem"], code="08123", how=p.LISTING_METHODS["introduction"]
        )
        + p.RAISED.compose(amount="1.23bn")
        + p.AT_PRICE.compose(price="12.5"),
    ),
    (p.USER_LISTING, p.USER_LISTING.compose(code="02513")),
    (p.USER_LISTING_AT, p.USER_LISTING_AT.compose(code="02513", price="12.00")),
    (
        p.SUGGESTED_ROUND,
        p.SUGGESTED_ROUND.compose(
            summary=p.ROUND_PARTS.join(
                [
                    p.A_ROUND.compose(),
                    "Mar 2025",
                    "US$300.0m",
                    p.VALUED_AT.compose(valuation="US$1.00bn"),
                ]
            )
        ),
    ),
    (p.A_ROUND, p.A_ROUND.compose()),
    (p.VALUED_AT, p.VALUED_AT.compose(valuation="US$1.00bn")),
    (p.BY_CODE, p.BY_CODE.compose(label=p.CODES["hk"], code="02513")),
    (p.BY_ALIAS, p.BY_ALIAS.compose(name=NAME, alias="Atlas")),
    (p.BY_CORE, p.BY_CORE.compose(name=NAME, alias="Atlas", core="Atlas")),
    (p.BY_PREFIX, p.BY_PREFIX.compose(alias="Atlas", name=NAME)),
    (p.BY_TEXT, p.BY_TEXT.compose(name="Atlas")),
    (p.BY_SEED, p.BY_SEED.compose()),
    (p.BY_PERSON, p.BY_PERSON.compose()),
    (p.BY_ROUND, p.BY_ROUND.compose()),
    (p.BY_PIPELINE, p.BY_PIPELINE.compose()),
    (
        p.CLOSES,
        p.CLOSES.compose(name=NAME, hours=24, time="2026-01-05 12:00")
        + p.ENTRY_FEE.compose(fee="HK$3,030.24"),
    ),
    (p.TRADES_AT, p.TRADES_AT.compose(name=NAME, price="HK$12.00")),
    (p.TRADES, p.TRADES.compose(name=NAME)),
    (
        p.LOCKUP_SHARES,
        p.LOCKUP_SHARES.compose(
            shares="1,000", group="cornerstone investors", name=NAME, date="2026-07-08"
        )
        + p.ESTIMATED.compose(),
    ),
    (p.LOCKUP, p.LOCKUP.compose(group="controlling shareholders", name=NAME, date="2027-01-08")),
    (
        p.OVER_ALLOTMENT["full"],
        p.OVER_ALLOTMENT["full"].compose()
        + p.OVER_ALLOTMENT_SHARES.compose(shares="1,500,000")
        + p.STABILISATION_ENDED.compose(date="2026-02-06"),
    ),
    (p.OVER_ALLOTMENT["partial"], p.OVER_ALLOTMENT["partial"].compose()),
    (
        p.OVER_ALLOTMENT["lapsed"],
        p.OVER_ALLOTMENT["lapsed"].compose() + p.STABILISATION_ENDED.compose(date="2026-02-06"),
    ),
    (p.PDF_EMPTY, p.PDF_EMPTY.compose()),
    (p.PDF_TOO_LARGE, too_large(80 * 1024 * 1024)),
    (p.PDF_NOT_PDF, p.PDF_NOT_PDF.compose()),
    (p.PDF_PASSWORD, p.PDF_PASSWORD.compose()),
    (p.PDF_DAMAGED, p.PDF_DAMAGED.compose()),
    (p.PDF_NO_PAGES, p.PDF_NO_PAGES.compose()),
    (p.PDF_TOO_MANY_PAGES, p.PDF_TOO_MANY_PAGES.compose(pages="2,400", most="2,000")),
    (p.NOT_THAT_DOCUMENT, p.NOT_THAT_DOCUMENT.compose(document="Allotment results")),
    (p.OTHER_STOCK, p.OTHER_STOCK.compose(code="00100", want="02513")),
    (p.OTHER_ISSUER, p.OTHER_ISSUER.compose(issuer="Example Atlas Technology")),
    (p.NOTHING_TO_CHECK, p.NOTHING_TO_CHECK.compose()),
    (
        p.CHECK_REALLOCATION,
        p.CHECK_REALLOCATION.compose(initial="1,000", moved="500", final="1,600", page=12),
    ),
    (p.CHECK_CLAWBACK, p.CHECK_CLAWBACK.compose(initial="1,000", final="1,600")),
    (
        p.CHECK_APPLICATIONS,
        p.CHECK_APPLICATIONS.compose(total="12,000", printed="12,001", page=8),
    ),
    (p.CHECK_NO_LABELS, p.CHECK_NO_LABELS.compose()),
    (
        p.CHECK_STABILISATION,
        p.CHECK_STABILISATION.compose(
            ended=date(2026, 2, 9), closed=date(2026, 1, 5), expected=date(2026, 2, 4)
        ),
    ),
    (
        p.CHECK_LOCKUP,
        p.CHECK_LOCKUP.compose(
            months=6, listing=date(2026, 1, 8), expected=date(2026, 7, 7), printed="2026-07-08"
        ),
    ),
    (
        p.CHECK_ENTRY_FEE,
        p.CHECK_ENTRY_FEE.compose(
            fee="HK$3,030.91", page=3, lot="500", price="HK$6.00", expected="HK$3,030.26"
        ),
    ),
]
PUBLISHED = [
    "Mech-Mind Robotics Technologies Co., Ltd. - Application Proof (1st submission)",
    "ANNOUNCEMENT OF ALLOTMENT RESULTS",
    "Zhipu AI plans Hong Kong listing (Reuters, 2025)",  # a headline, not a seed event
    "Close to a deal: Atlas in talks",
]


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=LANGUAGES)
def chinese(request: pytest.FixtureRequest, qapp, catalogues: Path):
    with installed_language(request.param, catalogues) as missing:
        assert missing == []
        yield request.param


def test_every_phrase_has_a_sample() -> None:
    assert {id(phrase) for phrase, _ in SAMPLES} == {id(phrase) for phrase in p.PHRASES}


def test_without_a_translator_every_text_is_shown_as_stored() -> None:
    for _, text in SAMPLES:
        assert p.shown(text) == text
        assert p.shown_reasons(text) == text


def test_what_the_app_wrote_reads_in_chinese(chinese: str) -> None:
    for phrase, text in SAMPLES:
        said = p.shown(text)
        assert said != text, text
        assert english_words(said, DATA) == [], (text, said)
        assert p.shown(said) == said  # shown twice: the same
        assert phrase.match(text) is not None


def test_dates_in_what_the_app_wrote_are_written_as_the_reader_writes_them(chinese) -> None:
    title = p.STABILISATION_ENDED.compose(date="2026-02-06")
    said = p.shown(p.OVER_ALLOTMENT["lapsed"].compose() + title)
    assert "2026年2月6日" in said and "2026-02-06" not in said


def test_published_titles_stay_as_published(chinese: str) -> None:
    for title in PUBLISHED:
        assert p.shown(title) == title


def test_reasons_joined_and_a_file_named_before_its_reason(chinese: str) -> None:
    stored = "; ".join([p.PDF_NOT_PDF.compose(), p.NOTHING_TO_CHECK.compose()])
    said = p.shown_reasons(stored)
    assert english_words(said, DATA) == [] and "；" in said
    said = p.shown_reasons(f"results.pdf: {p.PDF_DAMAGED.compose()}")
    assert said.startswith("results.pdf：") and english_words(said, DATA) == []


def test_a_pdf_that_cannot_be_read_says_why_in_the_readers_language(chinese: str) -> None:
    for data in (b"", b"plain text, no PDF", b"%PDF-1.7\n%%EOF garbage"):
        with pytest.raises(PdfError) as failure:
            read_pdf(data)
        said = p.shown(str(failure.value))
        assert english_words(said, DATA) == [], str(failure.value)


def test_the_seed_watchlist_uses_only_words_the_catalogue_has() -> None:
    seed = json.loads((ROOT / "resources" / "seed" / "watchlist.json").read_text("utf-8"))
    titles = {event["title"] for company in seed["companies"] for event in company["events"]}
    articles = {source["article"] for source in seed["sources"].values()}
    assert titles <= set(p.SEED_TITLES)
    assert articles <= set(p.SEED_ARTICLES)


def test_a_notification_of_an_event_the_app_titled_reads_in_chinese(chinese: str) -> None:
    from types import SimpleNamespace

    from desktop.domain.alert_rules import digest

    event = SimpleNamespace(
        company="Moonshot AI",
        company_id=7,
        kind="listed",
        title=p.USER_LISTING_AT.compose(code="02513", price="12.00"),
    )
    title, body = digest([event])
    assert english_words(title, ["Moonshot AI"]) == [] and "Moonshot AI" in title
    assert english_words(body, []) == [] and "02513" in body


def _seed_words() -> set[str]:
    seed = json.loads((ROOT / "resources" / "seed" / "watchlist.json").read_text("utf-8"))
    words = {fact["text"] for fact in seed["market_facts"]}
    for company in seed["companies"]:
        words |= {company.get("sector") or "", company.get("headquarters") or ""}
        words |= {fact["text"] for fact in company.get("facts", [])}
    return words - {""}


def test_the_seed_watchlists_facts_sectors_and_places_read_in_chinese(chinese: str) -> None:
    assert _seed_words() <= set(seed_words.SEED_WORDS)
    names = ["Yang Yong", "MiniMax", "STAR", "C+"]  # as the articles name them
    for text in (*seed_words.SEED_WORDS, *p.SEED_TITLES, *p.SEED_ARTICLES):
        said = seed_words.seed_text(text)
        assert said != text and english_words(said, [*names, *DATA]) == [], (text, said)
    assert seed_words.seed_text("Semiconductors, typed by the person") == (
        "Semiconductors, typed by the person"
    )


def test_the_empty_market_chart_gives_the_seeds_market_facts_in_chinese(chinese) -> None:
    from desktop.domain.source_errors import market_empty_text

    seed = json.loads((ROOT / "resources" / "seed" / "watchlist.json").read_text("utf-8"))
    sources = seed["sources"]
    facts = [  # as the seed stores them: the article's name and year beside each fact
        {"text": f["text"], "source": sources[f["source"]]["article"], "date": "2025"}
        for f in seed["market_facts"]
    ]
    text = market_empty_text(None, facts)
    assert "2025" in text and english_words(text, ["MiniMax", *DATA]) == [], text


def test_a_sources_remarks_and_unreadable_documents_in_chinese(chinese: str) -> None:
    from desktop.domain.source_errors import explain

    for detail in (
        "appactive_app_sehk_e.json: 3 record(s) skipped (missing id, name or valid date)",
        "appactive_appphip_gem_e.json: not published for this board (the exchange answers 404)",
        "NLR2026_Eng.xlsx: no GEM report for 2026 at the exchange (not published)",
        "2 more offer documents wait for the next poll",
        f"notice.pdf: {p.PDF_DAMAGED.compose()}",
    ):
        said = explain("offer_documents", detail, interval_min=30)
        assert english_words(said.text, DATA) == [], (detail, said.text)
