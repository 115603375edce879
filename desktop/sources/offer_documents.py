"""HKEX offer documents of new listings, downloaded and read (DESIGN.md §4a).

From the listing-document files the `hkex_news` source also reads (both boards, both
languages): formal notices (t2 15200), IPO prospectuses (t1 30000 with t2 30700 or 30600)
and allotment results (t2 15100); and, by title, the end-of-stabilisation notice of an
offer that had an over-allotment option, in the weeks after its listing. Watched companies
with a stock code are also searched by title once a day, to catch up after the app was off.

Each document is downloaded once (one request at a time per host, as every source; a size
cap), read, and its facts kept in this source's memory under ``pending`` together with the
URL under ``done`` — both written in the poll's one transaction. `store.offer_sync` then
moves the pending facts into the offer tables in one transaction of their own; a crash in
between leaves them pending for the next poll. Nothing is half-stored or read twice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain.i18n import translate
from desktop.domain.offer import reminders
from desktop.domain.offer.facts import facts_from_json, facts_to_json
from desktop.domain.phrases import (
    NOT_THAT_DOCUMENT,
    OVER_ALLOTMENT,
    OVER_ALLOTMENT_SHARES,
    STABILISATION_ENDED,
)
from desktop.sources import hkex_news
from desktop.sources.base import FetchResult, PollContext, SourceItem
from desktop.sources.hkex_common import (
    HKEXNEWS,
    DocumentRun,
    clean_text,
    hk_code,
    join_url,
    load_json,
    parse_dmy_time,
    split_br,
)
from desktop.sources.http import FetchError, HttpClient
from desktop.sources.pdf_text import MAX_BYTES, PdfError

SOURCE_ID = "offer_documents"
TITLE = "HKEX offer documents"
DEFAULT_INTERVAL_MIN = 30
SETTINGS = (reminders.SETTING_KEY,)  # the user's reminder times

MAX_DOCUMENTS_PER_POLL = 12
_KIND_NAMES = {  # as the interface names them (context OfferFormat)
    "formal_notice": "Formal notice",
    "allotment_results": "Allotment results",
    "stabilisation_end": "End of stabilisation",
    "prospectus": "Prospectus",
}
"""Documents downloaded in one poll; the rest wait for the next (polls stay short)."""
MAX_DONE = 5000
STABILISATION_WINDOW = timedelta(days=60)
SEARCH_EVERY = timedelta(days=1)

FORMAL_NOTICE_T2 = "15200"
ALLOTMENT_T2 = "15100"
PROSPECTUS_T1 = "30000"
IPO_PROSPECTUS_T2 = ("30700", "30600")
_ORDER = {"allotment_results": 0, "formal_notice": 1, "stabilisation_end": 2, "prospectus": 3}

_RIGHTS_RE = re.compile(r"rights\s*issue|open\s*offer|供股|公開發售股份", re.I)
_STABILISATION_RE = re.compile(
    r"stabili[sz](?:ing|ation)\s*actions?|end\s*of\s*(?:the\s*)?stabili[sz]ation"
    r"|穩定價格(?:行動|期)|稳定价格(?:行动|期)",
    re.I,
)
_IPO_CATEGORY_RE = re.compile(
    r"offer\s*for\s*subscription|offer\s*for\s*sale|offer\s*of\s*existing|發售新股|发售新股|公開發售",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    url: str
    kind: str  # formal_notice, allotment_results, prospectus, stabilisation_end
    codes: tuple[str, ...]
    names: tuple[str, ...]
    title: str
    published: date | None
    lang: str | None

    def entry(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "codes": list(self.codes),
            "names": list(self.names),
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
        }


def _kind(t1: list[str], t2: list[str], title: str, category: str = "") -> str | None:
    if ALLOTMENT_T2 in t2:
        return None if _RIGHTS_RE.search(f"{title} {category}") else "allotment_results"
    if FORMAL_NOTICE_T2 in t2:
        return "formal_notice"
    if PROSPECTUS_T1 in t1 and any(code in t2 for code in IPO_PROSPECTUS_T2):
        return "prospectus"
    if _STABILISATION_RE.search(title):
        return "stabilisation_end"
    return None


def _codes(value: Any) -> list[str]:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return (
        [p for p in re.split(r"[\s,;/|]+", value[:500]) if p.isdigit()]
        if isinstance(value, str)
        else []
    )


def parse_latest(payload: bytes, *, document: str | None = None) -> list[Candidate]:
    """The offer documents listed in one latest-documents file."""
    return parse_page(payload, document=document)[0]


def parse_page(payload: bytes, *, document: str | None = None) -> tuple[list[Candidate], int]:
    """The offer documents of one latest-documents file, and how many page files the
    envelope announces (``maxNumOfFile``)."""
    data = load_json(payload, f"{document}.json" if document else "latest documents file")
    records = data.get("newsInfoLst") if isinstance(data, dict) else None
    pages = data.get("maxNumOfFile") if isinstance(data, dict) else 1
    if isinstance(pages, str) and pages.strip().isdigit() and len(pages) < 6:
        pages = int(pages)
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1:
        pages = 1
    lang = "zh" if document and document.endswith(("c_1", "c_2", "c_3")) else "en"
    out: list[Candidate] = []
    for record in records if isinstance(records, list) else []:
        if not isinstance(record, dict):
            continue
        title = clean_text(record.get("title"), 1000)
        kind = _kind(_codes(record.get("t1Code")), _codes(record.get("t2Code")), title)
        url = join_url(HKEXNEWS, record.get("webPath"))
        if kind is None or not url or not url.lower().endswith(".pdf"):
            continue
        given = record.get("stock")
        stocks: list[Any] = given if isinstance(given, list) else []
        codes = tuple(c for s in stocks[:20] if isinstance(s, dict) and (c := hk_code(s.get("sc"))))
        names = tuple(
            n for s in stocks[:20] if isinstance(s, dict) and (n := clean_text(s.get("sn"), 300))
        )
        stamp = parse_dmy_time(record.get("relTime"))
        out.append(Candidate(url, kind, codes, names, title, stamp.date() if stamp else None, lang))
    return out, pages


def parse(payload: bytes, *, document: str | None = None) -> list[Candidate]:
    """The offer documents listed in one latest-documents file (`parse_latest`)."""
    return parse_latest(payload, document=document)


def parse_search(payload: bytes) -> list[Candidate]:
    """The offer documents among a title search's rows (classified by category text)."""
    data = load_json(payload, "titleSearchServlet.do")
    result = data.get("result") if isinstance(data, dict) else None
    if isinstance(result, str):
        import json

        try:
            result = json.loads(result) if result.strip() not in ("", "null") else []
        except ValueError:
            result = []
    out: list[Candidate] = []
    for row in result if isinstance(result, list) else []:
        if not isinstance(row, dict):
            continue
        title = clean_text(row.get("TITLE"), 1000)
        category = clean_text(row.get("LONG_TEXT") or row.get("SHORT_TEXT"), 500)
        kind = hkex_news.kind_for_text(title, category)
        name = None
        if kind is not None:
            name = {
                "allotment_results": "allotment_results",
                "listing_announcement": "formal_notice",
                "prospectus": "prospectus",
            }.get(kind.value)
            if name == "prospectus" and not _IPO_CATEGORY_RE.search(category):
                name = None
            if name == "allotment_results" and _RIGHTS_RE.search(f"{title} {category}"):
                name = None
        elif _STABILISATION_RE.search(title):
            name = "stabilisation_end"
        url = join_url(HKEXNEWS, row.get("FILE_LINK"))
        if name is None or not url or not url.lower().endswith(".pdf"):
            continue
        codes = tuple(c for p in split_br(row.get("STOCK_CODE")) if (c := hk_code(p)))
        stamp = parse_dmy_time(row.get("DATE_TIME"))
        lang = "zh" if url.lower().endswith("_c.pdf") else "en"
        out.append(
            Candidate(
                url,
                name,
                codes,
                tuple(split_br(row.get("STOCK_NAME"))),
                title,
                stamp.date() if stamp else None,
                lang,
            )
        )
    return out


def _wanted(candidate: Candidate, over_allotment: dict[str, str], today: date) -> bool:
    """Stabilisation notices only for offers with an over-allotment option, in the weeks
    after listing; everything else always."""
    if candidate.kind != "stabilisation_end":
        return True
    for code in candidate.codes:
        listed = over_allotment.get(code)
        if listed:
            try:
                day = date.fromisoformat(listed)
            except ValueError:
                continue
            if day <= today <= day + STABILISATION_WINDOW:
                return True
    return False


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    memory = dict(ctx.memory)
    done: list[str] = [u for u in memory.get("done", []) if isinstance(u, str)]
    pending: dict[str, Any] = dict(memory.get("pending") or {})
    over_allotment: dict[str, str] = dict(memory.get("over_allotment") or {})
    searched: dict[str, str] = dict(memory.get("searched") or {})
    run = DocumentRun(client)
    found: list[Candidate] = []
    for first in hkex_news.latest_names():
        stem, page, pages = first[: -len("_1")], 1, 1
        while page <= min(pages, hkex_news.MAX_PAGES):
            name = f"{stem}_{page}"
            body = run.get(hkex_news.LATEST_URL.format(name=name))
            if body is None:
                break
            parsed = run.parse(f"{name}.json", functools.partial(parse_page, body, document=name))
            if parsed is None:
                break
            found.extend(parsed[0])
            if page == 1:
                pages = parsed[1]  # the page files the envelope announces
            page += 1
    for company in ctx.companies:
        code = hk_code(company.hk_code)
        if code and _due(searched.get(code), ctx.today):
            found.extend(_search(run, code, ctx.today))
            searched[code] = ctx.today.isoformat()
    seen = set(done) | set(pending)
    queue = sorted(
        {
            c.url: c for c in found if c.url not in seen and _wanted(c, over_allotment, ctx.today)
        }.values(),
        key=lambda c: (_ORDER[c.kind], c.published or date.min),
    )
    for candidate in queue[:MAX_DOCUMENTS_PER_POLL]:
        entry = _read(run, client, candidate)
        if entry is None:
            continue  # a network failure: tried again next poll
        pending[candidate.url] = entry
        done.append(candidate.url)
        outcome = _over_allotment_item(candidate, entry, memory.get("calendar") or {})
        if outcome is not None:
            run.result.items.append(outcome)
    times = reminders.ReminderTimes.from_json(ctx.settings.get(reminders.SETTING_KEY))
    run.result.items.extend(reminder_items(memory.get("calendar") or {}, clock(), times))
    if len(queue) > MAX_DOCUMENTS_PER_POLL:
        run.note(
            translate(
                "OfferDocuments",
                "%n more offer documents wait for the next poll",
                None,
                len(queue) - MAX_DOCUMENTS_PER_POLL,
            )
        )
    run.result.memory = {
        **memory,
        "done": done[-MAX_DONE:],
        "pending": pending,
        "over_allotment": over_allotment,
        "searched": searched,
    }
    return run.finish()


def clock() -> datetime:
    return datetime.now(UTC)


def reminder_items(
    calendar: dict[str, Any], now: datetime, times: reminders.ReminderTimes | None = None
) -> list[SourceItem]:
    """The offers' reminders due now, as items (one key each: stored and alerted once)."""
    times = times or reminders.ReminderTimes()
    items: list[SourceItem] = []
    for entry in calendar.values():
        if not isinstance(entry, dict):
            continue
        code = hk_code(entry.get("code"))
        names = tuple(n for n in entry.get("names") or [] if isinstance(n, str) and n)
        for reminder in reminders.due(
            entry, now, close_hours=times.close_hours, lockup_days=times.lockup_days
        ):
            items.append(
                SourceItem(
                    source=SOURCE_ID,
                    kind=reminder.kind,
                    key=f"reminder:{reminder.key}",
                    names=names,
                    published=reminder.day,
                    title=reminder.title,
                    url=entry.get("url"),
                    codes=(("hk", code),) if code else (),
                    raw={"reminder": reminder.key},
                )
            )
    return items


def _over_allotment_item(
    candidate: Candidate, entry: dict[str, Any], calendar: dict[str, Any]
) -> SourceItem | None:
    """The over-allotment outcome, from an end-of-stabilisation notice that was verified."""
    facts = facts_from_json(entry.get("facts") or {}) if "facts" in entry else None
    if facts is None or facts.problems or facts.doc_type != "stabilisation_end":
        return None
    outcome = facts.value("over_allotment")
    if outcome is None:
        return None
    shares = facts.value("over_allotment_shares")
    words = OVER_ALLOTMENT[outcome].compose()
    if isinstance(shares, int) and shares:
        words += OVER_ALLOTMENT_SHARES.compose(shares=f"{shares:,}")
    ended = facts.value("stabilisation_ended")
    if ended:
        words += STABILISATION_ENDED.compose(date=ended)
    code = facts.value("stock_code")
    found = calendar.get(code)
    known: dict[str, Any] = found if isinstance(found, dict) else {}
    names = (facts.value("issuer"), *(known.get("names") or []), *candidate.names)
    return SourceItem(
        source=SOURCE_ID,
        kind="stabilisation_end",
        key=f"doc:{candidate.url}",
        names=tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n)),
        published=candidate.published,
        title=words,
        url=candidate.url,
        codes=(("hk", code),) if code else tuple(("hk", c) for c in candidate.codes),
        raw={"over_allotment": outcome, "shares": shares},
    )


def _due(last: str | None, today: date) -> bool:
    try:
        return last is None or today - date.fromisoformat(last) >= SEARCH_EVERY
    except ValueError:
        return True


def _search(run: DocumentRun, code: str, today: date) -> list[Candidate]:
    body = run.get(hkex_news.PREFIX_URL, params=hkex_news.prefix_params(code))
    if body is None:
        return []
    ids = run.parse(f"prefix.do ({code})", functools.partial(hkex_news.parse_prefix, body)) or []
    stock_id = next((sid for sid, found, _n in ids if found == code), None)
    if stock_id is None:
        return []
    params = hkex_news.search_params(stock_id, today, hkex_news.SEARCH_MAX_ROWS)
    body = run.get(hkex_news.SEARCH_URL, params=params)
    if body is None:
        return []
    return run.parse(f"titleSearchServlet.do ({code})", functools.partial(parse_search, body)) or []


def _read(run: DocumentRun, client: HttpClient, candidate: Candidate) -> dict[str, Any] | None:
    from desktop.sources.offer_docs import read_offer_document

    entry = candidate.entry()
    run.result.documents += 1
    try:
        response = client.get(candidate.url, conditional=False, max_bytes=MAX_BYTES)
        client.pending_validators.pop(candidate.url, None)  # read once: no validators kept
    except FetchError as exc:
        if exc.kind == "too_large" or exc.status in (404, 410):
            run.note(str(exc))
            return {**entry, "failed": str(exc)}
        run.fail(exc)
        return None
    if response is None:
        return None
    run.succeeded += 1
    try:
        facts = read_offer_document(
            response.content,
            expected_code=candidate.codes[0] if len(candidate.codes) == 1 else None,
            expected_names=candidate.names,
        )
    except PdfError as exc:
        run.note(f"{candidate.url.rsplit('/', 1)[-1]}: {exc}")
        return {**entry, "failed": str(exc)}
    if facts.doc_type != candidate.kind and not facts.problems and facts.doc_type == "other":
        document = _KIND_NAMES.get(candidate.kind, candidate.kind)
        facts.problems.append(NOT_THAT_DOCUMENT.compose(document=document))
    return {**entry, "facts": facts_to_json(facts)}
