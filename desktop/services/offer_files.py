"""Offer documents opened by hand (File › Open document…, a PDF dropped on the window):
read one file, and keep what it says with the offers. Run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

from desktop.domain.phrases import shown


def read_file(path: str) -> Any:
    """The document's facts, or the reason it cannot be read (a str)."""
    from desktop.sources.offer_docs import read_offer_document
    from desktop.sources.pdf_text import MAX_BYTES, PdfError

    try:
        file = Path(path)
        if file.stat().st_size > MAX_BYTES:
            return QCoreApplication.translate(
                "OfferFiles", "the file is larger than the {megabytes} MB this app reads"
            ).format(megabytes=MAX_BYTES // (1024 * 1024))
        return read_offer_document(file.read_bytes())
    except OSError as exc:
        return QCoreApplication.translate(
            "OfferFiles", "the file cannot be opened ({reason})"
        ).format(reason=exc.strerror or exc)
    except PdfError as exc:
        return shown(str(exc))


def keep(db: Any, url: str, facts: Any, company_id: int | None) -> int | None:
    """Store the document's facts under its file URL; attach its offer to the company."""
    from desktop.store.offers import attach_offer, store_document

    name = Path(unquote(urlsplit(url).path)).name
    stored = store_document(db, url, facts, title=name)
    if stored.offer_id is not None and company_id is not None:
        attach_offer(db, stored.offer_id, company_id)
    return company_id
