"""Find the English words an interface still shows in a Chinese locale.

`english_leftovers(widget)` walks a widget and everything in it (window titles, labels,
buttons, tool tips, placeholder texts, group box titles, tab texts, table and tree
headers, combo box items, text browsers, actions and menus, message boxes) and returns
each visible text that still holds an English word of the app's own. Data and proper
names are not the app's words: pass them as `data` (a company name, a file path) and
keep codes and names in `ALLOWED` ("HKEX", "CSV", "US$"…).

    installed_language("zh_HK")        # a context manager: Chinese, then English again
    assert english_leftovers(dialog, data=["Mech-Mind"]) == []
"""

from __future__ import annotations

import contextlib
import html
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]

ALLOWED = frozenset(
    {
        # exchanges, regulators, documents and formats, as Chinese readers write them too
        "HKEX",
        "HKEXnews",
        "CSRC",
        "PHIP",
        "IPO",
        "GEM",
        "HKMA",
        "SPAC",
        "CSV",
        "JSON",
        "PNG",
        "PDF",
        "ICS",
        "iCalendar",
        "RSS",
        "Atom",
        "URL",
        "HTTP",
        "HTTPS",
        "csv",
        "json",
        "ics",
        "png",
        "pdf",
        "http",
        "https",
        "www",
        # money and codes
        "US$",
        "HK$",
        "USD",
        "HKD",
        "CNY",
        "RMB",
        "EUR",
        "GBP",
        "JPY",
        "SGD",
        "HK",
        "bn",
        "YYYY",
        "MM",
        "DD",
        # software the About box names
        "Python",
        "Qt",
        "PySide",
        "PySide6",
        # keys
        "Ctrl",
        "Shift",
        "Alt",
        "Meta",
        "Esc",
        "Enter",
        "Del",
        "Tab",
    }
)
"""Words that stay as they are in every language (codes, formats, proper names)."""

PHRASES = ("IPO Pipeline Watch",)
"""Proper names of more than one word (the app's name stays in English)."""

_WORD = re.compile(r"[A-Za-z][A-Za-z$]*(?:['’][A-Za-z]+)?")
_TAG = re.compile(r"<[^>]+>")
_PATHLIKE = re.compile(
    r"\S*[/\\]\S*"  # a path
    r"|[\w.-]+\.[A-Za-z][A-Za-z0-9]{1,7}\b"  # a file name: mine.csv, ipo-watch-….sqlite3
    r"|\*\.\w+"  # a file filter
    r"|\b[a-z]+(?:_[a-z0-9]+)+\b"  # a field or column name as the file writes it
    r"|&\w+;"
)


def english_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """The English words of `text` that are not allowed codes, proper names or data
    (single letters, as in A股 or Series C, are never counted)."""
    text = html.unescape(_TAG.sub(" ", text))
    for known in sorted({*PHRASES, *(d for d in data if d)}, key=len, reverse=True):
        text = text.replace(known, " ")
    text = _PATHLIKE.sub(" ", text)
    text = text.replace("&", "")  # accelerators: 匯出(&E)
    words = []
    for word in _WORD.findall(text):
        bare = word.rstrip("$")
        if len(bare) < 2 or word in ALLOWED or bare in ALLOWED:
            continue
        words.append(word)
    return words


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of the app's own that `root` shows or would show
    (tool tips, placeholders); widgets hidden inside `root` are left out."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if widget.isWindow():
            add(f"{name}.windowTitle", widget.windowTitle())
        add(f"{name}.toolTip", widget.toolTip())
        if isinstance(widget, QLabel):
            add("QLabel", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(f"{name}.text", widget.text())
        elif isinstance(widget, QLineEdit):
            add("QLineEdit.placeholder", widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit):
            add("QPlainTextEdit.placeholder", widget.placeholderText())
        elif isinstance(widget, QTextBrowser):
            add("QTextBrowser", widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            add("QTextEdit.placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add("QGroupBox.title", widget.title())
        elif isinstance(widget, QToolBar):
            add("QToolBar.windowTitle", widget.windowTitle())
        elif isinstance(widget, QMenu):
            add("QMenu.title", widget.title())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add("QComboBox.item", widget.itemText(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add("QTabWidget.tab", widget.tabText(index))
                add("QTabWidget.tabToolTip", widget.tabToolTip(index))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None and not widget.horizontalHeader().isHidden():
                    add("QTableWidget.header", item.text())
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            if header is not None and not widget.isHeaderHidden():
                for column in range(widget.columnCount()):
                    add("QTreeWidget.header", header.text(column))
            for index in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(index)
                if item is not None and item.isFirstColumnSpanned():  # a group's title
                    add("QTreeWidget.group", item.text(0))
        if isinstance(widget, QMessageBox):
            add("QMessageBox.text", widget.text())
            add("QMessageBox.informativeText", widget.informativeText())
        if isinstance(widget, QProgressDialog):
            add("QProgressDialog.label", widget.labelText())
        for action in widget.actions():
            if isinstance(action, QAction) and action.isVisible() and not action.isSeparator():
                add("QAction.text", action.text())
                if action.toolTip() != action.text().replace("&", ""):
                    add("QAction.toolTip", action.toolTip())
    return found


def english_leftovers(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Each visible text of `root` that still holds English words, as
    "where: text [words]"; empty when the interface speaks the installed language."""
    data = list(data)
    leftovers = []
    for where, text in visible_texts(root):
        words = english_words(text, data)
        if words:
            leftovers.append(f"{where}: {text!r} {words}")
    return leftovers


# -- installing a Chinese interface in a test ------------------------------------------


def compile_catalogues(folder: Path) -> Path:
    """The project's .ts catalogues compiled to .qm in `folder` (pyside6-lrelease)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    folder.mkdir(parents=True, exist_ok=True)
    for language in ("zh_HK", "zh_CN"):
        source = ROOT / "resources" / "translations" / f"ipo_watch_{language}.ts"
        target = folder / f"ipo_watch_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@contextlib.contextmanager
def installed_language(language: str, folder: Path) -> Iterator[list[str]]:
    """The app's and Qt's translators for `language` (catalogues in `folder`), then
    English again however the test ends: translators removed, the date and
    translation hooks unset, the default locale back to what it was. Yields the
    catalogues that could not be loaded."""
    from desktop.domain.i18n import set_date_hook, set_hook
    from desktop.services.language import ENGLISH, Translators

    before = QLocale()
    translators = Translators()
    try:
        yield translators.install(language, folder)
    finally:
        translators.install(ENGLISH)
        set_hook(None)
        set_date_hook(None)
        QLocale.setDefault(before)
