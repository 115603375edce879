"""The user's own news feeds: one RSS or Atom address a line, each checked."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Change
from desktop.services.operations import Operation
from desktop.store.db import Database
from desktop.store.sources import news_feeds, set_feeds
from desktop.ui.theme import error_style

log = logging.getLogger(__name__)
FEEDS_CHANGED = Change(sources=frozenset({"news"}), settings=frozenset({"news_feeds"}))


def check_feeds(text: str) -> tuple[list[str], list[str]]:
    """The good feed URLs, and one problem per bad line (with its line number)."""
    good, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url:
            continue
        try:
            parts = urlsplit(url)
            ok = parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url
        except ValueError:
            ok = False
        if ok:
            good.append(url)
        else:
            problems.append(
                QCoreApplication.translate(
                    "FeedsDialog", "Line {number}: “{url}” is not an http:// or https:// address."
                ).format(number=number, url=url)
            )
    return good, problems


class FeedsDialog(QDialog):
    """Edit the user's own RSS/Atom feeds, one URL a line."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("News feeds"))
        self.resize(560, 360)
        feeds = news_feeds(db)  # one small row
        intro = QLabel(
            self.tr(
                "Extra RSS or Atom feeds to search for news about watched companies, "
                "one address a line."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit("\n".join(feeds))
        self.edit.setPlaceholderText("https://example.com/feed.xml")
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(error_style())
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        good, problems = check_feeds(self.edit.toPlainText())
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        try:
            Operation(
                QT_TRANSLATE_NOOP("Operations", "Save news feeds"),
                set_feeds,
                self.db,
                good,
                changes=FEEDS_CHANGED,
            ).run_and_wait()
        except Exception as exc:  # the database refused: say so, keep the dialog open
            log.error("could not save feeds: %s", exc)
            self.problems.setText(self.tr("Could not save: {reason}").format(reason=exc))
            self.problems.show()
            return
        self.accept()
