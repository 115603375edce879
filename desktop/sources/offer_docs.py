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
from desktop.sources.pdf_text import MAX_PAGES, PdfError, page_count, read_pdf

HEAD_PAGES = 6
"""Pages read first: enough for the headings, the stock code and the issuer."""


def read_offer_document(
    data: bytes,
    *,
    expected_code: str | None = None,
    expected_names: Iterable[str] = (),
    max_pages: int = MAX_PAGES,
) -> DocumentFacts:
    count = page_count(data)
    if count > max_pages:
        raise PdfError(f"the PDF has {count:,} pages, more than the {max_pages:,} this app reads")
    head = read_pdf(data, range(1, HEAD_PAGES + 1))
    head_pages = list(zip(head.numbers, head.pages, strict=True))
    kind = classify(Text.of(head_pages, count))
    if count <= HEAD_PAGES:
        pages = head_pages
    elif kind == "prospectus":
        # Every page's running head is needed to find the chapters; only those are parsed.
        full = read_pdf(data)
        every = list(zip(full.numbers, full.pages, strict=True))
        keep = set(wanted_pages(every))
        pages = [(n, t) for n, t in every if n in keep]
    else:
        full = read_pdf(data)
        pages = list(zip(full.numbers, full.pages, strict=True))
    return read_document(
        pages, page_count=count, expected_code=expected_code, expected_names=expected_names
    )


__all__ = ["PdfError", "read_offer_document"]
