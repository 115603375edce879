"""Help: guide, glossary and the shortcut list from the window's own actions; the
first-start note shows once and can be dismissed."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.help_dialog import GLOSSARY, HelpDialog, shortcut_rows


def _window(qtbot, data_dir: Path):
    from desktop.app import prepare_database
    from desktop.context import AppContext
    from desktop.store.fastread import load_watchlist
    from desktop.ui.main_window import MainWindow

    ctx = AppContext(data_dir)
    prepare_database(ctx)
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The help entries and the first-start note are added once the window has painted.
    qtbot.waitUntil(lambda: hasattr(window, "first_start_note"))
    return window, ctx


def test_help_menu_has_guide_glossary_and_shortcuts(qtbot, data_dir: Path) -> None:
    window, _ctx = _window(qtbot, data_dir)
    titles = [a.text() for a in window.help_menu.actions() if a.text()]
    assert titles[:3] == ["User guide…", "Glossary…", "Keyboard shortcuts…"]
    assert titles[-1].startswith("&About")
    terms = {term for term, _ in GLOSSARY}
    assert {"PHIP", "Application Proof", "CSRC filing", "Listing hearing", "Lapse"} <= terms
    glossary = window.help_menu.actions()[1]
    glossary.trigger()
    dialog = window._help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert "Post Hearing Information Pack" in dialog.pages[1].toPlainText()
    rows = dict(shortcut_rows(window))
    assert rows["Add company"] == "Ctrl+N" and rows["Delete company"] == "Del"
    assert "Ctrl+N" in dialog.pages[2].toPlainText()
    dialog.close()


def test_first_start_note_shows_once(qtbot, data_dir: Path) -> None:
    window, _ctx = _window(qtbot, data_dir)
    note = window.first_start_note
    assert note is not None and note.isVisible()
    note.dismiss()
    assert not note.isVisible()
    again, _ = _window(qtbot, data_dir)
    assert again.first_start_note is None
