"""Suggested funding rounds in the real window: a proof's history chapter and news for
watched companies (served on loopback, read by the real sources) become suggestions on
the Funding tab; accept, edit and accept, reject; rejected stays rejected after a
restart and another poll."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.context import AppContext
from desktop.services.polling import poll_source
from desktop.store.fastread import load_watchlist
from desktop.store.funding import list_rounds
from desktop.store.tables import SourceState
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_NAME
from tests.funding_docs import HISTORY_PDF, rss, serve_documents
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.ui.helpers import when_modal

TODAY = date(2026, 3, 20)
MECH_MIND = "Mech-Mind Robotics Technologies"
NEWS = [
    (
        "Moonshot AI raises US$1 billion in Series B round led by Alibaba",
        "https://www.scmp.com/a/1",
        "",
    ),
    ("月之暗面完成10亿美元B轮融资，阿里巴巴领投", "https://www.scmp.com/a/2", ""),
    ("Moonshot AI revenue reaches RMB300 million", "https://www.scmp.com/a/3", ""),
    ("Zhipu AI market value reaches US$30 billion", "https://www.scmp.com/a/4", ""),
]


def _poll_everything(ctx: AppContext, mirror: MirrorServer) -> None:
    serve_documents(mirror, "Mech-Mind Robotics Technologies Ltd.")
    mirror.add("www.scmp.com/rss/92/feed", rss(NEWS), content_type="application/rss+xml")
    for source in ("hkex_app", "funding_documents", "news"):
        outcome = poll_source(ctx.db, source, today=TODAY)
        assert outcome.ok, (source, outcome.error)


def _open(qtbot, data_dir: Path) -> MainWindow:
    from desktop.app import prepare_database

    ctx = AppContext(data_dir)
    prepare_database(ctx)
    window = MainWindow(ctx, load_watchlist(ctx.db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _row_text(window: MainWindow, company_id: int) -> str:
    return window.model.index(window.model.row_of(company_id), COL_NAME).data()


def _company_id(window: MainWindow, name: str) -> int:
    return next(r.id for r in window.model.rows() if r.name == name)


def _funding_tab(qtbot, window: MainWindow, company_id: int):  # type: ignore[no-untyped-def]
    assert window.select_company(company_id)
    qtbot.waitUntil(
        lambda: window.company_page is not None and window.company_page.company_id == company_id
    )
    page = window.company_page
    page.tabs.setCurrentWidget(page.funding_tab)
    editor = page.funding_editor
    qtbot.waitUntil(
        lambda: editor.company_id == company_id and editor.suggested.company_id == company_id
    )
    return page, editor


def test_suggest_accept_edit_reject_and_restart(
    qtbot, data_dir: Path, mirror: MirrorServer
) -> None:
    window = _open(qtbot, data_dir)
    _poll_everything(window.ctx, mirror)
    window.refresh()
    mech = _company_id(window, MECH_MIND)
    moonshot = _company_id(window, "Moonshot AI")
    qtbot.waitUntil(lambda: _row_text(window, mech) == f"● 4  {MECH_MIND}")
    assert _row_text(window, moonshot) == "● 1  Moonshot AI"  # two articles, one round
    tip = window.model.index(window.model.row_of(mech), COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "4 suggested funding rounds to accept or reject" in tip
    assert _row_text(window, _company_id(window, "Zhipu AI")) == "Zhipu AI"  # market value

    page, editor = _funding_tab(qtbot, window, mech)
    suggested = editor.suggested
    qtbot.waitUntil(lambda: suggested.tree.topLevelItemCount() == 4)
    assert suggested.isVisible() and suggested.title.text() == "Suggested rounds (4)"
    rounds = [suggested.tree.topLevelItem(i).text(0) for i in range(4)]
    assert rounds == ["Angel", "Series A", "Series B", "Series C+"]
    series_a = suggested.tree.topLevelItem(1)
    assert series_a.text(2) == "US$50.0m" and series_a.text(3) == "US$200.0m"
    assert series_a.text(5).startswith("Application Proof (1st submission) — History, Development")
    assert series_a.text(5).endswith("page 2 ↗")
    assert "total consideration of US$50 million" in series_a.toolTip(5)
    assert HISTORY_PDF in series_a.toolTip(5) and "#page=2" in series_a.toolTip(5)
    chart = page.funding_chart
    qtbot.waitUntil(lambda: chart.data is not None)
    assert chart.is_empty  # nothing in the chart before it is confirmed

    # Accept Series A as stated.
    suggested.select_row(1)
    with qtbot.waitSignal(chart.loaded, timeout=10000):
        suggested.accept_button.click()
    qtbot.waitUntil(lambda: suggested.tree.topLevelItemCount() == 3)
    assert [r.round for r in chart.data.rounds] == ["Series A"] and not chart.is_empty
    assert editor.table.item(0, 1).text() == "Series A"

    # Edit Series B, then accept it.
    seen: dict[str, str] = {}

    def correct(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["title"] = dialog.windowTitle()
        seen["source"] = dialog.source_url.text()
        dialog.amount.setText("151m")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    suggested.select_row(
        [suggested.tree.topLevelItem(i).text(0) for i in range(3)].index("Series B")
    )
    when_modal(correct)
    with qtbot.waitSignal(chart.loaded, timeout=10000):
        suggested.edit_button.click()
    qtbot.waitUntil(lambda: suggested.tree.topLevelItemCount() == 2)
    assert seen["title"] == "Check the suggested round" and HISTORY_PDF in seen["source"]
    stored = {r.round: r for r in list_rounds(window.ctx.db, mech)}
    assert stored["Series B"].amount == 151e6 and "page 2" in stored["Series B"].notes
    hover = chart.describe(chart.data.rounds[1].date and _ts(chart.data.rounds[1].date), 1)
    assert hover is not None
    assert "History, Development and Corporate Structure, page 2" in " ".join(hover.split())

    # Reject the angel round.
    suggested.select_row(0)
    assert suggested.tree.topLevelItem(0).text(0) == "Angel"
    suggested.reject_button.click()
    qtbot.waitUntil(lambda: suggested.tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: _row_text(window, mech) == f"● 1  {MECH_MIND}")
    db_path = window.ctx.db_path
    window.close()
    window.ctx.db.dispose()

    # Restart, forget which documents were read, and poll everything again.
    window = _open(qtbot, data_dir)
    with window.ctx.db.write() as session:
        state = session.get(SourceState, "funding_documents")
        state.memory = {}
        session.add(state)
    _poll_everything(window.ctx, mirror)
    assert len(mirror.requests_for(f"www1.hkexnews.hk/app/{HISTORY_PDF}")) == 2  # read again
    window.refresh()
    page, editor = _funding_tab(qtbot, window, mech)
    qtbot.waitUntil(lambda: editor.suggested.tree.topLevelItemCount() == 1)
    assert editor.suggested.tree.topLevelItem(0).text(0) == "Series C+"  # Angel stays rejected
    assert sorted(r.round for r in list_rounds(window.ctx.db, mech)) == ["Series A", "Series B"]
    assert db_path == window.ctx.db_path


def _ts(day: date) -> float:
    from desktop.ui.charts.common import timestamp

    return timestamp(day)


def test_news_suggestion_links_the_article(qtbot, data_dir: Path, mirror: MirrorServer) -> None:
    window = _open(qtbot, data_dir)
    _poll_everything(window.ctx, mirror)
    moonshot = _company_id(window, "Moonshot AI")
    _page, editor = _funding_tab(qtbot, window, moonshot)
    qtbot.waitUntil(lambda: editor.suggested.tree.topLevelItemCount() == 1)
    item = editor.suggested.tree.topLevelItem(0)
    assert (item.text(0), item.text(2), item.text(4)) == ("Series B", "US$1.00bn", "Alibaba")
    assert item.text(5).startswith("News: Moonshot AI raises") and "(+1)" in item.text(5)
    assert "https://www.scmp.com/a/1" in item.toolTip(
        5
    ) and "https://www.scmp.com/a/2" not in item.toolTip(5)
