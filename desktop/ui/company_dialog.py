"""Add / edit a company, with every problem explained next to its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
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

from desktop.domain.company_rules import A_EXCHANGES, CompanyDraft, InvalidCompany, split_list

ERROR_STYLE = "border: 1px solid #d33;"


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
        self.setWindowTitle("Edit company" if editing else "Add company")
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Mech-Mind Robotics Technologies")
        self.name_zh = QLineEdit()
        self.name_zh.setPlaceholderText("e.g. 梅卡曼德")
        self.aliases = QPlainTextEdit()
        self.aliases.setPlaceholderText("One per line: other English or Chinese names, short names")
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(70)
        self.sector = QLineEdit()
        self.headquarters = QLineEdit()
        self.founded = QLineEdit()
        self.founded.setValidator(QIntValidator(0, 2100, self))
        self.founded.setPlaceholderText("year")
        self.hk_code = QLineEdit()
        self.hk_code.setPlaceholderText("after listing, e.g. 02513")
        self.a_code = QLineEdit()
        self.a_code.setPlaceholderText("6 digits, for A-share companies")
        self.a_exchange = QComboBox()
        self.a_exchange.addItem("—", "")
        for code, label in A_EXCHANGES.items():
            self.a_exchange.addItem(label, code)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma separated, e.g. AI, robotics")
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
            "a_code": self.a_code,
            "a_exchange": self.a_exchange,
            "tags": self.tags,
            "notes": self.notes,
        }
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Chinese name", self.name_zh)
        form.addRow("&Aliases", self.aliases)
        form.addRow("&Sector", self.sector)
        form.addRow("&Headquarters", self.headquarters)
        form.addRow("&Founded", self.founded)
        form.addRow("HK stock &code", self.hk_code)
        form.addRow("A-share c&ode", self.a_code)
        form.addRow("A-share &exchange", self.a_exchange)
        form.addRow("&Tags", self.tags)
        form.addRow("N&otes", self.notes)

        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setStyleSheet("color: #d33;")
        self.errors.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.a_code.setText(draft.a_code)
        self.a_exchange.setCurrentIndex(max(0, self.a_exchange.findData(draft.a_exchange)))
        self.tags.setText(", ".join(draft.tags))
        self.notes.setPlainText(draft.notes)

    def draft(self) -> CompanyDraft:
        founded_text = self.founded.text().strip()
        return CompanyDraft(
            name=self.name.text(),
            name_zh=self.name_zh.text(),
            aliases=split_list(self.aliases.toPlainText()),
            sector=self.sector.text(),
            headquarters=self.headquarters.text(),
            founded=int(founded_text) if founded_text.isdigit() else None,
            hk_code=self.hk_code.text(),
            a_code=self.a_code.text(),
            a_exchange=self.a_exchange.currentData() or "",
            notes=self.notes.toPlainText(),
            tags=split_list(self.tags.text()),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, widget in self.fields.items():
            widget.setStyleSheet(ERROR_STYLE if key in problems else "")
        self.errors.setText("\n".join(problems.values()))
        self.errors.setVisible(bool(problems))
        first = next((self.fields[k] for k in self.fields if k in problems), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            self._submit(self.draft())
        except InvalidCompany as problem:
            self.show_problems(problem.problems)
            return
        except LookupError as gone:
            self.show_problems({"name": str(gone)})
            return
        super().accept()
