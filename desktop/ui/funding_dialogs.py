"""The funding tab's dialogs: one round (add, edit, or edit a suggested round before
accepting it), the preview of a CSV import, and the exchange rates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import HKD_PEG_MIDPOINT
from desktop.domain.round_text import canonical_currency
from desktop.services.language import format_date, format_money
from desktop.store.funding import InvalidRound, RoundDraft, parse_round
from desktop.store.funding_csv import ImportReport
from desktop.ui.theme import elide_headers

CURRENCIES = ("", "USD", "CNY", "HKD", "EUR", "JPY", "SGD", "GBP")
CURRENCY_TIPS = {
    "CNY": QT_TRANSLATE_NOOP("FundingDialogs", "Chinese yuan (RMB, 人民币)"),
    "USD": QT_TRANSLATE_NOOP("FundingDialogs", "US dollars (US$)"),
    "HKD": "HK$",
}
"""Currency code → tool tip (translated with context "FundingDialogs" where shown)."""
ERROR_STYLE = "color: #d0443a;"


FIELD_NAMES = {
    "amount": QT_TRANSLATE_NOOP("FundingDialogs", "amount"),
    "currency": QT_TRANSLATE_NOOP("FundingDialogs", "currency"),
    "amount_usd": QT_TRANSLATE_NOOP("FundingDialogs", "US$ amount"),
    "investors": QT_TRANSLATE_NOOP("FundingDialogs", "investors"),
    "source_url": QT_TRANSLATE_NOOP("FundingDialogs", "source"),
    "notes": QT_TRANSLATE_NOOP("FundingDialogs", "notes"),
}


def T(text: str) -> str:
    return QCoreApplication.translate("FundingDialogs", text)


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def describe(draft: RoundDraft) -> str:
    bits = [
        format_date(draft.date)
        if draft.date
        else QCoreApplication.translate("FundingDialogs", "undated"),
        draft.round or QCoreApplication.translate("FundingDialogs", "(no name)"),
    ]
    if draft.amount is not None:
        bits.append(format_money(draft.amount, draft.currency))
    if draft.amount_usd is not None:
        bits.append(
            QCoreApplication.translate("FundingDialogs", "stated {amount}").format(
                amount=format_money(draft.amount_usd)
            )
        )
    return " · ".join(bits)


def differences(before: RoundDraft, after: RoundDraft) -> str:
    changed = []
    for name in FIELD_NAMES:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            show = "; ".join(new) if isinstance(new, tuple) else new
            shown = (
                show
                if show not in (None, "")
                else QCoreApplication.translate("FundingDialogs", "(empty)")
            )
            changed.append(
                QCoreApplication.translate("FundingDialogs", "{field} → {value}").format(
                    field=T(FIELD_NAMES[name]), value=shown
                )
            )
    return ", ".join(changed)


def _currency_box() -> QComboBox:
    box = QComboBox(editable=True)
    box.addItems(CURRENCIES)
    for index, code in enumerate(CURRENCIES):
        if code in CURRENCY_TIPS:
            box.setItemData(index, T(CURRENCY_TIPS[code]), Qt.ItemDataRole.ToolTipRole)
    box.setToolTip(
        QCoreApplication.translate(
            "FundingDialogs",
            "A three-letter code; RMB and 人民币 are stored as CNY, US$ as USD, HK$ as HKD",
        )
    )
    return box


class RoundDialog(QDialog):
    """Add or edit one round; Save checks every field and says what is wrong next to it."""

    def __init__(
        self,
        draft: RoundDraft | None = None,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        save_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            title or (self.tr("Edit funding round") if draft else self.tr("Add funding round"))
        )
        self.draft: RoundDraft | None = None
        self.date = QLineEdit(placeholderText=self.tr("YYYY-MM-DD, empty if not known"))
        self.round = QLineEdit(placeholderText=self.tr("e.g. Series C+"))
        self.amount = QLineEdit(
            placeholderText=self.tr("in the round's currency, e.g. 1,000,000,000 or 1bn")
        )
        self.currency = _currency_box()
        self.amount_usd = QLineEdit(placeholderText=self.tr("only if the source states it in US$"))
        self.investors = QLineEdit(placeholderText=self.tr("separate with ; e.g. Fund A; 基金乙"))
        self.source_url = QLineEdit(
            placeholderText=self.tr("https://… or where it is written, e.g. Prospectus, p. 212")
        )
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        for key, label, widget in (
            ("date", QT_TRANSLATE_NOOP("RoundDialog", "Date"), self.date),
            ("round", QT_TRANSLATE_NOOP("RoundDialog", "Round"), self.round),
            ("amount", QT_TRANSLATE_NOOP("RoundDialog", "Amount"), self.amount),
            ("currency", QT_TRANSLATE_NOOP("RoundDialog", "Currency"), self.currency),
            ("amount_usd", QT_TRANSLATE_NOOP("RoundDialog", "US$ amount"), self.amount_usd),
            ("investors", QT_TRANSLATE_NOOP("RoundDialog", "Investors"), self.investors),
            ("source_url", QT_TRANSLATE_NOOP("RoundDialog", "Source"), self.source_url),
            ("notes", QT_TRANSLATE_NOOP("RoundDialog", "Notes"), self.notes),
        ):
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(self.tr(label), box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if save_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if draft is not None:
            self._fill(draft)
        self.resize(520, self.sizeHint().height())

    def _fill(self, draft: RoundDraft) -> None:
        self.date.setText(draft.date.isoformat() if draft.date else "")
        self.round.setText(draft.round)
        self.amount.setText(number_text(draft.amount))
        self.currency.setCurrentText(draft.currency)
        self.amount_usd.setText(number_text(draft.amount_usd))
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
        self.setWindowTitle(self.tr("Import funding rounds"))
        self.report = report
        summary = QLabel(report.summary())
        summary.setWordWrap(True)
        self.tree = QTreeWidget()
        elide_headers(self.tree)
        self.tree.setHeaderLabels([self.tr("Line"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for error in report.errors:
            text = " ".join(
                v if k == "row" else self.tr("{field}: {problem}").format(field=k, problem=v)
                for k, v in error.problems.items()
            )
            self._row(error.line, self.tr("Error"), text, error=True)
        for line, draft in report.added:
            self._row(line, self.tr("Add"), describe(draft))
        for line, _round_id, before, after in report.updated:
            self._row(
                line,
                self.tr("Change"),
                self.tr("{round}: {changes}").format(
                    round=describe(before), changes=differences(before, after)
                ),
            )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(report.ok and report.changes > 0)
        if not report.ok:
            self.import_button.setToolTip(self.tr("Fix the lines with errors first"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 380)

    def _row(self, line: int, what: str, details: str, error: bool = False) -> None:
        item = QTreeWidgetItem([str(line), what, details])
        item.setToolTip(2, details)
        if error:
            item.setForeground(1, Qt.GlobalColor.red)
        self.tree.addTopLevelItem(item)


class ExchangeRatesDialog(QDialog):
    """The user's exchange rates: one row per currency, its rate in US$ per unit."""

    def __init__(self, rates: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange rates"))
        self.rates: dict[str, float] = {}
        intro = QLabel(
            self.tr(
                "US dollars per unit of each currency (e.g. CNY 0.14 means 1 yuan = US$0.14). "
                "They convert amounts stated in other currencies for the charts; the stored "
                "amounts do not change. Without a row for HKD, {HKD_PEG_MIDPOINT} HKD per US$ "
                "is used (midpoint of the HKMA peg band 7.75–7.85)."
            ).format(HKD_PEG_MIDPOINT=HKD_PEG_MIDPOINT)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        elide_headers(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("US$ per unit")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for code, rate in sorted(rates.items()):
            self.add_row(code, rate)
        self.add_button = QPushButton(self.tr("Add currency"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, 360)

    def add_row(self, code: str = "", rate: float | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = _currency_box()
        box.setCurrentText(code)
        spin = QDoubleSpinBox()
        spin.setDecimals(6)
        spin.setRange(0.0, 1_000_000.0)
        spin.setSingleStep(0.01)
        spin.setValue(rate or 0.0)
        spin.setSpecialValueText("—")  # 0 shows as "not set"
        self.table.setCellWidget(row, 0, box)
        self.table.setCellWidget(row, 1, spin)
        return row

    def set_row(self, row: int, code: str, rate: float) -> None:
        self.table.cellWidget(row, 0).setCurrentText(code)  # type: ignore[attr-defined]
        self.table.cellWidget(row, 1).setValue(rate)  # type: ignore[attr-defined]

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)

    def save(self) -> None:
        rates: dict[str, float] = {}
        for row in range(self.table.rowCount()):
            typed = self.table.cellWidget(row, 0).currentText().strip()  # type: ignore[attr-defined]
            rate = float(self.table.cellWidget(row, 1).value())  # type: ignore[attr-defined]
            if not typed and rate == 0:
                continue  # an empty row
            code = canonical_currency(typed)
            problem = None
            if len(code) != 3:
                problem = self.tr(
                    "Row {row}: “{typed}” is not a currency; use a code such as CNY."
                ).format(row=row + 1, typed=typed)
            elif code == "USD":
                problem = self.tr("Row {row}: US dollars need no rate.").format(row=row + 1)
            elif rate <= 0:
                problem = self.tr("Row {row}: give {code} a rate above 0 (US$ per unit).").format(
                    row=row + 1, code=code
                )
            elif code in rates:
                problem = self.tr("Row {row}: {code} is listed twice.").format(
                    row=row + 1, code=code
                )
            if problem:
                self.error.setText(problem)
                self.error.show()
                return
            rates[code] = rate
        self.rates = rates
        self.accept()
