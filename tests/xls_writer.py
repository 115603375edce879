"""A minimal writer of the old binary Excel format (``.xls``: BIFF8 in an OLE2 file).

No maintained library writes ``.xls`` any more, and a test must read a real one, so this
writes the smallest file Excel's own layout allows: an OLE2 compound file (512-byte
sectors, the FAT sectors listed in the header, one directory sector) holding a ``Workbook`` stream of BIFF8
records -- the globals (BOF, CODEPAGE, DATEMODE, two XF records: general and the
built-in date format 14, BOUNDSHEET per sheet, the shared string table SST continued in
CONTINUE records at string boundaries, EOF), then
each sheet (BOF, DIMENSIONS, LABELSST / NUMBER / BOOLERR cells, EOF).  Text cells go
through the SST as Excel writes them; numbers are IEEE doubles; a ``date``/``datetime``
is a number with the date format.  Layout as in the [MS-XLS] and [MS-CFB]
specifications.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

SECTOR = 512
END_OF_CHAIN = 0xFFFFFFFE
FAT_SECTOR = 0xFFFFFFFD
FREE = 0xFFFFFFFF
NO_STREAM = 0xFFFFFFFF
MIN_STANDARD_STREAM = 4096  # smaller streams would belong in the mini stream
MAX_RECORD = 8224

Rows = Sequence[Sequence[Any]]


def _record(kind: int, data: bytes) -> bytes:
    if len(data) > MAX_RECORD:
        raise ValueError("record too long for this minimal writer")
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def _xf(format_index: int) -> bytes:
    # font 0, format, cell XF with parent style 0, alignment/border/background defaults.
    return _record(
        0x00E0, struct.pack("<HHHBBBBIiH", 0, format_index, 0, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    )


def _unicode(text: str, length_bytes: int) -> bytes:
    encoded = text.encode("utf-16-le")
    size = struct.pack("<B" if length_bytes == 1 else "<H", len(encoded) // 2)
    return size + b"\x01" + encoded  # flag 1: two bytes per character


def _serial(day: date) -> float:
    stamp = day if isinstance(day, datetime) else datetime(day.year, day.month, day.day)
    delta = stamp - datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def _sheet(rows: Rows, strings: dict[str, int]) -> bytes:
    width = max((len(r) for r in rows), default=0)
    body = [_bof(0x0010), _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            where = struct.pack("<HH", r, c)
            if value is None:
                continue
            if isinstance(value, bool):
                body.append(_record(0x0205, where + struct.pack("<HBB", 0, int(value), 0)))
            elif isinstance(value, int | float):
                body.append(_record(0x0203, where + struct.pack("<Hd", 0, float(value))))
            elif isinstance(value, date):
                body.append(_record(0x0203, where + struct.pack("<Hd", 1, _serial(value))))
            else:
                index = strings.setdefault(str(value), len(strings))
                body.append(_record(0x00FD, where + struct.pack("<HI", 0, index)))
    body.append(_record(0x000A, b""))
    return b"".join(body)


def _shared_strings(strings: dict[str, int], total: int) -> bytes:
    """The SST record, continued in CONTINUE records at string boundaries as needed."""
    records, data = [], struct.pack("<II", total, len(strings))
    for text in strings:
        piece = _unicode(text, 2)
        if len(data) + len(piece) > MAX_RECORD:
            records.append(data)
            data = b""
        data += piece
    records.append(data)
    kinds = [0x00FC] + [0x003C] * (len(records) - 1)  # SST, then CONTINUE
    return b"".join(_record(kind, body) for kind, body in zip(kinds, records, strict=True))


def workbook_stream(sheets: Sequence[tuple[str, Rows]]) -> bytes:
    """The BIFF8 ``Workbook`` stream of the sheets."""
    strings: dict[str, int] = {}
    bodies = [_sheet(rows, strings) for _, rows in sheets]
    total = sum(sum(1 for v in row if isinstance(v, str)) for _, rows in sheets for row in rows)
    head = [_bof(0x0005), _record(0x0042, struct.pack("<H", 1200))]
    head += [_record(0x0022, struct.pack("<H", 0)), _xf(0), _xf(14)]
    names = [_unicode(name, 1) for name, _ in sheets]
    sheet_records = 4 + 4 + 2  # header, offset, flags
    tail = _shared_strings(strings, total) + _record(0x000A, b"")
    offset = sum(map(len, head)) + sum(sheet_records + len(n) for n in names) + len(tail)
    for name, body in zip(names, bodies, strict=True):
        head.append(_record(0x0085, struct.pack("<IH", offset, 0) + name))
        offset += len(body)
    return b"".join(head) + tail + b"".join(bodies)


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE2 compound file holding one stream (padded to a standard stream)."""
    stream = stream.ljust(max(MIN_STANDARD_STREAM, -(-len(stream) // SECTOR) * SECTOR), b"\0")
    data_sectors = len(stream) // SECTOR
    per_fat = SECTOR // 4
    fat_sectors = 1
    while data_sectors + 1 + fat_sectors > fat_sectors * per_fat:
        fat_sectors += 1
    if fat_sectors > 109:  # the FAT sectors the header itself can list
        raise ValueError("stream too long for this minimal writer")
    directory_sector = data_sectors
    first_fat = data_sectors + 1
    fat = [*range(1, data_sectors), END_OF_CHAIN, END_OF_CHAIN] + [FAT_SECTOR] * fat_sectors
    fat += [FREE] * (fat_sectors * per_fat - len(fat))

    def entry(label: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (label + "\0").encode("utf-16-le") if label else b""
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, NO_STREAM, child)
            + b"\0" * 16
            + struct.pack("<I", 0)
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    directory = (
        entry("Root Entry", 5, 1, END_OF_CHAIN, 0)
        + entry(name, 2, NO_STREAM, 0, len(stream))
        + entry("", 0, NO_STREAM, 0, 0) * 2
    )
    difat = [first_fat + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,
            fat_sectors,
            directory_sector,
            0,
            MIN_STANDARD_STREAM,
            END_OF_CHAIN,
            0,
            END_OF_CHAIN,
            0,
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR and len(directory) == SECTOR
    return header + stream + directory + struct.pack(f"<{len(fat)}I", *fat)


def xls_workbook(sheets: Sequence[tuple[str, Rows]]) -> bytes:
    """A ``.xls`` file of the sheets: ``[("Sheet1", [[cell, ...], ...]), ...]``."""
    return compound_file(workbook_stream(sheets))
