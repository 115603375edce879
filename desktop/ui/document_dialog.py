"""File › Open document… (or a PDF dropped on the window): what one offer document says,
each value with its page (double-click opens the PDF there) and the printed words, the
checks that failed, and "Keep with the offers" to store it, attached to a company."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.phrases import shown
from desktop.services import language
from desktop.services.offer_files import keep, read_file
from desktop.ui import offer_format as fmt
from desktop.ui.theme import elide_headers


class DocumentDialog(QDialog):
    kept = Signal(int)  # the company it was attached to, or -1
    read_done = Signal()

    def __init__(self, db: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._path = path
        self._url = QUrl.fromLocalFile(str(Path(path).resolve())).toString()
        self.facts: Any = None
        self.setWindowTitle(self.tr("Offer document — {name}").format(name=Path(path).name))
        self.resize(900, 620)
        self.heading = QLabel(self.tr("Reading {name}…").format(name=Path(path).name))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet("color: #b45309;")
        self.checks.hide()
        self.tree = QTreeWidget()
        elide_headers(self.tree)
        self.tree.setHeaderLabels(
            [self.tr("Fact"), self.tr("Value"), self.tr("Page"), self.tr("Printed words")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 210)
        self.tree.setColumnWidth(1, 220)
        self.tree.setColumnWidth(2, 50)
        self.tree.itemDoubleClicked.connect(self._open_page)
        self.company = QComboBox()
        self.company.addItem(self.tr("(no company)"), None)
        self.keep_button = QPushButton(self.tr("Keep with the offers"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self._keep)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Attach to:")))
        bottom.addWidget(self.company, 1)
        bottom.addWidget(self.keep_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.checks)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._start()

    def _start(self) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.offers import company_choices

        run_task(read_file, self._path, on_done=self._show, on_error=lambda e: self._show(str(e)))
        run_task(company_choices, self._db, on_done=self._companies)

    def _companies(self, choices: list[tuple[int, str]]) -> None:
        for company_id, name in choices:
            self.company.addItem(language.display_name(name), company_id)

    def _show(self, result: Any) -> None:
        if isinstance(result, str):
            self.heading.setText(
                self.tr("<b>{file}</b> cannot be read: {reason}.").format(
                    file=html.escape(Path(self._path).name), reason=html.escape(result)
                )
            )
            self.read_done.emit()
            return
        self.facts = result
        kind = fmt.doc_type(result.doc_type)
        code = result.value("stock_code") or self.tr("no stock code")
        issuer = language.display_name(result.value("issuer") or "") or self.tr("no issuer found")
        heading = self.tr("<b>{kind}</b> — {issuer} ({code}), %n pages", "", result.page_count)
        if result.doc_type == "other":
            heading += self.tr(": not an offer document this app reads")
        self.heading.setText(
            heading.format(kind=kind, issuer=html.escape(issuer), code=html.escape(code))
        )
        notes = [shown(note) for note in (*result.problems, *result.checks)]
        if notes:
            self.checks.setText("\n".join(f"⚠ {n}" for n in notes))
            self.checks.show()
        for key in sorted(result.facts, key=_order):
            fact = result.facts[key]
            item = QTreeWidgetItem(
                [
                    fmt.label(key),
                    fmt.value_text(key, fact.value),
                    str(fact.page),
                    fact.snippet,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setToolTip(3, fact.snippet)
            item.setToolTip(2, self.tr("Double-click to open the document at this page"))
            self.tree.addTopLevelItem(item)
        self.keep_button.setEnabled(result.doc_type != "other" and not result.problems)
        self.read_done.emit()

    def _open_page(self, item: QTreeWidgetItem, _column: int) -> None:
        page = item.text(2)
        url = QUrl(self._url)
        if page.isdigit():
            url.setFragment(f"page={page}")
        QDesktopServices.openUrl(url)

    def _keep(self) -> None:
        from desktop.services.tasks import run_task

        company_id = self.company.currentData()
        self.keep_button.setEnabled(False)

        def done(cid: int | None) -> None:
            self.heading.setText(self.heading.text() + self.tr(" — kept with the offers."))
            self.kept.emit(cid if cid is not None else -1)

        run_task(keep, self._db, self._url, self.facts, company_id, on_done=done)


_KEY_ORDER = list(fmt.LABELS)


def _order(key: str) -> int:
    return _KEY_ORDER.index(key) if key in _KEY_ORDER else len(_KEY_ORDER)
