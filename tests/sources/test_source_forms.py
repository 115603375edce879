"""Forms real copies of the live files showed (DESIGN §5a), source by source."""

from __future__ import annotations

import json
from datetime import date

from desktop.sources import hkex_app, hkex_news
from desktop.sources.base import PollContext, WatchedCompany
from desktop.sources.http import HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.real_layouts import application_files

EDS = "www1.hkexnews.hk/ncms/json/eds/"


def test_documents_are_what_their_labels_say() -> None:
    """PHIP in ``ls``, the first submission in ``ps``, an OC entry without ``nF``, a
    revision without an ordinal: classified by label, never by list."""
    files = application_files()
    for lang in ("e", "c"):
        name = f"appactive_appphip_sehk_{lang}"
        items = hkex_app.parse(files[EDS + name + ".json"], document=name)
        kinds = {i.key: i.kind for i in items}
        assert kinds == {
            "app:108100:proof": "application_proof",
            "app:108100:proof:2": "application_proof_update",
            "app:108100:phip": "phip",
        }
        by_key = {i.key: i for i in items}
        assert by_key["app:108100:proof"].published == date(2025, 6, 30)
        assert by_key["app:108100:phip"].published == date(2025, 12, 15)
        assert by_key["app:108100:phip"].url.endswith("phip.pdf" if lang == "e" else "phip_c.pdf")  # type: ignore[union-attr]
        assert not any("oc" in (i.url or "").rsplit("/", 1)[-1] for i in items)


def test_a_missing_board_file_is_a_note_not_a_failure(mirror: MirrorServer) -> None:
    for path, body in application_files().items():
        mirror.add(path, body)
    empty = json.dumps({"genDate": "1", "uDate": "01/01/2026", "app": []}).encode()
    mirror.add(EDS + "appactive_app_sehk_e.json", empty)
    mirror.add(EDS + "appactive_app_sehk_c.json", empty)
    with HttpClient(retries=0) as client:
        result = hkex_app.fetch(client, PollContext(today=date(2026, 1, 12)))
    assert "appinactive_gem_c.json: not published for this board (the exchange answers 404)" in (
        result.errors
    )
    assert {i.kind for i in result.items} >= {"phip", "listed"}


def _latest(records: list[dict]) -> bytes:  # type: ignore[type-arg]
    return json.dumps({"genDate": "1", "maxNumOfFile": 1, "newsInfoLst": records}).encode()


def _record(news_id: int, t2: str, title: str) -> dict:  # type: ignore[type-arg]
    return {
        "newsId": str(news_id),
        "title": title,
        "webPath": f"/listedco/listconews/sehk/2026/0102/{news_id}.pdf",
        "stock": [{"sc": "06082", "sn": "BIREN TECH"}],
        "relTime": "02/01/2026 07:00",
        "t1Code": "30000" if t2.startswith("3") else "10000",
        "t2Code": t2,
    }


def test_only_an_ipo_listing_document_is_a_prospectus() -> None:
    records = [
        _record(1, "30700", "GLOBAL OFFERING"),
        _record(2, "30600", "OFFER OF EXISTING SHARES"),
        _record(3, "30500", "LISTING BY WAY OF INTRODUCTION"),
        _record(4, "31100", "RIGHTS ISSUE"),
        _record(5, "30100", "PROSPECTUS OF THE EXAMPLE FUND"),
        _record(6, "30800", "OPEN OFFER"),
        _record(7, "31200", "SUPPLEMENTAL PROSPECTUS"),
        _record(8, "31200", "SUPPLEMENTARY LISTING DOCUMENT - BONUS WARRANTS"),
        _record(9, "15100", "ALLOTMENT RESULTS"),
        _record(10, "15100", "[Allotment Results / Rights Issue] RESULTS OF THE RIGHTS ISSUE"),
    ]
    items = hkex_news.parse(_latest(records), document="lcisehk1relsde_1")
    assert {i.key: i.kind for i in items} == {
        "news:1": "prospectus",
        "news:2": "prospectus",
        "news:3": "prospectus",
        "news:7": "prospectus",
        "news:9": "allotment_results",
    }
    # The supplementary one counts only before the listing: the fetch decides.
    assert [i.key for i in items if i.raw.get("supplementary")] == ["news:7"]


def test_a_supplementary_listing_document_counts_only_before_the_listing(
    mirror: MirrorServer,
) -> None:
    """31200 after the stock's IPO prospectus and before its allotment results is a
    prospectus; after the results, or of a stock whose IPO was never seen, it is not.
    What was seen is remembered: an unchanged file is not read again."""

    def record(news_id: int, t2: str, title: str, day: str, code: str) -> dict:  # type: ignore[type-arg]
        return {**_record(news_id, t2, title), "relTime": f"{day} 07:00", "stock": [{"sc": code}]}

    for name in hkex_news.latest_names():
        mirror.add(EDS + name + ".json", _latest([]))
    seven_days = EDS + "lcisehk7relsde_1.json"
    first = [
        record(1, "30700", "GLOBAL OFFERING", "22/12/2025", "06082"),
        record(2, "31200", "SUPPLEMENTAL PROSPECTUS", "24/12/2025", "06082"),
        record(3, "15100", "ALLOTMENT RESULTS", "31/12/2025", "06082"),
        record(4, "31200", "SUPPLEMENTAL PROSPECTUS", "05/01/2026", "06082"),
        record(5, "31200", "SUPPLEMENTAL PROSPECTUS", "24/12/2025", "00700"),
        record(6, "30700", "GLOBAL OFFERING", "30/12/2025", "02513"),
    ]
    mirror.add(seven_days, _latest(first), etag='"a"')
    ctx = PollContext(today=date(2026, 1, 5))
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, ctx)
        validators = dict(client.pending_validators)
    assert sorted(i.key for i in result.items) == ["news:1", "news:2", "news:3", "news:6"]
    assert result.memory is not None
    offers = result.memory["offers"]
    assert offers["06082"] == {"prospectus": "2025-12-22", "allotted": "2025-12-31"}
    assert offers["02513"] == {"prospectus": "2025-12-30", "allotted": None}

    # Days later only the supplementary document of 02513 is new; the prospectus is
    # known from the memory.
    later = [record(7, "31200", "Supplemental Prospectus", "06/01/2026", "02513")]
    mirror.add(seven_days, _latest(later), etag='"b"')
    ctx = PollContext(today=date(2026, 1, 6), memory=result.memory)
    with HttpClient(retries=0, validators=validators) as client:
        second = hkex_news.fetch(client, ctx)
    assert [i.key for i in second.items] == ["news:7"]
    assert second.items[0].kind == "prospectus"

    # Four months on, the offers are forgotten.
    ctx = PollContext(today=date(2026, 6, 1), memory=second.memory or {})
    with HttpClient(retries=0) as client:
        third = hkex_news.fetch(client, ctx)
    assert third.memory is not None and third.memory["offers"] == {}
    assert third.items == []


def test_listing_documents_in_the_title_search_by_their_category() -> None:
    rows = [
        ("Listing Documents - [Offer for Subscription]", "GLOBAL OFFERING", "prospectus"),
        ("上市文件 - [介紹]", "以介紹方式上市", "prospectus"),
        ("Listing Documents - [Capitalisation Issue]", "PROSPECTUS", None),
        ("Listing Documents - [Placing of Securities of a Class New to Listing]", "X", None),
        ("Listing Documents - [Rights Issue]", "PROSPECTUS", None),
        ("Listing Documents - [Supplementary Listing Document]", "SUPPLEMENTAL PROSPECTUS", "s"),
        ("Listing Documents - [Supplementary Listing Document]", "BONUS WARRANTS", None),
        ("Listing Documents", "PROSPECTUS", "prospectus"),
    ]
    payload = {
        "result": json.dumps(
            [
                {
                    "NEWS_ID": str(100 + n),
                    "DATE_TIME": "02/01/2026 07:00",
                    "STOCK_CODE": "06082",
                    "STOCK_NAME": "BIREN TECH",
                    "TITLE": title,
                    "LONG_TEXT": category,
                    "FILE_LINK": f"/listedco/listconews/sehk/2026/0102/{n}.pdf",
                }
                for n, (category, title, _) in enumerate(rows)
            ]
        ),
        "hasNextRow": False,
    }
    items = {i.key: i for i in hkex_news.parse_search(json.dumps(payload).encode())}
    for n, (_, _, expected) in enumerate(rows):
        item = items.get(f"news:{100 + n}")
        if expected is None:
            assert item is None, rows[n]
        else:
            assert item is not None and item.kind == "prospectus", rows[n]
            assert bool(item.raw.get("supplementary")) == (expected == "s"), rows[n]


def test_stock_id_from_the_active_stock_list_when_prefix_do_fails(mirror: MirrorServer) -> None:
    for name in hkex_news.latest_names():
        mirror.add(EDS + name + ".json", _latest([]))
    mirror.add("www1.hkexnews.hk/search/prefix.do", b'callback({"stockInfo":[]});')  # not found
    mirror.add(
        "www1.hkexnews.hk/ncms/script/eds/activestock_sehk_e.json",
        json.dumps(
            [{"i": 7609, "c": "00700", "n": "TENCENT"}, {"i": 1212, "c": "06082", "n": "BIREN"}]
        ),
    )
    rows = [
        {
            "NEWS_ID": "900",
            "DATE_TIME": "02/01/2026 07:00",
            "STOCK_CODE": "06082<br/>",
            "STOCK_NAME": "BIREN TECH<br/>",
            "TITLE": "ALLOTMENT RESULTS",
            "FILE_LINK": "/listedco/listconews/sehk/2026/0101/900.pdf",
        }
    ]
    search = json.dumps({"result": json.dumps(rows), "hasNextRow": False}).encode()
    mirror.add("www1.hkexnews.hk/search/titleSearchServlet.do", search)
    company = WatchedCompany(1, "Biren Technology", ("Biren Technology",), hk_code="06082")
    ctx = PollContext(today=date(2026, 1, 12), companies=(company,))
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, ctx)
    assert [i.key for i in result.items] == ["news:900"], (
        result.errors,
        [r.path for r in mirror.requests],
    )
    assert result.memory["stock_ids"] == {"06082": 1212}
    query = mirror.requests_for("www1.hkexnews.hk/search/titleSearchServlet.do")[0].query
    assert "searchType=0" in query and "lang=E" in query.split("&")


def test_every_page_the_server_serves_is_read(mirror: MirrorServer) -> None:
    """The envelope announces seven pages; the server serves two (and 404 after): both
    are read, and the missing ones are no error."""
    for name in hkex_news.latest_names():
        mirror.add(EDS + name + ".json", _latest([]))
    first = json.loads(_latest([_record(1, "30700", "GLOBAL OFFERING")]))
    first["maxNumOfFile"] = 7
    mirror.add(EDS + "lcisehk7relsde_1.json", json.dumps(first))
    mirror.add(EDS + "lcisehk7relsde_2.json", _latest([_record(2, "15100", "ALLOTMENT RESULTS")]))
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, PollContext(today=date(2026, 1, 12)))
    assert sorted(i.key for i in result.items) == ["news:1", "news:2"]
    assert result.errors == []
    asked = [r.path.rsplit("/", 1)[-1] for r in mirror.requests if "lcisehk7relsde" in r.path]
    assert asked == ["lcisehk7relsde_1.json", "lcisehk7relsde_2.json", "lcisehk7relsde_3.json"]


def test_category_codes_are_the_recorded_ones() -> None:
    """The codes the classification relies on, as the recorded tiertwo_c.json names them."""
    from pathlib import Path

    path = Path(__file__).parents[1] / "fixtures/samples/hkexnews_ncms_script_eds_tiertwo_c.json"
    names = {row["code"]: row["name"] for row in json.loads(path.read_text(encoding="utf-8"))}
    assert names["30700"] == "發售以供認購" and names["30600"] == "發售現有證券"
    assert names["30500"] == "介紹" and names["31200"] == "補充上市文件"
    assert {names[c] for c in hkex_news.NOT_IPO_T2} == {"供股", "認可集體投資計劃", "公開招股"}
    assert names[hkex_news.ALLOTMENT_T2] == "配發結果"
    assert names[hkex_news.FORMAL_NOTICE_T2] == "正式通告"
    assert set(hkex_news.IPO_DOCUMENT_T2) == {"30700", "30600"}
    # Every listing-document code of the table is classified one way or the other.
    listing_docs = {c for c, n in names.items() if c.startswith("3") and len(c) == 5}
    known = {*hkex_news.IPO_DOCUMENT_T2, *hkex_news.NOT_IPO_T2, "30500", "31200"}
    for code in sorted(listing_docs - known):
        kind = hkex_news.kind_for_codes(["30000"], [code], "GLOBAL OFFERING")
        assert kind is None, (code, names[code])
