"""Help: a short user guide, a glossary of the listing terms, the keyboard shortcuts
(read from the window's own actions, so the list is always right), and the note shown
on first start.

Hooks: ``add_help_actions(window, menu)`` puts "User guide", "Glossary" and "Keyboard
shortcuts" in the Help menu; ``show_first_start_note(window, settings)`` shows the
dismissable note once."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP

GUIDE = QT_TRANSLATE_NOOP(
    "HelpDialog",
    """
<h3>What the app does</h3>
<p>IPO Pipeline Watch follows mainland Chinese companies on their way to a listing in
Hong Kong. It reads HKEXnews, the CSRC, cninfo, news feeds and share prices on a
schedule, matches what it finds to the companies on your watchlist, and tells you when
something new happens.</p>
<h3>A day with it</h3>
<ol>
<li><b>Watchlist</b>: add a company with <i>File › Add company</i>. Give its English and
Chinese names and any other names it files under (aliases) — filings are matched on
them. Each row shows the stage, the last event, the days in that stage and the next
expected step.</li>
<li><b>Company page</b>: select a company to see its timeline (stages over time, each
document as a dot you can click), its events with their sources, funding rounds and,
once listed, the share price against the offer price.</li>
<li><b>Pipeline</b>: every applicant HKEX and the CSRC list, watched or not. Add one to
the watchlist from there.</li>
<li><b>Alerts</b>: new filings for watched companies, newest first; unread ones are bold
with a dot. A notification click opens the company at that event.</li>
<li><b>Sources</b>: when each source last ran, what failed and when it runs next. Poll
now runs one at once.</li>
</ol>
<h3>Your data</h3>
<p>Import and export the watchlist as CSV or JSON (<i>File</i> menu). An import shows
every change first, old → new; blank cells keep what the watchlist has unless you tick
“Blank cells clear the field”, and a backup is made before anything is stored. A backup
is also made every day (<i>File › Backups…</i>). Key dates (filings, hearings, lapses,
listings) export as a calendar file.</p>
<p>Every figure shows where it came from: a document, a page, a link — or “entered by
you” for what you typed.</p>
""",
)
"""The user guide (HTML; translated with context "HelpDialog" where shown)."""

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Application Proof"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "The draft prospectus a company files with HKEX when it applies to list. Its "
            "filing starts the review; it is published on HKEXnews.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Lapse"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "An Application Proof lapses six months after filing if the listing hearing has "
            "not been passed (Listing Rule 9.03). The company may file again.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Listing hearing"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "The meeting where the HKEX Listing Committee decides whether the company may "
            "list. Passing it is the last big step before the offer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "PHIP"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "Post Hearing Information Pack: the near-final prospectus HKEX publishes after the "
            "hearing is passed. Its date is when the hearing was passed, as far as the public "
            "can tell.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "CSRC filing"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "Mainland companies listing abroad must file with the China Securities Regulatory "
            "Commission. Its table shows receipt, supplementary requests and comments; the "
            "filing notice clears the company to list.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Prospectus / offering"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "The final prospectus launches the public offer; allotment results follow, then "
            "the first day of trading.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Withdrawn / returned / rejected"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "The application ended without a listing: the company withdrew it, HKEX returned "
            "it as incomplete (no new filing for eight weeks), or HKEX rejected it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Offer price"),
        QT_TRANSLATE_NOOP(
            "HelpDialog", "The price per share in the IPO, in HK$. Returns are measured against it."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Days"),
        QT_TRANSLATE_NOOP(
            "HelpDialog", "In the watchlist: days the company has been in its current stage."
        ),
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def glossary_html() -> str:
    rows = "".join(
        f"<dt><b>{html.escape(_t(term))}</b></dt><dd>{html.escape(_t(text))}</dd>"
        for term, text in GLOSSARY
    )
    return f"<dl>{rows}</dl>"


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, key) for every action of the window that has a shortcut, as this
    system spells the key."""
    rows = []
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.rstrip("…").strip()
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((name, text))
    return sorted(set(rows), key=lambda r: r[0].casefold())


def shortcuts_html(window: QWidget) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;<b>{html.escape(key)}</b></td></tr>"
        for name, key in shortcut_rows(window)
    )
    if not rows:
        return QCoreApplication.translate("HelpDialog", "<p>No keyboard shortcuts.</p>")
    return f"<table>{rows}</table>"


class HelpDialog(QDialog):
    """Guide, glossary and shortcuts in three tabs (``show_page(0..2)``)."""

    PAGES = (
        QT_TRANSLATE_NOOP("HelpDialog", "User guide"),
        QT_TRANSLATE_NOOP("HelpDialog", "Glossary"),
        QT_TRANSLATE_NOOP("HelpDialog", "Keyboard shortcuts"),
    )

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Help"))
        self.resize(620, 520)
        self.tabs = QTabWidget()
        self.pages: list[QTextBrowser] = []
        for title, body in zip(
            self.PAGES, (_t(GUIDE), glossary_html(), shortcuts_html(window)), strict=True
        ):
            page = QTextBrowser()
            page.setOpenExternalLinks(True)
            page.setHtml(body)
            self.pages.append(page)
            self.tabs.addTab(page, self.tr(title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()


def _open(window: Any, index: int) -> HelpDialog:
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        dialog = HelpDialog(window)
        window._help_dialog = dialog
    dialog.show_page(index)
    return dialog


def add_help_actions(window: QWidget, menu: QMenu) -> list[QAction]:
    """ "User guide" (F1), "Glossary" and "Keyboard shortcuts" at the top of ``menu``."""
    first = menu.actions()[0] if menu.actions() else None
    made = []
    for index, title in enumerate(HelpDialog.PAGES):
        action = QAction(_t(title) + "…", window)
        if index == 0:
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        action.triggered.connect(lambda _checked=False, i=index: _open(window, i))
        menu.insertAction(first, action)  # type: ignore[arg-type]
        made.append(action)
    if first is not None:
        menu.insertSeparator(first)
    return made


class _NoteLabel(QLabel):
    """A wrapped label that asks for a comfortable width (a toolbar gives a widget its
    size hint, and a wrapped label's own hint is narrow) without demanding it."""

    WIDTH = 720

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, self.heightForWidth(self.WIDTH))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, super().minimumSizeHint().height())


FIRST_START_KEY = "help/first_start_seen"
FIRST_START_TEXT = QT_TRANSLATE_NOOP(
    "HelpDialog",
    "<b>Welcome.</b> The watchlist starts with a few companies; the sources are read in "
    "the background and new filings appear as alerts. Select a company to see its "
    "timeline, add your own with <i>File › Add company</i>, and see what each term means "
    "in <i>Help › Glossary</i>.",
)


def show_first_start_note(window: QMainWindow, settings: QSettings) -> QToolBar | None:
    """A dismissable note at the top of the window, the first time only."""
    if settings.value(FIRST_START_KEY, False, type=bool):
        return None
    bar = QToolBar(QCoreApplication.translate("HelpDialog", "Welcome"), window)
    bar.setObjectName("first_start_note")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = _NoteLabel(_t(FIRST_START_TEXT))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(8, 4, 8, 4)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(label)
    guide = QPushButton(QCoreApplication.translate("HelpDialog", "Open the &guide"))
    guide.clicked.connect(lambda: _open(window, 0))
    bar.addWidget(guide)
    close = QPushButton(QCoreApplication.translate("HelpDialog", "Got it"))
    close.setToolTip(
        QCoreApplication.translate("HelpDialog", "Hide this note; the guide stays in the Help menu")
    )

    def dismiss() -> None:
        settings.setValue(FIRST_START_KEY, True)
        settings.sync()
        bar.hide()
        bar.deleteLater()

    close.clicked.connect(dismiss)
    bar.addWidget(close)
    bar.dismiss = dismiss  # type: ignore[attr-defined]
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
