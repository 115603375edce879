"""Preferences: whole choices visible, select all / none for the alert kinds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.alert_rules import AlertRules
from desktop.ui.preferences import PreferencesDialog


def test_choices_are_not_cut_and_kinds_can_be_toggled_at_once(qtbot) -> None:
    companies = [(1, "Beijing Zhipu Huazhang Technology Co., Ltd. (a long name)"), (2, "MiniMax")]
    dialog = PreferencesDialog(AlertRules(), companies, False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for combo in dialog._combos.values():
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.width() >= longest  # "Filings and stage changes" in full
    dialog.select_none.click()
    assert len(dialog.rules().muted_kinds) == dialog.kinds.count()
    dialog.select_all.click()
    assert not dialog.rules().muted_kinds
    assert all(
        dialog.kinds.item(i).checkState() == Qt.CheckState.Checked
        for i in range(dialog.kinds.count())
    )
