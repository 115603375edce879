"""Render each main view to PNG: seed data plus one poll over a local mirror serving every
source in its real layout (tests/screenshot_mirror.py).  Needs a source checkout (the
samples and builders live under tests/).

    python -m desktop.tools.screenshots OUT_DIR [WIDTHxHEIGHT]

The interface language is `IPO_WATCH_LANG` (`make screenshots OUT=DIR LANG=zh_HK`); the
catalogues are compiled for the run when the set-up has not compiled them yet.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _wait(app, condition, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _install_language(folder: Path) -> Any:
    """The translators of the language `IPO_WATCH_LANG` asks for, installed (English:
    nothing to load); keep them as long as the window lives."""
    import subprocess

    from desktop.services import language

    translators = language.Translators()
    chosen = language.choose(None, system=language.ENGLISH)
    if chosen == language.ENGLISH:
        return translators
    catalogues = language.catalogue_dir()
    if not (catalogues / f"ipo_watch_{chosen}.qm").exists():
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        source = ROOT / "resources" / "translations" / f"ipo_watch_{chosen}.ts"
        target = folder / f"ipo_watch_{chosen}.qm"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
        catalogues = folder
    missing = translators.install(chosen, catalogues)
    if missing:
        print(f"warning: not loaded: {', '.join(missing)}", file=sys.stderr)
    return translators


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.mirror import MirrorServer
    from tests.screenshot_mirror import OFFER_ISSUER, serve_everything, watch_offer_issuer

    with MirrorServer() as server, tempfile.TemporaryDirectory() as tmp:
        serve_everything(server)
        os.environ["IPO_WATCH_MIRROR"] = server.url
        from PySide6.QtWidgets import QApplication

        from desktop.bootstrap import prepare_database
        from desktop.context import AppContext
        from desktop.services.polling import poll_all
        from desktop.store.fastread import load_watchlist
        from desktop.ui.actions import Tab
        from desktop.ui.main_window import MainWindow
        from desktop.ui.theme import apply_theme

        ctx = AppContext(Path(tmp))
        prepare_database(ctx)
        watch_offer_issuer(ctx.db)
        poll_all(ctx.db)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        translators = _install_language(Path(tmp))
        apply_theme(app)  # type: ignore[arg-type]
        window = MainWindow(ctx, load_watchlist(ctx.db_path))
        width, height = (int(n) for n in (argv[1] if len(argv) > 1 else "1360x820").split("x"))
        window.resize(width, height)
        window.splitter.setSizes([width // 2, width - width // 2])
        window.show()
        settle = lambda seconds=1.0: _wait(app, lambda: False, seconds)  # noqa: E731
        settle(0.5)
        window.grab().save(str(out / "watchlist.png"))

        mech = next(r for r in load_watchlist(ctx.db_path) if r.name.startswith("Mech-Mind"))
        window.select_company(mech.id)
        _wait(
            app,
            lambda: (
                window.company_page is not None
                and window.detail_stack.currentWidget() is window.company_page
            ),
        )
        settle()
        window.grab().save(str(out / "company.png"))
        page = window.company_page
        assert page is not None
        for name, tab in (
            ("company-events", 1),
            ("company-facts", 2),
            ("funding", 3),
        ):
            page.tabs.setCurrentIndex(tab)
            settle(1.5)
            window.grab().save(str(out / f"{name}.png"))
        page.tabs.setCurrentIndex(0)

        listed = next(r for r in load_watchlist(ctx.db_path) if r.name == "Zhipu AI")
        window.select_company(listed.id)
        _wait(app, lambda: window.company_page is not None and window.company_page is not page)
        price_page = window.company_page
        assert price_page is not None
        price_page.tabs.setCurrentIndex(4)
        settle(1.5)
        window.grab().save(str(out / "share-price.png"))

        issuer = next(r for r in load_watchlist(ctx.db_path) if r.name == OFFER_ISSUER)
        window.select_company(issuer.id)
        _wait(
            app, lambda: window.company_page is not None and window.company_page is not price_page
        )
        offer_page = window.company_page
        assert offer_page is not None
        offer_page.tabs.setCurrentWidget(offer_page.offer_panel)
        _wait(app, lambda: offer_page.offer_panel.summary is not None)
        settle()
        window.grab().save(str(out / "offer-tab.png"))

        for name, tab in (
            ("pipeline", Tab.PIPELINE),
            ("sources", Tab.SOURCES),
            ("inbox", Tab.ALERTS),
            ("offers", Tab.OFFERS),
        ):
            window.show_tab(tab)
            settle(1.5)
            window.grab().save(str(out / f"{name}.png"))
        window.show_tab(Tab.CHARTS)
        settle(1.5)
        window.grab().save(str(out / "market.png"))
        assert window.charts is not None
        window.charts.setCurrentWidget(window.charts.compare_chart)
        ids = [r.id for r in load_watchlist(ctx.db_path)][:5]
        window.charts.compare_chart.set_selected(ids)
        settle(1.5)
        window.grab().save(str(out / "compare.png"))
        window.close()
        ctx.db.dispose()
        del translators
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
