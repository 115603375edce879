"""One document's text → its facts (DESIGN.md §3 `document`, §4a).

`read_document(pages)` identifies the document from its headings, reads its stock code and
issuer, verifies them against what was expected (when given), and only then reads the
sections its type has. A prospectus is read only on the pages it needs (`wanted_pages`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from desktop.domain.offer.allotment import read_allotment
from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.holders import read_cornerstones
from desktop.domain.offer.identify import classify, language, read_identity, verify
from desktop.domain.offer.notice import read_mechanism, read_terms
from desktop.domain.offer.stabilisation import read_stabilisation
from desktop.domain.offer.text import Text, any_label
from desktop.domain.phrases import CHECK_NO_LABELS

_PROSPECTUS_CHAPTERS = re.compile(
    any_label(
        (
            "EXPECTED TIMETABLE",
            "STRUCTURE OF THE GLOBAL OFFERING",
            "STRUCTURE OF THE SHARE OFFER",
            "STRUCTURE AND CONDITIONS OF THE GLOBAL OFFERING",
            "CORNERSTONE INVESTORS",
            "HOW TO APPLY FOR HONG KONG OFFER SHARES",
            "預期時間表",
            "全球發售的架構",
            "全球發售架構",
            "基石投資者",
        )
    ),
    re.I,
)
COVER_PAGES = 6


def wanted_pages(pages: Sequence[tuple[int, str]]) -> list[int]:
    """Of a prospectus, the cover and the pages whose running head names a chapter we read
    (expected timetable, structure of the offering, cornerstone investors)."""
    wanted: list[int] = []
    for number, text in pages:
        head = "\n".join(text.strip().split("\n")[:4])
        if number <= COVER_PAGES or _PROSPECTUS_CHAPTERS.search(head):
            wanted.append(number)
    return wanted


def read_document(
    pages: Sequence[tuple[int, str]],
    *,
    page_count: int | None = None,
    expected_code: str | None = None,
    expected_names: Iterable[str] = (),
) -> DocumentFacts:
    """The facts of one document. `pages`: (1-based page number, text) in order."""
    doc = Text.of(pages, page_count)
    out = DocumentFacts(page_count=doc.page_count)
    out.lang = language(doc)
    out.doc_type = classify(doc)
    read_identity(doc, out)
    verify(out, expected_code, expected_names)
    if out.problems or out.doc_type == "other":
        return out
    if out.doc_type == "prospectus":
        keep = set(wanted_pages(pages))
        doc = Text.of([(n, t) for n, t in pages if n in keep], doc.page_count)
    read_mechanism(doc, out)
    if out.doc_type in ("formal_notice", "prospectus"):
        read_terms(doc, out)
        if out.doc_type == "prospectus":
            read_cornerstones(doc, out)
    elif out.doc_type == "allotment_results":
        read_allotment(doc, out)
    elif out.doc_type == "stabilisation_end":
        read_stabilisation(doc, out)
    if not any(k for k in out.facts if k not in ("stock_code", "issuer")):
        out.checks.append(CHECK_NO_LABELS.compose())
    return out
