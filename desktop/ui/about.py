"""The About dialog."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME, __version__


def show_about(parent: QWidget, data_dir: str) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Follows mainland Chinese tech companies on their way to a Hong Kong listing: "
        "HKEX application proofs and listing documents, the CSRC filing table, exchange "
        "announcements and news, in one timeline per company.</p>"
        "<p>Facts come from the linked sources. This is not investment advice.</p>"
        f"<p><small>Data folder: {html.escape(data_dir)}<br>Python {platform.python_version()} · "
        f"Qt {qVersion()} · PySide6 {pyside_version}</small></p>",
    )
