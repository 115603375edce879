"""Finding things in a document's text: headings (whole lines), sections between
headings, and the value printed after a label (same line or the next)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.text import (
    DATE_RE,
    NUMBER,
    Text,
    any_label,
    date_of,
    find_hkd,
    to_int,
    to_number,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def heading_re(labels: Iterable[str]) -> re.Pattern[str]:
    """A heading: the label alone on its line (a note mark or colon may follow)."""
    return re.compile(
        rf"(?m)^[ \t]*{any_label(labels)}[ \t]*(?:\(\s*\d+\s*\)|\(?[Nn]otes?\s*\d*\)?|:)?[ \t]*$",
        re.I,
    )


def find_heading(
    doc: Text, pattern: re.Pattern[str], start: int = 0, end: int | None = None
) -> int | None:
    match = pattern.search(doc.text, start, len(doc.text) if end is None else end)
    return match.start() if match else None


def section(
    doc: Text,
    heading: re.Pattern[str],
    ends: Iterable[re.Pattern[str]] = (),
    start: int = 0,
    end: int | None = None,
) -> Span | None:
    """From `heading` (searched from `start`) to the nearest of `ends` after it."""
    limit = len(doc.text) if end is None else end
    found = heading.search(doc.text, start, limit)
    if not found:
        return None
    stop = limit
    for pattern in ends:
        match = pattern.search(doc.text, found.end(), stop)
        if match:
            stop = match.start()
    return Span(found.start(), stop)


def after_label(
    doc: Text,
    label: re.Pattern[str],
    value: re.Pattern[str],
    span: Span | None = None,
    lines: int = 2,
) -> tuple[re.Match[str], int] | None:
    """The first `value` printed after an occurrence of `label` within `lines` lines
    (the label's own line and the next), and where that label starts."""
    start, end = (span.start, span.end) if span else (0, len(doc.text))
    for found in label.finditer(doc.text, start, end):
        stop = found.end()
        for _ in range(lines):
            newline = doc.text.find("\n", stop + 1)
            stop = end if newline < 0 or newline > end else newline
        match = value.search(doc.text, found.end(), stop)
        if match:
            return match, found.start()
    return None


COUNT_RE = re.compile(rf"(?<![\d.,])({NUMBER})(?![\d,.]*[ \t]*%)")
TIMES_RE = re.compile(rf"({NUMBER})\s*(?:times|倍)", re.I)
PRICE_RE = re.compile(rf"(?:HK\$|HKD)\s*({NUMBER})|({NUMBER})\s*(?:港元|港幣|港币)", re.I)
YESNO_RE = re.compile(
    r"\b(Yes|No|N/?A|Not applicable|Nil|None)\b|(是|否|不適用|不适用|無|无)", re.I
)
AMOUNT_RE = re.compile(
    rf"(?:HK\$|HKD)\s*{NUMBER}\s*(?:million|billion|百萬|百万|億|亿)?"
    rf"|{NUMBER}\s*(?:million|billion|百萬|百万|億|亿)?\s*(?:港元|港幣|港币)",
    re.I,
)


@functools.cache
def _compiled(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(any_label(labels), re.I)


def put_value(
    doc: Text,
    out: DocumentFacts,
    key: str,
    labels: Iterable[str] | re.Pattern[str],
    kind: str,
    span: Span | None = None,
    lines: int = 2,
) -> bool:
    """Read the value of `kind` printed after one of `labels` into `out[key]`."""
    if key in out.facts:
        return True
    if not isinstance(labels, re.Pattern):
        labels = tuple(labels)
        if not doc.has_any(labels):
            return False
    label = labels if isinstance(labels, re.Pattern) else _compiled(tuple(labels))
    pattern = {
        "int": COUNT_RE,
        "times": TIMES_RE,
        "price": PRICE_RE,
        "amount": AMOUNT_RE,
        "yesno": YESNO_RE,
        "date": DATE_RE,
    }[kind]
    found = after_label(doc, label, pattern, span, lines)
    if not found:
        return False
    match, label_start = found
    value: object
    if kind == "int":
        value = to_int(match.group(1))
    elif kind == "times":
        value = to_number(match.group(1))
    elif kind == "price":
        value = to_number(match.group(1) or match.group(2))
    elif kind == "amount":
        amount = find_hkd(match.group(0))
        value = round(amount[0], 2) if amount else None
    elif kind == "yesno":
        value = (match.group(1) or match.group(2)).strip()
    else:
        day = date_of(match)
        value = day.isoformat() if day else None
    if value is None:
        return False
    out.put(key, value, doc.page_at(label_start), doc.snippet(label_start, match.end()))
    return True
