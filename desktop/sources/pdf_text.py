"""Text of a PDF, page by page, through pypdfium2.

Pure: bytes in, text out (no Qt, no database). Shared by everything that reads official
documents (offer documents, the history chapter of an application proof). A file that is
not a readable PDF raises `PdfError` with a one-line reason a person can read, in English
as `desktop.domain.phrases` composes it (`phrases.shown` writes it in the reader's language).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.phrases import (
    PDF_DAMAGED,
    PDF_EMPTY,
    PDF_NO_PAGES,
    PDF_NOT_PDF,
    PDF_PASSWORD,
    PDF_TOO_LARGE,
)

MAX_BYTES = 60 * 1024 * 1024
"""Documents larger than this are not read (an IPO prospectus is 5-30 MB)."""

MAX_PAGES = 2000
"""Documents with more pages than this are not read in full (see `pages`)."""

# PDFium is not thread-safe: one document at a time per process.
_LOCK = threading.Lock()


class PdfError(ValueError):
    """The bytes are not a PDF that can be read; `str()` is the reason in plain words."""


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a document: `pages[i]` is page i + 1. `page_count` is the document's
    own count, which can exceed `len(pages)` when only some pages were asked for."""

    pages: tuple[str, ...]
    page_count: int
    numbers: tuple[int, ...]
    """The 1-based page number of each entry of `pages`."""

    def text(self) -> str:
        return "\n".join(self.pages)

    def page_of(self, index: int) -> int:
        return self.numbers[index]


def too_large(size: int) -> str:
    """Why a file of `size` bytes is not read."""
    return PDF_TOO_LARGE.compose(size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))


def _check_header(data: bytes) -> None:
    if not data:
        raise PdfError(PDF_EMPTY.compose())
    if len(data) > MAX_BYTES:
        raise PdfError(too_large(len(data)))
    if b"%PDF-" not in data[:1024]:
        raise PdfError(PDF_NOT_PDF.compose())


def read_pdf(
    data: bytes,
    pages: Iterable[int] | None = None,
    *,
    max_pages: int = MAX_PAGES,
) -> PdfText:
    """Read the text of `data`.

    `pages`: 1-based page numbers to read (others are skipped; numbers beyond the end are
    ignored); default every page up to `max_pages`. Raises `PdfError` for a file that is
    empty, too large, not a PDF, truncated beyond repair, or encrypted.
    """
    _check_header(data)
    import pypdfium2 as pdfium  # imported on first use: keeps start-up lean

    with _LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc).lower()
            if "password" in message:
                raise PdfError(PDF_PASSWORD.compose()) from exc
            raise PdfError(PDF_DAMAGED.compose()) from exc
        try:
            count = len(doc)
            if count == 0:
                raise PdfError(PDF_NO_PAGES.compose())
            if pages is None:
                wanted: Sequence[int] = range(1, min(count, max_pages) + 1)
            else:
                wanted = sorted({p for p in pages if 1 <= p <= count})
            texts: list[str] = []
            for number in wanted:
                page = doc[number - 1]
                try:
                    textpage = page.get_textpage()
                    try:
                        texts.append(_clean(textpage.get_text_range()))
                    finally:
                        textpage.close()
                finally:
                    page.close()
            return PdfText(pages=tuple(texts), page_count=count, numbers=tuple(wanted))
        finally:
            doc.close()


def page_count(data: bytes) -> int:
    """Number of pages, without extracting any text."""
    return read_pdf(data, pages=()).page_count


def _clean(text: str) -> str:
    # PDFium ends lines with \r\n and marks soft hyphens / form feeds; keep plain \n.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\xad", "")
