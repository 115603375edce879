"""One source failing, over a loopback mirror: a plain error naming the document, stored
on the source, while the other sources carry on and everything stored before stays."""

from __future__ import annotations

import functools
import io
import json
from datetime import date, datetime
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.services.polling import SourceOutcome, poll_all, poll_source
from desktop.sources import csrc, hkex_app, hkex_new_listings, hkex_news
from desktop.sources.http import HttpClient
from desktop.store.tables import Event, SourceState
from tests.mirror import LargeBody, MirrorServer
from tests.mirror_data import EDS, GEN, SAMPLE_ROUTES, seed_company_files, serve_samples

TODAY = date(2026, 11, 20)
APP_DOC = "appactive_app_sehk_e.json"
APP_PATH = EDS + APP_DOC
APP_URL = "https://" + APP_PATH
NEWS_DOC = "lcisehk1relsde_1.json"
NEWS_PATH = EDS + NEWS_DOC
PROSPECTUS_ID = 12_200_001
SOURCES = ["hkex_app", "hkex_news"]


# -- the mirror --------------------------------------------------------------------------


def app_envelope(records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"genDate": GEN, "uDate": "20/11/2026", "app": records}).encode()


def news_envelope(records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"genDate": GEN, "maxNumOfFile": 1, "newsInfoLst": records}).encode()


PROSPECTUS = {
    "newsId": PROSPECTUS_ID,
    "title": "Prospectus",
    "lTxt": "Listing Documents - [Prospectus]",
    "webPath": "/listedco/listconews/sehk/2026/1119/2026111900001.pdf",
    "stock": [{"sc": "02590", "sn": "EXAMPLE TECH"}],
    "relTime": "19/11/2026 07:00",
    "t1Code": "30000",
    "t2Code": "30700",
}


def serve_quiet(server: MirrorServer) -> None:
    """The samples, plus an empty answer for every other file of hkex_app and hkex_news
    (so the only errors are the ones a test provokes) and one prospectus for hkex_news."""
    serve_samples(server)
    served = {*SAMPLE_ROUTES, *seed_company_files()}
    for document in hkex_app.DOCUMENTS:
        if EDS + f"{document}.json" not in served:
            server.add(EDS + f"{document}.json", app_envelope([]))
    for name in hkex_news.latest_names():
        server.add(EDS + f"{name}.json", news_envelope([]))
    server.add(NEWS_PATH, news_envelope([PROSPECTUS]), etag='"news-1"')


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Any:
    with MirrorServer() as mirror:
        monkeypatch.setenv("IPO_WATCH_MIRROR", mirror.url)
        serve_quiet(mirror)
        yield mirror


# -- reading the database ----------------------------------------------------------------


def state_of(ctx: Any, source_id: str) -> SourceState:
    with ctx.db.session() as session:
        state = session.get(SourceState, source_id)
    assert state is not None, f"{source_id} has no state"
    return state


def event_count(ctx: Any, source: str | None = None) -> int:
    statement = select(func.count()).select_from(Event)
    if source is not None:
        statement = statement.where(Event.source == source)
    with ctx.db.session() as session:
        return int(session.execute(statement).scalar_one())


def fingerprints(ctx: Any) -> list[str]:
    with ctx.db.session() as session:
        return list(session.execute(select(Event.fingerprint)).scalars())


def by_source(outcomes: list[SourceOutcome]) -> dict[str, SourceOutcome]:
    return {o.source_id: o for o in outcomes}


def assert_news_carried_on(ctx: Any, outcome: SourceOutcome) -> None:
    assert outcome.ok and outcome.error is None, outcome.error
    assert [e.title for e in outcome.new_events] == ["Prospectus"]
    assert event_count(ctx, "hkex_news") == 1
    state = state_of(ctx, "hkex_news")
    assert state.last_error is None and state.last_success is not None


# -- a clean poll, then an unchanged one ---------------------------------------------------


def test_first_poll_is_clean_and_second_is_unchanged(ctx: Any, server: MirrorServer) -> None:
    first = by_source(poll_all(ctx.db, SOURCES, today=TODAY))
    app = first["hkex_app"]
    assert app.ok and app.error is None, app.error
    assert app.unchanged == 0 and app.new_events
    assert {e.company for e in app.new_events} >= {
        "Mech-Mind Robotics Technologies",
        "China Micro Semicon (Shenzhen)",
    }
    assert_news_carried_on(ctx, first["hkex_news"])
    stored = event_count(ctx)
    validators = state_of(ctx, "hkex_app").validators
    assert APP_URL in validators

    second = by_source(poll_all(ctx.db, SOURCES, today=TODAY))
    for outcome in second.values():
        assert outcome.ok and outcome.error is None, outcome.error
        assert outcome.new_events == []
        assert outcome.unchanged > 0  # the files with an ETag answered 304
    assert event_count(ctx) == stored
    conditional = server.requests_for(APP_PATH)[-1]
    assert conditional.header("If-None-Match") == validators[APP_URL]["etag"]
    state = state_of(ctx, "hkex_app")
    assert state.last_error is None and state.new_events == 0


# -- one document failing ------------------------------------------------------------------


def _truncated() -> bytes:
    body = seed_company_files()[APP_PATH]
    return body[: len(body) // 2]


FAILURES = {
    "404": ({"body": b"gone", "status": 404}, {}, f"{APP_DOC}: HTTP 404 Not Found"),
    "truncated json": ({"body": _truncated()}, {}, f"{APP_DOC} is not complete JSON"),
    "100 MB body": (
        {"body": LargeBody(100 * 1024 * 1024)},
        {},
        f"{APP_DOC}: response larger than 32 MiB",
    ),
    "timeout": (
        {"body": b"{}", "delay": 600.0},  # never answers (the server's close ends the wait)
        {"timeout": 0.3, "retries": 0},
        f"{APP_DOC}: no answer within 0.3 s",
    ),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_one_document_failing_is_reported_and_others_carry_on(
    ctx: Any, server: MirrorServer, case: str
) -> None:
    route, client_options, expected = FAILURES[case]
    server.add(APP_PATH, **route)
    factory = functools.partial(HttpClient, **client_options) if client_options else None

    outcomes = by_source(poll_all(ctx.db, SOURCES, today=TODAY, client_factory=factory))

    app = outcomes["hkex_app"]
    assert app.error is not None and app.error.startswith(expected), app.error
    state = state_of(ctx, "hkex_app")
    assert state.last_error == app.error
    assert state.last_error_at is not None
    # The documents before the failing one were read and stored (the PHIP file).
    assert any(e.company == "China Micro Semicon (Shenzhen)" for e in app.new_events)
    assert_news_carried_on(ctx, outcomes["hkex_news"])


def test_429_waits_as_asked_then_reports(ctx: Any, server: MirrorServer) -> None:
    server.add(APP_PATH, b"slow down", status=429, headers={"Retry-After": "7"})
    waits: list[float] = []
    factory = functools.partial(HttpClient, sleep=waits.append, retries=1)

    outcomes = by_source(poll_all(ctx.db, SOURCES, today=TODAY, client_factory=factory))

    assert waits == [7.0]
    assert len(server.requests_for(APP_PATH)) == 2
    app = outcomes["hkex_app"]
    assert app.error is not None
    assert app.error.startswith(f"{APP_DOC}: HTTP 429 Too Many Requests (after 2 tries)")
    # The host asked us to back off: the rest of this poll does not ask it again.
    assert "appactive_app_sehk_c.json: not tried" in app.error
    assert not server.requests_for(EDS + "appactive_app_sehk_c.json")
    assert state_of(ctx, "hkex_app").last_error == app.error
    assert_news_carried_on(ctx, outcomes["hkex_news"])


def test_other_source_failing_does_not_stop_hkex_app(ctx: Any, server: MirrorServer) -> None:
    server.add(NEWS_PATH, b"gone", status=404)
    outcomes = by_source(poll_all(ctx.db, SOURCES, today=TODAY))
    news = outcomes["hkex_news"]
    assert news.error is not None and news.error.startswith(f"{NEWS_DOC}: HTTP 404 Not Found")
    assert state_of(ctx, "hkex_news").last_error == news.error
    app = outcomes["hkex_app"]
    assert app.ok and app.error is None
    assert any(e.company == "Mech-Mind Robotics Technologies" for e in app.new_events)


# -- workbooks -------------------------------------------------------------------------


def listing_book(code: int, name: str, listed: date) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["New Listing Report"])
    sheet.append(
        [
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
    )
    day = datetime.combine(listed, datetime.min.time())
    sheet.append(
        [
            1,
            code,
            name,
            day,
            day,
            "Example Capital Limited",
            "Example Accountants",
            "Example Law Firm",
            100_000_000.0,
            10.5,
        ]
    )
    sheet.append([None, '"', '"', None, None, None, None, None, 900_000_000.0, 10.5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def report_path(board: str, year: int) -> str:
    return hkex_new_listings.report_url(board, year).split("://", 1)[1]


NOT_A_WORKBOOK = b"<html><body>Site under maintenance</body></html>"


def test_a_non_workbook_report_is_named_and_the_others_are_read(
    ctx: Any, server: MirrorServer
) -> None:
    server.add(report_path("sehk", 2026), NOT_A_WORKBOOK, content_type="text/html")
    server.add(
        report_path("gem", 2026),
        listing_book(8001, "Example GEM Holdings Limited", date(2026, 3, 2)),
    )
    server.add(
        report_path("sehk", 2025),
        listing_book(2001, "Example Main Holdings Limited", date(2025, 6, 30)),
    )
    server.add(
        report_path("gem", 2025), listing_book(8002, "Example Old GEM Limited", date(2025, 2, 3))
    )

    outcomes = by_source(poll_all(ctx.db, ["hkex_new_listings", "hkex_app"], today=TODAY))

    listings = outcomes["hkex_new_listings"]
    assert listings.error is not None
    assert listings.error.startswith("NLR2026_Eng.xlsx: not an Excel workbook"), listings.error
    assert state_of(ctx, "hkex_new_listings").last_error == listings.error
    assert {e.subject for e in listings.new_events} >= {
        "Example GEM Holdings Limited",
        "Example Main Holdings Limited",
    }
    assert outcomes["hkex_app"].ok and outcomes["hkex_app"].new_events


def test_every_report_a_non_workbook_names_the_document(ctx: Any, server: MirrorServer) -> None:
    for year in (2025, 2026):
        for board in ("sehk", "gem"):
            server.add(report_path(board, year), NOT_A_WORKBOOK, content_type="text/html")
    outcome = poll_source(ctx.db, "hkex_new_listings", today=TODAY)
    assert not outcome.ok
    assert outcome.error is not None and "NLR2026_Eng.xlsx" in outcome.error, outcome.error
    assert state_of(ctx, "hkex_new_listings").last_error == outcome.error


CSRC_CHANNEL = "d4d45f8e2a5c4e9b"
CSRC_XLSX = "www.csrc.gov.cn/csrc/c106251/c7662540/7662540/files/status.xlsx"


def serve_csrc(server: MirrorServer, workbook: bytes) -> None:
    title = f"{csrc.TABLE_TITLE}（截至2026年10月31日）"
    channel = {"success": True, "results": {"channelId": CSRC_CHANNEL}}
    listing = {
        "data": {
            "results": [
                {
                    "title": title,
                    "url": "https://www.csrc.gov.cn/csrc/c106251/c7662540/content.shtml",
                    "resList": [
                        {"fileName": f"{title}.xlsx", "filePath": "/" + CSRC_XLSX.split("/", 1)[1]}
                    ],
                }
            ]
        }
    }
    server.add("www.csrc.gov.cn/getChannelList", json.dumps(channel, ensure_ascii=False))
    server.add(
        f"www.csrc.gov.cn/searchList/{CSRC_CHANNEL}", json.dumps(listing, ensure_ascii=False)
    )
    server.add(CSRC_XLSX, workbook, content_type="application/octet-stream")


def test_csrc_non_workbook_names_the_document(ctx: Any, server: MirrorServer) -> None:
    serve_csrc(server, NOT_A_WORKBOOK)
    outcomes = by_source(poll_all(ctx.db, ["csrc", "hkex_app"], today=TODAY))
    assert server.requests_for(CSRC_XLSX)
    failed = outcomes["csrc"]
    assert not failed.ok and failed.error is not None
    assert outcomes["hkex_app"].ok and outcomes["hkex_app"].new_events
    assert state_of(ctx, "csrc").last_error == failed.error
    assert "status.xlsx" in failed.error, failed.error


# -- what was stored before stays --------------------------------------------------------


def test_a_failing_source_keeps_what_it_stored_before(ctx: Any, server: MirrorServer) -> None:
    first = by_source(poll_all(ctx.db, SOURCES, today=TODAY))
    assert first["hkex_app"].new_events
    before_app, before_all = event_count(ctx, "hkex_app"), event_count(ctx)
    state = state_of(ctx, "hkex_app")
    validators, last_success = dict(state.validators), state.last_success

    for document in hkex_app.DOCUMENTS:  # the whole site is down
        server.add(EDS + f"{document}.json", b"unavailable", status=503)
    factory = functools.partial(HttpClient, sleep=lambda _s: None)
    second = by_source(poll_all(ctx.db, SOURCES, today=TODAY, client_factory=factory))

    app = second["hkex_app"]
    assert not app.ok and app.new_events == []
    assert app.error is not None
    assert app.error.startswith("appactive_appphip_sehk_e.json: HTTP 503 Service Unavailable")
    assert second["hkex_news"].ok and second["hkex_news"].new_events == []
    assert event_count(ctx, "hkex_app") == before_app
    assert event_count(ctx) == before_all
    state = state_of(ctx, "hkex_app")
    assert state.last_error == app.error
    assert state.validators == validators  # the next poll still asks conditionally
    assert state.last_success == last_success


# -- a crash while storing -----------------------------------------------------------------


def _crash_on_hkex_app(session: Any, stored: Any) -> None:
    if any(event.item.source == "hkex_app" for event in stored):
        raise RuntimeError("disk full")


def test_a_crash_while_storing_keeps_nothing_of_that_poll(
    ctx: Any, server: MirrorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = by_source(poll_all(ctx.db, SOURCES, today=TODAY))
    assert first["hkex_app"].ok
    validators = dict(state_of(ctx, "hkex_app").validators)
    before = event_count(ctx)

    # A new filing is published; storing it fails half way through the transaction.
    newcomer = {
        "id": 990077,
        "d": "19/11/2026",
        "a": "Example Newcomer Technologies Co., Ltd.",
        "s": "A",
        "hasPhip": False,
        "ls": [
            {
                "d": "19/11/2026",
                "nF": "Application Proof (1st submission)",
                "nS1": "Full Version",
                "u1": "sehk/2026/990077/documents/sehk26111900077.pdf",
            }
        ],
        "ps": [],
    }
    records = json.loads(seed_company_files()[APP_PATH])["app"]
    server.add(APP_PATH, app_envelope([newcomer, *records]), etag='"app-2"')
    with monkeypatch.context() as patch:
        patch.setattr("desktop.store.ingest._learn_codes", _crash_on_hkex_app)
        crashed = by_source(poll_all(ctx.db, SOURCES, today=TODAY))

    app = crashed["hkex_app"]
    assert not app.ok and app.new_events == []
    assert app.error is not None and "could not store results" in app.error
    assert "disk full" in app.error
    assert event_count(ctx) == before
    state = state_of(ctx, "hkex_app")
    assert state.validators == validators  # unchanged: the new file is fetched again
    assert state.last_error == app.error
    # The crash did not stop the next source.
    assert crashed["hkex_news"].ok

    rerun = poll_source(ctx.db, "hkex_app", today=TODAY)
    assert rerun.ok and rerun.error is None, rerun.error
    assert [e.subject for e in rerun.new_events] == ["Example Newcomer Technologies Co., Ltd."]
    assert server.requests_for(APP_PATH)[-1].header("If-None-Match") == validators[APP_URL]["etag"]
    assert event_count(ctx) == before + 1
    state = state_of(ctx, "hkex_app")
    assert state.last_error is None
    assert state.validators[APP_URL]["etag"] == '"app-2"'

    again = poll_source(ctx.db, "hkex_app", today=TODAY)
    assert again.new_events == []
    stored = fingerprints(ctx)
    assert len(stored) == len(set(stored)) == before + 1


def test_a_crash_on_the_first_poll_then_a_rerun_stores_each_event_once(
    ctx: Any, server: MirrorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = event_count(ctx)  # the seed watchlist comes with its reported news
    with monkeypatch.context() as patch:
        patch.setattr("desktop.store.ingest._learn_codes", _crash_on_hkex_app)
        crashed = poll_source(ctx.db, "hkex_app", today=TODAY)
    assert not crashed.ok and "could not store results" in (crashed.error or "")
    assert event_count(ctx) == seeded
    assert event_count(ctx, "hkex_app") == 0
    assert state_of(ctx, "hkex_app").validators == {}

    rerun = poll_source(ctx.db, "hkex_app", today=TODAY)
    assert rerun.ok and rerun.new_events
    assert event_count(ctx, "hkex_app") == len(rerun.new_events)
    assert poll_source(ctx.db, "hkex_app", today=TODAY).new_events == []
    stored = fingerprints(ctx)
    assert len(stored) == len(set(stored)) == seeded + len(rerun.new_events)
