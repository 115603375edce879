"""CSRC: the overseas-listing filing status table (境内企业境外发行证券和上市备案情况表).

The CSRC publishes, every few weeks, a workbook listing every mainland company whose
overseas listing filing is in progress, with its status: 已接收 (received), 补充材料
(supplementary materials requested) or 征求意见 (soliciting opinions).  A company
leaves the table once its filing notice is issued, so a company that was in the previous
table and is missing from a newer one gets a ``csrc_notice`` item.

Flow: ``getChannelList`` gives the channel id of the "境外证券发行" column, its
``searchList`` gives the latest documents, the newest status table has a workbook attached.
The envelope of ``getChannelList`` is only known from one script (``results.channelId``),
so the id is searched for anywhere in the JSON.

The table is one document among many notices in its column, so it can fall off the
list's first page: up to three pages are read until one holds a status table.  Its
attachment can be ``.xlsx`` or the old binary ``.xls``: both are read by
``sources.workbook`` (openpyxl and xlrd), which tells them apart by their first bytes, so a
file named for one format and sent in the other is read too.  Some networks get 403 from
the CSRC: the error says the server refused this network.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.domain.phrases import CSRC_LEFT, CSRC_STATUS, CSRC_STATUS_WORDS, VENUE_NOT_GIVEN
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.csrc_list import (
    BASE,
    TABLE_TITLE,
    TableLink,
    parse_as_of,
    parse_channel,
    parse_list,
)
from desktop.sources.http import FetchError, HttpClient, document_name
from desktop.sources.workbook import read_sheets

__all__ = [
    "BASE",
    "TABLE_TITLE",
    "TableLink",
    "fetch",
    "parse",
    "parse_as_of",
    "parse_channel",
    "parse_list",
]

SOURCE_ID = "csrc"
TITLE = "CSRC overseas listing filings"
DEFAULT_INTERVAL_MIN = 1440


CHANNEL_URL = "https://www.csrc.gov.cn/getChannelList?channelCode=c101935"
LIST_URL = (
    "https://www.csrc.gov.cn/searchList/{channel_id}"
    "?_isAgg=true&_isJson=true&_pageSize=30&_template=index&page={page}"
)
LIST_PAGES = 3
REFUSED = (
    "the CSRC server refused this network: its site answers some networks and countries "
    "this way, so nothing was changed and the next poll tries again (another network, or "
    "one in mainland China, may be let through)"
)

STATUS_KINDS: dict[str, tuple[EventKind, str]] = {
    "已接收": (EventKind.CSRC_RECEIVED, CSRC_STATUS_WORDS["已接收"]),
    "补充材料": (EventKind.CSRC_SUPPLEMENTARY_REQUEST, CSRC_STATUS_WORDS["补充材料"]),
    "征求意见": (EventKind.CSRC_COMMENTS, CSRC_STATUS_WORDS["征求意见"]),
}
HK_VENUE_MARKERS = ("香港", "联交所", "聯交所", "港交所", "hong kong", "hkex")

# Column field -> header texts that identify it (first match wins, in this order).
COLUMNS: dict[str, tuple[str, ...]] = {
    "no": ("序号",),
    "name": ("企业名称", "公司名称", "名称"),
    "type": ("申报类型", "类型"),
    "subject": ("申报主体", "主体"),
    "venue": ("交易所", "上市地"),
    "sponsor": ("保荐", "承销"),
    "lawyer": ("律师",),
    "received": ("接收日期", "日期"),
    "status": ("备案状态", "状态"),
    "remark": ("备注",),
}
REQUIRED = ("no", "name", "status")

MAX_UNPACKED = 50 * 1024 * 1024  # a real table is well under 1 MB unpacked
MAX_ROWS = 50_000
MAX_COLUMNS = 40
MAX_CELL = 2_000

_DATE_RE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})")


# ---------------------------------------------------------------- small helpers
def _make_date(y: int, m: int, d: int) -> date | None:
    if not 1990 <= y <= 2200:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def normalise_name(name: str) -> str:
    """NFKC, no whitespace, no leading "关于" (a stray word some rows carry)."""
    text = unicodedata.normalize("NFKC", name or "")
    text = re.sub(r"\s+", "", text)
    if text.startswith("关于"):
        text = text[2:]
    return text


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()[:MAX_CELL]


def _cell_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, date):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel serial date in a cell without a date format.
        if 20_000 < value < 120_000:
            from openpyxl.utils.datetime import from_excel

            try:
                converted = from_excel(value)
            except (ValueError, OverflowError, TypeError):
                return None
            if isinstance(converted, datetime | date):
                return _make_date(converted.year, converted.month, converted.day)
        return None
    m = _DATE_RE.search(str(value or ""))
    return _make_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _is_hong_kong(venue: str) -> bool:
    text = venue.lower()
    return any(marker in text for marker in HK_VENUE_MARKERS)


def _status(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text)
    for status in STATUS_KINDS:
        if status in compact:
            return status
    return None


def _serial(text: str) -> int | None:
    text = text.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if text.isdigit() and len(text) < 7 else None


# ---------------------------------------------------------------- workbook
def _open_rows(payload: bytes) -> list[tuple[Any, ...]]:
    """The first sheet's rows, from an ``.xlsx`` or an ``.xls`` (``sources.workbook``)."""
    ((_, rows),) = read_sheets(
        payload,
        max_rows=MAX_ROWS,
        max_cols=MAX_COLUMNS,
        first_only=True,
        max_unpacked=MAX_UNPACKED,
        strict_rows=True,
    )
    return rows


def _locate_columns(rows: list[tuple[Any, ...]]) -> tuple[int, int, dict[str, int]]:
    """Index of the 序号 header row, of the first data row, and the column of each field."""
    for index, row in enumerate(rows[:50]):
        cells = [re.sub(r"\s+", "", _clean(c)) for c in row]
        if "序号" not in cells[:3]:
            continue
        # A two-row header: merge the text of this row and the next one per column.
        following = (
            [re.sub(r"\s+", "", _clean(c)) for c in rows[index + 1]]
            if index + 1 < len(rows)
            else []
        )
        first = following[cells.index("序号")] if len(following) > cells.index("序号") else ""
        second_is_header = _serial(first) is None
        width = max(len(cells), len(following))
        texts = []
        for col in range(width):
            top = cells[col] if col < len(cells) else ""
            bottom = following[col] if second_is_header and col < len(following) else ""
            texts.append(top + bottom)
        columns: dict[str, int] = {}
        for field, needles in COLUMNS.items():
            for needle in needles:
                taken = set(columns.values())
                hit = next((c for c, t in enumerate(texts) if needle in t and c not in taken), None)
                if hit is not None:
                    columns[field] = hit
                    break
        missing = [f for f in REQUIRED if f not in columns]
        if missing:
            raise ParseError(f"header row lacks the column(s): {', '.join(missing)}")
        return index, index + (2 if second_is_header else 1), columns
    raise ParseError("workbook has no 序号 header row")


def parse_rows(payload: bytes) -> tuple[str, list[dict[str, Any]]]:
    """The title row's text and every data row as a dict of the table's columns."""
    rows = _open_rows(payload)
    header, start, columns = _locate_columns(rows)
    title = next((_clean(c) for row in rows[:header] for c in row if _clean(c)), "")
    records: list[dict[str, Any]] = []
    for row in rows[start:]:

        def cell(field: str, row: tuple[Any, ...] = row) -> Any:
            col = columns.get(field)
            return row[col] if col is not None and col < len(row) else None

        serial = _serial(_clean(cell("no")))
        name = _clean(cell("name"))
        if serial is None or not name:
            continue  # blank row, notes row, repeated header
        received = _cell_date(cell("received"))
        records.append(
            {
                "no": serial,
                "name": name,
                "type": _clean(cell("type")),
                "subject": _clean(cell("subject")),
                "venue": _clean(cell("venue")),
                "sponsor": _clean(cell("sponsor")),
                "lawyer": _clean(cell("lawyer")),
                "received": received.isoformat() if received else None,
                "received_text": _clean(cell("received")),
                "status": _clean(cell("status")),
                "remark": _clean(cell("remark")),
            }
        )
    return title, records


def parse(
    workbook_bytes: bytes, *, as_of: date | None = None, url: str | None = None
) -> list[SourceItem]:
    """Items of one status table.  ``as_of`` overrides the date in the title row."""
    title, records = parse_rows(workbook_bytes)
    as_of = as_of or parse_as_of(title)
    items: list[SourceItem] = []
    seen: set[str] = set()
    for record in records:
        status = _status(record["status"])
        if status is None:
            continue
        kind, english = STATUS_KINDS[status]
        display = re.sub(r"^关于", "", record["name"]).strip()
        normalised = normalise_name(record["name"])
        if not normalised:
            continue
        key = f"csrc:{normalised}:{kind.value}"
        if key in seen:
            continue  # the same company twice with the same status (two filing types)
        seen.add(key)
        names = [display]
        if normalised != display:
            names.append(normalised)
        subject = record["subject"]
        if subject and subject not in ("/", "-", "—", "无") and subject not in names:
            names.append(subject)
        received = date.fromisoformat(record["received"]) if record["received"] else None
        published = received if kind is EventKind.CSRC_RECEIVED else as_of
        venue = record["venue"] or VENUE_NOT_GIVEN
        raw = dict(record)
        raw["hong_kong"] = _is_hong_kong(record["venue"])
        raw["as_of"] = as_of.isoformat() if as_of else None
        raw["normalised_name"] = normalised
        items.append(
            SourceItem(
                source=SOURCE_ID,
                kind=kind.value,
                key=key,
                names=tuple(names),
                published=published,
                title=CSRC_STATUS.compose(status=status, english=english, venue=venue),
                url=url,
                raw=raw,
            )
        )
    return items


def hong_kong_names(items: list[SourceItem]) -> list[str]:
    """Normalised names of the Hong Kong rows, for the next poll's comparison."""
    names = {i.raw["normalised_name"] for i in items if i.raw.get("hong_kong")}
    return sorted(names)


def left_table(
    previous: dict[str, Any] | None,
    items: list[SourceItem],
    as_of: date | None,
    *,
    url: str | None = None,
) -> list[SourceItem]:
    """``csrc_notice`` items for Hong Kong companies that left the table since ``previous``.

    ``previous`` is the memory of the last poll ({"as_of": iso, "names": [...]}); nothing
    is produced unless this table is newer than that one.
    """
    if not previous or as_of is None:
        return []
    try:
        before = date.fromisoformat(str(previous.get("as_of")))
    except ValueError:
        return []
    if as_of <= before:
        return []
    old_names = previous.get("names")
    if not isinstance(old_names, list):
        return []
    current = {i.raw.get("normalised_name") for i in items}
    notices = []
    for name in old_names:
        if not isinstance(name, str) or not name or name in current:
            continue
        notices.append(
            SourceItem(
                source=SOURCE_ID,
                kind=EventKind.CSRC_NOTICE.value,
                key=f"csrc:{name}:notice",
                names=(name,),
                published=as_of,
                title=CSRC_LEFT.compose(),
                url=url,
                raw={
                    "normalised_name": name,
                    "previous_as_of": before.isoformat(),
                    "as_of": as_of.isoformat(),
                    "hong_kong": True,
                },
            )
        )
    return notices


# ---------------------------------------------------------------- fetch
def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    try:
        return _fetch(client, ctx)
    except FetchError as exc:
        if exc.status == 403:
            message = f"{exc}, {REFUSED}"  # "getChannelList: HTTP 403 Forbidden, the CSRC ..."
            raise FetchError(message, url=exc.url, status=403, kind=exc.kind) from exc
        raise


def _fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    result = FetchResult()
    response = client.get(CHANNEL_URL, conditional=False)
    result.documents += 1
    if response is None:
        raise FetchError("CSRC channel list: answered 304 to an unconditional request")
    channel = parse_channel(response.content)
    tables: list[TableLink] = []
    for page in range(1, LIST_PAGES + 1):
        response = client.get(LIST_URL.format(channel_id=channel, page=page), conditional=False)
        result.documents += 1
        if response is None:
            raise FetchError("CSRC document list: answered 304 to an unconditional request")
        tables = parse_list(response.content)
        if tables:
            break
    if not tables:
        raise ParseError(
            f"the first {LIST_PAGES} pages of the CSRC list have no {TABLE_TITLE} with a workbook"
        )
    latest = tables[0]
    response = client.get(latest.xlsx_url)
    result.documents += 1
    if response is None:
        result.unchanged += 1
        return result
    try:
        items = parse(response.content, as_of=latest.as_of, url=latest.xlsx_url)
    except ParseError as exc:
        raise ParseError(f"{document_name(latest.xlsx_url)}: {exc}") from exc
    as_of = latest.as_of or next(
        (date.fromisoformat(i.raw["as_of"]) for i in items if i.raw.get("as_of")), None
    )
    previous = ctx.memory if isinstance(ctx.memory, dict) else {}
    previous_as_of = str(previous.get("as_of") or "")
    if as_of is not None and as_of.isoformat() >= previous_as_of:
        result.memory = {"as_of": as_of.isoformat(), "names": hong_kong_names(items)}
    items.extend(left_table(previous, items, as_of, url=latest.xlsx_url))
    result.items = items
    return result
