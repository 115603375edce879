"""The real main window with background polling over a loopback mirror of the sources:
what a person sees once the first poll is done."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services import poller as poller_module
from desktop.services.poller import Poller
from desktop.services.polling import SourceOutcome
from desktop.sources import registry
from desktop.store.fastread import load_watchlist
from desktop.ui.company_page import UrlRole
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_NAME
from tests.mirror import POLL_WAIT_MS, SOURCE_WAIT_MS, MirrorServer
from tests.mirror_data import serve_samples
from tests.ui.helpers import stage_shown

MECH_MIND = "Mech-Mind Robotics Technologies"
MICRO = "China Micro Semicon (Shenzhen)"
PROOF_BASE = "https://www1.hkexnews.hk/app/"

pytestmark = pytest.mark.slow


# -- the window, polling --------------------------------------------------------------------


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[MirrorServer]:
    monkeypatch.setattr(poller_module, "START_STAGGER_S", 0)  # every source at once
    with MirrorServer() as server:
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        serve_samples(server)
        yield server


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> MainWindow:
    win = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def poller(qtbot: Any, ctx: Any) -> Iterator[Poller]:
    poll = Poller(ctx.db)
    yield poll
    qtbot.waitUntil(lambda: not poll.running(), timeout=POLL_WAIT_MS)
    poll.stop()
    if poll.sleep_watcher is not None:
        poll.sleep_watcher._timer.stop()


def select(qtbot: Any, window: MainWindow, name: str) -> None:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)
    window.table.setCurrentIndex(model.index(row, COL_NAME))
    qtbot.waitUntil(
        lambda: (
            window.company_page is not None
            and window.detail_stack.currentWidget() is window.company_page
            and window.company_page.title.text() == name
        ),
        timeout=5000,
    )


def tree_rows(tree: Any) -> list[Any]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_first_poll_moves_the_watchlist_and_fills_the_company_page(
    qtbot: Any, window: MainWindow, poller: Poller, served: MirrorServer
) -> None:
    assert stage_shown(window, MECH_MIND) != "Application filed"
    assert window.poll_bar.isHidden()
    finished: list[SourceOutcome] = []
    bar_while_busy: list[bool] = []
    window.attach_poller(poller)
    poller.source_finished.connect(finished.append)
    # Connected after the window's slot: sees the bar as the window just left it.
    poller.busy_changed.connect(
        lambda running: bar_while_busy.append(window.poll_bar.isVisible()) if running else None
    )
    poller.start()

    every = set(registry.SOURCE_IDS)
    qtbot.waitUntil(lambda: {o.source_id for o in finished} == every, timeout=POLL_WAIT_MS)
    qtbot.waitUntil(lambda: not poller.running(), timeout=POLL_WAIT_MS)
    assert bar_while_busy and all(bar_while_busy)

    # The watchlist reloads in the background with the new stages.
    qtbot.waitUntil(lambda: stage_shown(window, MECH_MIND) == "Application filed", timeout=5000)
    assert stage_shown(window, MICRO) == "Hearing passed"
    # Polling done: the status bar's progress is gone.
    qtbot.waitUntil(lambda: window.poll_bar.isHidden(), timeout=2000)
    assert window.poll_label.text() == ""

    select(qtbot, window, MECH_MIND)
    page = window.company_page
    assert page.stage_chip.text() == "Application filed"
    steps = tree_rows(page.timeline)
    proof = [s for s in steps if s.text(1) == "Application filed"]
    assert proof, [s.text(2) for s in steps]
    step = proof[0]
    assert step.text(0) == "2026-10-02"
    assert step.text(3) == "Open document ↗"
    url = step.data(0, UrlRole)
    assert isinstance(url, str) and url.startswith(PROOF_BASE), url
    assert "990001" in url

    events = tree_rows(page.events)
    filed = [e for e in events if e.data(0, UrlRole) == url]
    assert len(filed) == 1  # one event, though the filing is in the English and Chinese file
    event = filed[0]
    assert event.text(0) == "2026-10-02"
    assert event.text(4) == "Open document ↗"
    assert "Application Proof" in event.text(2) or "申請版本" in event.text(2)

    # Polling again finds nothing new and changes nothing on screen.
    before = [o for o in finished if o.source_id == "hkex_app"]
    window.poll_now("hkex_app")
    qtbot.waitUntil(
        lambda: len([o for o in finished if o.source_id == "hkex_app"]) == len(before) + 1,
        timeout=SOURCE_WAIT_MS,
    )
    assert finished[-1].new_events == []
    qtbot.waitUntil(lambda: window.poll_bar.isHidden(), timeout=2000)
    assert stage_shown(window, MECH_MIND) == "Application filed"


def test_the_open_charts_tab_and_company_page_follow_a_poll(
    qtbot: Any, window: MainWindow, poller: Poller, served: MirrorServer
) -> None:
    from desktop.ui.actions import Tab

    select(qtbot, window, MECH_MIND)
    page = window.company_page
    assert page is not None and page.stage_chip.text() != "Application filed"
    window.show_tab(Tab.CHARTS)
    charts = window.charts
    assert charts is not None
    market = charts.market_chart
    qtbot.waitUntil(lambda: market.data is not None, timeout=5000)
    reads: list[object] = []
    read = market.set_database
    market.set_database = lambda db: (reads.append(db), read(db))[1]

    finished: list[SourceOutcome] = []
    window.attach_poller(poller)
    poller.source_finished.connect(finished.append)
    poller.start()
    every = set(registry.SOURCE_IDS)
    qtbot.waitUntil(lambda: {o.source_id for o in finished} == every, timeout=POLL_WAIT_MS)

    # The market chart on screen reads again after the polls (no manual refresh).
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)
    # The company page, hidden behind the Charts tab, shows the new filing when shown.
    window.show_tab(Tab.WATCHLIST)
    qtbot.waitUntil(lambda: page.stage_chip.text() == "Application filed", timeout=5000)
