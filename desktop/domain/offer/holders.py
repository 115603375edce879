"""Cornerstone investors and lock-up undertakings (allotment results, prospectus).

Table rows as text: a name (possibly wrapped over lines), a share count, percentages,
and for lock-ups the printed last day subject to the lock-up. Group headings (controlling
shareholders, cornerstone investors, pre-IPO investors ...) name the rows that follow; a
subtotal row gives a group's shares where printed.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.find import Span, heading_re
from desktop.domain.offer.text import DATE_RE, NUMBER, Text, any_label, date_of, to_int

CORNERSTONES = heading_re(("CORNERSTONE INVESTORS", "CORNERSTONE INVESTOR", "基石投資者"))
LOCKUPS = heading_re(
    ("LOCK-UP UNDERTAKINGS", "LOCK-UP UNDERTAKING", "LOCKUP UNDERTAKINGS", "禁售承諾", "禁售承诺")
)
NEXT = heading_re(
    (
        "LOCK-UP UNDERTAKINGS",
        "PLACEE CONCENTRATION ANALYSIS",
        "SHAREHOLDER CONCENTRATION ANALYSIS",
        "BASIS OF ALLOCATION UNDER THE HONG KONG PUBLIC OFFERING",
        "BASIS OF ALLOCATION",
        "承配人集中度分析",
        "股東集中度分析",
        "分配基準",
        "禁售承諾",
    )
)
_SHARES_ROW = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,.]*[ \t]*%)")
_HEADER_WORDS = re.compile(
    r"number\s*of|no\.\s*of|% of|percentage|investor\b|name\b|last\s*day|subject\s*to"
    rf"|{any_label(('數目', '股份數目', '百分比', '投資者名稱', '最後一日', '名稱'))}",
    re.I,
)
_TOTAL = re.compile(
    rf"^\s*(?:sub-?total|total|{any_label(('小計', '總計', '合計', '總數'))})\b", re.I
)
_NOTES = re.compile(rf"(?m)^[ \t]*(?:Notes?\s*:?|{any_label(('附註',))})", re.I)
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "controlling shareholders",
        ("Controlling Shareholders", "Controlling Shareholder", "控股股東"),
    ),
    ("cornerstone investors", ("Cornerstone Investors", "Cornerstone Investor", "基石投資者")),
    (
        "pre-IPO investors",
        ("Pre-IPO Investors", "Pre-IPO Investor", "首次公開發售前投資者", "上市前投資者"),
    ),
    (
        "existing shareholders",
        ("Existing Shareholders", "Other Shareholders", "現有股東", "其他股東"),
    ),
    ("the Company", ("The Company", "本公司")),
    ("key persons", ("Key Persons", "Key Person", "關鍵人士")),
    (
        "pathfinder investors",
        ("Pathfinder SIIs", "Pathfinder Investors", "引導投資者", "領航資深獨立投資者"),
    ),
)
_GROUP_RES = [
    (name, re.compile(rf"^\s*{any_label(labels)}\s*(?:\(.*\))?\s*:?\s*$", re.I))
    for name, labels in _GROUPS
]


def _span(doc: Text, heading: re.Pattern[str]) -> Span | None:
    for match in heading.finditer(doc.text):
        nxt = NEXT.search(doc.text, match.end())
        end = nxt.start() if nxt else min(len(doc.text), match.end() + 8000)
        if _SHARES_ROW.search(doc.text, match.end(), end):
            return Span(match.end(), end)
    return None


def _lines(doc: Text, span: Span) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = span.start
    for line in doc.text[span.start : span.end].split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def read_cornerstones(doc: Text, out: DocumentFacts) -> None:
    span = _span(doc, CORNERSTONES)
    if span is None:
        return
    rows: list[dict[str, Any]] = []
    pending: list[str] = []
    first_offset = None
    for offset, line in _lines(doc, span):
        text = line.strip()
        if not text:
            continue
        if _NOTES.match(text):
            break
        match = _SHARES_ROW.search(text)
        if match is None:
            if not _HEADER_WORDS.search(text) and len(text) < 80:
                pending.append(text)
            else:
                pending = []
            continue
        name = " ".join([*pending, text[: match.start()].strip()]).strip(" |")
        pending = []
        if not name or _TOTAL.match(name) or _HEADER_WORDS.fullmatch(name):
            continue
        rows.append({"name": name, "shares": to_int(match.group(1)), "page": doc.page_at(offset)})
        first_offset = offset if first_offset is None else first_offset
    if rows and first_offset is not None:
        out.put(
            "cornerstones", rows, rows[0]["page"], doc.snippet(first_offset, first_offset + 120)
        )


def read_lockups(doc: Text, out: DocumentFacts) -> None:
    span = _span(doc, LOCKUPS)
    if span is None:
        return
    group = "holders"
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    subtotals: set[tuple[str, str]] = set()
    chunk: list[str] = []
    chunk_start: int | None = None
    first_offset: int | None = None
    for offset, line in _lines(doc, span):
        text = line.strip()
        if not text:
            continue
        if _NOTES.match(text):
            break
        named = next((name for name, pattern in _GROUP_RES if pattern.match(text)), None)
        if named and not DATE_RE.search(text):
            group, chunk, chunk_start = named, [], None
            continue
        chunk.append(text)
        chunk_start = offset if chunk_start is None else chunk_start
        joined = " ".join(chunk)
        day_match = DATE_RE.search(joined)
        if day_match is None:
            continue
        day = date_of(day_match)
        shares_match = _SHARES_ROW.search(joined[: day_match.start()])
        chunk, start = [], chunk_start
        chunk_start = None
        if day is None:
            continue
        key = (group, day.isoformat())
        shares = to_int(shares_match.group(1)) if shares_match else None
        is_total = bool(_TOTAL.match(joined))
        entry = groups.get(key)
        page = doc.page_at(start if start is not None else offset)
        if entry is None:
            entry = groups[key] = {
                "group": group,
                "last_day": day.isoformat(),
                "shares": shares,
                "page": page,
            }
            if is_total:
                subtotals.add(key)
        elif is_total:
            entry["shares"] = shares
            subtotals.add(key)
        elif key not in subtotals and shares is not None:
            entry["shares"] = (entry["shares"] or 0) + shares
        first_offset = start if first_offset is None else first_offset
    rows = list(groups.values())
    if rows and first_offset is not None:
        out.put("lockups", rows, rows[0]["page"], doc.snippet(first_offset, first_offset + 160))


__all__ = ["NUMBER", "read_cornerstones", "read_lockups"]
