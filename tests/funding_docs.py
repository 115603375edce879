"""Offer documents for the funding tests: real PDFs (fpdf2, Noto CJK), the multi-file
index page that lists the chapters, and the application file naming them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tests.conftest import FIXTURES

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TRADITIONAL = 3  # NotoSansCJK-Regular.ttc: 0 JP, 1 KR, 2 SC, 3 TC
HOST = "www1.hkexnews.hk"
APP_ID = 108500
BASE = f"sehk/2026/{APP_ID}"
FULL_PDF = f"{BASE}/documents/sehk26030200100.pdf"
MULTI_INDEX = f"{BASE}/2026030200099.htm"
HISTORY_PDF = f"{BASE}/documents/sehk26030200107.pdf"
SUMMARY_PDF = f"{BASE}/documents/sehk26030200102.pdf"


def make_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """One PDF page per entry, each line its own paragraph (wrapped as it needs)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("noto", fname=FONT, collection_font_number=TRADITIONAL)
    pdf.set_font("noto", size=9)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def chapter_lines(name: str = "chapter_en.txt") -> list[str]:
    return (FIXTURES / "funding" / name).read_text(encoding="utf-8").splitlines()


def chapter_pdf() -> bytes:
    """The history chapter as its own file (multi-file version): two pages."""
    lines = chapter_lines()
    header = "HISTORY, DEVELOPMENT AND CORPORATE STRUCTURE"
    return make_pdf([lines[:7], [header, *lines[7:]]])


def full_pdf() -> bytes:
    """A whole proof: cover, summary (money that is no round), the chapter, financials."""
    header = "HISTORY, DEVELOPMENT AND CORPORATE STRUCTURE"
    lines = chapter_lines()
    return make_pdf(
        [
            ["Application Proof of Mech-Mind Robotics Technologies Ltd.", "WARNING"],
            [
                "SUMMARY",
                "Our revenue grew to RMB812.3 million in 2024.",
                "We expect the Global Offering to raise net proceeds of HK$1,200 million.",
            ],
            lines[:7],
            [header, *lines[7:]],
            ["FINANCIAL INFORMATION", "Our revenue in 2023 was RMB600 million."],
        ]
    )


def index_html() -> bytes:
    """The multi-file page: one table row per chapter, the link text is the chapter."""
    rows = [
        ("Cover", f"/app/{BASE}/documents/sehk26030200101.pdf"),
        ("Summary", f"/app/{SUMMARY_PDF}"),
        ("History, Development and Corporate Structure", f"/app/{HISTORY_PDF}"),
        ("Financial Information", f"/app/{BASE}/documents/sehk26030200112.pdf"),
    ]
    cells = "".join(
        f'<tr><td class="title">{label}</td><td><a href="{href}">PDF</a></td></tr>'
        for label, href in rows
    )
    return f"<html><body><table>{cells}</table></body></html>".encode()


def application_file(name: str, *, multi: bool = True) -> bytes:
    """``appactive_app_sehk_e.json`` with the watched company's proof."""
    doc: dict[str, Any] = {
        "d": "02/03/2026",
        "nF": "Application Proof (1st submission)",
        "nS1": "Full Version",
        "u1": FULL_PDF,
    }
    if multi:
        doc |= {"nS2": "Multi-Files", "u2": MULTI_INDEX}
    record = {"id": APP_ID, "d": "02/03/2026", "a": name, "s": "A", "hasPhip": False, "ls": [doc]}
    return json.dumps({"genDate": 1772409600000, "uDate": "02/03/2026", "app": [record]}).encode()


def serve_documents(mirror: Any, name: str, *, multi: bool = True) -> None:
    """The proof on the application file; its chapter, index and full version."""
    mirror.add(
        f"{HOST}/ncms/json/eds/appactive_app_sehk_e.json", application_file(name, multi=multi)
    )
    mirror.add(f"{HOST}/app/{MULTI_INDEX}", index_html(), content_type="text/html")
    mirror.add(f"{HOST}/app/{HISTORY_PDF}", chapter_pdf(), content_type="application/pdf")
    mirror.add(f"{HOST}/app/{FULL_PDF}", full_pdf(), content_type="application/pdf")


def rss(items: Sequence[tuple[str, str, str]]) -> bytes:
    """An RSS feed of (title, link, description) items, published 2026-02-10."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        "<pubDate>Tue, 10 Feb 2026 08:00:00 +0800</pubDate></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>'
        f"{entries}</channel></rss>"
    ).encode()
