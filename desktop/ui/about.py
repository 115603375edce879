"""The About dialog."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME, __version__


def about_title() -> str:
    return QCoreApplication.translate("About", "About {APP_NAME}").format(APP_NAME=APP_NAME)


def about_text(data_dir: str) -> str:
    return QCoreApplication.translate(
        "About",
        "<h3>{APP_NAME} {version}</h3>"
        "<p>Follows mainland Chinese tech companies on their way to a Hong Kong listing: "
        "HKEX application proofs and listing documents, the CSRC filing table, exchange "
        "announcements and news, in one timeline per company.</p>"
        "<p>Facts come from the linked sources. This is not investment advice.</p>"
        "<p><small>Data folder: {folder}<br>Python {python} · "
        "Qt {qt} · PySide6 {pyside}</small></p>",
    ).format(
        APP_NAME=APP_NAME,
        version=__version__,
        folder=html.escape(data_dir),
        python=platform.python_version(),
        qt=qVersion(),
        pyside=pyside_version,
    )


def about_box(parent: QWidget | None, data_dir: str) -> QMessageBox:
    """The About box, not yet shown (what `show_about` opens)."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, about_title(), about_text(data_dir), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_about(parent: QWidget, data_dir: str) -> None:
    QMessageBox.about(parent, about_title(), about_text(data_dir))
