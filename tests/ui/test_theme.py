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
