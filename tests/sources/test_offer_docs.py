"""Offer documents as real PDFs (fpdf2, Noto CJK) read through pypdfium2, and the
`ipo-watch document` command run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.offer.facts import CONTRACT_KEYS
from desktop.sources.offer_docs import read_offer_document
from desktop.sources.pdf_text import PdfError
from tests.offer.pdfs import fixture_pdf, fixture_text, make_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "doc_type", "key", "value"),
    [
        ("allotment_en.txt", "allotment_results", "one_lot_success_pct", 2.81),
        ("allotment_zh_hant.txt", "allotment_results", "hk_valid_applications", 183_816),
        ("allotment_zh_hans.txt", "allotment_results", "clawback", True),
        ("notice_en.txt", "formal_notice", "entry_fee", 11_737.19),
        ("notice_zh_hant.txt", "formal_notice", "timetable.listing", "2026-01-08T09:00"),
        ("stabilisation_en.txt", "stabilisation_end", "over_allotment", "partial"),
        ("stabilisation_zh.txt", "stabilisation_end", "over_allotment", "lapsed"),
        ("next_day_return.txt", "other", "stock_code", None),
    ],
)
def test_generated_pdfs(name, doc_type, key, value):
    out = read_offer_document(fixture_pdf(name))
    assert out.doc_type == doc_type
    assert out.value(key) == value


def test_wrong_company_pdf_is_rejected():
    out = read_offer_document(fixture_pdf("allotment_en.txt"), expected_code="09999")
    assert out.problems
    assert "hk_valid_applications" not in out.facts


def test_negatives_give_a_plain_reason():
    good = fixture_pdf("notice_en.txt")
    with pytest.raises(PdfError, match="damaged or truncated"):
        read_offer_document(good[: len(good) // 3])
    with pytest.raises(PdfError, match="encrypted"):
        read_offer_document(make_pdf(["secret"], password="pw"))
    with pytest.raises(PdfError, match="not a PDF"):
        read_offer_document(b"<html>not a pdf</html>")
    with pytest.raises(PdfError, match="pages, more than"):
        read_offer_document(make_pdf(["x"], blank_pages=30), max_pages=20)


def test_labels_missing_pdf():
    out = read_offer_document(
        make_pdf(
            [
                "Example Atlas Technology Limited\n(Stock Code: 2513)\nALLOTMENT RESULTS\nBASIS OF ALLOCATION\n"
            ]
        )
    )
    assert out.doc_type == "allotment_results"
    assert any("none of the expected labels" in c for c in out.checks)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "document", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_document_command_json(tmp_path):
    path = tmp_path / "results.pdf"
    path.write_bytes(fixture_pdf("allotment_zh_hant.txt"))
    done = _run(str(path), "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert set(CONTRACT_KEYS) <= set(record)
    assert record["doc_type"] == "allotment_results"
    assert record["stock_code"] == "02513"
    assert record["lang"] == "zh"
    assert record["one_lot_success_pct"] == 2.81
    assert record["listing_date"] == "2026-01-08"
    assert record["entry_fee"] is None
    assert record["sources"]["hk_valid_applications"]["page"] == 1


def test_document_command_other_and_text(tmp_path):
    path = tmp_path / "ndr.pdf"
    path.write_bytes(fixture_pdf("next_day_return.txt"))
    done = _run(str(path), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["doc_type"] == "other"
    notice = tmp_path / "notice.pdf"
    notice.write_bytes(fixture_pdf("notice_en.txt"))
    done = _run(str(notice))
    assert done.returncode == 0
    assert "formal_notice" in done.stdout and "entry_fee: 11737.19  (page 3)" in done.stdout


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"just text", "not a PDF"),
        ("truncated", "truncated"),
        ("encrypted", "encrypted"),
    ],
)
def test_document_command_refuses_unreadable_files(tmp_path, content, reason):
    path = tmp_path / "doc.pdf"
    if content == "truncated":
        data = fixture_pdf("notice_en.txt")
        path.write_bytes(data[: len(data) // 2])
    elif content == "encrypted":
        path.write_bytes(make_pdf([fixture_text("notice_en.txt")], password="pw"))
    else:
        path.write_bytes(content)
    done = _run(str(path), "--json")
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0]


def test_document_command_missing_file(tmp_path):
    done = _run(str(tmp_path / "none.pdf"))
    assert done.returncode != 0 and "no such file" in done.stderr


def test_document_command_refuses_a_file_over_the_size_cap(tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(61 * 1024 * 1024)  # sparse: no 61 MB written
    done = _run(str(path))
    assert done.returncode != 0 and "larger than" in done.stderr


def test_document_command_refuses_thousands_of_pages(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2001):
        pdf.add_page()
    path = tmp_path / "pages.pdf"
    path.write_bytes(bytes(pdf.output()))
    done = _run(str(path), "--json")
    assert done.returncode != 0
    assert "2,001 pages" in done.stderr and len(done.stderr.strip().splitlines()) == 1
