"""Offer documents as real PDFs, generated here (fpdf2 with the Noto CJK font), from the
text fixtures in tests/fixtures/offer (pages separated by a form feed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "offer"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture_pages(name: str) -> list[tuple[int, str]]:
    return [(i + 1, page) for i, page in enumerate(fixture_text(name).split("\f"))]


def make_pdf(
    pages: list[str],
    *,
    password: str | None = None,
    blank_pages: int = 0,
) -> bytes:
    """A PDF with one page per text (each line a line of text), then `blank_pages` pages
    with only a page number."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoCJK", fname=FONT, collection_font_number=3)
    pdf.set_font("NotoCJK", size=7)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for text in pages:
        pdf.add_page()
        y = 10.0
        for line in text.split("\n"):
            if y > 285:
                pdf.add_page()
                y = 10.0
            if line.strip():
                pdf.set_xy(8, y)
                pdf.cell(text=line)
            y += 3.6
    for number in range(blank_pages):
        pdf.add_page()
        pdf.set_xy(100, 280)
        pdf.cell(text=f"- {number + len(pages) + 1} -")
    return bytes(pdf.output())


@cache
def fixture_pdf(name: str) -> bytes:
    return make_pdf(fixture_text(name).split("\f"))
