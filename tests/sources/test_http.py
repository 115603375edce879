"""HttpClient against a real loopback server (the mirror), never a mocked transport."""

from __future__ import annotations

import gzip
import json
import pickle
import socket
import threading
import time
from email.utils import formatdate

import pytest

from desktop import __version__
from desktop.sources.base import ParseError
from desktop.sources.http import FetchError, HttpClient, Response
from tests.mirror import LargeBody, MirrorServer, mirror_fixture  # noqa: F401

HKEX = "https://www1.hkexnews.hk/ncms/json/eds/appactive_app_sehk_e.json"
HKEX_PATH = "www1.hkexnews.hk/ncms/json/eds/appactive_app_sehk_e.json"
MiB = 1024 * 1024


class FakeSleep:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def client(mirror: MirrorServer, sleep: FakeSleep):
    with HttpClient(sleep=sleep) as http:
        yield http


# -- the mirror --------------------------------------------------------------------------


def test_get_goes_to_the_mirror_with_query_and_headers(mirror: MirrorServer, client: HttpClient):
    mirror.add("www1.hkexnews.hk/search/titleSearchServlet.do", '{"result": "[]"}')
    url = "https://www1.hkexnews.hk/search/titleSearchServlet.do?sortDir=0"
    response = client.get(url, params={"lang": "zh", "title": "招股"}, headers={"X-Test": "1"})

    assert response is not None
    assert response.status == 200
    assert response.json() == {"result": "[]"}
    assert response.url.startswith(url + "&lang=zh&title=")
    assert "127.0.0.1" not in response.url
    (seen,) = mirror.requests
    assert (seen.method, seen.path) == ("GET", "www1.hkexnews.hk/search/titleSearchServlet.do")
    assert seen.query == "sortDir=0&lang=zh&title=%E6%8B%9B%E8%82%A1"
    assert seen.header("x-test") == "1"
    assert seen.header("user-agent") == (
        f"IPO-Pipeline-Watch/{__version__} (+desktop app; polite polling)"
    )
    assert "gzip" in seen.header("accept-encoding")


def test_post_keeps_method_headers_and_body(mirror: MirrorServer, client: HttpClient):
    mirror.add("www.cninfo.com.cn/new/hisAnnouncement/query", '{"announcements": []}')
    form = {"pageNum": "1", "column": "szse", "seDate": "2025-01-01~2025-06-30"}
    referer = "http://www.cninfo.com.cn/new/disclosure"
    response = client.post(
        "http://www.cninfo.com.cn/new/hisAnnouncement/query",
        data=form,
        headers={"Referer": referer},
    )

    assert response.json() == {"announcements": []}
    (seen,) = mirror.requests
    assert seen.method == "POST"
    assert seen.header("referer") == referer
    assert seen.header("content-type") == "application/x-www-form-urlencoded"
    assert seen.body == b"pageNum=1&column=szse&seDate=2025-01-01~2025-06-30"


def test_exact_query_route_wins_and_unknown_path_is_404(mirror: MirrorServer, client: HttpClient):
    mirror.add("www.csrc.gov.cn/getChannelList", b'{"any": true}')
    mirror.add("www.csrc.gov.cn/getChannelList?channelCode=c101935", b'{"exact": true}')
    base = "https://www.csrc.gov.cn/getChannelList"

    assert client.get(base, params={"channelCode": "c101935"}).json() == {"exact": True}
    assert client.get(base, params={"channelCode": "other"}).json() == {"any": True}
    with pytest.raises(FetchError) as caught:
        client.get("https://www.csrc.gov.cn/nowhere.json")
    assert caught.value.status == 404


def test_sample_files_are_served(mirror: MirrorServer, client: HttpClient):
    mirror.add_file(HKEX_PATH, "hkexnews_appactive_app_sehk_e_real_trimmed.json")
    assert "app" in client.get(HKEX).json()


def test_without_a_mirror_the_url_is_used_as_given(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("IPO_WATCH_MIRROR", raising=False)
    with MirrorServer() as server, HttpClient() as http:
        server.add("direct.json", b"[1]")
        assert http.mirror is None
        assert http.get(f"{server.url}/direct.json").json() == [1]


# -- conditional requests ----------------------------------------------------------------


def test_etag_round_trip(mirror: MirrorServer, sleep: FakeSleep):
    mirror.add(HKEX_PATH, b'{"app": []}', etag='"v1"')
    with HttpClient(sleep=sleep) as first:
        assert first.get(HKEX).json() == {"app": []}
        assert first.pending_validators == {HKEX: {"etag": '"v1"'}}

    validators = {HKEX: {"etag": '"v1"'}}
    with HttpClient(validators=validators, sleep=sleep) as second:
        assert second.get(HKEX) is None
        assert second.pending_validators == {}
        assert second.get(HKEX, conditional=False) is not None
    assert validators == {HKEX: {"etag": '"v1"'}}
    assert [r.header("if-none-match") for r in mirror.requests] == [None, '"v1"', None]


def test_last_modified_round_trip(mirror: MirrorServer, sleep: FakeSleep):
    stamp = "Wed, 02 Jul 2025 08:00:00 GMT"
    mirror.add(HKEX_PATH, b"{}", last_modified=stamp)
    with HttpClient(sleep=sleep) as first:
        first.get(HKEX)
        assert first.pending_validators == {HKEX: {"last_modified": stamp}}
    with HttpClient(validators=dict(first.pending_validators), sleep=sleep) as second:
        assert second.get(HKEX) is None
    assert mirror.requests[-1].header("if-modified-since") == stamp


def test_changed_document_gives_new_validators(mirror: MirrorServer, sleep: FakeSleep):
    mirror.add(HKEX_PATH, b'{"n": 2}', etag='"v2"')
    with HttpClient(validators={HKEX: {"etag": '"v1"'}}, sleep=sleep) as http:
        assert http.get(HKEX).json() == {"n": 2}
        assert http.pending_validators[HKEX] == {"etag": '"v2"'}


def test_validators_are_keyed_by_the_full_url(mirror: MirrorServer, sleep: FakeSleep):
    mirror.add("www.example.com/feed", b"<rss/>", etag='"a"')
    page1 = "https://www.example.com/feed?page=1"
    with HttpClient(validators={page1: {"etag": '"a"'}}, sleep=sleep) as http:
        assert http.get("https://www.example.com/feed", params={"page": "1"}) is None
        assert http.get("https://www.example.com/feed", params={"page": "2"}) is not None
        assert list(http.pending_validators) == ["https://www.example.com/feed?page=2"]


# -- retries -----------------------------------------------------------------------------


def test_429_waits_as_asked_then_succeeds(
    mirror: MirrorServer, client: HttpClient, sleep: FakeSleep
):
    mirror.add_sequence(
        HKEX_PATH,
        [{"status": 429, "headers": {"Retry-After": "7"}}, {"body": b'{"ok": 1}'}],
    )
    assert client.get(HKEX).json() == {"ok": 1}
    assert sleep.waits == [7.0]
    assert len(mirror.requests) == 2


def test_retry_after_as_http_date(mirror: MirrorServer, client: HttpClient, sleep: FakeSleep):
    later = formatdate(time.time() + 30, usegmt=True)
    mirror.add_sequence(
        HKEX_PATH, [{"status": 503, "headers": {"Retry-After": later}}, {"body": b"{}"}]
    )
    assert client.get(HKEX) is not None
    (wait,) = sleep.waits
    assert 25 <= wait <= 31


def test_503_three_times_gives_up(mirror: MirrorServer, client: HttpClient, sleep: FakeSleep):
    mirror.add(HKEX_PATH, b"busy", status=503)
    with pytest.raises(FetchError) as caught:
        client.get(HKEX)

    error = caught.value
    assert str(error) == ("appactive_app_sehk_e.json: HTTP 503 Service Unavailable (after 3 tries)")
    assert (error.status, error.kind, error.url) == (503, "http", HKEX)
    assert sleep.waits == [1.0, 2.0]
    assert len(mirror.requests) == 3


def test_retry_after_beyond_the_limit_gives_up_at_once(
    mirror: MirrorServer, client: HttpClient, sleep: FakeSleep
):
    mirror.add(HKEX_PATH, status=429, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError, match="asked to wait 3600 seconds") as caught:
        client.get(HKEX)
    assert caught.value.status == 429
    assert sleep.waits == []
    assert len(mirror.requests) == 1


def test_404_is_not_retried(mirror: MirrorServer, client: HttpClient, sleep: FakeSleep):
    mirror.add(HKEX_PATH, b"gone", status=404)
    with pytest.raises(FetchError) as caught:
        client.get(HKEX)
    assert str(caught.value) == "appactive_app_sehk_e.json: HTTP 404 Not Found"
    assert caught.value.kind == "http"
    assert len(mirror.requests) == 1
    assert sleep.waits == []


def test_connection_refused_is_retried_and_named_plainly(sleep: FakeSleep):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        HttpClient(mirror=f"http://127.0.0.1:{port}", sleep=sleep) as http,
        pytest.raises(FetchError) as caught,
    ):
        http.get(HKEX)
    assert caught.value.kind == "connection"
    assert str(caught.value) == (
        "appactive_app_sehk_e.json: www1.hkexnews.hk refused the connection (after 3 tries)"
    )
    assert sleep.waits == [1.0, 2.0]


def test_unknown_host_is_named_plainly(sleep: FakeSleep):
    with HttpClient(mirror="", retries=0, sleep=sleep) as http, pytest.raises(FetchError) as caught:
        http.get("https://ipo-watch-test.invalid/list.json")
    assert caught.value.kind == "connection"
    assert str(caught.value).startswith("list.json: ")
    assert "ipo-watch-test.invalid" in str(caught.value)


def test_unreadable_retry_after_falls_back_to_back_off(
    mirror: MirrorServer, client: HttpClient, sleep: FakeSleep
):
    mirror.add_sequence(
        HKEX_PATH, [{"status": 503, "headers": {"Retry-After": "soon"}}, {"body": b"{}"}]
    )
    assert client.get(HKEX) is not None
    assert sleep.waits == [1.0]


def test_fetch_error_survives_pickling():
    error = FetchError("x.json: HTTP 503", url=HKEX, status=503, kind="http")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.url, copy.status, copy.kind) == (str(error), HKEX, 503, "http")


# -- limits ------------------------------------------------------------------------------


def test_timeout(mirror: MirrorServer, sleep: FakeSleep):
    mirror.add(HKEX_PATH, b"{}", delay=600.0)  # never answers (closing the mirror ends it)
    with (
        HttpClient(timeout=0.5, retries=0, sleep=sleep) as http,
        pytest.raises(FetchError) as caught,
    ):
        http.get(HKEX)
    assert caught.value.kind == "timeout"
    assert str(caught.value) == "appactive_app_sehk_e.json: no answer within 0.5 s"


def test_huge_body_is_cut_off_at_the_cap(mirror: MirrorServer, client: HttpClient):
    mirror.add(HKEX_PATH, LargeBody(100 * MiB))
    with pytest.raises(FetchError) as caught:
        client.get(HKEX, max_bytes=1 * MiB)
    assert caught.value.kind == "too_large"
    assert str(caught.value) == (
        "appactive_app_sehk_e.json: response larger than 1 MiB, stopped reading"
    )
    assert len(mirror.requests) == 1  # not retried
    mirror.wait_idle()
    assert mirror.sent(HKEX_PATH) < 40 * MiB  # nowhere near reading 100 MB


def test_declared_length_over_the_cap_is_refused_before_reading(mirror: MirrorServer):
    mirror.add(HKEX_PATH, LargeBody(100 * MiB, declare_length=True))
    with HttpClient(max_bytes=1 * MiB) as http, pytest.raises(FetchError) as caught:
        http.get(HKEX)
    assert caught.value.kind == "too_large"


def test_default_cap_is_32_mib(mirror: MirrorServer, client: HttpClient):
    mirror.add(HKEX_PATH, LargeBody(33 * MiB, declare_length=True))
    with pytest.raises(FetchError, match="larger than 32 MiB"):
        client.get(HKEX)


def test_slow_drip_hits_the_overall_deadline(mirror: MirrorServer, sleep: FakeSleep):
    # 100 bytes every 0.1 s: each read is quick, but the whole body would take 10 s.
    mirror.add(HKEX_PATH, b"x" * 10_000, drip=(100, 0.1))
    with HttpClient(timeout=0.5, sleep=sleep) as http, pytest.raises(FetchError) as caught:
        http.get(HKEX)
    assert caught.value.kind == "timeout"
    assert str(caught.value) == (
        "appactive_app_sehk_e.json: the server sent the response too slowly (gave up after 1.5 s)"
    )
    assert len(mirror.requests) == 1
    mirror.wait_idle()
    assert mirror.sent(HKEX_PATH) < 10_000  # it gave up before the body was through


def test_gzip_is_decoded(mirror: MirrorServer, client: HttpClient):
    payload = json.dumps({"app": list(range(1000))}).encode()
    mirror.add(HKEX_PATH, gzip.compress(payload), headers={"Content-Encoding": "gzip"})
    assert client.get(HKEX).content == payload


# -- redirects ---------------------------------------------------------------------------


def test_same_host_redirects_are_followed(mirror: MirrorServer, client: HttpClient):
    mirror.add(HKEX_PATH, status=302, headers={"Location": "/www1.hkexnews.hk/moved.json"})
    mirror.add("www1.hkexnews.hk/moved.json", status=301, headers={"Location": "final.json"})
    mirror.add("www1.hkexnews.hk/final.json", b'{"here": 1}')

    response = client.get(HKEX)
    assert response.json() == {"here": 1}
    assert response.url == "https://www1.hkexnews.hk/final.json"


def test_absolute_redirect_to_the_original_host_stays_on_the_mirror(
    mirror: MirrorServer, client: HttpClient
):
    mirror.add(HKEX_PATH, status=301, headers={"Location": "https://www1.hkexnews.hk/new.json"})
    mirror.add("www1.hkexnews.hk/new.json", b"[]")
    assert client.get(HKEX).json() == []
    assert [r.path for r in mirror.requests][-1] == "www1.hkexnews.hk/new.json"


def test_303_after_post_becomes_get(mirror: MirrorServer, client: HttpClient):
    mirror.add("www.cninfo.com.cn/query", status=303, headers={"Location": "/www.cninfo.com.cn/r"})
    mirror.add("www.cninfo.com.cn/r", b"{}")
    client.post("http://www.cninfo.com.cn/query", data={"a": "1"})
    assert [r.method for r in mirror.requests] == ["POST", "GET"]


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("https://evil.example.com/x.json", "redirected to another host (evil.example.com)"),
        ("/evil.example.com/x.json", "redirected to another host (evil.example.com)"),
        ("http://127.0.0.2:9/x.json", "redirected to another host (127.0.0.2)"),
        ("file:///etc/passwd", "redirected to a file: address"),
        ("ftp://www1.hkexnews.hk/x", "redirected to a ftp: address"),
    ],
)
def test_redirect_elsewhere_is_refused(
    mirror: MirrorServer, client: HttpClient, location: str, expected: str
):
    mirror.add(HKEX_PATH, status=302, headers={"Location": location})
    with pytest.raises(FetchError) as caught:
        client.get(HKEX)
    assert caught.value.kind == "redirect"
    assert str(caught.value).startswith(f"appactive_app_sehk_e.json: {expected}")
    assert len(mirror.requests) == 1


def test_redirect_loop_stops(mirror: MirrorServer, client: HttpClient):
    mirror.add(HKEX_PATH, status=302, headers={"Location": "appactive_app_sehk_e.json"})
    with pytest.raises(FetchError, match="too many redirects") as caught:
        client.get(HKEX)
    assert caught.value.kind == "redirect"
    assert len(mirror.requests) == 6


# -- one request at a time per host ------------------------------------------------------


def test_one_request_at_a_time_per_host(mirror: MirrorServer, sleep: FakeSleep):
    for host in ("www1.hkexnews.hk", "www.csrc.gov.cn"):
        mirror.add(f"{host}/slow.json", b"{}", delay=0.3)
    clients = [HttpClient(sleep=sleep) for _ in range(3)]  # separate clients share the lock
    urls = [
        "https://www1.hkexnews.hk/slow.json",
        "https://www1.hkexnews.hk/slow.json",
        "https://www.csrc.gov.cn/slow.json",
    ]
    errors: list[BaseException] = []

    def fetch(http: HttpClient, url: str) -> None:
        try:
            http.get(url)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=fetch, args=pair) for pair in zip(clients, urls, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    for http in clients:
        http.close()

    assert errors == []
    assert len(mirror.requests) == 3
    assert mirror.max_concurrency("www1.hkexnews.hk") == 1
    assert mirror.max_concurrency() == 2  # other hosts are not held up


# -- decoding ----------------------------------------------------------------------------


def make(content: bytes, content_type: str = "") -> Response:
    headers = {"content-type": content_type} if content_type else {}
    return Response(url=HKEX, status=200, headers=headers, content=content)


def test_text_honours_charset_gbk_and_bom():
    line = 'v_r_hk00700="100~腾讯控股~00700"'
    assert make(line.encode("gbk"), "text/html; charset=GBK").text() == line
    assert make(line.encode("gbk"), "text/html; charset=gb2312").text() == line
    assert make(line.encode("gbk")).text("gbk") == line
    assert make("\ufeff{}".encode()).text() == "{}"
    assert make("\ufeff{}".encode(), "text/plain; charset=utf-8").text() == "{}"
    assert make("é".encode("latin-1"), "text/plain; charset=iso-8859-1").text() == "é"
    assert make(b"\xff{}").text() == "\ufffd{}"  # undecodable bytes don't raise
    assert make(b"{}", "text/plain; charset=no-such-codec").text() == "{}"


def test_text_over_http_with_gbk(mirror: MirrorServer, client: HttpClient):
    line = 'v_r_hk02513="智谱"'
    mirror.add("qt.gtimg.cn/q=r_hk02513", line.encode("gbk"), content_type="text/html; charset=GBK")
    assert client.get("https://qt.gtimg.cn/q=r_hk02513").text() == line


def test_json_with_bom_and_bad_json():
    assert make('\ufeff{"a": "中"}'.encode()).json() == {"a": "中"}
    with pytest.raises(ParseError) as caught:
        make(b'{"app": [1, 2').json()
    assert str(caught.value).startswith("appactive_app_sehk_e.json: not JSON (")
    with pytest.raises(ParseError, match="empty response"):
        make(b"").json()


def test_a_non_web_url_is_refused(client: HttpClient):
    with pytest.raises(FetchError) as caught:
        client.get("file:///etc/passwd")
    assert caught.value.kind == "url"
