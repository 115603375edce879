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
from datetime import date
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.app_documents import (
    Submission,
    _best_url,
    _label_forms,
    _label_kind,
    _submissions,
    ordinal,
)
from desktop.sources.app_fields import (
    _app_url,
    _day,
    _docs,
    _iso,
    _text,
    _truthy,
)
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_common import (
    DocumentRun,
    as_id,
    clean_text,
    hk_code,
    load_json,
    millis_to_iso,
    normalise_name,
    parse_dmy,
)
from desktop.sources.http import HttpClient

__all__ = ["Submission", "fetch", "ordinal", "parse", "parse_counted"]

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
MAX_NAME = 300

_DOCUMENT_RE = re.compile(
    r"^(appactive_appphip|appactive_app|appinactive|applisted|appreturned)_(sehk|gem)_(e|c)$"
)


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


_PROOF = EventKind.APPLICATION_PROOF.value
_PROOF_UPDATE = EventKind.APPLICATION_PROOF_UPDATE.value
_PHIP = EventKind.PHIP.value
_LISTED = EventKind.LISTED.value
_STATUS_KINDS = {status: (kind.value, word) for status, (kind, word) in STATUS_EVENTS.items()}


@functools.lru_cache(maxsize=256)
def _status_of(value: str) -> str:
    return _text(value, 10).upper()


def _application(
    record: dict[str, Any], kind: str, lang: str, envelope: dict[str, Any]
) -> list[SourceItem] | None:
    get = record.get
    app_id = get("id")
    if type(app_id) is not int or not 0 < app_id < 10**12:
        app_id = as_id(app_id)
    day = _day(get("d"))
    name = _text(get("a"), MAX_NAME)
    if app_id is None or day is None or not name:
        return None
    status = get("s")
    status = (
        _status_of(status)
        if type(status) is str and len(status) <= 40
        else _text(status, 10).upper()
    )
    listed_docs = _docs(get("ls"))
    earlier = get("ps")  # earlier submissions, whatever the name says
    phip_docs = _docs(earlier) if earlier else []
    proofs = []
    phips = []
    for doc in listed_docs + phip_docs if phip_docs else listed_docs:
        is_proof, is_phip = _label_kind(doc["nF"] or doc["nS1"] or "")
        if is_proof:
            proofs.append(doc)
        if is_phip:
            phips.append(doc)
    has_phip = get("hasPhip")
    if type(has_phip) is not bool:
        has_phip = _truthy(has_phip)
    stock = get("st")
    code = None if stock is None else hk_code(stock)
    warning = get("w")
    if warning is not None:
        warning = _app_url(warning)
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
        "stock_code_text": None if stock is None else (_text(stock, 20) or None),
        "warning_url": warning,
        "documents": listed_docs,
        "phip_documents": phip_docs,
    }
    names = (name,)
    codes = (("hk", code),) if code else ()
    ref = str(app_id)
    items: list[SourceItem] = []
    first = True
    for number, read, text, sub_day, sub_url in _versions(proofs):
        published = sub_day or (day if first and kind == "active" else None)
        extra = raw.copy()
        extra["submission"] = read
        extra["submission_label"] = text or None
        extra["submission_number"] = number
        items.append(
            SourceItem(
                SOURCE_ID,
                _PROOF if first else _PROOF_UPDATE,
                f"app:{app_id}:proof" if first else f"app:{app_id}:proof:{number}",
                names,
                published,
                f"{name}{sep}{text or label['proof']}",
                sub_url or warning,
                codes,
                ref,
                extra,
            )
        )
        first = False
    if first and kind == "active":  # no proof document: the application itself
        extra = raw.copy()
        extra["submission"] = extra["submission_label"] = extra["submission_number"] = None
        items.append(
            SourceItem(
                SOURCE_ID,
                _PROOF,
                f"app:{app_id}:proof",
                names,
                day,
                f"{name}{sep}{label['proof']}",
                warning,
                codes,
                ref,
                extra,
            )
        )
    if has_phip or phips:
        phip_days = [date.fromisoformat(d["d"]) for d in phips if d.get("d")]
        published = min(phip_days) if phip_days else (day if kind == "phip" else None)
        if published is not None:
            url = _best_url(phips) or (warning if kind == "phip" else None)
            items.append(
                SourceItem(
                    SOURCE_ID,
                    _PHIP,
                    f"app:{app_id}:phip",
                    names,
                    published,
                    f"{name}{sep}{label['phip']}",
                    url,
                    codes,
                    ref,
                    raw.copy(),
                )
            )
    if status in _STATUS_KINDS:
        event, word = _STATUS_KINDS[status]
        url = warning or _best_url(proofs)
        items.append(
            SourceItem(
                SOURCE_ID,
                event,
                f"app:{app_id}:{word}",
                names,
                day,
                f"{name}{sep}{label[word]}",
                url,
                codes,
                ref,
                raw.copy(),
            )
        )
    if kind == "listed" or status == "LT":
        shown = f"{label['listed']} ({code})" if code else label["listed"]
        if lang == "c" and code:
            shown = f"{label['listed']}（{code}）"
        items.append(
            SourceItem(
                SOURCE_ID,
                _LISTED,
                f"app:{app_id}:listed",
                names,
                day,
                f"{name}{sep}{shown}",
                None,
                codes,
                ref,
                raw.copy(),
            )
        )
    return items


def _versions(
    proofs: list[dict[str, Any]],
) -> list[tuple[int, int | None, str, date | None, str | None]]:
    """(number, ordinal, label, published, best URL) of each proof version, as
    ``_submissions`` numbers them.  One proof document, the usual case, is one version:
    its day and its PDF (else its HTML page), without grouping."""
    if len(proofs) == 1:
        doc = proofs[0]
        text = doc["nF"] or doc["nS1"] or ""
        found = _label_forms(text)[1]
        published = date.fromisoformat(doc["d"]) if doc["d"] else None
        return [(1 if found is None else found, found, text, published, doc["u1"] or doc["u2"])]
    return [
        (sub.number, sub.ordinal, sub.label, sub.published, _best_url(sub.docs))
        for sub in _submissions(proofs)
    ]


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
