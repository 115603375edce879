"""The funding tab's "Suggested rounds": rounds a filing or the news states, each with
its source, to accept as they are, edit and accept, or reject.  Nothing enters the
charts until accepted; a rejected round is not suggested again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.language import ENGLISH, current_language, format_date, format_money
from desktop.services.tasks import run_task
from desktop.store.db import Database
from desktop.store.funding_proposals import (
    ProposalView,
    accept_proposal,
    draft_of_proposal,
    reject_proposal,
    source_label,
    source_link,
)
from desktop.ui.funding_dialogs import ERROR_STYLE, RoundDialog
from desktop.ui.links import is_safe_link, open_link
from desktop.ui.theme import elide_headers

COLUMNS = (
    QT_TRANSLATE_NOOP("SuggestedRounds", "Round"),
    QT_TRANSLATE_NOOP("SuggestedRounds", "Date"),
    QT_TRANSLATE_NOOP("SuggestedRounds", "Amount"),
    QT_TRANSLATE_NOOP("SuggestedRounds", "Valuation"),
    QT_TRANSLATE_NOOP("SuggestedRounds", "Investors"),
    QT_TRANSLATE_NOOP("SuggestedRounds", "Source"),
)
"""Column headers (translated with context "SuggestedRounds" where shown)."""
COL_SOURCE = COLUMNS.index("Source")
IdRole = Qt.ItemDataRole.UserRole + 30


def _date_text(view: ProposalView) -> str:
    if view.date is None:
        return "—"
    if current_language() == ENGLISH:
        return view.date.strftime("%b %Y" if view.date_precision == "month" else "%d %b %Y")
    if view.date_precision == "month":
        return QCoreApplication.translate("SuggestedRounds", "{year}-{month}").format(
            year=view.date.year, month=view.date.month
        )
    return format_date(view.date)


def _source_tip(view: ProposalView) -> str:
    lines = []
    for number, source in enumerate(view.sources):
        prefix = "" if number == 0 else QCoreApplication.translate("SuggestedRounds", "Also: ")
        lines.append(prefix + source_label(source))
        if number == 0 and source.get("sentence"):
            lines.append(f"“{source['sentence']}”")
        if number == 0 and source_link(source):
            lines.append(source_link(source))
    return "\n".join(lines)


class SuggestedRounds(QWidget):
    """Fill with ``show_proposals``; hidden while there is nothing to decide."""

    decided = Signal(int, bool)  # company id, whether a round was stored (accepted)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.company_id: int | None = None
        self.proposals: list[ProposalView] = []
        self.title = QLabel()
        bold = QFont(self.title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.hint = QLabel(
            self.tr(
                "Found in the company's filings and in the news. Nothing enters the chart until "
                "you accept it; a rejected round is not suggested again."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tree = QTreeWidget()
        elide_headers(self.tree)
        self.tree.setHeaderLabels([self.tr(name) for name in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setMaximumHeight(150)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.accept_button = QPushButton(self.tr("Accept"))
        self.edit_button = QPushButton(self.tr("Edit and accept…"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_button.setToolTip(
            self.tr("Add this round to the company's funding history as stated")
        )
        self.edit_button.setToolTip(self.tr("Correct the figures first, then add the round"))
        self.reject_button.setToolTip(
            self.tr("Not a round of this company: do not suggest it again")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for button in (self.accept_button, self.edit_button, self.reject_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree)
        layout.addWidget(self.error)
        self.setVisible(False)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------------

    def show_proposals(self, db: Database, company_id: int, proposals: list[ProposalView]) -> None:
        chosen = self.selected()
        self.db, self.company_id, self.proposals = db, company_id, list(proposals)
        self.tree.clear()
        for view in self.proposals:
            source = view.source
            label = source_label(source)
            link = source_link(source)
            more = f" (+{len(view.sources) - 1})" if len(view.sources) > 1 else ""
            cells = [
                view.round or "—",
                _date_text(view),
                format_money(view.amount, view.currency) if view.amount is not None else "—",
                format_money(view.valuation, view.valuation_currency)
                if view.valuation is not None
                else "—",
                "; ".join(view.investors) or "—",
                f"{label}{more}" + (" ↗" if is_safe_link(link) else ""),
            ]
            item = QTreeWidgetItem(cells)
            item.setData(0, IdRole, view.id)
            for column, text in enumerate(cells):
                item.setToolTip(column, text)
            item.setToolTip(COL_SOURCE, _source_tip(view))
            if is_safe_link(link):
                font = item.font(COL_SOURCE)
                font.setUnderline(True)
                item.setFont(COL_SOURCE, font)
                item.setForeground(COL_SOURCE, self.palette().link())
            self.tree.addTopLevelItem(item)
            if chosen is not None and view.id == chosen.id:
                self.tree.setCurrentItem(item)
        header = self.tree.header()
        for column in range(len(COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == COL_SOURCE
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.select_row(0)  # the buttons act on the first at once
        count = len(self.proposals)
        self.title.setText(self.tr("Suggested rounds ({count})").format(count=count))
        self.setVisible(count > 0)
        self._update_buttons()

    def selected(self) -> ProposalView | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(0, IdRole)
        return next((p for p in self.proposals if p.id == wanted), None)

    def select_row(self, row: int) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)
            item.setSelected(True)

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(on)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != COL_SOURCE:
            return
        view = next((p for p in self.proposals if p.id == item.data(0, IdRole)), None)
        if view is not None:
            open_link(source_link(view.source))

    # -- deciding ---------------------------------------------------------------------------

    def accept_selected(self) -> None:
        view = self.selected()
        if view is not None and self.db is not None:
            self._write(view, accept_proposal, self.db, view.id, None, accepted=True)

    def edit_selected(self) -> None:
        view = self.selected()
        if view is None or self.db is None:
            return
        dialog = RoundDialog(
            draft_of_proposal(view),
            self,
            title=self.tr("Check the suggested round"),
            save_text=self.tr("Accept"),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft is not None:
            self._write(view, accept_proposal, self.db, view.id, dialog.draft, accepted=True)

    def reject_selected(self) -> None:
        view = self.selected()
        if view is not None and self.db is not None:
            self._write(view, reject_proposal, self.db, view.id, accepted=False)

    def _write(
        self, view: ProposalView, func: Callable[..., Any], *args: Any, accepted: bool
    ) -> None:
        company_id = view.company_id
        self.error.hide()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(False)

        def done(_result: Any) -> None:
            self.decided.emit(company_id, accepted)

        def failed(exc: BaseException) -> None:
            self.error.setText(self.tr("Not saved: {exc}").format(exc=exc))
            self.error.show()
            self.decided.emit(company_id, False)  # read again: it may have changed

        run_task(func, *args, on_done=done, on_error=failed)
