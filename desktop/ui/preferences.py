"""Preferences: start at login, quiet hours, alert levels per company and per kind, offer
reminder times, alerts on every Hong Kong offer opening."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.alert_rules import LEVELS, AlertRules
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.kinds import EventKind
from desktop.domain.offer.reminders import MAX_CLOSE_HOURS, MAX_LOCKUP_DAYS, ReminderTimes
from desktop.services.language import LANGUAGES
from desktop.ui.theme import elide_headers

LEVEL_LABELS = {
    "all": QT_TRANSLATE_NOOP("PreferencesDialog", "Everything"),
    "filings": QT_TRANSLATE_NOOP("PreferencesDialog", "Filings and stage changes"),
    "none": QT_TRANSLATE_NOOP("PreferencesDialog", "Nothing"),
}


class PreferencesDialog(QDialog):
    def __init__(
        self,
        rules: AlertRules,
        companies: list[tuple[int, str]],
        autostart: bool,
        parent: QWidget | None = None,
        language: str = "",
        reminder_times: ReminderTimes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumSize(640, 640)
        self._rules = rules

        self.autostart = QCheckBox(self.tr("Start at login, minimised to the tray"))
        self.autostart.setChecked(autostart)

        self.quiet = QCheckBox(self.tr("Quiet hours: hold notifications from"))
        self.quiet_start = QTimeEdit()
        self.quiet_end = QTimeEdit()
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        self.quiet.setChecked(rules.quiet_start is not None and rules.quiet_end is not None)
        self.quiet_start.setTime(_qtime(rules.quiet_start or time(22, 0)))
        self.quiet_end.setTime(_qtime(rules.quiet_end or time(7, 30)))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)

        self.kinds = QListWidget()
        for kind in EventKind:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked
                if kind.value in rules.muted_kinds
                else Qt.CheckState.Checked
            )
            self.kinds.addItem(item)

        self.companies = QTableWidget(len(companies), 2)
        elide_headers(self.companies)
        self.companies.setHorizontalHeaderLabels([self.tr("Company"), self.tr("Alert me about")])
        self.companies.verticalHeader().hide()
        self.companies.horizontalHeader().setStretchLastSection(True)
        self._combos: dict[int, QComboBox] = {}
        for row, (company_id, name) in enumerate(companies):
            self.companies.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            for level in LEVELS:
                combo.addItem(self.tr(LEVEL_LABELS[level]), level)
            combo.setCurrentIndex(LEVELS.index(rules.level(company_id)))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.companies.setCellWidget(row, 1, combo)
            self._combos[company_id] = combo
        # The choice column is as wide as its longest choice; names take what is left.
        header = self.companies.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widest = max((c.sizeHint().width() for c in self._combos.values()), default=120)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.companies.setColumnWidth(1, widest + 8)
        self.select_all = QPushButton(self.tr("Select &all"))
        self.select_none = QPushButton(self.tr("Select &none"))
        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        kinds_box = QWidget()
        kinds_layout = QVBoxLayout(kinds_box)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.kinds)
        kinds_buttons = QHBoxLayout()
        kinds_buttons.addWidget(self.select_all)
        kinds_buttons.addWidget(self.select_none)
        kinds_buttons.addStretch(1)
        kinds_layout.addLayout(kinds_buttons)

        general = QGroupBox(self.tr("General"))
        general_layout = QVBoxLayout(general)
        # Each language in its own name, so a reader finds theirs whatever is shown now.
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Language")))
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        general_layout.addLayout(language_row)
        general_layout.addWidget(self.autostart)
        general_layout.addLayout(quiet_row)
        app_ctx = getattr(parent, "ctx", None)
        if app_ctx is not None:  # Preferences › Team database
            from desktop.ui.team_database import TeamDatabaseDialog

            self.team_button = QPushButton(self.tr("Team database…"))
            self.team_button.clicked.connect(lambda: TeamDatabaseDialog(app_ctx, self).exec())
            general_layout.addWidget(self.team_button)
        alerts = QGroupBox(self.tr("Alerts"))
        alerts_layout = QFormLayout(alerts)
        alerts_layout.addRow(self.tr("Kinds that alert"), kinds_box)
        alerts_layout.addRow(self.tr("Per company"), self.companies)
        self.every_offer = QCheckBox(
            self.tr("Alert on every Hong Kong IPO's offer opening, not only the watchlist's")
        )
        self.every_offer.setToolTip(
            self.tr(
                "The formal notice HKEX publishes the day an offer opens for subscription. "
                "Off: only the companies on the watchlist alert."
            )
        )
        self.every_offer.setChecked(rules.every_offer_opening)
        alerts_layout.addRow("", self.every_offer)
        offers = self._offer_box(reminder_times or ReminderTimes())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(alerts, 1)
        layout.addWidget(offers)
        layout.addWidget(buttons)

    def _offer_box(self, times: ReminderTimes) -> QGroupBox:
        """Offer reminders: two before applications close, one before a lock-up ends."""
        box = QGroupBox(self.tr("Offer reminders"))
        form = QFormLayout(box)
        hours = list(times.close_hours)[:2]
        self.close_first = self._spin(MAX_CLOSE_HOURS, hours[0] if hours else 0, self.tr("h"))
        self.close_second = self._spin(
            MAX_CLOSE_HOURS, hours[1] if len(hours) > 1 else 0, self.tr("h")
        )
        row = QHBoxLayout()
        row.addWidget(self.close_first)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.close_second)
        row.addStretch(1)
        form.addRow(self.tr("Before applications close"), row)
        note = QLabel(
            self.tr(
                "Banks and brokers close their own application lists earlier than the time "
                "the documents print."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        self.lockup_days = self._spin(MAX_LOCKUP_DAYS, times.lockup_days, self.tr("days"))
        lockup_row = QHBoxLayout()
        lockup_row.addWidget(self.lockup_days)
        lockup_row.addStretch(1)
        form.addRow(self.tr("Before a lock-up ends"), lockup_row)
        return box

    def _spin(self, most: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, most)
        spin.setSuffix(" " + suffix)
        spin.setSpecialValueText(self.tr("off"))  # shown at 0
        spin.setValue(value)
        return spin

    def reminder_times(self) -> ReminderTimes:
        """The reminder times chosen (0 is off)."""
        hours = {s.value() for s in (self.close_first, self.close_second) if s.value() > 0}
        return ReminderTimes(tuple(sorted(hours, reverse=True)), self.lockup_days.value())

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            if item is not None:
                item.setCheckState(state)

    def rules(self) -> AlertRules:
        muted = frozenset(
            self.kinds.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.kinds.count())
            if self.kinds.item(i).checkState() != Qt.CheckState.Checked
        )
        levels = {
            cid: combo.currentData()
            for cid, combo in self._combos.items()
            if combo.currentData() != "filings"
        }
        quiet = self.quiet.isChecked()
        return AlertRules(
            company_levels=levels,
            muted_kinds=muted,
            quiet_start=_pytime(self.quiet_start.time()) if quiet else None,
            quiet_end=_pytime(self.quiet_end.time()) if quiet else None,
            paused_until=self._rules.paused_until,
            every_offer_opening=self.every_offer.isChecked(),
        )

    def chosen_language(self) -> str:
        """The language picked ("" to follow the system)."""
        return str(self.language.currentData() or "")

    def wants_autostart(self) -> bool:
        return self.autostart.isChecked()


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())
