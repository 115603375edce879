"""Render the Funding tab twice: with rounds suggested from a proof's history chapter
and the news, and with them confirmed.  Needs a source checkout (the test documents
live under tests/).

    python -m desktop.tools.funding_screenshots OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _wait(app, condition, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.funding_docs import rss, serve_documents
    from tests.mirror import MirrorServer

    with MirrorServer() as server, tempfile.TemporaryDirectory() as tmp:
        serve_documents(server, "Mech-Mind Robotics Technologies Ltd.")
        server.add(
            "www.scmp.com/rss/92/feed",
            rss(
                [
                    (
                        "Mech-Mind raises RMB500 million in Series C+ funding led by Intel Capital",
                        "https://www.scmp.com/tech/article/mech-mind-c-plus",
                        "",
                    ),
                    ("Mech-Mind revenue rose to RMB300 million", "https://www.scmp.com/x", ""),
                ]
            ),
        )
        os.environ["IPO_WATCH_MIRROR"] = server.url
        from PySide6.QtWidgets import QApplication

        from desktop.bootstrap import prepare_database
        from desktop.context import AppContext
        from desktop.services.polling import poll_source
        from desktop.store.fastread import load_watchlist
        from desktop.store.funding import set_fx_rates
        from desktop.ui.main_window import MainWindow
        from desktop.ui.theme import apply_theme

        ctx = AppContext(Path(tmp))
        prepare_database(ctx)
        for source in ("hkex_app", "funding_documents", "news"):
            poll_source(ctx.db, source, today=date(2026, 3, 20))
        set_fx_rates(ctx.db, {"CNY": 0.14})
        app = QApplication.instance() or QApplication(sys.argv[:1])
        apply_theme(app)  # type: ignore[arg-type]
        window = MainWindow(ctx, load_watchlist(ctx.db_path))
        window.resize(1440, 900)
        window.splitter.setSizes([560, 880])
        window.show()
        mech = next(r for r in load_watchlist(ctx.db_path) if r.name.startswith("Mech-Mind"))
        window.select_company(mech.id)
        _wait(app, lambda: window.company_page is not None)
        page = window.company_page
        assert page is not None
        page.tabs.setCurrentWidget(page.funding_tab)
        editor = page.funding_editor
        assert editor is not None
        _wait(app, lambda: editor.suggested.tree.topLevelItemCount() > 0)
        _wait(app, lambda: False, 1.0)
        window.grab().save(str(out / "funding-suggested.png"))

        suggested = editor.suggested
        while suggested.tree.topLevelItemCount():
            count = suggested.tree.topLevelItemCount()
            suggested.select_row(0)
            suggested.accept_button.click()
            _wait(app, lambda c=count: suggested.tree.topLevelItemCount() < c)
        chart = page.funding_chart
        assert chart is not None
        _wait(app, lambda: chart.data is not None and len(chart.data.rounds) >= 4)
        _wait(app, lambda: False, 1.0)
        assert chart.data is not None
        drawn = chart.data.rounds[2]
        assert drawn.date is not None
        from desktop.ui.charts.common import timestamp

        chart.readouts[0].show_at(timestamp(drawn.date), 60)
        _wait(app, lambda: False, 0.5)
        window.grab().save(str(out / "funding-confirmed.png"))
        window.close()
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
