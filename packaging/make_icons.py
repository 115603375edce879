"""Render resources/icons/app.svg into the icon files the installers need.

    .venv/bin/python packaging/make_icons.py

writes resources/icons/png/app-<size>.png (16 … 1024), resources/icons/app.ico (Windows)
and resources/icons/app.icns (macOS). Qt draws the SVG (QtSvg ships in
PySide6-Essentials); the ICO and ICNS containers are simple enough to write here, so no
imaging library is needed. Run it again whenever app.svg changes; the outputs are
committed so that a build does not depend on it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "app.svg"
PNG_DIR = ICONS / "png"
ICO = ICONS / "app.ico"
ICNS = ICONS / "app.icns"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS entry types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)


def outputs() -> list[Path]:
    return [*(PNG_DIR / f"app-{size}.png" for size in PNG_SIZES), ICO, ICNS]


def render(size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn on a transparent square of `size` pixels, as a QImage."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not write PNG data")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """A 32-bit BMP entry for an ICO: header, BGRA rows bottom-up, then the AND mask.

    Small sizes are stored this way rather than as PNG because every Windows
    component (and every icon tool) reads it; PNG is kept for 256 px, where
    Windows expects it.
    """
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        # Format_ARGB32 keeps each pixel as a native 32-bit 0xAARRGGBB: B, G, R, A in memory
        # on little-endian machines, which is what the DIB wants.
        line = bytes(argb.constScanLine(y))[: size * 4]
        if sys.byteorder == "big":
            line = b"".join(line[i : i + 4][::-1] for i in range(0, len(line), 4))
        rows.append(line)
    mask_row = b"\x00" * (((size + 31) // 32) * 4)  # alpha decides; the mask is all "opaque"
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = images[size]
        data = png_bytes(image) if size >= 256 else dib_bytes(image)
        entries.append((size, data))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory = b""
    for size, data in entries:
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(data for _, data in entries)


def icns_bytes(images: dict[int, object]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png_bytes(images[size])
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        write_if_changed(PNG_DIR / f"app-{size}.png", png_bytes(images[size]))
    write_if_changed(ICO, ico_bytes(images))
    write_if_changed(ICNS, icns_bytes(images))
    return 0


if __name__ == "__main__":
    sys.exit(main())
