"""Funding rounds from the history chapter of watched companies' offer documents.

For each watched company with an application proof, PHIP or prospectus (what the
``hkex_app`` / ``hkex_news`` events stored: the full-version PDF and, for proofs and
PHIPs, the multi-file index page ``….htm``), the chapter "History, Development and
Corporate Structure" (歷史、發展及公司架構), which holds the pre-IPO investments, is read:

* the multi-file version lists every chapter as its own PDF: the index page's link
  whose label names the history chapter is fetched (a few hundred KB);
* otherwise the full version is fetched and its chapter pages are found by heading
  (the running header each page of the chapter carries, or the "Pre-IPO Investments"
  / 首次公開發售前投資 heading).

Each round stated becomes one ``funding_round`` item (which the store turns into a
proposal, never straight into a round).  Politely: one document at a time (the HTTP
client's per-host lock), at most ``PER_POLL`` documents a poll, a size cap, and every
document read is remembered by its URL so it is never fetched again.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any
from urllib.parse import urljoin

from desktop.domain.round_mentions import RoundMention, rounds_in_chapter
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_common import decode_text
from desktop.sources.http import FetchError, HttpClient, MiB
from desktop.sources.pdf_text import MAX_BYTES, PdfError, read_pdf

SOURCE_ID = "funding_documents"
TITLE = "Funding rounds in offer documents"
DEFAULT_INTERVAL_MIN = 360
NEEDS_DOCUMENTS = True  # the poller passes the watched companies' documents in the context
KIND = "funding_round"

PER_POLL = 4
MAX_INDEX_BYTES = 2 * MiB
MAX_REMEMBERED = 2_000
HEADING_LINES = 6  # a chapter's running header sits in a page's first lines

_HISTORY_RE = re.compile(
    r"history,?\s+(?:and\s+)?(?:development|reorganization|reorganisation)|"
    r"history\s+and\s+corporate\s+structure|歷史、發展及公司架構|历史、发展及公司架构|"
    r"歷史及發展|历史及发展|歷史、重組及公司架構|历史、重组及公司架构",
    re.IGNORECASE,
)
_PRE_IPO_RE = re.compile(r"pre-ipo\s+investments?|首次公開發售前投資|首次公开发售前投资", re.I)
_LINK_RE = re.compile(
    r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"'#]+?\.pdf)[\"'][^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL
)
_TAG_RE = re.compile(r"<[^>]{0,500}>")
_ROW_RE = re.compile(r"<tr\b.*?</tr>", re.IGNORECASE | re.DOTALL)


# -- parsing (pure) ---------------------------------------------------------------------------


def chapter_links(payload: bytes, base_url: str) -> list[tuple[str, str]]:
    """(PDF address, label) of the history chapter(s) on a multi-file index page.

    A link's label is its own text, or the text of its table row when the link itself
    only says "PDF" or shows an icon."""
    text = decode_text(payload)
    found: list[tuple[str, str]] = []
    rows = _ROW_RE.findall(text) or [text]
    for row in rows:
        row_text = _plain(row)
        for href, inner in _LINK_RE.findall(row):
            label = _plain(inner)
            if not _HISTORY_RE.search(label) and len(rows) > 1:
                # the row names the chapter, the link says "PDF" (or is an icon)
                rest = row_text.replace(label, " ") if label else row_text
                label = re.sub(r"\s+", " ", rest).strip() or label
            if _HISTORY_RE.search(label):
                found.append((urljoin(base_url, html.unescape(href.strip())), label[:200]))
    return list(dict.fromkeys(found))


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG_RE.sub(" ", fragment))).strip()


def chapter_pages(pages: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pages of a full document that belong to the history chapter: those whose
    running header names it, and those with the pre-IPO investments heading."""
    chosen = []
    for number, text in pages:
        head = "\n".join(text.strip().splitlines()[:HEADING_LINES])
        if _HISTORY_RE.search(head) or _PRE_IPO_RE.search(head):
            chosen.append((number, text))
    return chosen


def parse(
    payload: bytes,
    *,
    document: dict[str, Any] | None = None,
    url: str = "",
    whole: bool = False,
    label: str = "",
) -> list[SourceItem]:
    """The rounds a PDF states: a chapter file (every page), or with ``whole`` a full
    document (only the chapter's pages).  Raises ParseError for a file that is no PDF."""
    try:
        pdf = read_pdf(payload)
    except PdfError as exc:
        raise ParseError(str(exc)) from None
    pages = list(zip(pdf.numbers, pdf.pages, strict=True))
    if whole:
        pages = chapter_pages(pages)
    document = document or {}
    return [_item(m, document, url, label) for m in rounds_in_chapter(pages)]


def _item(mention: RoundMention, document: dict[str, Any], url: str, label: str) -> SourceItem:
    title = str(document.get("title") or "Offer document")
    company = str(document.get("company") or "")
    title = re.sub(r"^[^:：]{1,300}[:：]\s*", "", title) if company else title  # "Name: …"
    if label:
        title = f"{title} — {label}"
    published = document.get("published")
    return SourceItem(
        source=SOURCE_ID,
        kind=KIND,
        key=f"{url}#{mention.page}:{mention.identity}",
        names=(str(document.get("company") or ""),),
        published=date.fromisoformat(published) if published else None,
        title=title,
        url=url or None,
        raw={
            "company_id": document.get("company_id"),
            "document_title": title,
            "round": mention.round,
            "date": mention.date.isoformat() if mention.date else None,
            "date_precision": mention.date_precision,
            "amount": mention.amount,
            "currency": mention.currency,
            "valuation": mention.valuation,
            "valuation_currency": mention.valuation_currency,
            "investors": list(mention.investors),
            "sentence": mention.sentence,
            "page": mention.page,
        },
    )


# -- fetching ---------------------------------------------------------------------------------


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    result = FetchResult()
    memory = ctx.memory if isinstance(ctx.memory, dict) else {}
    read: dict[str, str] = dict(memory.get("read") or {})
    first_error: Exception | None = None
    handled = 0
    todo = [d for d in ctx.documents if _address(d) and _address(d) not in read]
    for document in todo[:PER_POLL]:
        try:
            result.items.extend(_read_document(client, document, result))
        except (FetchError, ParseError) as exc:
            result.errors.append(f"{document.get('company')}: {exc}")
            if not _for_good(exc):
                first_error = first_error or exc
                continue  # tried again next poll
        handled += 1
        read[_address(document)] = ctx.today.isoformat()  # never fetched again
    if first_error is not None and not handled:
        raise first_error
    if len(read) > MAX_REMEMBERED:
        read = dict(sorted(read.items(), key=lambda kv: kv[1])[-MAX_REMEMBERED:])
    result.memory = {"read": read}
    return result


def _for_good(exc: Exception) -> bool:
    """Not worth asking again: not a PDF, or not there (404 / 410)."""
    return isinstance(exc, ParseError) or getattr(exc, "status", None) in (404, 410)


def _address(document: dict[str, Any]) -> str:
    return str(document.get("multi_url") or document.get("full_url") or "")


def _read_document(
    client: HttpClient, document: dict[str, Any], result: FetchResult
) -> list[SourceItem]:
    """The chapter from the multi-file version when it can be had, else from the full
    version; the first permanent failure is raised only when neither gave a chapter."""
    multi, full = document.get("multi_url"), document.get("full_url")
    failure: Exception | None = None
    if multi:
        try:
            found = _from_index(client, multi, document, result)
        except (FetchError, ParseError) as exc:
            if not _for_good(exc) or not full:
                raise
            failure, found = exc, None
        if found is not None:
            return found
    if not full:
        return []
    result.documents += 1
    try:
        pdf = client.get(full, conditional=False, max_bytes=MAX_BYTES)
    except FetchError:
        if failure is not None:
            raise failure from None
        raise
    if pdf is None:
        return []
    return parse(pdf.content, document=document, url=full, whole=True)


def _from_index(
    client: HttpClient, index_url: str, document: dict[str, Any], result: FetchResult
) -> list[SourceItem] | None:
    """The rounds in the chapter files the index lists; None when it lists none."""
    result.documents += 1
    index = client.get(index_url, conditional=False, max_bytes=MAX_INDEX_BYTES)
    links = chapter_links(index.content, index_url) if index is not None else []
    if not links:
        return None
    items: list[SourceItem] = []
    for link, label in links[:2]:
        result.documents += 1
        pdf = client.get(link, conditional=False, max_bytes=MAX_BYTES)
        if pdf is not None:
            items += parse(pdf.content, document=document, url=link, label=label)
    return items
