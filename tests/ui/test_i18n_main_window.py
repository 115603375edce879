"""The main window in Traditional and Simplified Chinese: every tab, every menu, the
company page with each of its tabs, Preferences and the tray menu, opened on the seed
data with the real catalogues installed, with no English word of the app's own left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.store.fastread import load_watchlist
from desktop.ui.actions import Tab
from tests.ui.helpers import open_main_window
from tests.ui.i18n_check import (
    compile_catalogues,
    english_leftovers,
    english_words,
    installed_language,
)

LANGUAGES = ("zh_HK", "zh_CN")


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=LANGUAGES)
def chinese(request: pytest.FixtureRequest, qapp, catalogues: Path):
    with installed_language(request.param, catalogues) as missing:
        assert missing == []
        yield request.param


def seed_data(db_path: Path) -> list[str]:
    """The seed watchlist's names, aliases and tags: data, not words of the app's own
    (the seed's event titles are the app's words, shown translated)."""
    words: list[str] = []
    for row in load_watchlist(db_path):
        words += [row.name, row.name_zh, *row.aliases]
        words += list(getattr(row, "tags", ()) or ())
    return [w for w in words if w]


# Translated on their own: the Offers tab, the offer panel and File › Open document
# (offers_view, offer_panel, document_dialog). Their texts are left to their own tests.
ELSEWHERE_ACTIONS = {"QAction.text: 'Open &document…'", "QAction.toolTip: 'Open document'"}


def leftovers(widget: QWidget, data: list[str], elsewhere: tuple[QWidget, ...] = ()) -> list[str]:
    theirs = {text for other in elsewhere for text in english_leftovers(other, data)}
    return [
        text
        for text in english_leftovers(widget, data)
        if text not in theirs and text.rsplit(" [", 1)[0] not in ELSEWHERE_ACTIONS
    ]


def elsewhere(window) -> tuple[QWidget, ...]:
    page = window.company_page
    parts = [window.offers, page.offer_panel if page is not None else None]
    return tuple(part for part in parts if part is not None)


def test_every_tab_menu_and_the_company_page(qtbot, data_dir: Path, chinese: str) -> None:
    window = open_main_window(qtbot, data_dir)
    data = seed_data(window.ctx.db_path)
    found: list[str] = []
    for tab in Tab:
        window.show_tab(tab)
        qtbot.waitUntil(lambda tab=tab: window.tabs.currentIndex() == int(tab))
        found += [f"{tab.name}: {text}" for text in leftovers(window, data, elsewhere(window))]
    window.show_tab(Tab.WATCHLIST)
    first = window.model.all_rows()[0]
    assert window.select_company(first.id)
    qtbot.waitUntil(lambda: window.company_page is not None)
    page = window.company_page
    assert page is not None
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        shown = leftovers(window, data, elsewhere(window))
        found += [f"company page {index}: {text}" for text in shown]
    for menu in window.menus.values():
        found += [f"menu: {text}" for text in leftovers(menu, data, elsewhere(window))]
    assert sorted({text.split(": ", 1)[1] for text in found}) == []


def test_preferences_and_the_tray_menu(qtbot, data_dir: Path, chinese: str) -> None:
    from desktop.domain.alert_rules import AlertRules
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.tray import Tray

    window = open_main_window(qtbot, data_dir)
    rows = window.model.all_rows()
    data = seed_data(window.ctx.db_path)
    dialog = PreferencesDialog(AlertRules(), [(r.id, r.name) for r in rows], False, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The language choice names each language in its own words: "English" is one.
    assert leftovers(dialog, [*data, "English"]) == []
    assert [dialog.language.itemText(i) for i in range(1, 4)] == ["English", "繁體中文", "简体中文"]
    tray = Tray(parent=window)
    tray.set_unread(3)
    assert leftovers(tray.menu, data) == []
    assert "IPO Pipeline Watch" in tray.icon.toolTip() and "3" in tray.icon.toolTip()
    assert english_words(tray.icon.toolTip(), data) == []


def test_the_language_chosen_in_preferences_is_saved_and_the_app_restarts_in_it(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import atexit

    from PySide6.QtWidgets import QMessageBox

    from desktop.services import language
    from desktop.ui import company_actions

    window = open_main_window(qtbot, data_dir)
    registered: list[tuple] = []
    monkeypatch.setattr(atexit, "register", lambda *args: registered.append(args))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    quits: list[bool] = []
    monkeypatch.setattr(window, "quit_app", lambda: quits.append(True))
    assert company_actions.change_language(window, language.TRADITIONAL)
    settings = QSettings(str(window.ctx.settings_path), QSettings.Format.IniFormat)
    assert settings.value(language.SETTING_KEY) == language.TRADITIONAL
    assert language.choose(settings.value(language.SETTING_KEY), env={}) == "zh_HK"
    [(_start, program, arguments)] = registered
    assert (program, arguments) == company_actions.restart_command()
    assert quits == [True]
