"""A company's funding rounds: the suggested rounds to confirm, a table of the rounds
with add, edit, delete, CSV import and export, and the exchange rates used to show
other currencies in US dollars."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.language import format_date, format_money
from desktop.services.tasks import run_task
from desktop.store.db import Database
from desktop.store.funding import (
    add_round,
    delete_round,
    draft_of,
    fx_rates,
    list_rounds,
    set_fx_rates,
    update_round,
)
from desktop.store.funding_csv import ImportReport, export_rounds_csv, import_rounds_csv
from desktop.store.funding_proposals import ProposalView, list_proposals
from desktop.store.tables import FundingRound
from desktop.ui.funding_dialogs import (
    ExchangeRatesDialog,
    ImportPreviewDialog,
    RoundDialog,
    describe,
)
from desktop.ui.links import is_safe_link, open_link
from desktop.ui.suggested_rounds import SuggestedRounds
from desktop.ui.theme import elide_headers

__all__ = ["ExchangeRatesDialog", "FundingEditor", "ImportPreviewDialog", "RoundDialog"]

COLUMNS = (
    QT_TRANSLATE_NOOP("FundingEditor", "Date"),
    QT_TRANSLATE_NOOP("FundingEditor", "Round"),
    QT_TRANSLATE_NOOP("FundingEditor", "Amount"),
    "US$",
    QT_TRANSLATE_NOOP("FundingEditor", "Investors"),
    QT_TRANSLATE_NOOP("FundingEditor", "Source"),
    QT_TRANSLATE_NOOP("FundingEditor", "Notes"),
)
"""Column headers (translated with context "FundingEditor" where shown)."""
RoundRole = Qt.ItemDataRole.UserRole + 20


def load_rounds(db: Database, company_id: int) -> tuple[list[FundingRound], list[ProposalView]]:
    """(worker thread) The rounds and the suggested rounds still to decide."""
    return list_rounds(db, company_id), list_proposals(db, company_id)


def _usd_text(item: FundingRound) -> tuple[str, str]:
    """The US$ cell and its tool tip: the stated US$ figure, or the amount of a US$ round."""
    if item.amount_usd is not None:
        return format_money(item.amount_usd), translate(
            "FundingEditor", "Stated in US$ by the source"
        )
    if (item.currency or "").upper() == "USD" and item.amount is not None:
        return format_money(item.amount), translate("FundingEditor", "The round is in US$")
    return "", translate(
        "FundingEditor", "Not stated in US$: the chart converts at your exchange rates"
    )


class FundingEditor(QWidget):
    """Funding rounds of one company.  ``set_company(db, company_id)`` loads them;
    ``rounds_changed(company_id)`` fires after every stored change (refresh the chart),
    ``proposals_changed(company_id)`` after a suggested round was accepted or rejected
    (the watchlist's count of rounds to review changes)."""

    rounds_changed = Signal(int)
    proposals_changed = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.company_id: int | None = None
        self.rounds: list[FundingRound] = []
        self._token = 0
        self.suggested = SuggestedRounds()
        self.suggested.decided.connect(self._decided)

        self.table = QTableWidget(0, len(COLUMNS))
        elide_headers(self.table)
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        # The CSV and exchange-rate commands share one menu button: six buttons in a row
        # do not fit beside the watchlist on a 1024-pixel screen.
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        self.import_action = more.addAction(self.tr("Import rounds…"))
        self.export_action = more.addAction(self.tr("Export rounds…"))
        more.addSeparator()
        self.rates_action = more.addAction(self.tr("Exchange rates…"))
        self.more_button.setMenu(more)
        self.import_action.triggered.connect(lambda: self.import_csv())
        self.export_action.triggered.connect(lambda: self.export_csv())
        self.rates_action.triggered.connect(self.edit_rates)
        self.import_action.setToolTip(
            self.tr(
                "Add or update rounds from a CSV file with the columns: date, round, amount, "
                "currency, amount_usd, investors (separated by ;), source_url, notes"
            )
        )
        self.export_action.setToolTip(
            self.tr("Save every round with all its fields as CSV (Import rounds… reads it back)")
        )
        self.rates_action.setToolTip(self.tr("US$ per unit of each currency, for the charts"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggested)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def set_company(self, db: Database, company_id: int) -> None:
        self.db, self.company_id = db, company_id
        self.reload()

    def reload(self) -> None:
        if self.db is None or self.company_id is None:
            return
        self._token += 1
        token = self._token
        db, company_id = self.db, self.company_id
        run_task(
            load_rounds,
            db,
            company_id,
            on_done=lambda found: self._show(token, *found, db=db, company_id=company_id),
            on_error=self._failed,
        )

    def _show(
        self,
        token: int,
        rounds: list[FundingRound],
        proposals: list[ProposalView] | None = None,
        *,
        db: Database | None = None,
        company_id: int | None = None,
    ) -> None:
        if token != self._token:
            return
        if db is not None and company_id is not None:
            self.suggested.show_proposals(db, company_id, proposals or [])
        self.rounds = rounds
        self.table.setRowCount(len(rounds))
        for row, item in enumerate(rounds):
            amount = format_money(item.amount, item.currency) if item.amount is not None else ""
            cells = [
                format_date(item.date),
                item.round,
                amount,
                _usd_text(item)[0],
                "; ".join(item.investors or ()),
                self.tr("Open ↗") if is_safe_link(item.source_url) else (item.source_url or ""),
                item.notes.replace("\n", " "),
            ]
            made = []
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(RoundRole, item.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
                made.append(cell)
            if item.amount is not None:
                made[2].setToolTip(f"{item.currency} {item.amount:,}")
            made[3].setToolTip(_usd_text(item)[1])
            if is_safe_link(item.source_url):
                made[5].setToolTip(item.source_url or "")
                made[5].setForeground(self.palette().link())
        self.table.resizeColumnsToContents()
        # With no rounds the chart above says so (and what to do): not said twice here.
        count = len(rounds)
        self.status.setText(
            translate(
                "FundingEditor",
                "%n round(s). Amounts are stored in their own currency; the chart converts them "
                "at your exchange rates.",
                None,
                count,
            )
            if rounds
            else ""
        )
        self.status.setVisible(bool(rounds))
        self._update_buttons()
        self.loaded.emit()

    def _decided(self, company_id: int, accepted: bool) -> None:
        """A suggested round was accepted or rejected: read again and tell listeners."""
        self.reload()
        self.proposals_changed.emit(company_id)
        if accepted:
            self.rounds_changed.emit(company_id)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not load the funding rounds: {exc}").format(exc=exc))

    def _update_buttons(self) -> None:
        has_company = self.company_id is not None
        selected = self.selected_round() is not None
        self.add_button.setEnabled(has_company)
        for action in (self.import_action, self.export_action):
            action.setEnabled(has_company)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_round(self) -> FundingRound | None:
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.rounds):
            return None
        return self.rounds[row]

    # -- writes ---------------------------------------------------------------------------

    def _write(self, func: Callable[..., Any], *args: Any) -> None:
        """Run a store write off the GUI thread, then reload and tell listeners."""
        company_id = self.company_id

        def done(_result: Any) -> None:
            self.reload()
            if company_id is not None:
                self.rounds_changed.emit(company_id)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                self.tr("Funding rounds"),
                self.tr("The change was not saved:\n{exc}").format(exc=exc),
            )
            self.reload()

        run_task(func, *args, on_done=done, on_error=failed)

    def add(self) -> None:
        if self.db is None or self.company_id is None:
            return
        dialog = RoundDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft is not None:
            self._write(add_round, self.db, self.company_id, dialog.draft)

    def edit_selected(self) -> None:
        item = self.selected_round()
        if item is None or self.db is None:
            return
        dialog = RoundDialog(draft_of(item), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft is not None:
            self._write(update_round, self.db, item.id, dialog.draft)

    def delete_selected(self) -> None:
        item = self.selected_round()
        if item is None or self.db is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete funding round"),
            self.tr("Delete “{round}”?").format(round=describe(draft_of(item))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(delete_round, self.db, item.id)

    def _double_clicked(self, row: int, column: int) -> None:
        if (
            column == 5
            and 0 <= row < len(self.rounds)
            and is_safe_link(self.rounds[row].source_url)
        ):
            open_link(self.rounds[row].source_url)
        else:
            self.edit_selected()

    # -- CSV ------------------------------------------------------------------------------

    def import_csv(self, path: str | Path | None = None) -> None:
        """Preview the file's changes and errors; apply them only when the user agrees."""
        if self.db is None or self.company_id is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import funding rounds"),
                "",
                self.tr("CSV (*.csv);;All files (*)"),
            )
            if not path:
                return
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Import funding rounds"),
                self.tr("Could not read the file:\n{exc}").format(exc=exc),
            )
            return
        db, company_id = self.db, self.company_id
        run_task(
            lambda: import_rounds_csv(db, company_id, text, preview=True),
            on_done=lambda report: self._confirm_import(text, report),
            on_error=self._failed,
        )

    def _confirm_import(self, text: str, report: ImportReport) -> None:
        dialog = ImportPreviewDialog(report, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.db is None:
            return
        db, company_id = self.db, self.company_id
        if company_id is None:
            return

        def applied(result: ImportReport) -> None:
            if not result.applied:  # the rounds changed between preview and import
                ImportPreviewDialog(result, self).exec()
            self.reload()
            self.rounds_changed.emit(company_id)

        run_task(
            lambda: import_rounds_csv(db, company_id, text),
            on_done=applied,
            on_error=self._failed,
        )

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        if self.db is None or self.company_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export funding rounds"), "funding_rounds.csv", "CSV (*.csv)"
            )
            if not path:
                return None
        target = Path(path)
        try:
            # Excel needs the byte-order mark to read Chinese names; import skips it.
            text = export_rounds_csv(self.db, self.company_id)
            target.write_text(text, encoding="utf-8-sig", newline="")  # csv ends lines itself
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export funding rounds"),
                self.tr("Could not save the file:\n{exc}").format(exc=exc),
            )
            return None
        count = len(self.rounds)
        self.status.setText(
            translate("FundingEditor", "Exported %n round(s) to {target}.", None, count).format(
                target=target
            )
        )
        return target

    # -- exchange rates -------------------------------------------------------------------

    def edit_rates(self) -> None:
        if self.db is None:
            return
        dialog = ExchangeRatesDialog(fx_rates(self.db), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                set_fx_rates(self.db, dialog.rates)
            except ValueError as exc:
                dialog.error.setText(str(exc))
                dialog.error.show()
                continue
            if self.company_id is not None:
                self.rounds_changed.emit(self.company_id)
            return
