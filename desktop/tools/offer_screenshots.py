"""Render the Offers tab and a company's Offer tab to PNG from the offer fixtures (made-up
issuers and figures). Needs a source checkout (the fixtures live under tests/).

    python -m desktop.tools.offer_screenshots OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from desktop.tools.screenshots import _wait

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 1, 9, 2, 0, tzinfo=UTC)  # 10:00 in Hong Kong, the day after a debut


def _open_offer(text: str) -> str:
    for old, new in (
        (
            "Example Atlas Technology Joint Stock Company Limited",
            "Example Robotics Holdings Limited",
        ),
        ("2513", "9981"),
        ("Tuesday, 30 December 2025", "Wednesday, 7 January 2026"),
        ("Monday, 5 January 2026", "Monday, 12 January 2026"),
        ("Tuesday, 6 January 2026", "Tuesday, 13 January 2026"),
        ("Wednesday, 7 January 2026\n11:00", "Wednesday, 14 January 2026\n11:00"),
        ("Thursday, 8 January 2026", "Thursday, 15 January 2026"),
        ("HK$116.20", "HK$24.80"),
        ("100 11,737.19", "500 12,525.05"),
        ("board lots of 100", "board lots of 500"),
        ("Mechanism B", "Mechanism A"),
    ):
        text = text.replace(old, new)
    return text


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.offer.pdfs import fixture_pages, fixture_text

    with tempfile.TemporaryDirectory() as tmp:
        from PySide6.QtWidgets import QApplication

        from desktop.bootstrap import prepare_database
        from desktop.context import AppContext
        from desktop.domain.offer.reader import read_document
        from desktop.store.fastread import load_watchlist
        from desktop.store.offers import store_document
        from desktop.store.tables import Company
        from desktop.ui.main_window import MainWindow
        from desktop.ui.watchlist_model import COL_NAME

        app = QApplication.instance() or QApplication([])
        ctx = AppContext(Path(tmp))
        prepare_database(ctx)
        with ctx.db.write() as session:
            session.add(Company(name="Example Atlas Technology", hk_code="02513"))
        base = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/"
        for url, name in (
            (base + "1230/notice.pdf", "notice_en.txt"),
            (base + "0107/results.pdf", "allotment_en.txt"),
            (base + "0102/results_c.pdf", "allotment_zh_hans.txt"),
        ):
            store_document(ctx.db, url, read_document(fixture_pages(name)))
        opening = _open_offer(fixture_text("notice_en.txt")).split("\f")
        store_document(
            ctx.db,
            base + "0107/open.pdf",
            read_document([(i + 1, p) for i, p in enumerate(opening)]),
        )
        window = MainWindow(ctx, load_watchlist(ctx.db_path))
        window.resize(1500, 640)
        window.show()
        from desktop.ui.actions import Tab

        window.show_tab(Tab.OFFERS)
        view = window.offers
        assert view is not None
        view.clock = lambda: NOW
        _wait(app, lambda: view.table.rowCount() >= 4)
        view.table.resizeColumnsToContents()
        app.processEvents()
        window.grab().save(str(out / "offers.png"))
        window.tabs.setCurrentIndex(0)
        model = window.model
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, COL_NAME).data() == "Example Atlas Technology"
        )
        window.table.setCurrentIndex(model.index(row, COL_NAME))
        _wait(app, lambda: window.company_page is not None)
        page = window.company_page
        assert page is not None
        page.tabs.setCurrentWidget(page.offer_panel)
        _wait(app, lambda: page.offer_panel.summary is not None)
        window.grab().save(str(out / "offer-tab.png"))
        window.close()
        ctx.db.dispose()
    print(f"wrote {out / 'offers.png'} and {out / 'offer-tab.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
