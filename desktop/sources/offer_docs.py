"""Read an HKEX offer document (PDF bytes) into its facts.

The bytes go through `pdf_text.read_pdf` (pypdfium2); the text → facts parsing is the
pure `desktop.domain.offer`. A file that is not a readable PDF, or one of more pages than
any offer document has, raises `PdfError` with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.identify import classify
from desktop.domain.offer.reader import read_document, wanted_pages
from desktop.domain.offer.text import Text
from desktop.domain.phrases import PDF_TOO_MANY_PAGES
from desktop.sources.pdf_text import MAX_PAGES, PdfError, read_pdf

HEAD_PAGES = 6
"""Enough pages for the headings, the stock code and the issuer."""
FIRST_READ = 120
"""Pages read in the first pass (every notice and results announcement fits)."""


def read_offer_document(
    data: bytes,
    *,
    expected_code: str | None = None,
    expected_names: Iterable[str] = (),
    max_pages: int = MAX_PAGES,
) -> DocumentFacts:
    # One pass for a notice or results announcement (tens of pages); a longer document
    # is read further only when it is a prospectus or when its type needs every page.
    first = read_pdf(data, range(1, FIRST_READ + 1))
    count = first.page_count
    if count > max_pages:
        raise PdfError(PDF_TOO_MANY_PAGES.compose(pages=f"{count:,}", most=f"{max_pages:,}"))
    pages = list(zip(first.numbers, first.pages, strict=True))
    if count > FIRST_READ:
        rest = read_pdf(data, range(FIRST_READ + 1, count + 1))
        pages.extend(zip(rest.numbers, rest.pages, strict=True))
        if classify(Text.of(pages[:HEAD_PAGES], count)) == "prospectus":
            keep = set(wanted_pages(pages))
            pages = [(n, t) for n, t in pages if n in keep]
    return read_document(
        pages, page_count=count, expected_code=expected_code, expected_names=expected_names
    )


__all__ = ["PdfError", "read_offer_document"]
