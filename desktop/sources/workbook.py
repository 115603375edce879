"""Reading a downloaded Excel workbook: its sheets as rows of plain values.

One reader for every source that downloads a workbook (the New Listing Report, the CSRC
status table).  Both Excel formats are read, told apart by their first bytes, not by the
file name:

- ``.xlsx`` (a zip of XML parts, starts with ``PK``): openpyxl, read-only, cached values.
  The archive is checked before it is opened (number of parts, unpacked size, how well
  each part compresses), so a zip bomb is refused instead of filling the memory.
- ``.xls`` (the old binary format, BIFF in an OLE2 compound file, starts with
  ``D0 CF 11 E0``): xlrd.  The CSRC has published its status table in this format.

Either way a cell comes back as openpyxl gives it: text, an int for a whole number, a
float, a ``datetime`` for a cell formatted as a date, a bool, or None for an empty cell.
Anything that is not a readable workbook is a ``ParseError`` in plain words.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from desktop.sources.base import ParseError

__all__ = ["XLS_MAGIC", "Sheet", "kind_of", "read_sheets", "readers"]

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 compound file (.xls)
XLSX_MAGIC = b"PK"

MAX_ENTRIES = 2_000
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200

Sheet = tuple[str, list[tuple[Any, ...]]]  # (sheet name, rows of values)


def kind_of(payload: bytes) -> str | None:
    """``"xlsx"``, ``"xls"`` or None, from the file's first bytes."""
    head = bytes(payload[:8])
    if head.startswith(XLSX_MAGIC):
        return "xlsx"
    if head == XLS_MAGIC:
        return "xls"
    return None


def readers() -> tuple[str, ...]:
    """The formats this build can read (the self-test checks both are bundled)."""
    import openpyxl
    import xlrd

    assert openpyxl and xlrd
    return ("xlsx", "xls")


def read_sheets(
    payload: bytes,
    *,
    max_rows: int,
    max_cols: int,
    first_only: bool = False,
    max_unpacked: int = MAX_UNPACKED,
    strict_rows: bool = False,
) -> list[Sheet]:
    """Every sheet's rows (or only the first sheet's), at most ``max_rows`` each.

    With ``strict_rows`` a sheet longer than that is an error rather than cut short."""
    if not isinstance(payload, bytes | bytearray) or not payload:
        raise ParseError("empty download, not a workbook")
    kind = kind_of(payload)
    if kind is None:
        raise ParseError("not an Excel workbook (.xlsx or .xls): the file does not start like one")
    if kind == "xlsx":
        _check_archive(bytes(payload), max_unpacked)
        read = _xlsx_sheets
    else:
        read = _xls_sheets
    sheets = read(bytes(payload), first_only, _Limits(max_rows, max_cols, strict_rows))
    if not sheets:
        raise ParseError("workbook has no sheet")
    return sheets


class _Limits(NamedTuple):
    rows: int
    cols: int
    strict: bool

    def take(self, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
        kept: list[tuple[Any, ...]] = []
        for row in rows:
            if len(kept) >= self.rows:
                if self.strict:
                    raise ParseError(f"workbook has more than {self.rows} rows")
                break
            kept.append(tuple(row[: self.cols]))
        return kept


# -- .xlsx -------------------------------------------------------------------------------


def _check_archive(payload: bytes, max_unpacked: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ParseError(f"not an Excel workbook (.xlsx) that can be opened ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise ParseError(f"workbook has {len(infos)} parts, too many for a table")
    total = sum(info.file_size for info in infos)
    if total > max_unpacked or total > MAX_RATIO * len(payload) + 10_000_000:
        raise ParseError(f"workbook unpacks to {total // (1024 * 1024)} MB: refused as a zip bomb")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ParseError("workbook is compressed suspiciously well: refused as a zip bomb")


def _xlsx_sheets(payload: bytes, first_only: bool, limits: _Limits) -> list[Sheet]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise ParseError(
            f"not a readable Excel workbook (.xlsx) ({type(exc).__name__}: {exc})"
        ) from None
    try:
        worksheets = book.worksheets[:1] if first_only else book.worksheets
        return [
            (
                str(sheet.title)[:100],
                limits.take(sheet.iter_rows(values_only=True, max_col=limits.cols)),
            )
            for sheet in worksheets
        ]
    except ParseError:
        raise
    except Exception as exc:  # a corrupt sheet part
        raise ParseError(f"could not read the workbook ({type(exc).__name__}: {exc})") from None
    finally:
        with contextlib.suppress(Exception):
            book.close()


# -- .xls --------------------------------------------------------------------------------


def _xls_sheets(payload: bytes, first_only: bool, limits: _Limits) -> list[Sheet]:
    import xlrd

    log = io.StringIO()  # xlrd writes its warnings to a file; they are not ours to show
    try:
        book = xlrd.open_workbook(
            file_contents=payload, logfile=log, on_demand=True, ragged_rows=True
        )
    except Exception as exc:  # xlrd raises many kinds on a broken file
        raise ParseError(
            f"not a readable Excel workbook (.xls) ({type(exc).__name__}: {exc})"
        ) from None
    try:
        count = min(book.nsheets, 1) if first_only else book.nsheets
        sheets = []
        for index in range(count):
            sheet = book.sheet_by_index(index)
            rows = (
                [_xls_value(cell, book.datemode) for cell in sheet.row(r)]
                for r in range(sheet.nrows)
            )
            sheets.append((str(sheet.name)[:100], limits.take(rows)))
        return sheets
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"could not read the workbook ({type(exc).__name__}: {exc})") from None
    finally:
        with contextlib.suppress(Exception):
            book.release_resources()


def _xls_value(cell: Any, datemode: int) -> Any:
    """A cell as openpyxl would give it."""
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_TEXT:
        return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            stamp: datetime = xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
        return stamp
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value
