"""News feeds: RSS 2.0, Atom, RSS 1.0, hostile XML, the listing-plan test, fetch over the mirror."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from datetime import date
from typing import Any
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sources import news
from desktop.sources.base import ParseError, PollContext, WatchedCompany
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, RecordedRequest, mirror_fixture  # noqa: F401

SCMP_URL = "https://www.scmp.com/rss/92/feed"

HEADLINES = [
    ("Sample Robotics files for Hong Kong IPO to fund overseas expansion", True),
    ("Hong Kong stocks close higher as tech shares rally", False),
    ("Sample Bank to delist from Hong Kong after privatisation", False),
    ("Sample Chips passes listing hearing, set to raise HK$2 billion", True),
    ("Property developer Sample Land posts first-half loss", False),
    ("Sample AI plans to list in Hong Kong as early as next year", True),
    ("Sample Pharma publishes prospectus ahead of trading debut", True),
    ("Trade tensions weigh on Asian markets", False),
]


# ---------------------------------------------------------------- feed builders
def scmp_feed(count: int = 200) -> bytes:
    items = []
    for i in range(count):
        headline, _ = HEADLINES[i % len(HEADLINES)]
        link = f"https://www.scmp.com/business/companies/article/33{i:05d}/story-{i}?module=rss&pgtype=section&utm_source=rss_feed"
        guid = f'<guid isPermaLink="true">{escape(link)}</guid>' if i % 3 else ""
        day = 1 + i % 28
        items.append(
            f"""<item>
  <title><![CDATA[{headline} ({i})]]></title>
  <link>{escape(link)}</link>
  {guid}
  <description><![CDATA[<p>Story number {i} &amp; more: <b>details</b>&nbsp;inside.</p>]]>
  </description>
  <pubDate>Tue, {day:02d} Sep 2025 1{i % 10}:05:00 +0800</pubDate>
  <dc:creator>Reporter {i % 5}</dc:creator>
  <media:content url="https://cdn.i-scmp.com/x/{i}.jpg" medium="image"/>
</item>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Business - South China Morning Post</title>
  <link>https://www.scmp.com/rss/92/feed</link>
  <atom:link href="https://www.scmp.com/rss/92/feed" rel="self" type="application/rss+xml"/>
  <description>Business news</description>
  <language>en</language>
  {"".join(items)}
</channel>
</rss>""".encode()


def google_feed(query: str, hl: str, count: int = 20) -> bytes:
    chinese = hl.startswith("zh")
    items = []
    for i in range(count):
        if chinese:
            title = ["樣本智能通過上市聆訊", "樣本科技向港交所遞表", "樣本集團公布業績"][i % 3]
            source, home = "經濟日報", "https://www.hket.com"
        else:
            title = ["Sample AI passes listing hearing", "Sample AI raises new funds"][i % 2]
            source, home = "South China Morning Post", "https://www.scmp.com"
        article = "CBMi" + hashlib.sha1(f"{query}|{hl}|{i}".encode()).hexdigest()[:24]
        link = f"https://news.google.com/rss/articles/{article}?oc=5"
        description = escape(
            f'<a href="{link}" target="_blank">{title}</a>&nbsp;&nbsp;'
            f'<font color="#6f6f6f">{source}</font>'
        )
        items.append(
            f"""<item><title>{escape(title)} - {source}</title><link>{link}</link>
<guid isPermaLink="false">{article}</guid><pubDate>Mon, 06 Oct 2025 2{i % 4}:00:00 GMT</pubDate>
<description>{description}</description><source url="{home}">{source}</source></item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>
<generator>NFE/5.0</generator>
<title>{escape(query)} - Google News</title><link>https://news.google.com/search?q=x&amp;hl={hl}</link>
<language>{hl}</language><webMaster>news-webmaster@google.com</webMaster>
<copyright>2025 Google LLC</copyright><lastBuildDate>Tue, 07 Oct 2025 01:00:00 GMT</lastBuildDate>
<description>Google News</description>{"".join(items)}</channel></rss>""".encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Sample Exchange news releases</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-10-06T09:30:00Z</updated>
  <entry>
    <title type="html">Exchange welcomes listing of Sample AI &lt;b&gt;today&lt;/b&gt;</title>
    <link rel="alternate" href="https://example.com/news/2025/251006news?utm_campaign=x&amp;id=7"/>
    <link rel="enclosure" href="https://example.com/news/2025/251006news.pdf"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2025-10-06T09:30:00Z</updated>
    <published>2025-10-06T23:30:00+08:00</published>
    <summary type="html">&lt;p&gt;A new listing on the Main Board.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Market statistics for September</title>
    <link href="/news/2025/251001stats"/>
    <id>tag:example.com,2025:stats-09</id>
    <updated>2025-10-01T20:00:00-04:00</updated>
    <content type="html">Turnover rose.</content>
  </entry>
  <entry>
    <title>No date here</title>
    <id>tag:example.com,2025:undated</id>
  </entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.com/rss"><title>Sample RDF</title></channel>
  <item rdf:about="https://example.com/a1">
    <title>Sample Bio 递表港交所</title><link>https://example.com/a1</link>
    <description>招股书显示</description><dc:date>2025-10-05T08:00:00+08:00</dc:date>
  </item>
</rdf:RDF>""".encode()


# ---------------------------------------------------------------- RSS 2.0
def test_scmp_style_rss() -> None:
    items = news.parse(scmp_feed(), feed_url=SCMP_URL)
    assert len(items) == 200
    assert len({i.key for i in items}) == 200
    first = items[0]
    assert first.kind == "news" and first.source == "news"
    assert first.names == ()
    assert first.title == "Sample Robotics files for Hong Kong IPO to fund overseas expansion (0)"
    # No guid on item 0: the key is the link without tracking parameters.
    link = "https://www.scmp.com/business/companies/article/3300000/story-0"
    assert first.key == f"news:{link}"
    assert first.url == link
    assert first.published == date(2025, 9, 1)
    assert first.raw["feed"] == SCMP_URL
    assert first.raw["text"].startswith(first.title + ". Story number 0 & more: details inside.")
    assert "<" not in first.raw["text"]
    assert first.raw["listing_plan"] is True
    assert "query_company_id" not in first.raw
    second = items[1]
    assert second.key == "news:https://www.scmp.com/business/companies/article/3300001/story-1"
    assert second.raw["listing_plan"] is False
    plans = [i.raw["listing_plan"] for i in items[: len(HEADLINES)]]
    assert plans == [expected for _, expected in HEADLINES]
    for item in items:
        json.dumps(item.raw)


def test_google_news_rss() -> None:
    url = "https://news.google.com/rss/search?q=x&hl=en-HK&gl=HK&ceid=HK:en"
    items = news.parse(google_feed('"Sample AI"', "en-HK"), feed_url=url, company_id=7)
    assert len(items) == 20
    item = items[0]
    assert item.title == "Sample AI passes listing hearing - South China Morning Post"
    assert item.key.startswith("news:CBMi")
    assert item.url and item.url.startswith("https://news.google.com/rss/articles/CBMi")
    assert "oc=" not in item.url
    assert item.raw["query_company_id"] == 7
    assert item.raw["source_name"] == "South China Morning Post"
    assert item.raw["source_url"] == "https://www.scmp.com"
    assert item.published == date(2025, 10, 7)  # 20:00 GMT is the next morning in Hong Kong
    assert item.raw["listing_plan"] is True
    assert items[1].raw["listing_plan"] is False
    assert items[1].published == date(2025, 10, 7)


def test_google_news_chinese() -> None:
    items = news.parse(google_feed('"樣本智能"', "zh-HK"), company_id=3)
    assert items[0].title == "樣本智能通過上市聆訊 - 經濟日報"
    assert [i.raw["listing_plan"] for i in items[:3]] == [True, True, False]


# ---------------------------------------------------------------- Atom and RDF
def test_atom() -> None:
    items = news.parse(ATOM, feed_url="https://example.com/feeds/news.atom")
    assert len(items) == 3
    first, second, third = items
    assert first.title == "Exchange welcomes listing of Sample AI today"
    assert first.url == "https://example.com/news/2025/251006news?id=7"
    assert first.key == "news:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert first.published == date(2025, 10, 6)  # "published" comes first
    assert first.raw["text"].endswith("A new listing on the Main Board.")
    assert second.url == "https://example.com/news/2025/251001stats"  # relative, resolved
    assert second.published == date(2025, 10, 2)  # 20:00 at -04:00 is 08:00 next day in HK
    assert third.published is None and third.url is None


def test_rdf() -> None:
    (item,) = news.parse(RDF)
    assert item.title == "Sample Bio 递表港交所"
    assert item.published == date(2025, 10, 5)
    assert item.raw["listing_plan"] is True


# ---------------------------------------------------------------- dates, links, keys
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 07 Oct 2025 10:00:13 +0800", date(2025, 10, 7)),
        ("Mon, 06 Oct 2025 20:00:00 GMT", date(2025, 10, 7)),
        ("Mon, 6 Oct 2025 08:00:00 EST", date(2025, 10, 6)),
        ("2025-10-06T23:30:00+08:00", date(2025, 10, 6)),
        ("2025-10-06T16:30:00Z", date(2025, 10, 7)),
        ("2025-10-06T16:30:00.123456Z", date(2025, 10, 7)),
        ("2025-10-06", date(2025, 10, 6)),
        ("06 Oct 2025", None),
        ("Mon, 31 Feb 2025 08:00:00 GMT", None),
        ("0000-01-01T00:00:00Z", None),
        ("9999-12-31T23:59:59Z", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_when(text: str, expected: date | None) -> None:
    moment = news.parse_when(text)
    assert (moment.date() if moment else None) == expected


def test_clean_link() -> None:
    assert news.clean_link("https://a.com/x?utm_source=rss&id=5&oc=5") == "https://a.com/x?id=5"
    assert news.clean_link("https://a.com/x?module=rss&pgtype=home") == "https://a.com/x"
    assert news.clean_link("https://a.com/x") == "https://a.com/x"


def test_items_without_guid_or_link_use_a_hash() -> None:
    feed = b"""<rss version="2.0"><channel><title>t</title>
      <item><title>Only a title</title><pubDate>Mon, 06 Oct 2025 20:00:00 GMT</pubDate></item>
      <item><description>no title, no link</description></item>
      <item><title>http link</title><link>http://plain.example.com/a</link></item>
    </channel></rss>"""
    items = news.parse(feed)
    assert len(items) == 2
    assert len(items[0].key) == len("news:") + 40
    assert items[0].key == news.parse(feed)[0].key  # stable
    assert items[1].url is None and items[1].raw["link"] == "http://plain.example.com/a"


def test_long_text_is_capped() -> None:
    body = "word " * 5000
    feed = f"<rss><channel><item><title>t</title><description>{body}</description></item>"
    feed += "</channel></rss>"
    (item,) = news.parse(feed.encode())
    assert len(item.raw["text"]) == 2000


# ---------------------------------------------------------------- encodings
def test_encodings() -> None:
    text = """<?xml version="1.0" encoding="{enc}"?><rss version="2.0"><channel><title>t</title>
    <item><title>樣本科技申請上市</title><link>https://example.com/1</link></item></channel></rss>"""
    for encoding in ("big5", "gbk", "gb2312", "utf-16"):
        payload = text.format(enc=encoding).encode("big5" if encoding == "big5" else "gb18030")
        if encoding == "utf-16":
            payload = text.format(enc=encoding).encode("utf-16")
        if encoding == "gb2312":
            payload = (
                text.replace("樣", "样").replace("請", "请").format(enc=encoding).encode("gbk")
            )
        (item,) = news.parse(payload)
        assert item.title.endswith("上市")
    bom = b"\xef\xbb\xbf" + text.format(enc="utf-8").encode()
    assert news.parse(bom)[0].title == "樣本科技申請上市"
    with pytest.raises(ParseError):
        news.parse(text.format(enc="no-such-codec").encode())


# ---------------------------------------------------------------- hostile and broken XML
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<rss version="2.0"><channel><item><title>x</title></item></channel></rss>"""

QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "'
    + b"x" * 50_000
    + b'">]><rss><channel><item><title>'
    + b"&a;" * 50_000
    + b"</title></item></channel></rss>"
)


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY, QUADRATIC])
def test_hostile_xml_is_refused_quickly(payload: bytes) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ParseError):
            news.parse(payload)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024  # refused before expanding anything


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"   ",
        b"<html><body>Service unavailable</body></html>",
        b"<rss><channel><item><title>cut",
        b'{"items": []}',
        b"<rss version='2.0'></rss>",
        "<rss><channel><title>bad \udcff</title></channel></rss>".encode("utf-8", "surrogatepass"),
        b"<" + b"a>" * 10 + b"</a>",
    ],
)
def test_not_a_feed(payload: bytes) -> None:
    with pytest.raises(ParseError):
        news.parse(payload)


def test_empty_channel_is_fine() -> None:
    assert news.parse(b"<rss version='2.0'><channel><title>t</title></channel></rss>") == []


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(payload: bytes) -> None:
    try:
        items = news.parse(payload)
    except ParseError:
        return
    assert isinstance(items, list)


SMALL_FEED = scmp_feed(5)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_feed(data: st.DataObject) -> None:
    payload = bytearray(SMALL_FEED)
    mode = data.draw(st.sampled_from(["truncate", "flip", "insert"]))
    if mode == "truncate":
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    elif mode == "flip":
        for _ in range(data.draw(st.integers(1, 6))):
            payload[data.draw(st.integers(0, len(payload) - 1))] ^= data.draw(st.integers(1, 255))
    else:
        position = data.draw(st.integers(0, len(payload)))
        snippet = data.draw(st.sampled_from([b"<pubDate>", b"&amp;", b"]]>", b"<!--", b"\xff\xfe"]))
        payload[position:position] = snippet
    try:
        items = news.parse(bytes(payload))
    except ParseError:
        return
    for item in items:
        json.dumps(item.raw)


# ---------------------------------------------------------------- speaks_of_listing
@pytest.mark.parametrize(
    "text",
    [
        "Sample AI files for Hong Kong IPO",
        "Sample Robotics plans to list in Hong Kong",
        "Sample Chips passes listing hearing",
        "Sample Bio publishes prospectus",
        "Sample Tech submits application proof to HKEX",
        "Sample Tech filed an application with the Hong Kong Stock Exchange",
        "Sample Co confidentially filed for a share sale",
        "Hong Kong IPOs are back",
        "Sample AI eyes secondary listing",
        "Sample Pharma to go public in Hong Kong",
        "样本科技向港交所递表",
        "樣本智能通過上市聆訊",
        "样本公司招股书显示",
        "樣本科技遞表港交所",
        "樣本生物聆訊後資料集",
        "样本科技拟赴港上市",
        "港股IPO市场回暖",
        "样本电子递交H股发行申请",
    ],
)
def test_speaks_of_listing_true(text: str) -> None:
    assert news.speaks_of_listing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sample Bank to delist from Hong Kong after privatisation",
        "Sample Corp faces delisting",
        "Sample Corp, a Hong Kong-listed company, reports profit",
        "Hong Kong stocks close higher as tech rallies",
        "Court hearing into Sample Land set for November",
        "Sample Retail files for bankruptcy protection",
        "Shortlisted candidates announced",
        "恒生指数收涨 港股成交额放大",
        "上市公司业绩预告",
        "样本集团终止上市",
        "样本公司被实施退市风险警示",
        "",
    ],
)
def test_speaks_of_listing_false(text: str) -> None:
    assert not news.speaks_of_listing(text)


# ---------------------------------------------------------------- Google News queries
def companies(count: int) -> tuple[WatchedCompany, ...]:
    return tuple(
        WatchedCompany(i, f"Sample {i} AI", (f"Sample {i} AI", f"样本{i}智能"))
        for i in range(1, count + 1)
    )


def test_google_news_urls() -> None:
    company = WatchedCompany(5, "Sample AI", ("Sample AI", "樣本智能", "SAI"))
    en, zh = news.google_news_urls(company)
    assert en.startswith("https://news.google.com/rss/search?q=%22Sample%20AI%22%20%28IPO")
    assert en.endswith("&hl=en-HK&gl=HK&ceid=HK:en")
    assert parse_qs(en.split("?", 1)[1])["q"] == ['"Sample AI" (IPO OR listing OR 上市)']
    assert parse_qs(zh.split("?", 1)[1])["q"] == ['"樣本智能" (IPO OR listing OR 上市)']
    assert zh.endswith("&hl=zh-HK&gl=HK&ceid=HK:zh-Hant")


def test_rotation() -> None:
    watched = companies(15)
    batch, cursor = news.companies_this_poll(watched, None)
    assert [c.id for c in batch] == list(range(1, 13)) and cursor == 13
    batch, cursor = news.companies_this_poll(watched, cursor)
    assert [c.id for c in batch] == [13, 14, 15, *range(1, 10)] and cursor == 10
    batch, cursor = news.companies_this_poll(watched[:3], 99)
    assert [c.id for c in batch] == [1, 2, 3] and cursor == 1
    assert news.companies_this_poll((), 5) == ([], None)


# ---------------------------------------------------------------- fetch over the mirror
HKEX_PATH = "www.hkex.com.hk/Services/RSS-Feeds/News-Releases"
USER_FEED = "https://feeds.example.com/news.atom"


def google_answer(request: RecordedRequest) -> bytes:
    query = parse_qs(request.query)
    return google_feed(query["q"][0], query["hl"][0], count=4)


def serve(mirror: MirrorServer) -> None:
    mirror.add(
        "www.scmp.com/rss/92/feed", scmp_feed(), etag='"s1"', content_type="application/rss+xml"
    )
    mirror.add(HKEX_PATH, ATOM, etag='"h1"', content_type="application/atom+xml")
    mirror.add("feeds.example.com/news.atom", RDF, etag='"u1"')
    mirror.add("news.google.com/rss/search", google_answer, etag='"g1"')


def poll(memory: dict[str, Any] | None = None, validators: Any = None, count: int = 15) -> Any:
    context = PollContext(
        today=date(2025, 10, 7),
        companies=companies(count),
        feeds=(USER_FEED, SCMP_URL),
        memory=memory or {},
    )
    with HttpClient(retries=0, validators=validators) as client:
        return news.fetch(client, context), client.pending_validators


def test_fetch_full(mirror: MirrorServer) -> None:
    serve(mirror)
    result, validators = poll()
    assert result.errors == []
    assert result.documents == 3 + 24
    assert result.memory == {"cursor": 13}
    google = [i for i in result.items if "query_company_id" in i.raw]
    assert {i.raw["query_company_id"] for i in google} == set(range(1, 13))
    assert len(mirror.requests_for("news.google.com/rss/search")) == 24
    assert len(mirror.requests_for("www.scmp.com/rss/92/feed")) == 1  # listed twice, asked once
    (hkex,) = mirror.requests_for(HKEX_PATH)
    assert hkex.query == "sc_lang=en"
    assert len({i.key for i in result.items}) == len(result.items)
    assert any(i.raw["feed"] == USER_FEED for i in result.items)

    # The next poll goes on from the cursor and gets 304s for what it has seen.
    mirror.requests.clear()
    second, _ = poll(result.memory, validators)
    assert second.memory == {"cursor": 10}
    assert second.unchanged == 3 + 9 * 2  # companies 1-9 were asked for last time
    assert second.documents == 3 + 12 * 2
    queried = {parse_qs(r.query)["q"][0] for r in mirror.requests_for("news.google.com/rss/search")}
    assert '"Sample 13 AI" (IPO OR listing OR 上市)' in queried


def test_fetch_unchanged(mirror: MirrorServer) -> None:
    serve(mirror)
    first, validators = poll(count=2)
    assert first.items
    second, _ = poll(first.memory, validators, count=2)
    assert second.items == []
    assert second.unchanged == second.documents == 3 + 4


def test_fetch_one_feed_missing(mirror: MirrorServer) -> None:
    serve(mirror)
    mirror.add(HKEX_PATH, b"not found", status=404)
    mirror.add("feeds.example.com/news.atom", BILLION_LAUGHS)
    result, _ = poll(count=1)
    assert len(result.errors) == 2
    assert any("404" in e for e in result.errors)
    assert any(e.startswith(USER_FEED + ": ") for e in result.errors)
    assert len(result.items) == 200 + 8


def test_fetch_everything_fails(mirror: MirrorServer) -> None:
    with pytest.raises(FetchError):
        poll(count=1)
