"""Reading an allotment results announcement against pypdfium2's bare text extraction of
the same file (every page's text, nothing else), off the GUI thread.

    python -m benchmarks.offer_document [--runs N] [--tiers N]

The announcement is generated (fpdf2, Noto CJK) in the published layout: summary, the
allotment details of both tranches, cornerstones, lock-ups and a basis-of-allocation table
of `--tiers` rows per pool over many pages, in Traditional Chinese. The figure is the
median, over paired runs, of our read (`sources.offer_docs.read_offer_document`: text,
type, identity, every section, the cross-checks) divided by the bare extraction.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET = 1.5


def announcement(tiers: int) -> bytes:
    from tests.offer.pdfs import fixture_text, make_pdf

    text = fixture_text("allotment_zh_hant.txt")
    head, _, _basis = text.partition("甲組\n")
    rows_a = [
        "100 139,314 139,314名中135,403名獲發0股股份 0.00%",
        "139,314名中3,911名獲發100股股份 2.81%",
    ]
    rows_b = []
    for i in range(1, tiers):
        shares = 100 * (i + 1)
        rows_a.append(f"{shares:,} 100 100名中{max(1, 60 - i % 50)}名獲發100股股份 0.{i % 90:02d}%")
        rows_b.append(
            f"{shares * 100:,} 10 10名中{1 + i % 9}名獲發{100 * (1 + i % 5)}股股份 0.{i % 90:02d}%"
        )
    body = head + "甲組\n" + "\n".join(rows_a) + "\n乙組\n" + "\n".join(rows_b) + "\n"
    return make_pdf(body.split("\f"))


def bare_extraction(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    total = 0
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            total += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    return total


def ours(data: bytes) -> object:
    from desktop.sources.offer_docs import read_offer_document

    facts = read_offer_document(data)
    assert facts.doc_type == "allotment_results", facts.doc_type
    assert facts.value("one_lot_success_pct") == 2.81
    return facts


def paired(data: bytes, runs: int) -> list[tuple[float, float]]:
    """`runs` pairs (bare extraction, our read), each pair back to back on a worker thread
    (as the app reads off the GUI thread), so a busy machine slows both alike."""
    pairs: list[tuple[float, float]] = []

    def work() -> None:
        for _ in range(runs):
            started = time.perf_counter()
            bare_extraction(data)
            middle = time.perf_counter()
            ours(data)
            pairs.append((middle - started, time.perf_counter() - middle))

    thread = threading.Thread(target=work, name="offer-benchmark")
    thread.start()
    thread.join()
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--tiers", type=int, default=80)
    args = parser.parse_args(argv)
    data = announcement(args.tiers)
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(data))
    print(f"allotment results announcement: {len(data) / 1024:,.0f} KiB, {pages} pages")
    ours(data)
    bare_extraction(data)  # warm both paths (imports, font caches)
    pairs = paired(data, args.runs)
    bare = statistics.median(b for b, _ in pairs)
    read = statistics.median(r for _, r in pairs)
    ratio = statistics.median(r / b for b, r in pairs)
    print(f"bare pypdfium2 text extraction: {bare * 1000:.1f} ms (median of {args.runs})")
    print(f"read_offer_document: {read * 1000:.1f} ms (median of {args.runs})")
    print(
        f"offer document: {ratio:.2f}x bare text extraction, median of {args.runs} paired runs (target <= {TARGET:g}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
