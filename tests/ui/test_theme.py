from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.theme import apply_theme


@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_palette_follows_the_scheme(
    qapp: QApplication, monkeypatch, scheme: str, dark: bool
) -> None:
    monkeypatch.setenv("IPO_WATCH_THEME", scheme)
    apply_theme(qapp)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert (window.lightness() < 100) is dark
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert abs(text.lightness() - window.lightness()) > 120  # readable either way
    monkeypatch.setenv("IPO_WATCH_THEME", "light")
    apply_theme(qapp)


# -- dark mode: readable errors, regular Chinese glyphs, unread marked by more than weight


def test_error_and_ok_colours_reach_wcag_aa_on_both_schemes(qapp: QApplication) -> None:
    from desktop.ui.theme import MIN_CONTRAST, _dark_palette, contrast_ratio, error_color, ok_color

    for palette in (_dark_palette(), qapp.style().standardPalette()):
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            background = palette.color(role)
            for color in (error_color(palette), ok_color(palette)):
                ratio = contrast_ratio(color, background)
                assert ratio >= MIN_CONTRAST, (color.name(), background.name(), ratio)
    # The red used before on the dark background: what the check is there to catch.
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("#c0392b"), _dark_palette().color(QPalette.ColorRole.Base)) < 4.5


def test_contrast_ratio_matches_wcag() -> None:
    from PySide6.QtGui import QColor

    from desktop.ui.theme import contrast_ratio

    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 2) == 21.0
    assert round(contrast_ratio(QColor("#777777"), QColor("#ffffff")), 2) == 4.48


def _runs(text: str, font) -> list[tuple[str, int]]:
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(r.rawFont().familyName(), r.rawFont().weight()) for r in layout.glyphRuns()]


def test_chinese_text_uses_a_regular_simplified_chinese_face(
    qapp: QApplication, monkeypatch
) -> None:
    from PySide6.QtGui import QFont, QFontDatabase

    from desktop.ui.theme import CJK_SANS, cjk_family

    monkeypatch.setenv("IPO_WATCH_THEME", "dark")
    apply_theme(qapp)
    family = cjk_family(QFontDatabase.families())
    if family is None:
        pytest.skip("no CJK sans font installed")
    assert family in CJK_SANS and family in qapp.font().families()
    regular = dict(_runs("智谱华章 Zhipu", QFont()))
    assert regular[family] == 400  # not a bold (or Japanese) fallback
    bold = QFont()
    bold.setBold(True)
    assert dict(_runs("智谱华章", bold))[family] == 700
    # A family installed only in Bold is never chosen.
    assert cjk_family(["Noto Sans CJK SC"], lambda _family: ["Bold"]) is None
    monkeypatch.setenv("IPO_WATCH_THEME", "light")
    apply_theme(qapp)


def test_unread_alerts_carry_a_dot_not_only_bold(qapp: QApplication) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from desktop.store.alerts import AlertView
    from desktop.ui.alert_inbox import AlertsModel

    def alert(alert_id: int, read: bool) -> AlertView:
        fields = {name: None for name in AlertView.__dataclass_fields__}
        fields.update(
            id=alert_id,
            read=read,
            created_at=datetime(2026, 1, 2, tzinfo=UTC),
            title="智谱 - 申請版本（第一次呈交）",
            kind="application_proof",
            company="智谱",
        )
        return AlertView(**fields)

    model = AlertsModel()
    model.apply(model.prepare([alert(1, False), alert(2, True)]))
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2): r for r in range(2)}
    unread = model.index(rows[1], 0).data(Qt.ItemDataRole.DecorationRole)
    read = model.index(rows[2], 0).data(Qt.ItemDataRole.DecorationRole)
    assert unread is not None and not unread.isNull()
    assert read is None


def _ink(image, rect) -> int:
    """How much lighter than the background the text in ``rect`` is drawn, summed."""
    from PySide6.QtGui import QColor

    background = QColor(image.pixel(rect.right() - 1, rect.top() + 1)).lightness()
    return sum(
        max(0, QColor(image.pixel(x, y)).lightness() - background)
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
    )


def test_read_and_unread_chinese_alerts_differ_in_weight_in_dark_mode(
    qapp: QApplication, qtbot, monkeypatch
) -> None:
    """Drawn on the dark scheme, an unread Chinese title carries clearly more ink than
    the same title read: neither is drawn from a bold fallback face."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QTableView

    from desktop.store.alerts import AlertView
    from desktop.ui.alert_inbox import COL_TITLE, AlertsModel
    from desktop.ui.theme import cjk_family

    if cjk_family(QFontDatabase.families()) is None:
        pytest.skip("no CJK sans font installed")
    monkeypatch.setenv("IPO_WATCH_THEME", "dark")
    apply_theme(qapp)
    try:
        title = "智譜：申請版本（第一次呈交）配發結果公告"
        fields = {name: None for name in AlertView.__dataclass_fields__}
        fields.update(
            created_at=datetime(2026, 1, 2, tzinfo=UTC), kind="application_proof", company="智谱"
        )
        rows = [
            AlertView(**{**fields, "id": 1, "read": False, "title": title}),
            AlertView(**{**fields, "id": 2, "read": True, "title": title}),
        ]
        model = AlertsModel()
        model.apply(model.prepare(rows))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(900, 200)
        view.setColumnWidth(COL_TITLE, 400)
        view.show()
        qtbot.waitExposed(view)
        image = view.viewport().grab().toImage()
        ink = {}
        for row in range(model.rowCount()):
            alert = model.alert(row)
            assert alert is not None
            ink[alert.read] = _ink(image, view.visualRect(model.index(row, COL_TITLE)))
        assert ink[True] > 0
        # Regular against bold of the same CJK family: about 0.77 here; a bold
        # fallback face for the regular text would bring it near 1.
        assert ink[True] / ink[False] < 0.9
        assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    finally:
        monkeypatch.setenv("IPO_WATCH_THEME", "light")
        apply_theme(qapp)


def test_the_light_palette_is_fusions_own(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QStyleFactory

    from desktop.ui.theme import _light_palette

    fusion = QStyleFactory.create("Fusion").standardPalette()
    ours = _light_palette()
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        for role in QPalette.ColorRole:
            if role is not QPalette.ColorRole.NColorRoles:
                assert ours.color(group, role) == fusion.color(group, role), (group, role)


def test_a_new_application_starts_in_the_style_the_theme_chooses(monkeypatch) -> None:
    from desktop.ui import theme

    monkeypatch.setattr(theme.sys, "platform", "linux")
    monkeypatch.delenv("IPO_WATCH_THEME", raising=False)
    assert theme.style_arguments() == ["-style", "Fusion"]
    monkeypatch.setattr(theme.sys, "platform", "win32")
    assert theme.style_arguments() == []  # the platform's own style follows the system
    monkeypatch.setenv("IPO_WATCH_THEME", "dark")
    assert theme.style_arguments() == ["-style", "Fusion"]
