"""Runs the real app on a real X display with a tray host, drives one alert end to end,
and prints what it saw as JSON.  Started by tests/e2e/test_tray.py.

argv: DATA_DIR SHOTS_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import after_first_paint, prepare_database  # noqa: E402
from desktop.context import AppContext  # noqa: E402
from desktop.store.fastread import load_watchlist  # noqa: E402
from desktop.ui.company_page import EventIdRole  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from tests.e2e.filings import new_filing_file  # noqa: E402
from tests.mirror import MirrorServer  # noqa: E402
from tests.mirror_data import EDS, serve_samples  # noqa: E402


def wait(app: QApplication, condition, timeout: float = 180.0) -> bool:  # type: ignore[no-untyped-def]
    """Process events until ``condition()`` holds (the timeout only bounds a failure)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def shot(path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], check=False, timeout=30)


def main() -> int:
    data_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    result: dict[str, object] = {}
    with MirrorServer() as server:
        serve_samples(server)
        os.environ["IPO_WATCH_MIRROR"] = server.url
        app = QApplication(sys.argv[:1])
        # The tray host may still be starting: wait until it owns the tray selection.
        from PySide6.QtWidgets import QSystemTrayIcon

        wait(app, QSystemTrayIcon.isSystemTrayAvailable)
        ctx = AppContext(data_dir)
        prepare_database(ctx)
        window = MainWindow(ctx, load_watchlist(ctx.db_path))
        window.resize(1100, 700)
        window.show()
        services = after_first_paint(ctx, window)
        tray, poller = services["tray"], services["poller"]
        result["tray_available"] = tray is not None
        if tray is None:
            print(json.dumps(result))
            return 1
        shown: list[object] = []
        notifier = services["notifier"]
        real_show = notifier.show

        def record(note: object) -> None:
            shown.append(note)
            real_show(note)

        notifier.show = record
        finished: set[str] = set()
        poller.source_finished.connect(lambda o: finished.add(o.source_id))
        result["first_round"] = wait(app, lambda: len(finished) >= 7)
        wait(app, lambda: False, 1.0)
        result["unread_after_first_run"] = tray.unread
        result["shown_after_first_run"] = len(shown)

        server.add(
            EDS + "appactive_app_sehk_e.json", new_filing_file(), content_type="application/json"
        )
        poller.poll_now("hkex_app")
        result["notified"] = wait(app, lambda: len(shown) >= 1 and tray.unread >= 1)
        result["unread"] = tray.unread
        result["tooltip"] = tray.icon.toolTip()
        result["notification"] = getattr(shown[0], "title", None) if shown else None
        wait(app, lambda: False, 1.5)
        shot(shots / "notification.png")

        tray.menu.popup(QPoint(900, 30))
        wait(app, lambda: False, 0.8)
        shot(shots / "tray-menu.png")
        tray.menu.hide()

        window.hide()
        tray.icon.messageClicked.emit()  # the user clicks the notification
        event_id = getattr(shown[0], "event_id", None) if shown else None

        def at_event() -> bool:
            page = window.company_page
            if page is None or not window.isVisible():
                return False
            item = page.events.currentItem()
            return item is not None and item.data(0, EventIdRole) == event_id

        result["opened_event"] = wait(app, at_event)
        result["company_page"] = window.company_page.title.text() if window.company_page else None
        wait(app, lambda: False, 0.8)
        shot(shots / "company-at-event.png")
        window.tabs.setCurrentIndex(3)
        wait(app, lambda: window.inbox is not None)
        wait(app, lambda: False, 1.5)
        shot(shots / "inbox.png")
        window.quit_app()
        poller.stop()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
