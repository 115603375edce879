"""The expected timetable of a formal notice or prospectus.

Cells wrap over lines: the label, dot leaders, the date, then the time on a new line (or
the time first: "9:00 a.m. on Tuesday, 30 December 2025"). Each entry takes the first date
printed after its label and before the next entry's label, and the time nearest to it.
"""

from __future__ import annotations

import re

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.find import Span, heading_re
from desktop.domain.offer.text import DATE_RE, TIME_RE, Text, any_label, date_of, time_of, when

LABELS: dict[str, tuple[str, ...]] = {
    "offer_opens": (
        "Hong Kong Public Offering commences",
        "Hong Kong Public Offer commences",
        "Public Offer commences",
        "Hong Kong Public Offering opens",
        "香港公開發售開始",
        "公開發售開始",
        "香港公開發售於",
    ),
    "applications_close": (
        "Application lists close",
        "Application lists will close",
        "Closing of application lists",
        "截止辦理申請登記",
        "截止登記認購申請",
        "截止登記申請",
        "截止辦理認購申請登記",
    ),
    "price_determination": (
        "Expected Price Determination Date",
        "Price Determination Date",
        "預期定價日",
        "定價日",
    ),
    "results": (
        "Announcement of the final Offer Price",
        "Announcement of final Offer Price",
        "Announcement of the Offer Price",
        "Results of allocations",
        "Results of allotment",
        "公佈最終發售價",
        "公告最終發售價",
        "最終發售價、國際發售的踴躍程度",
        "香港公開發售的分配結果",
    ),
    "listing": (
        "Dealings in the H Shares on the Stock Exchange expected to commence",
        "Dealings in the Shares on the Stock Exchange expected to commence",
        "Dealings in the H Shares on the Stock Exchange are expected to commence",
        "Dealings in the Shares on the Stock Exchange are expected to commence",
        "Dealings in the Shares expected to commence",
        "Dealings in H Shares expected to commence",
        "Dealings commence",
        "預期H股於聯交所開始買賣",
        "預期股份於聯交所開始買賣",
        "H股預期於聯交所開始買賣",
        "股份預期於聯交所開始買賣",
        "預期於聯交所開始買賣",
        "開始買賣",
    ),
}
_LABEL_RES = {key: re.compile(any_label(labels), re.I) for key, labels in LABELS.items()}
HEADING = heading_re(("Expected Timetable", "預期時間表"))
_WINDOW = 600


def timetable_span(doc: Text) -> Span | None:
    """The expected-timetable section: the heading occurrence followed by dates (a table of
    contents names it too), up to 6,000 characters."""
    for match in HEADING.finditer(doc.text):
        if DATE_RE.search(doc.text, match.end(), match.end() + 2500):
            return Span(match.start(), min(match.start() + 6000, len(doc.text)))
    return None


def read_timetable(doc: Text, out: DocumentFacts, span: Span | None = None) -> None:
    area = span or timetable_span(doc) or Span(0, len(doc.text))
    hits: list[tuple[int, int, str]] = []
    for key, pattern in _LABEL_RES.items():
        if not doc.has_any(LABELS[key]):
            continue
        for match in pattern.finditer(doc.text, area.start, area.end):
            if not any(s <= match.start() < e for s, e, _ in hits):
                hits.append((match.start(), match.end(), key))
                break
    hits.sort()
    for index, (start, end, key) in enumerate(hits):
        stop = hits[index + 1][0] if index + 1 < len(hits) else min(end + _WINDOW, area.end)
        stop = min(stop, end + _WINDOW)
        _read_entry(doc, out, key, start, end, stop)


def _read_entry(doc: Text, out: DocumentFacts, key: str, start: int, end: int, stop: int) -> None:
    # A time may also stand just before the label's date on the label's own line.
    date_match = DATE_RE.search(doc.text, end, stop)
    if not date_match:
        return
    day = date_of(date_match)
    if day is None:
        return
    best = None
    for time_match in TIME_RE.finditer(doc.text, end, stop):
        next_date = DATE_RE.search(doc.text, date_match.end(), stop)
        if next_date and time_match.start() >= next_date.start():
            break
        distance = abs(time_match.start() - date_match.start())
        if best is None or distance < best[0]:
            best = (distance, time_match)
    at = time_of(best[1]) if best else None
    last = max(date_match.end(), best[1].end() if best else 0)
    out.put(f"timetable.{key}", when(day, at), doc.page_at(start), doc.snippet(start, last, 240))
