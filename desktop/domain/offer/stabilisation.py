"""End-of-stabilisation notices: when the stabilisation period ended and whether the
over-allotment option was fully or partly exercised (how many shares) or lapsed."""

from __future__ import annotations

import re

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.text import DATE_RE, NUMBER, Text, date_of, to_int

_ENDED = re.compile(
    r"stabili[sz]ation\s*period[^.]{0,200}?end(?:ed|s)?\s*(?:on)?"
    r"|穩定價格期[^。]{0,80}?(?:結束|结束)|稳定价格期[^。]{0,80}?结束",
    re.I | re.S,
)
_PARTIAL = re.compile(
    r"partial(?:ly)?\s*exercised|exercised\s*in\s*part|部分行使|部份行使|獲部分行使|获部分行使",
    re.I,
)
_FULL = re.compile(
    r"fully\s*exercised|exercised\s*in\s*full|in\s*full|悉數行使|悉数行使|全數行使|全部行使", re.I
)
_LAPSED = re.compile(
    r"not\s*(?:been\s*)?exercised|lapsed|未(?:獲|获)?行使|並無(?:獲|获)?行使|并无(?:获)?行使|失效",
    re.I,
)
_OPTION = re.compile(r"over-?\s*allotment\s*option|超額配股權|超额配股权", re.I)
_SHARES = re.compile(rf"({NUMBER})\s*(?:H\s*|additional\s*)*(?:Shares|股)", re.I)


def read_stabilisation(doc: Text, out: DocumentFacts) -> None:
    ended = _ENDED.search(doc.text)
    if ended:
        day = DATE_RE.search(doc.text, ended.start(), ended.end() + 120)
        if day is None:  # "穩定價格期已於2026年2月6日結束": the date is inside the phrase
            day = DATE_RE.search(doc.text, max(ended.start() - 80, 0), ended.end())
        if day and date_of(day):
            value = date_of(day)
            assert value is not None
            out.put(
                "stabilisation_ended",
                value.isoformat(),
                doc.page_at(ended.start()),
                doc.snippet(ended.start(), max(day.end(), ended.end())),
            )
    for option in _OPTION.finditer(doc.text):
        window = doc.text[option.start() : option.start() + 400]
        outcome = None
        for name, pattern in (("partial", _PARTIAL), ("full", _FULL), ("lapsed", _LAPSED)):
            found = pattern.search(window)
            if found:
                outcome = (name, found)
                break
        if outcome is None:
            continue
        name, found = outcome
        snippet_end = option.start() + found.end()
        page = doc.page_at(option.start())
        if name != "lapsed":
            shares = _SHARES.search(window, found.start() - 200 if found.start() > 200 else 0)
            shares = _SHARES.search(window) if shares is None else shares
            candidates = [m for m in _SHARES.finditer(window) if to_int(m.group(1)) >= 1000]
            if candidates:
                best = min(candidates, key=lambda m: abs(m.start() - found.start()))
                out.put(
                    "over_allotment_shares",
                    to_int(best.group(1)),
                    page,
                    doc.snippet(option.start(), option.start() + max(best.end(), found.end())),
                )
                snippet_end = max(snippet_end, option.start() + best.end())
        else:
            out.put("over_allotment_shares", 0, page, doc.snippet(option.start(), snippet_end))
        out.put("over_allotment", name, page, doc.snippet(option.start(), snippet_end))
        return
