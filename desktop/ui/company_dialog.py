"""Add / edit a company, with every problem explained next to its field.

Problems clear as the person fixes the field; the dialog keeps its height (the problem
text has its room from the start); the required field is marked; a year, date or price
that is not one is a problem, never silently its digits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.company_rules import (
    A_EXCHANGES,
    CompanyDraft,
    InvalidCompany,
    parse_listing_date,
    parse_price,
    parse_year,
    split_list,
    validate,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.operations import DatabaseBusy
from desktop.store.location import TeamDatabaseUnavailable
from desktop.ui.theme import error_border_style, error_style

REQUIRED_NOTE = QT_TRANSLATE_NOOP(
    "CompanyDialog", "* required. Everything else can stay empty until you know it."
)
ERROR_LINES = 3  # room kept for the problem text, so the dialog does not jump


class CompanyDialog(QDialog):
    """``submit(draft)`` stores the company or raises InvalidCompany; the dialog stays open
    and shows the problems until the input is right or the user cancels."""

    def __init__(
        self,
        submit: Callable[[CompanyDraft], object],
        draft: CompanyDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        editing = draft is not None
        self.setWindowTitle(self.tr("Edit company") if editing else self.tr("Add company"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mech-Mind Robotics Technologies"))
        self.name_zh = QLineEdit()
        self.name_zh.setPlaceholderText(self.tr("e.g. 梅卡曼德"))
        self.aliases = QPlainTextEdit()
        self.aliases.setPlaceholderText(
            self.tr("One per line: other English or Chinese names, short names")
        )
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(70)
        self.sector = QLineEdit()
        self.headquarters = QLineEdit()
        self.founded = QLineEdit()
        self.founded.setMaxLength(12)
        self.founded.setPlaceholderText(self.tr("year, e.g. 2016"))
        self.hk_code = QLineEdit()
        self.hk_code.setPlaceholderText(self.tr("after listing, e.g. 02513"))
        self.listing_date = QLineEdit()
        self.listing_date.setPlaceholderText(self.tr("first day of trading, YYYY-MM-DD"))
        self.listing_date.setToolTip(
            self.tr(
                "Typed by you: with the HK code it makes the company “Listed” (shown as "
                "entered by you)."
            )
        )
        self.offer_price = QLineEdit()
        self.offer_price.setPlaceholderText(self.tr("HK$ per share, e.g. 116.20"))
        self.a_code = QLineEdit()
        self.a_code.setPlaceholderText(self.tr("6 digits, for A-share companies"))
        self.a_exchange = QComboBox()
        self.a_exchange.addItem("—", "")
        for code, label in A_EXCHANGES.items():
            self.a_exchange.addItem(translate("CompanyRules", label), code)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. AI, robotics"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "name_zh": self.name_zh,
            "aliases": self.aliases,
            "sector": self.sector,
            "headquarters": self.headquarters,
            "founded": self.founded,
            "hk_code": self.hk_code,
            "listing_date": self.listing_date,
            "offer_price": self.offer_price,
            "a_code": self.a_code,
            "a_exchange": self.a_exchange,
            "tags": self.tags,
            "notes": self.notes,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_label = QLabel(self.tr("&Name *"))
        name_label.setBuddy(self.name)
        name_label.setToolTip(self.tr("Required"))
        self.name.setAccessibleDescription(self.tr("Required"))
        form.addRow(name_label, self.name)
        form.addRow(self.tr("&Chinese name"), self.name_zh)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("&Headquarters"), self.headquarters)
        form.addRow(self.tr("&Founded"), self.founded)
        form.addRow(self.tr("HK stock &code"), self.hk_code)
        form.addRow(self.tr("&Listing date"), self.listing_date)
        form.addRow(self.tr("Offer &price (HK$)"), self.offer_price)
        form.addRow(self.tr("A-share c&ode"), self.a_code)
        form.addRow(self.tr("A-share &exchange"), self.a_exchange)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("N&otes"), self.notes)

        self.required = QLabel(self.tr(REQUIRED_NOTE))
        self.required.setStyleSheet("color: palette(placeholder-text);")
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setStyleSheet(error_style())
        self.errors.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.errors.setMinimumHeight(self.errors.fontMetrics().lineSpacing() * ERROR_LINES)
        self.problems: dict[str, str] = {}
        for key, widget in self.fields.items():
            signal = getattr(widget, "textChanged", None) or getattr(
                widget, "currentIndexChanged", None
            )
            if signal is not None:
                signal.connect(lambda *_args, key=key: self.field_edited(key))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.required)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        if draft is not None:
            self.set_draft(draft)

    def set_draft(self, draft: CompanyDraft) -> None:
        self.name.setText(draft.name)
        self.name_zh.setText(draft.name_zh)
        self.aliases.setPlainText("\n".join(draft.aliases))
        self.sector.setText(draft.sector)
        self.headquarters.setText(draft.headquarters)
        self.founded.setText(str(draft.founded) if draft.founded else "")
        self.hk_code.setText(draft.hk_code)
        self.listing_date.setText(draft.listing_date.isoformat() if draft.listing_date else "")
        self.offer_price.setText(f"{draft.offer_price:g}" if draft.offer_price is not None else "")
        self.a_code.setText(draft.a_code)
        self.a_exchange.setCurrentIndex(max(0, self.a_exchange.findData(draft.a_exchange)))
        self.tags.setText(", ".join(draft.tags))
        self.notes.setPlainText(draft.notes)

    def draft(self) -> CompanyDraft:
        """What the fields say; InvalidCompany when a year, date or price is not one."""
        draft, problems = self._read()
        if problems:
            raise InvalidCompany(problems)
        return draft

    def _read(self) -> tuple[CompanyDraft, dict[str, str]]:
        """The draft (fields that are not a year, date or price left empty) and those
        fields' problems."""
        problems: dict[str, str] = {}
        values: dict[str, object] = {}
        for key, parse in (
            ("founded", parse_year),
            ("listing_date", parse_listing_date),
            ("offer_price", parse_price),
        ):
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            try:
                values[key] = parse(widget.text())
            except ValueError as exc:
                problems[key] = str(exc)
                values[key] = None
        draft = CompanyDraft(
            name=self.name.text(),
            name_zh=self.name_zh.text(),
            aliases=split_list(self.aliases.toPlainText()),
            sector=self.sector.text(),
            headquarters=self.headquarters.text(),
            founded=values["founded"],  # type: ignore[arg-type]
            hk_code=self.hk_code.text(),
            a_code=self.a_code.text(),
            a_exchange=self.a_exchange.currentData() or "",
            notes=self.notes.toPlainText(),
            tags=split_list(self.tags.text()),
            listing_date=values["listing_date"],  # type: ignore[arg-type]
            offer_price=values["offer_price"],  # type: ignore[arg-type]
        )
        return draft, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        self._paint_problems()
        first = next((self.fields[k] for k in self.fields if k in problems), None)
        if first is not None:
            first.setFocus()

    def _paint_problems(self) -> None:
        for key, widget in self.fields.items():
            widget.setStyleSheet(error_border_style() if key in self.problems else "")
        self.errors.setText("\n".join(self.problems.values()))

    def field_edited(self, key: str) -> None:
        """The person is fixing this field: its old problem goes (the others stay until
        they are fixed or Save checks again)."""
        if key in self.problems:
            del self.problems[key]
            self._paint_problems()

    def accept(self) -> None:
        draft, typed = self._read()
        if typed:  # say every problem at once: also what the rules find in the rest
            try:
                validate(draft)
            except InvalidCompany as more:
                typed = {**more.problems, **typed}
            self.show_problems(typed)
            return
        try:
            self._submit(draft)
        except InvalidCompany as problem:
            self.show_problems(problem.problems)
            return
        except LookupError as gone:
            self.show_problems({"name": str(gone)})
            return
        except (TeamDatabaseUnavailable, DatabaseBusy) as down:
            self.show_problems({"": str(down)})  # the dialog stays open: Save tries again
            return
        super().accept()
