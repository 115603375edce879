"""News feeds (RSS 2.0, Atom, RSS 1.0/RDF), later matched to companies by their names.

Default feeds are SCMP business and HKEX news releases, plus the user's own feeds, plus
Google News searches for watched companies (English and traditional Chinese, Hong Kong
edition).  To stay polite with a long watchlist, at most ``GOOGLE_PER_POLL`` companies
are searched per poll, rotating through the watchlist with a cursor kept in memory.

Items name no company (``names`` is empty): matching searches ``raw["text"]`` later.
``raw["listing_plan"]`` says whether the text speaks of a filing or a listing plan
(see ``speaks_of_listing``).
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XmlParseError

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from desktop.domain.kinds import EventKind
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem, WatchedCompany
from desktop.sources.http import FetchError, HttpClient

SOURCE_ID = "news"
TITLE = "News feeds"
DEFAULT_INTERVAL_MIN = 30

DEFAULT_FEEDS = (
    "https://www.scmp.com/rss/92/feed",
    "https://www.hkex.com.hk/Services/RSS-Feeds/News-Releases?sc_lang=en",
)
GOOGLE_NEWS = "https://news.google.com/rss/search"
GOOGLE_EDITIONS = (
    {"hl": "en-HK", "gl": "HK", "ceid": "HK:en"},
    {"hl": "zh-HK", "gl": "HK", "ceid": "HK:zh-Hant"},
)
GOOGLE_PER_POLL = 12
TEXT_LIMIT = 2000
MAX_ITEMS = 2000
HONG_KONG = timezone(timedelta(hours=8))

TRACKING_PARAMS = {
    "oc",  # Google News
    "fbclid",
    "gclid",
    "dclid",
    "mc_cid",
    "mc_eid",
    "ocid",
    "cmpid",
    "at_medium",
    "at_campaign",
    "module",  # SCMP
    "pgtype",  # SCMP
}
_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_XML_DECL_RE = re.compile(
    rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})[\"']"
)
_EXPAT_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "iso-8859-1", "latin-1", "latin1"}
_EXPAT_ENCODINGS |= {"us-ascii", "ascii"}


# ---------------------------------------------------------------- listing-plan test
_LISTING_PATTERNS = [
    # English.  "delisting", "delisted" and "Hong Kong-listed" do not count: they describe
    # a company that is (or stops being) listed, not a plan to list.
    r"(?<![a-z])ipos?(?![a-z])",
    r"(?<![a-z])(?<!de-)listings?(?![a-z])",
    r"(?<![a-z])(to|will|would|could|may)\s+list(?![a-z])",
    r"(?<![a-z])lists?\s+(its\s+)?(shares?\s+)?(in|on)\s+(hong\s+kong|hk|the\s+hong)",
    r"(?<![a-z])fil(es|ed|ing)\s+(an?\s+application\s+)?(confidentially\s+)?with\s+(the\s+)?"
    r"(hkex|hong\s+kong\s+(stock\s+)?exchange|stock\s+exchange|exchange)",
    r"confidentially\s+fil(es|ed|ing)",
    r"prospectus",
    r"application\s+proof",
    r"(?<![a-z])(listing|ipo)\s+hearing",
    r"(pass(es|ed)?|clear(s|ed)?)\s+(its\s+|the\s+)?(listing\s+)?hearing",
    r"(?<![a-z])go(es|ing)?\s+public",
    r"(?<![a-z])(share\s+sale|flotation)",
    r"trading\s+debut",
    # Chinese (simplified and traditional).
    r"上市",
    r"递表|遞表",
    r"招股",
    r"聆讯|聆訊",
    r"递交.{0,6}申请|遞交.{0,6}申請",
    r"首发|首發|首次公开发行|首次公開發行",
]
_LISTING_RE = re.compile("|".join(f"(?:{p})" for p in _LISTING_PATTERNS), re.IGNORECASE)
# Phrases that contain a listing word without speaking of a plan.
_NOT_A_PLAN_RE = re.compile(r"(?<![拟擬])上市公司|终止上市|終止上市|暂停上市|暫停上市|退市")


def speaks_of_listing(text: str) -> bool:
    """True when the text speaks of a listing plan or a filing (IPO, 递表, prospectus…).

    Decisions: delisting, privatisation, suspension and the bare words "listed" /
    "上市公司" (any listed company) do not count; "港股" alone (any market report) does
    not count either, "港股上市" / "港股IPO" do through their other word.
    """
    if not text:
        return False
    cleaned = _NOT_A_PLAN_RE.sub(" ", text[:20_000])
    return _LISTING_RE.search(cleaned) is not None


# ---------------------------------------------------------------- helpers
def plain(value: str | None, limit: int = TEXT_LIMIT) -> str:
    """Tags stripped, entities unescaped, whitespace collapsed, capped."""
    if not value:
        return ""
    text = _TAG_RE.sub(" ", value[: limit * 20])
    text = html.unescape(text).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()[:limit]


def clean_link(url: str) -> str:
    """The link without obvious tracking parameters (utm_*, Google's oc, SCMP's module…)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.query:
        return url.strip()
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit(parts._replace(query=urlencode(kept, quote_via=quote, safe=":/,")))


def parse_when(value: str | None) -> datetime | None:
    """RFC 822 or ISO 8601 date-time (or a bare date); aware values go to Hong Kong time."""
    text = (value or "").strip()[:80]
    if not text:
        return None
    moment: datetime | None = None
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            moment = datetime.fromisoformat(re.sub(r"Z$", "+00:00", text, flags=re.IGNORECASE))
        except ValueError:
            moment = None
    if moment is None:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if moment is None or not 1990 <= moment.year <= 2200:
        return None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(HONG_KONG)
        except (OverflowError, ValueError):
            return None
    return moment


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: Element, *names: str) -> Element | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _child_text(element: Element, *names: str) -> str:
    found = _child(element, *names)
    return "".join(found.itertext()).strip() if found is not None else ""


def _atom_link(element: Element) -> str:
    links = [c for c in element if _local(c.tag) == "link"]
    for link in links:
        if link.get("href") and link.get("rel") in (None, "alternate"):
            return link.get("href") or ""
    for link in links:
        if (link.text or "").strip():
            return (link.text or "").strip()
    return next((link.get("href") or "" for link in links if link.get("href")), "")


def _xml_root(payload: bytes) -> Element:
    if not isinstance(payload, bytes | bytearray) or not payload.strip():
        raise ParseError("empty feed")
    raw = bytes(payload)
    data: bytes | str = raw
    declared = _XML_DECL_RE.match(raw.lstrip(b"\xef\xbb\xbf"))
    if declared and declared[1].decode("ascii").lower() not in _EXPAT_ENCODINGS:
        encoding = declared[1].decode("ascii").lower()
        encoding = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(
            encoding, encoding
        )
        try:
            text = raw.decode(encoding, errors="replace")
        except LookupError:
            raise ParseError(f"feed declares an unknown encoding {encoding!r}") from None
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"), count=1)
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(f"feed refused: {type(exc).__name__} (entities are not allowed)") from None
    except XmlParseError as exc:
        raise ParseError(f"not XML: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise ParseError(f"not XML: {type(exc).__name__}") from None
    return root


def _entries(root: Element) -> list[Element]:
    kind = _local(root.tag)
    if kind == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise ParseError("RSS feed has no channel")
        return [c for c in channel if _local(c.tag) == "item"]
    if kind == "feed":
        return [c for c in root if _local(c.tag) == "entry"]
    if kind == "RDF":
        channel = _child(root, "channel")
        items = [c for c in root if _local(c.tag) == "item"]
        if items or channel is None:
            return items
        return [c for c in channel if _local(c.tag) == "item"]
    raise ParseError(f"not an RSS or Atom feed (root element <{kind[:40]}>)")


def _key(guid: str, link: str, title: str, when: str) -> str:
    if guid:
        value = clean_link(guid) if guid.lower().startswith(("http://", "https://")) else guid
    elif link:
        value = link
    else:
        value = hashlib.sha1(f"{title}\x1f{when}".encode()).hexdigest()
    if len(value) > 400:
        value = hashlib.sha1(value.encode("utf-8", errors="replace")).hexdigest()
    return f"news:{value}"


# ---------------------------------------------------------------- parse
def parse(payload: bytes, *, feed_url: str = "", company_id: int | None = None) -> list[SourceItem]:
    """Items of one RSS/Atom/RDF feed document."""
    root = _xml_root(payload)
    items: list[SourceItem] = []
    for entry in _entries(root)[:MAX_ITEMS]:
        title = plain(_child_text(entry, "title"), 500)
        summary = _child_text(entry, "description", "summary", "content", "encoded")
        when_text = _child_text(entry, "pubDate", "published", "updated", "date", "issued")
        link = re.sub(r"\s+", "", _atom_link(entry))[:2000]
        if link and feed_url:
            link = urljoin(feed_url, link)
        link = clean_link(link) if link.lower().startswith(("http://", "https://")) else ""
        guid = _child_text(entry, "guid", "id")[:2000]
        if not title and not link:
            continue
        moment = parse_when(when_text)
        text = plain(f"{title}. {plain(summary, TEXT_LIMIT * 2)}" if summary else title)
        raw: dict[str, Any] = {
            "text": text,
            "feed": feed_url,
            "link": link or None,
            "guid": guid or None,
            "published_at": moment.isoformat() if moment else None,
            "listing_plan": speaks_of_listing(text),
        }
        source = _child(entry, "source")
        if source is not None:
            raw["source_name"] = plain("".join(source.itertext()), 200) or None
            raw["source_url"] = (source.get("url") or "")[:500] or None
        if company_id is not None:
            raw["query_company_id"] = company_id
        items.append(
            SourceItem(
                source=SOURCE_ID,
                kind=EventKind.NEWS.value,
                key=_key(guid, link, title, when_text),
                names=(),
                published=moment.date() if moment else None,
                title=title or link,
                url=link if link.startswith("https://") else None,
                raw=raw,
            )
        )
    return items


# ---------------------------------------------------------------- fetch
def _query_name(company: WatchedCompany, chinese: bool) -> str:
    names = [company.name, *company.names]
    for name in names:
        if name and bool(_CJK_RE.search(name)) == chinese:
            return name
    return company.name


def google_news_urls(company: WatchedCompany) -> list[str]:
    urls = []
    for edition in GOOGLE_EDITIONS:
        name = _query_name(company, chinese=edition["hl"].startswith("zh"))
        query = {"q": f'"{name}" (IPO OR listing OR 上市)', **edition}
        urls.append(f"{GOOGLE_NEWS}?{urlencode(query, quote_via=quote, safe=':')}")
    return list(dict.fromkeys(urls))


def companies_this_poll(
    companies: tuple[WatchedCompany, ...], cursor: Any
) -> tuple[list[WatchedCompany], int | None]:
    """Up to GOOGLE_PER_POLL companies from the cursor on (by id, wrapping), and the next cursor."""
    ordered = sorted(companies, key=lambda c: c.id)
    if not ordered:
        return [], None
    start_id = cursor if isinstance(cursor, int) and not isinstance(cursor, bool) else 0
    start = next((i for i, c in enumerate(ordered) if c.id >= start_id), 0)
    count = min(GOOGLE_PER_POLL, len(ordered))
    batch = [ordered[(start + i) % len(ordered)] for i in range(count)]
    return batch, ordered[(start + count) % len(ordered)].id


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    result = FetchResult()
    documents: list[tuple[str, int | None]] = []
    for url in dict.fromkeys([*DEFAULT_FEEDS, *ctx.feeds]):
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            documents.append((url, None))
    memory = ctx.memory if isinstance(ctx.memory, dict) else {}
    batch, cursor = companies_this_poll(ctx.companies, memory.get("cursor"))
    for company in batch:
        documents.extend((url, company.id) for url in google_news_urls(company))
    seen: set[str] = set()
    first_error: Exception | None = None
    succeeded = 0
    for url, company_id in documents:
        try:
            response = client.get(url)
            result.documents += 1
            if response is None:
                result.unchanged += 1
                continue
            items = parse(response.content, feed_url=url, company_id=company_id)
            succeeded += 1
        except FetchError as exc:
            first_error = first_error or exc
            result.errors.append(str(exc))
            continue
        except ParseError as exc:
            first_error = first_error or exc
            result.errors.append(f"{url}: {exc}")
            continue
        for item in items:
            if item.key not in seen:
                seen.add(item.key)
                result.items.append(item)
    if first_error is not None and succeeded == 0 and result.unchanged == 0:
        raise first_error
    result.memory = {"cursor": cursor} if cursor is not None else dict(memory)
    return result
