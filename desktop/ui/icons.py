"""The app icon, and the tray icon with the unread count drawn on it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.paths import resource


@cache
def app_icon() -> QIcon:
    path = resource("icons", "app.svg")
    icon = QIcon(str(path)) if path.exists() else QIcon()
    return icon


def badge_icon(unread: int, size: int = 64) -> QIcon:
    """The app icon with a red badge showing the unread count (99+ above 99)."""
    base = app_icon().pixmap(size, size)
    if base.isNull():
        base = QPixmap(size, size)
        base.fill(QColor("#1f6fd1"))
    if unread <= 0:
        return QIcon(base)
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = "99+" if unread > 99 else str(unread)
    diameter = size * (0.62 if len(text) < 3 else 0.72)
    rect = QRectF(size - diameter, 0, diameter, diameter)
    painter.setBrush(QColor("#e53935"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(diameter * (0.6 if len(text) == 1 else 0.45)))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
