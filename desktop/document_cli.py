"""``ipo-watch document FILE [--json]``: read one HKEX offer document and print what it says
(DESIGN.md §3). Exit 0 for any readable PDF (`doc_type` `other` included), 2 with a
one-line reason otherwise."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.domain.offer.facts import TIMETABLE_KEYS


def run_document_command(args: argparse.Namespace) -> int:
    from desktop.sources.offer_docs import read_offer_document
    from desktop.sources.pdf_text import MAX_BYTES, PdfError, too_large

    path = Path(args.file)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PdfError(too_large(size))
        data = path.read_bytes()
        facts = read_offer_document(data)
    except FileNotFoundError:
        return _fail(f"{path}: no such file")
    except IsADirectoryError:
        return _fail(f"{path}: is a folder, not a file")
    except PermissionError:
        return _fail(f"{path}: not allowed to read it")
    except PdfError as exc:
        return _fail(f"{path}: {exc}")
    record = facts.to_contract()
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(_text(record))
    sys.stdout.flush()
    return 0


def _fail(reason: str) -> int:
    print(f"ipo-watch document: {reason}", file=sys.stderr)
    return 2


def _text(record: dict[str, Any]) -> str:
    lines = [f"{record['doc_type']}  {record['stock_code'] or '-'}  {record['issuer'] or '-'}"]
    sources = record.get("sources", {})
    for key, value in record.items():
        if key in (
            "doc_type",
            "stock_code",
            "issuer",
            "sources",
            "checks",
            "problems",
            "page_count",
        ):
            continue
        if key == "timetable":
            for name in TIMETABLE_KEYS:
                if value[name] is not None:
                    page = sources.get(f"timetable.{name}", {}).get("page")
                    lines.append(f"  timetable.{name}: {value[name]}  (page {page})")
            continue
        if value is None or value == []:
            continue
        page = sources.get(key, {}).get("page")
        lines.append(f"  {key}: {value}" + (f"  (page {page})" if page else ""))
    lines.extend(f"  ! {check}" for check in record["checks"])
    lines.extend(f"  ✗ {problem}" for problem in record["problems"])
    return "\n".join(lines)
