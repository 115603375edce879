"""cninfo (巨潮资讯): A-share announcements about a Hong Kong listing (H shares).

For every watched company with an A-share code, the announcement search is asked for the
last 180 days of that stock and the titles about an H-share listing are kept.  The
server's own keyword search (``searchkey=H股``) is not relied on; titles are filtered
here.

Facts and inferences:
- ``stock`` must be "<code>,<orgId>".  orgId is cninfo's own company id.  It is asked
  for once with ``new/information/topSearch/query`` (answer: a list of {code, orgId,
  zwjc, category}) and kept in the poll memory.  When that lookup fails, an orgId is
  inferred from the pattern of the sample records: "gssh0<code>" for Shanghai and
  "gssz0<code>" for Shenzhen; newer companies have other ids (e.g. all digits), so the
  inferred id can be wrong and the search then finds nothing.
- ``column`` is "sse" for Shanghai and "szse" for Shenzhen; the "szse" column also
  covers the Beijing exchange, whose companies are asked for with ``plate=bj`` and have
  orgIds like ``gfbj0832000`` (the inferred id for a Beijing code).
- The server caps ``pageSize`` at 30 and an A+H company publishes 50-60 announcements in
  six months: up to four pages are read, and when the window still goes on after them a
  second query with ``searchkey=H股`` finds the older H-share titles.
- Some answers carry their rows in ``classifiedAnnouncements`` (a list of lists) with
  ``announcements: null``; both are read.
- ``announcementTime`` is epoch milliseconds; its date is taken in Beijing time (the
  sample's time 1539100800000 is midnight 2018-10-10 Beijing, the date in its PDF path).
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem, WatchedCompany
from desktop.sources.base import load_json as _load_json
from desktop.sources.http import FetchError, HttpClient

SOURCE_ID = "cninfo"
TITLE = "cninfo A-share announcements"
DEFAULT_INTERVAL_MIN = 60

QUERY_URL = "http://www.cninfo.com.cn/new/hisAnnouncement/query"
ORG_ID_URL = "http://www.cninfo.com.cn/new/information/topSearch/query"
STATIC_BASE = "http://static.cninfo.com.cn/"
HEADERS = {
    "Referer": "http://www.cninfo.com.cn/new/disclosure",
    "Origin": "http://www.cninfo.com.cn",
    "X-Requested-With": "XMLHttpRequest",
    "Accept": "application/json, text/javascript, */*; q=0.01",
}
PAGE_SIZE = 30
MAX_PAGES = 4
KEYWORD_PAGES = 2
H_SHARE_KEYWORD = "H股"
LOOKBACK_DAYS = 180

H_SHARE_MARKERS = ("H股", "境外上市", "香港联合交易所", "香港联交所", "港股", "发行境外上市外资股")
BEIJING = timezone(timedelta(hours=8))
_TAG_RE = re.compile(r"<[^>]{0,500}>")


def _text(value: Any, limit: int = 1000) -> str:
    if value is None or isinstance(value, dict | list | bool):
        return ""
    text = html.unescape(_TAG_RE.sub("", str(value)))
    return re.sub(r"\s+", " ", text).strip()[:limit]


def is_h_share_title(title: str) -> bool:
    """True when an announcement title is about an H-share / Hong Kong listing."""
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", title or ""))
    return any(marker in compact for marker in H_SHARE_MARKERS)


def _published(value: Any) -> date | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        millis = int(value)
    except ValueError:
        return None
    # 1990-01-01 .. 2100-01-01: anything else is not an announcement time.
    if not 631_152_000_000 <= millis <= 4_102_444_800_000:
        return None
    return datetime.fromtimestamp(millis / 1000, tz=UTC).astimezone(BEIJING).date()


def _pdf_url(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    path = value.strip()
    if path.startswith(("http://", "https://")):
        return path
    if not re.fullmatch(r"[A-Za-z0-9_./-]{1,300}", path) or ".." in path:
        return None
    return STATIC_BASE + path.lstrip("/")


def parse(payload: bytes, *, h_share_only: bool = True) -> list[SourceItem]:
    """Announcements in one ``hisAnnouncement/query`` answer (H-share titles only)."""
    data = _load_json(payload)
    if not isinstance(data, dict) or not ({"announcements", "classifiedAnnouncements"} & set(data)):
        raise ParseError("answer has no announcements list")
    records = data.get("announcements")
    if records is not None and not isinstance(records, list):
        raise ParseError("announcements is not a list")
    records = list(records or [])
    classified = data.get("classifiedAnnouncements")
    if isinstance(classified, list):  # a list of lists of the same records
        for group in classified:
            records.extend(group if isinstance(group, list) else [group])
    items: list[SourceItem] = []
    for record in records:
        if not isinstance(record, dict):
            continue
        ident = _text(record.get("announcementId"), 40)
        title = _text(record.get("announcementTitle"))
        code = _text(record.get("secCode"), 12)
        name = _text(record.get("secName"), 100)
        if not re.fullmatch(r"\d{1,20}", ident) or not title:
            continue
        if h_share_only and not is_h_share_title(title):
            continue
        raw = {
            k: v
            for k, v in record.items()
            if isinstance(k, str) and (v is None or isinstance(v, str | int | float | bool))
        }
        raw["announcementTitle"] = title
        items.append(
            SourceItem(
                source=SOURCE_ID,
                kind=EventKind.A_SHARE_ANNOUNCEMENT.value,
                key=f"cninfo:{ident}",
                names=(name,) if name else (),
                published=_published(record.get("announcementTime")),
                title=title,
                url=_pdf_url(record.get("adjunctUrl")),
                codes=(("a", code),) if re.fullmatch(r"\d{6}", code) else (),
                raw=raw,
            )
        )
    return items


def has_more(payload: bytes) -> bool:
    """Whether the answer says there is a further page."""
    try:
        data = _load_json(payload)
    except ParseError:
        return False
    return isinstance(data, dict) and data.get("hasMore") is True


def parse_org_id(payload: bytes, code: str) -> str | None:
    """cninfo's orgId for an A-share code from a ``topSearch/query`` answer."""
    data = _load_json(payload)
    if not isinstance(data, list):
        return None
    for entry in data:
        if not isinstance(entry, dict) or str(entry.get("code")) != code:
            continue
        org = entry.get("orgId")
        if isinstance(org, str) and re.fullmatch(r"[A-Za-z0-9]{4,32}", org):
            return org
    return None


def exchange_of(company: WatchedCompany) -> str:
    if company.a_exchange in ("sse", "szse", "bse"):
        return company.a_exchange
    code = company.a_code or ""
    if code.startswith(("6", "9")) and not code.startswith("92"):
        return "sse"
    if code.startswith(("4", "8", "92")):
        return "bse"
    return "szse"


def inferred_org_id(code: str, exchange: str) -> str:
    prefix = {"sse": "gssh0", "bse": "gfbj0"}.get(exchange, "gssz0")
    return prefix + code


def _form(
    code: str, org_id: str, exchange: str, today: date, page: int, keyword: str = ""
) -> dict[str, str]:
    start = today - timedelta(days=LOOKBACK_DAYS)
    return {
        "pageNum": str(page),
        "pageSize": str(PAGE_SIZE),
        "column": "sse" if exchange == "sse" else "szse",
        "tabName": "fulltext",
        "plate": "bj" if exchange == "bse" else "",
        "stock": f"{code},{org_id}",
        "searchkey": keyword,
        "secid": "",
        "category": "",
        "trade": "",
        "seDate": f"{start.isoformat()}~{today.isoformat()}",
        "sortName": "",
        "sortType": "",
        "isHLtitle": "true",
    }


def _org_id(client: HttpClient, code: str, exchange: str, known: dict[str, str]) -> str:
    if code in known:
        return known[code]
    try:
        response = client.post(ORG_ID_URL, data={"keyWord": code, "maxNum": "10"}, headers=HEADERS)
        org = parse_org_id(response.content, code) if response is not None else None
    except (FetchError, ParseError):
        org = None
    if org:
        known[code] = org
        return org
    return inferred_org_id(code, exchange)


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    result = FetchResult()
    memory = ctx.memory if isinstance(ctx.memory, dict) else {}
    stored = memory.get("org_ids")
    known = {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
    first_error: Exception | None = None
    succeeded = 0
    seen: set[str] = set()
    done: set[str] = set()
    for company in ctx.companies:
        code = (company.a_code or "").strip()
        if not re.fullmatch(r"\d{6}", code) or code in done:
            continue
        done.add(code)
        exchange = exchange_of(company)
        org_id = _org_id(client, code, exchange, known)
        pages = [(page, "") for page in range(1, MAX_PAGES + 1)]
        pages += [(page, H_SHARE_KEYWORD) for page in range(1, KEYWORD_PAGES + 1)]
        more = True
        for page, keyword in pages:
            if keyword and page == 1 and not more:
                break  # the plain query covered the whole window
            if not more and page > 1:
                continue
            try:
                form = _form(code, org_id, exchange, ctx.today, page, keyword)
                response = client.post(QUERY_URL, data=form, headers=HEADERS)
                result.documents += 1
                if response is None:
                    result.unchanged += 1
                    break
                for item in parse(response.content):
                    if item.key not in seen:
                        seen.add(item.key)
                        result.items.append(item)
                succeeded += 1
            except FetchError as exc:
                first_error = first_error or exc
                result.errors.append(str(exc))
                break
            except ParseError as exc:
                first_error = first_error or exc
                result.errors.append(f"{code} page {page}: {exc}")
                break
            more = has_more(response.content)
    if first_error is not None and succeeded == 0 and result.unchanged == 0:
        raise first_error
    result.memory = {"org_ids": known}
    return result
