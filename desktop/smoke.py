"""``ipo-watch --smoke``: does this build work at all?

Run by the tests and, above all, on the frozen bundle right after PyInstaller made it:
the checks touch what freezing tends to break — Alembic's migration scripts on disk, a
source module loaded by name, the workbook readers (imported late), resources found
through ``sys._MEIPASS``, pypdfium2 and its PDFium library (a PDF written here, read
back), numpy and pyqtgraph, the Qt platform plugin, the poll worker started from the
executable itself — and never the network (the worker is sent to a closed loopback
port) or the user's own data.
Each check prints one ``ok: ...`` line; the first failure prints ``FAIL: ...`` and the
traceback, and the exit code is 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIRST_PAINT_TIMEOUT_S = 20
SAMPLE_DOCUMENT = "appactive_app_sehk_c"


class SmokeFailure(RuntimeError):
    pass


def run_smoke() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="ipo-watch-smoke-"))
    ctx: Any = None
    try:
        from desktop.context import AppContext

        ctx = AppContext(folder, database="sqlite")  # its own temporary file, always
        checks: list[tuple[str, Callable[[], str]]] = [
            ("migrations", lambda: _migrations(ctx)),
            ("parser", _parser),
            ("workbooks", _workbooks),
            ("pdf", _pdf),
            ("pyqtgraph", _pyqtgraph),
            ("language", _language),
            ("main window", lambda: _main_window(ctx)),
            ("poll worker", lambda: _poll_worker(ctx)),
        ]
        for name, check in checks:
            try:
                detail = check()
            except Exception as exc:  # every failure is reported the same way
                print(f"FAIL: {name}: {type(exc).__name__}: {exc}", flush=True)
                traceback.print_exc()
                return 1
            print(f"ok: {name}{f' ({detail})' if detail else ''}", flush=True)
        return 0
    finally:
        if ctx is not None and "db" in vars(ctx):
            ctx.db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _migrations(ctx: Any) -> str:
    from desktop.bootstrap import prepare_database
    from desktop.store import fastread
    from desktop.store.schema import is_current

    prepare_database(ctx)
    if not is_current(ctx.db_path):
        raise SmokeFailure("the schema is not at the newest revision after migrating")
    if not fastread.load_watchlist(ctx.db_path):
        raise SmokeFailure("the seed watchlist was not loaded")
    return ""


def _parser() -> str:
    from desktop.paths import resource
    from desktop.sources import registry

    # Loaded by name, as the poller does: a frozen build must carry every source module.
    hkex_app = registry.load("hkex_app")
    payload = resource("samples", f"{SAMPLE_DOCUMENT}.json").read_bytes()
    items = hkex_app.parse(payload, document=SAMPLE_DOCUMENT)
    if not items:
        raise SmokeFailure(f"the bundled {SAMPLE_DOCUMENT}.json parsed to no items")
    return f"{len(items)} items"


def _workbooks() -> str:
    """Both workbook readers are in the build (they are imported only when a file arrives)."""
    from desktop.sources.workbook import readers

    return ", ".join(readers())


PDF_LINES = ("GLOBAL OFFERING", "Stock code: 02513 (self-test)")


def _pdf() -> str:
    """A one-page PDF written here, read back through pypdfium2 as offer documents are:
    a build without pypdfium2 or its PDFium library fails here, not on the first
    document."""
    from desktop.sources.pdf_text import read_pdf

    read = read_pdf(tiny_pdf(PDF_LINES))
    if read.page_count != 1 or read.text().splitlines() != list(PDF_LINES):
        raise SmokeFailure(f"the PDF written read back as {read.text()!r}")
    return f"{read.page_count} page read back"


def tiny_pdf(lines: tuple[str, ...]) -> bytes:
    """A valid one-page PDF (PDF 1.4, Helvetica) showing `lines` (Latin-1), one a line."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    shown = " ".join(f"{literal(line)} '" for line in lines)
    stream = f"BT /F1 12 Tf 72 760 Td 16 TL {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


_TRANSLATORS: list[Any] = []


def _language() -> str:
    """The interface language `IPO_WATCH_LANG` (or the system) asks for, with its
    catalogue really loaded: a Chinese start must not fall back to English silently."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services import language

    _application()
    chosen = language.choose(None)
    translators = language.Translators()
    missing = translators.install(chosen)
    _TRANSLATORS.append(translators)
    if chosen == language.ENGLISH:
        return "English"
    if f"ipo_watch_{chosen}" in missing:
        raise SmokeFailure(f"the {chosen} catalogue (ipo_watch_{chosen}.qm) did not load")
    said = QCoreApplication.translate("Tabs", "Watchlist")
    if said == "Watchlist":
        raise SmokeFailure(f"the {chosen} catalogue loaded but does not translate")
    return f"{language.LANGUAGES[chosen]}: {said}"


def _pyqtgraph() -> str:
    _application()
    import numpy as np
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot(np.arange(5.0), np.arange(5.0) ** 2)
    plot.resize(200, 120)
    plot.grab()
    plot.deleteLater()
    return ""


def _main_window(ctx: Any) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop import APP_NAME
    from desktop.store.fastread import load_watchlist
    from desktop.ui.icons import app_icon
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme

    app = _application()
    app.setApplicationName(APP_NAME)
    apply_theme(app)
    # The icon is an SVG: it needs the bundled resources and Qt's SVG plugins.
    if app_icon().pixmap(32, 32).isNull():
        raise SmokeFailure("the app icon (resources/icons/app.svg) does not render")
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    painted: list[bool] = []
    loop = QEventLoop()

    def on_painted() -> None:
        painted.append(True)
        loop.quit()

    window.first_painted.connect(on_painted)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_S * 1000, loop.quit)
    window.show()
    if not painted:
        loop.exec()
    window.hide()
    window.deleteLater()
    if not painted:
        raise SmokeFailure(f"no first paint within {FIRST_PAINT_TIMEOUT_S} s")
    return ""


# Where the poll worker is sent instead of the network: a loopback port nothing listens on
# (refused at once).
NOWHERE = "http://127.0.0.1:9"


def _poll_worker(ctx: Any) -> str:
    """The app polls in a child process started from its own executable: start one and
    read the outcome it writes.  The sources are pointed at a closed loopback port, so
    the poll fails at once, and says so in its outcome."""
    from desktop.services.poll_process import ChildPolls

    previous = os.environ.get("IPO_WATCH_MIRROR")
    os.environ["IPO_WATCH_MIRROR"] = NOWHERE
    try:
        outcome = ChildPolls().run(ctx.data_dir, "hkex_app")
    finally:
        if previous is None:
            del os.environ["IPO_WATCH_MIRROR"]
        else:
            os.environ["IPO_WATCH_MIRROR"] = previous
    if outcome.ok or not outcome.error or "poll process failed" in outcome.error:
        raise SmokeFailure(f"the poll worker did not report the closed port: {outcome}")
    return ""
