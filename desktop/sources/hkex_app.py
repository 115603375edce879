"""HKEXnews "Application Proofs and PHIPs": every listing application, Main Board and GEM.

HKEXnews renders that page from plain JSON files, one per status, board and language:
``https://www1.hkexnews.hk/ncms/json/eds/{file}.json``.  Envelope ``genDate`` (ms),
``uDate``, ``app[]``; a record has ``id`` (the application), ``d`` (DD/MM/YYYY), ``a``
(applicant), ``s`` (A active, LP lapsed, LT listed, W withdrawn, RJ rejected),
``hasPhip``, ``st`` (stock code, listed file), ``w`` (warning statement) and the
documents ``ls[]`` / ``ps[]`` (``d``, ``nF``, ``nS1``, ``nS2``, ``u1`` PDF, ``u2`` HTML,
relative to ``https://www1.hkexnews.hk/app/``).  The returned file is different: only
``a`` (applicant), ``s`` (the sponsor!) and ``rd`` (date returned).

A document is what its label says (``nF``, else ``nS1``), never what its list suggests:
PHIPs (``PHIP (1st submission)``, ``聆訊後資料集（第一次呈交）``) sit in ``ls[]`` like the
proofs, and ``ps[]`` holds earlier submissions.  Labels without an ordinal (revisions,
``申請版本（修訂版）``) are versions numbered by date; entries without ``nF`` whose ``nS1``
names no proof or PHIP (``OC Announcement - Appointment``, ``整體協調人公告－委任``) are no
filing of their own.  A board/file combination that answers 404 is a note, not a failure.

Keys never depend on the applicant's name (except for returned applications, which
have no id), so the English and Chinese files give the same keys and the poller can
merge them into one event carrying both names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_common import (
    APP_BASE,
    MAX_URL,
    DocumentRun,
    as_id,
    clean_text,
    hk_code,
    join_url,
    load_json,
    millis_to_iso,
    normalise_name,
    parse_dmy,
)
from desktop.sources.http import HttpClient

SOURCE_ID = "hkex_app"
TITLE = "HKEX application proofs and PHIPs"
DEFAULT_INTERVAL_MIN = 60

BASE_URL = "https://www1.hkexnews.hk/ncms/json/eds/"
BOARDS = ("sehk", "gem")
LANGUAGES = ("e", "c")
# File prefix -> what its records are.  PHIP files first, so a PHIP's item (dated from
# the file) comes before the same key seen in the application files.
FILE_KINDS = {
    "appactive_appphip": "phip",
    "appactive_app": "active",
    "applisted": "listed",
    "appinactive": "inactive",
    "appreturned": "returned",
}
DOCUMENTS: tuple[str, ...] = tuple(
    f"{prefix}_{board}_{lang}" for prefix in FILE_KINDS for board in BOARDS for lang in LANGUAGES
)

STATUS_EVENTS: dict[str, tuple[EventKind, str]] = {
    "LP": (EventKind.APPLICATION_LAPSED, "lapsed"),
    "W": (EventKind.APPLICATION_WITHDRAWN, "withdrawn"),
    "RJ": (EventKind.APPLICATION_REJECTED, "rejected"),
}
LABELS: dict[str, dict[str, str]] = {
    "e": {
        "proof": "Application Proof",
        "phip": "Post Hearing Information Pack",
        "lapsed": "application lapsed",
        "withdrawn": "application withdrawn",
        "rejected": "application rejected",
        "listed": "listed",
        "returned": "application returned",
        "sponsor": "sponsor",
        "sep": ": ",
    },
    "c": {
        "proof": "申請版本",
        "phip": "聆訊後資料集",
        "lapsed": "申請已失效",
        "withdrawn": "申請已撤回",
        "rejected": "申請被拒絕",
        "listed": "已上市",
        "returned": "申請被發回",
        "sponsor": "保薦人",
        "sep": "：",
    },
}

ALWAYS_PUBLISHED = ("appactive_app_sehk_e", "appactive_app_sehk_c")
MAX_RECORDS = 20_000
MAX_DOCS = 200
MAX_NAME = 300

_DOCUMENT_RE = re.compile(
    r"^(appactive_appphip|appactive_app|appinactive|applisted|appreturned)_(sehk|gem)_(e|c)$"
)
_PROOF_RE = re.compile(r"application\s*proof|申請版本|申请版本", re.IGNORECASE)
_PHIP_RE = re.compile(
    r"post[\s-]*hearing\s*information\s*pack|\bphip\b|聆訊後資料集|聆讯后资料集|聆訊后资料集",
    re.IGNORECASE,
)
_FULL_RE = re.compile(r"full\s*(?:version|document)|全文", re.IGNORECASE)
_EN_ORDINAL_RE = re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_EN_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_EN_WORD_RE = re.compile(r"\b(" + "|".join(_EN_WORDS) + r")\b", re.IGNORECASE)
_ZH_ORDINAL_RE = re.compile(r"第\s*([〇零一二兩两三四五六七八九十\d]{1,4})\s*[次份]")
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4}
_ZH_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Submission:
    """The documents of one application proof version (one ``nF`` label)."""

    number: int  # the n in app:{id}:proof:{n}
    ordinal: int | None  # read from the label ("2nd submission" -> 2), if it could be
    label: str
    docs: tuple[dict[str, Any], ...]

    @property
    def published(self) -> date | None:
        days = [date.fromisoformat(d["d"]) for d in self.docs if d.get("d")]
        return min(days) if days else None


# -- fast paths ---------------------------------------------------------------------------
# A full file holds thousands of records with several documents each.  Their fields are
# almost always plain: these return what the general helpers would, without the work,
# and hand anything unusual to them.

# A relative path of plain segments (no "." or ".." segment, no scheme, query or
# escape): joined to APP_BASE, it is APP_BASE followed by itself.
_PLAIN_PATH_RE = re.compile(r"[\w\-]+(?:\.[\w\-]+)*(?:/[\w\-]+(?:\.[\w\-]+)*)*", re.ASCII)


def _app_url(value: Any) -> str | None:
    """``join_url(APP_BASE, value)``."""
    if isinstance(value, str) and len(value) <= MAX_URL and _PLAIN_PATH_RE.fullmatch(value):
        return APP_BASE + value
    return join_url(APP_BASE, value)


def _text(value: Any, limit: int) -> str:
    """``clean_text(value, limit)``.  Printable text has no control characters and no
    whitespace but the space; without "<" and "&" it has no tags or entities either."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value[: limit * 4]
        if "<" not in text and "&" not in text and text.isprintable():
            return " ".join(text.split())[:limit].rstrip()
    return clean_text(value, limit)


@functools.lru_cache(maxsize=1024)
def _label_text(value: str) -> str | None:
    return _text(value, 300) or None


def _label(value: Any) -> str | None:
    """A document's label (``nF``, ``nS1``, ``nS2``) as text; a file repeats a few."""
    if isinstance(value, str) and len(value) <= 300:
        return _label_text(value)
    return _text(value, 300) or None


@functools.lru_cache(maxsize=4096)
def _day_of(text: str) -> date | None:
    return parse_dmy(text)


def _day(value: Any) -> date | None:
    """``parse_dmy(value)``; a file has few distinct dates."""
    return _day_of(value) if isinstance(value, str) and len(value) <= 40 else parse_dmy(value)


@functools.lru_cache(maxsize=4096)
def _iso_day_of(text: str) -> str | None:
    return _iso(parse_dmy(text))


def _iso_day(value: Any) -> str | None:
    """``_iso(parse_dmy(value))``."""
    if isinstance(value, str) and len(value) <= 40:
        return _iso_day_of(value)
    return _iso(parse_dmy(value))


@functools.lru_cache(maxsize=1024)
def _label_forms(label: str) -> tuple[str, int | None]:
    """(key, ordinal) of a version label; a file repeats a handful of labels."""
    return normalise_name(label), ordinal(label)


def document_url(document: str) -> str:
    return f"{BASE_URL}{document}.json"


def parse(payload: bytes, *, document: str = "appactive_app_sehk_e") -> list[SourceItem]:
    """Items of one application file; ``document`` is its name ("applisted_gem_c")."""
    return parse_counted(payload, document=document)[0]


def parse_counted(
    payload: bytes, *, document: str = "appactive_app_sehk_e"
) -> tuple[list[SourceItem], int]:
    """Like ``parse``, also returning how many records were skipped as unusable."""
    match = _DOCUMENT_RE.match(document if isinstance(document, str) else "")
    if not match:
        raise ParseError(f"unknown application file {document!r}")
    prefix, board, lang = match.groups()
    kind = FILE_KINDS[prefix]
    data = load_json(payload, f"{document}.json")
    records = data.get("app", ...) if isinstance(data, dict) else ...
    if records is None:
        records = []
    if not isinstance(records, list):
        raise ParseError(f"{document}.json is not an HKEXnews application list (no 'app' list)")
    envelope = {
        "board": board,
        "language": "en" if lang == "e" else "zh",
        "document": document,
        "generated": millis_to_iso(data.get("genDate")),
        "updated": _iso(parse_dmy(data.get("uDate"))),
    }
    items: list[SourceItem] = []
    skipped = 0
    for record in records[:MAX_RECORDS]:
        if not isinstance(record, dict):
            skipped += 1
            continue
        if kind == "returned":
            found = _returned(record, lang, envelope)
        else:
            found = _application(record, kind, lang, envelope)
        if found is None:
            skipped += 1
        else:
            items.extend(found)
    skipped += max(0, len(records) - MAX_RECORDS)
    return items, skipped


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    run = DocumentRun(client)
    for document in DOCUMENTS:
        name = f"{document}.json"
        before = run.missing
        # The Main Board's active files always exist: their 404 is a failure.
        body = run.get(document_url(document), missing_ok=document not in ALWAYS_PUBLISHED)
        if body is None:
            if run.missing > before:
                run.note(f"{name}: not published for this board (the exchange answers 404)")
            continue
        parsed = run.parse(name, functools.partial(parse_counted, body, document=document))
        if parsed is None:
            continue
        items, skipped = parsed
        run.result.items.extend(items)
        if skipped:
            run.note(f"{name}: {skipped} record(s) skipped (missing id, name or valid date)")
    return run.finish()


# -- records -----------------------------------------------------------------------------


def _application(
    record: dict[str, Any], kind: str, lang: str, envelope: dict[str, Any]
) -> list[SourceItem] | None:
    app_id = as_id(record.get("id"))
    day = _day(record.get("d"))
    name = _text(record.get("a"), MAX_NAME)
    if app_id is None or day is None or not name:
        return None
    status = _text(record.get("s"), 10).upper()
    listed_docs = _docs(record.get("ls"))
    phip_docs = _docs(record.get("ps"))  # earlier submissions, whatever the name says
    proofs = []
    phips = []
    for doc in (*listed_docs, *phip_docs):
        is_proof, is_phip = _label_kind(_doc_label(doc))
        if is_proof:
            proofs.append(doc)
        if is_phip:
            phips.append(doc)
    has_phip = _truthy(record.get("hasPhip"))
    stock = record.get("st")
    code = hk_code(stock)
    warning = _app_url(record.get("w"))
    label = LABELS[lang]
    sep = label["sep"]
    raw = {
        **envelope,
        "id": app_id,
        "status": status or None,
        "date": day.isoformat(),
        "name": name,
        "has_phip": has_phip,
        "stock_code": code,
        "stock_code_text": _text(stock, 20) or None,
        "warning_url": warning,
        "documents": listed_docs,
        "phip_documents": phip_docs,
    }
    names = (name,)
    codes = (("hk", code),) if code else ()
    ref = str(app_id)

    def item(
        kind_: EventKind, key: str, published: date | None, title: str, url: str | None, extra: Any
    ) -> SourceItem:
        return SourceItem(
            SOURCE_ID, kind_.value, key, names, published, title, url, codes, ref, extra
        )

    items: list[SourceItem] = []
    first = True
    for sub in _submissions(proofs):
        published = sub.published or (day if first and kind == "active" else None)
        items.append(
            item(
                EventKind.APPLICATION_PROOF if first else EventKind.APPLICATION_PROOF_UPDATE,
                f"app:{app_id}:proof" if first else f"app:{app_id}:proof:{sub.number}",
                published,
                f"{name}{sep}{sub.label or label['proof']}",
                _best_url(sub.docs) or warning,
                {
                    **raw,
                    "submission": sub.ordinal,
                    "submission_label": sub.label or None,
                    "submission_number": sub.number,
                },
            )
        )
        first = False
    if first and kind == "active":  # no proof document: the application itself
        items.append(
            item(
                EventKind.APPLICATION_PROOF,
                f"app:{app_id}:proof",
                day,
                f"{name}{sep}{label['proof']}",
                warning,
                {**raw, "submission": None, "submission_label": None, "submission_number": None},
            )
        )
    if has_phip or phips:
        phip_days = [date.fromisoformat(d["d"]) for d in phips if d.get("d")]
        published = min(phip_days) if phip_days else (day if kind == "phip" else None)
        if published is not None:
            url = _best_url(phips) or (warning if kind == "phip" else None)
            items.append(
                item(
                    EventKind.PHIP,
                    f"app:{app_id}:phip",
                    published,
                    f"{name}{sep}{label['phip']}",
                    url,
                    dict(raw),
                )
            )
    if status in STATUS_EVENTS:
        event, word = STATUS_EVENTS[status]
        url = warning or _best_url(proofs)
        items.append(
            item(event, f"app:{app_id}:{word}", day, f"{name}{sep}{label[word]}", url, dict(raw))
        )
    if kind == "listed" or status == "LT":
        shown = f"{label['listed']} ({code})" if code else label["listed"]
        if lang == "c" and code:
            shown = f"{label['listed']}（{code}）"
        items.append(
            item(
                EventKind.LISTED,
                f"app:{app_id}:listed",
                day,
                f"{name}{sep}{shown}",
                None,
                dict(raw),
            )
        )
    return items


def _returned(
    record: dict[str, Any], lang: str, envelope: dict[str, Any]
) -> list[SourceItem] | None:
    name = clean_text(record.get("a"), MAX_NAME)
    returned = parse_dmy(record.get("rd"))
    if not name or returned is None:
        return None
    sponsor = clean_text(record.get("s"), MAX_NAME)
    label = LABELS[lang]
    title = f"{name}{label['sep']}{label['returned']}"
    if sponsor:
        title += (
            f" ({label['sponsor']}: {sponsor})"
            if lang == "e"
            else f"（{label['sponsor']}：{sponsor}）"
        )
    raw = dict(envelope)
    raw.update(status="returned", name=name, sponsor=sponsor or None, returned=returned.isoformat())
    return [
        SourceItem(
            source=SOURCE_ID,
            kind=EventKind.APPLICATION_RETURNED.value,
            key=f"returned:{normalise_name(name)}:{returned.isoformat()}",
            names=(name,),
            published=returned,
            title=title,
            url=None,
            raw=raw,
        )
    ]


# -- documents ---------------------------------------------------------------------------


def _docs(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    docs = []
    for entry in value if len(value) <= MAX_DOCS else value[:MAX_DOCS]:
        if not isinstance(entry, dict):
            continue
        get = entry.get
        doc = {
            "d": _iso_day(get("d")),
            "nF": _label(get("nF")),
            "nS1": _label(get("nS1")),
            "nS2": _label(get("nS2")),
            "u1": _app_url(get("u1")),
            "u2": _app_url(get("u2")),
        }
        if any(doc.values()):
            docs.append(doc)
    return docs


def _doc_label(doc: dict[str, Any]) -> str:
    return doc.get("nF") or doc.get("nS1") or ""


@functools.lru_cache(maxsize=1024)
def _label_kind(label: str) -> tuple[bool, bool]:
    """(an application proof, a PHIP) for a document label; a file repeats a few labels."""
    phip = bool(_PHIP_RE.search(label))
    return bool(_PROOF_RE.search(label)) and not phip, phip


def _is_phip(doc: dict[str, Any]) -> bool:
    return _label_kind(_doc_label(doc))[1]


def _is_proof(doc: dict[str, Any]) -> bool:
    return _label_kind(_doc_label(doc))[0]


@functools.lru_cache(maxsize=1024)
def _is_full(first: str | None, second: str | None) -> bool:
    return bool(_FULL_RE.search(" ".join(filter(None, (first, second)))))


def _best_url(docs: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> str | None:
    """The full-document PDF if there is one, else any PDF, else the HTML index."""
    for doc in docs:
        if doc.get("u1") and _is_full(doc.get("nS1"), doc.get("nS2")):
            return doc["u1"]
    for doc in docs:
        if doc.get("u1"):
            return doc["u1"]
    for doc in docs:
        if doc.get("u2"):
            return doc["u2"]
    return None


def _submissions(proofs: list[dict[str, Any]]) -> list[Submission]:
    """Group proof documents by version label and number the versions.

    The number is the ordinal read from the labels ("1st submission", "第二次呈交") when
    every label has a distinct one; otherwise the versions are counted in date order.
    """
    if len(proofs) == 1:  # the usual case: one version, numbered by its label or 1
        text = _doc_label(proofs[0])
        found = _label_forms(text)[1]
        return [Submission(found if found is not None else 1, found, text, (proofs[0],))]
    groups: dict[str, list[dict[str, Any]]] = {}
    shown: dict[str, str] = {}
    for doc in proofs:
        text = _doc_label(doc)
        key = _label_forms(text)[0]
        groups.setdefault(key, []).append(doc)
        shown.setdefault(key, text)
    if not groups:
        return []
    ordinals = {key: _label_forms(shown[key])[1] for key in groups}
    values = list(ordinals.values())
    if None not in values and len(set(values)) == len(values):
        order = sorted(groups, key=lambda k: ordinals[k] or 0)
        numbers = {key: ordinals[key] or 0 for key in order}
    else:
        appearance = {key: i for i, key in enumerate(groups)}

        def first_day(key: str) -> tuple[str, int]:
            days = [d["d"] for d in groups[key] if d.get("d")]
            return (min(days) if days else "9999-12-31", appearance[key])

        order = sorted(groups, key=first_day)
        numbers = {key: i + 1 for i, key in enumerate(order)}
    return [
        Submission(numbers[key], ordinals[key], shown[key], tuple(groups[key])) for key in order
    ]


def ordinal(label: str) -> int | None:
    """The submission number in a version label, in English or Chinese, if readable."""
    if not label:
        return None
    match = _EN_ORDINAL_RE.search(label)
    if match:
        return int(match.group(1)) or None
    match = _EN_WORD_RE.search(label)
    if match:
        return _EN_WORDS.index(match.group(1).lower()) + 1
    match = _ZH_ORDINAL_RE.search(label)
    if match:
        return _zh_number(match.group(1))
    return None


def _zh_number(text: str) -> int | None:
    if text.isdigit():
        return int(text) or None
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _ZH_DIGITS.get(tens, -1) if tens else 1
        low = _ZH_DIGITS.get(ones, -1) if ones else 0
        if high < 0 or low < 0 or len(tens) > 1 or len(ones) > 1:
            return None
        return high * 10 + low or None
    if len(text) == 1 and text in _ZH_DIGITS:
        return _ZH_DIGITS[text] or None
    return None


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("true", "y", "yes", "1")
    return False


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
