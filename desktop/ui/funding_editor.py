"""A company's funding rounds: a table with add, edit, delete, CSV import and export,
and the exchange rates used to show other currencies in US dollars."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import HKD_PEG_MIDPOINT, format_money
from desktop.services.tasks import run_task
from desktop.store.db import Database
from desktop.store.funding import (
    ImportReport,
    InvalidRound,
    RoundDraft,
    add_round,
    delete_round,
    draft_of,
    export_rounds_csv,
    fx_rates,
    import_rounds_csv,
    list_rounds,
    parse_round,
    set_fx_rates,
    update_round,
)
from desktop.store.tables import FundingRound
from desktop.ui.links import is_safe_link, open_link

CURRENCIES = ("", "USD", "CNY", "HKD", "EUR", "JPY", "SGD", "GBP")
COLUMNS = ("Date", "Round", "Amount", "US$ (stated)", "Investors", "Source", "Notes")
RoundRole = Qt.ItemDataRole.UserRole + 20


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _describe(draft: RoundDraft) -> str:
    bits = [draft.date.isoformat() if draft.date else "undated", draft.round or "(no name)"]
    if draft.amount is not None:
        bits.append(format_money(draft.amount, draft.currency))
    if draft.amount_usd is not None:
        bits.append(f"stated {format_money(draft.amount_usd)}")
    return " · ".join(bits)


def _differences(before: RoundDraft, after: RoundDraft) -> str:
    changed = []
    for name in ("amount", "currency", "amount_usd", "investors", "source_url", "notes"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            show = "; ".join(new) if isinstance(new, tuple) else new
            changed.append(f"{name} → {show if show not in (None, '') else '(empty)'}")
    return ", ".join(changed)


class RoundDialog(QDialog):
    """Add or edit one round; Save checks every field and says what is wrong next to it."""

    def __init__(self, draft: RoundDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit funding round" if draft else "Add funding round")
        self.draft: RoundDraft | None = None
        self.date = QLineEdit(placeholderText="YYYY-MM-DD, empty if not known")
        self.round = QLineEdit(placeholderText="e.g. Series C+")
        self.amount = QLineEdit(placeholderText="in the round's currency, e.g. 1,000,000,000")
        self.currency = QComboBox(editable=True)
        self.currency.addItems(CURRENCIES)
        self.amount_usd = QLineEdit(placeholderText="only if the source states it in US$")
        self.investors = QLineEdit(placeholderText="separate with ; e.g. Fund A; 基金乙")
        self.source_url = QLineEdit(placeholderText="https://… where the figures come from")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        for key, label, widget in (
            ("date", "Date", self.date),
            ("round", "Round", self.round),
            ("amount", "Amount", self.amount),
            ("currency", "Currency", self.currency),
            ("amount_usd", "US$ amount", self.amount_usd),
            ("investors", "Investors", self.investors),
            ("source_url", "Source", self.source_url),
            ("notes", "Notes", self.notes),
        ):
            error = QLabel()
            error.setStyleSheet("color: #d0443a;")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if draft is not None:
            self._fill(draft)
        self.resize(480, self.sizeHint().height())

    def _fill(self, draft: RoundDraft) -> None:
        self.date.setText(draft.date.isoformat() if draft.date else "")
        self.round.setText(draft.round)
        self.amount.setText(_number_text(draft.amount))
        self.currency.setCurrentText(draft.currency)
        self.amount_usd.setText(_number_text(draft.amount_usd))
        self.investors.setText("; ".join(draft.investors))
        self.source_url.setText(draft.source_url)
        self.notes.setPlainText(draft.notes)

    def fields(self) -> dict[str, str]:
        return {
            "date": self.date.text(),
            "round": self.round.text(),
            "amount": self.amount.text(),
            "currency": self.currency.currentText(),
            "amount_usd": self.amount_usd.text(),
            "investors": self.investors.text(),
            "source_url": self.source_url.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            self.draft = parse_round(self.fields())
        except InvalidRound as exc:
            for key, message in exc.problems.items():
                label = self.errors.get(key, self.errors["round"])
                label.setText(message)
                label.show()
            return
        self.accept()


class ImportPreviewDialog(QDialog):
    """What an import would add and change, and every bad line; nothing applies on errors."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import funding rounds")
        self.report = report
        summary = QLabel(report.summary())
        summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Line", "What", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for error in report.errors:
            text = " ".join(v if k == "row" else f"{k}: {v}" for k, v in error.problems.items())
            self._row(error.line, "Error", text)
        for line, draft in report.added:
            self._row(line, "Add", _describe(draft))
        for line, _round_id, before, after in report.updated:
            self._row(line, "Change", f"{_describe(before)}: {_differences(before, after)}")
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(report.ok and report.changes > 0)
        if not report.ok:
            self.import_button.setToolTip("Fix the lines with errors first")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 380)

    def _row(self, line: int, what: str, details: str) -> None:
        item = QTreeWidgetItem([str(line), what, details])
        item.setToolTip(2, details)
        if what == "Error":
            item.setForeground(1, Qt.GlobalColor.red)
        self.tree.addTopLevelItem(item)


class ExchangeRatesDialog(QDialog):
    """The user's exchange rates, one ``CODE = US$ per unit`` a line."""

    def __init__(self, rates: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Exchange rates")
        self.rates: dict[str, float] = {}
        intro = QLabel(
            "US dollars per unit of each currency, one per line, e.g. “CNY = 0.14”. "
            "They convert amounts stated in other currencies for the charts; the stored "
            f"amounts do not change. Without a line for HKD, {HKD_PEG_MIDPOINT} HKD per US$ "
            "is used (midpoint of the HKMA peg band 7.75–7.85)."
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(f"{k} = {v:g}" for k, v in sorted(rates.items())))
        self.error = QLabel()
        self.error.setStyleSheet("color: #d0443a;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.text, self.error, self.buttons):
            layout.addWidget(widget)

    def save(self) -> None:
        rates: dict[str, float] = {}
        for number, line in enumerate(self.text.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            code, sep, value = line.partition("=")
            try:
                if not sep:
                    raise ValueError
                rates[code.strip().upper()] = float(value.strip().replace(",", ""))
            except ValueError:
                self.error.setText(f"Line {number}: write it as “CNY = 0.14”.")
                self.error.show()
                return
        self.rates = rates
        self.accept()


class FundingEditor(QWidget):
    """Funding rounds of one company.  ``set_company(db, company_id)`` loads them;
    ``rounds_changed(company_id)`` fires after every stored change (refresh the chart)."""

    rounds_changed = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.company_id: int | None = None
        self.rounds: list[FundingRound] = []
        self._token = 0

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.import_button = QPushButton("Import CSV…")
        self.export_button = QPushButton("Export CSV…")
        self.rates_button = QPushButton("Exchange rates…")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.rates_button.clicked.connect(self.edit_rates)
        self.import_button.setToolTip(
            "CSV columns: date, round, amount, currency, amount_usd, investors (separated by ;), "
            "source_url, notes"
        )

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.rates_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
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
        run_task(
            list_rounds,
            self.db,
            self.company_id,
            on_done=lambda rounds: self._show(token, rounds),
            on_error=self._failed,
        )

    def _show(self, token: int, rounds: list[FundingRound]) -> None:
        if token != self._token:
            return
        self.rounds = rounds
        self.table.setRowCount(len(rounds))
        for row, item in enumerate(rounds):
            amount = format_money(item.amount, item.currency) if item.amount is not None else ""
            cells = [
                item.date.isoformat() if item.date else "—",
                item.round,
                amount,
                format_money(item.amount_usd) if item.amount_usd is not None else "",
                "; ".join(item.investors or ()),
                "Open ↗" if is_safe_link(item.source_url) else "",
                item.notes.replace("\n", " "),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(RoundRole, item.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            amount_cell, source_cell = self.table.item(row, 2), self.table.item(row, 5)
            if item.amount is not None and amount_cell is not None:
                amount_cell.setToolTip(f"{item.currency} {item.amount:,}")
            if is_safe_link(item.source_url) and source_cell is not None:
                source_cell.setToolTip(item.source_url or "")
                source_cell.setForeground(self.palette().link())
        self.table.resizeColumnsToContents()
        self.status.setText(
            "No funding rounds yet: Add… one, or Import CSV…."
            if not rounds
            else f"{len(rounds)} round(s). Amounts are stored in their own currency; "
            "the chart converts them at your exchange rates."
        )
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"Could not load the funding rounds: {exc}")

    def _update_buttons(self) -> None:
        has_company = self.company_id is not None
        selected = self.selected_round() is not None
        for button in (self.add_button, self.import_button, self.export_button):
            button.setEnabled(has_company)
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
            QMessageBox.warning(self, "Funding rounds", f"The change was not saved:\n{exc}")
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
            "Delete funding round",
            f"Delete “{_describe(draft_of(item))}”?",
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
                self, "Import funding rounds", "", "CSV (*.csv);;All files (*)"
            )
            if not path:
                return
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(self, "Import funding rounds", f"Could not read the file:\n{exc}")
            return
        db, company_id = self.db, self.company_id
        run_task(
            lambda: import_rounds_csv(db, company_id, text, preview=True),
            on_done=lambda report: self._confirm_import(text, report),
            on_error=self._failed,
        )

    def _confirm_import(self, text: str, report: ImportReport) -> None:
        dialog = ImportPreviewDialog(report, self)
        if (
            dialog.exec() != QDialog.DialogCode.Accepted
            or self.db is None
            or self.company_id is None
        ):
            return
        db, company_id = self.db, self.company_id

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
                self, "Export funding rounds", "funding_rounds.csv", "CSV (*.csv)"
            )
            if not path:
                return None
        target = Path(path)
        try:
            # Excel needs the byte-order mark to read Chinese names; import skips it.
            text = export_rounds_csv(self.db, self.company_id)
            target.write_text(text, encoding="utf-8-sig", newline="")  # csv ends lines itself
        except OSError as exc:
            QMessageBox.warning(self, "Export funding rounds", f"Could not save the file:\n{exc}")
            return None
        self.status.setText(f"Exported {len(self.rounds)} round(s) to {target}.")
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
