"""The sources view: state per source, settings that persist, poll buttons, news feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialogButtonBox, QStyleOptionViewItem

from desktop.services.source_settings import source_settings
from desktop.sources import registry
from desktop.store.ingest import record_failure
from desktop.ui.sources_view import (
    COL_ENABLED,
    COL_ERROR,
    COL_EVERY,
    COL_NEXT,
    COL_SOURCE,
    FeedsDialog,
    SourcesView,
    check_feeds,
    interval_text,
    relative,
)
from tests.ui.helpers import when_modal


class FakePoller(QObject):
    """A stand-in for the Qt side of the Poller: same signals, records what it is asked."""

    source_started = Signal(str)
    source_finished = Signal(object)
    busy_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str | None] = []
        self.rebuilt = 0
        self.busy: frozenset[str] = frozenset()

    def next_run(self, source_id: str) -> datetime | None:
        return datetime.now(UTC) + timedelta(minutes=25, seconds=30)

    def running(self) -> frozenset[str]:
        return self.busy

    def poll_now(self, source_id: str | None = None) -> list[str]:
        self.asked.append(source_id)
        return [source_id] if source_id else list(registry.SOURCE_IDS)

    def rebuild_jobs(self) -> None:
        self.rebuilt += 1


def open_view(qtbot, ctx, poller=None) -> SourcesView:
    view = SourcesView(ctx.db, poller)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(registry.SOURCE_IDS))
    return view


def row_of(source_id: str) -> int:
    return registry.SOURCE_IDS.index(source_id)


def cell(view: SourcesView, source_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row_of(source_id), column).data(role)


def test_seven_sources_in_registry_order(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx)
    titles = [view.model.index(r, COL_SOURCE).data() for r in range(view.model.rowCount())]
    assert titles == [registry.TITLES[s] for s in registry.SOURCE_IDS]
    assert cell(view, "csrc", COL_ERROR) == "—"
    assert cell(view, "csrc", COL_ENABLED, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Without a poller nothing can be polled.
    view.table.selectRow(0)
    assert not view.poll_button.isEnabled()
    assert not view.poll_all_button.isEnabled()


def test_unchecking_enabled_persists(qtbot, ctx) -> None:
    poller = FakePoller()
    view = open_view(qtbot, ctx, poller)
    index = view.model.index(row_of("cninfo"), COL_ENABLED)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    view.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: source_settings(ctx.db, "cninfo").enabled is False)
    qtbot.waitUntil(lambda: poller.rebuilt == 1)
    assert cell(view, "cninfo", COL_NEXT) == "paused"
    assert cell(view, "csrc", COL_NEXT) == "in 25 min"


def test_changing_the_interval_persists(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx)
    index = view.model.index(row_of("news"), COL_EVERY)
    delegate = view.table.itemDelegateForColumn(COL_EVERY)
    editor = delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.unit.setCurrentIndex(1)  # hours
    editor.spin.setValue(2)
    delegate.setModelData(editor, view.model, index)
    qtbot.waitUntil(lambda: source_settings(ctx.db, "news").interval_min == 120)
    assert index.data() == "2 h"

    editor.unit.setCurrentIndex(0)
    editor.spin.setValue(1)  # below the minimum: five minutes it is
    assert editor.minutes() == 5
    view.model.setData(index, 3, Qt.ItemDataRole.EditRole)
    assert index.data() == "5 min"  # shown at once, and never back to the old value
    while source_settings(ctx.db, "news").interval_min != 5 or view._saving or view._loading:
        assert index.data() == "5 min"
        qtbot.wait(2)
    assert index.data() == "5 min"
    editor.deleteLater()


def test_last_error_is_shown(qtbot, ctx) -> None:
    message = "www.csrc.gov.cn: HTTP 503 Service Unavailable"
    record_failure(ctx.db, "csrc", message, 1440)
    view = open_view(qtbot, ctx)
    plain = "The CSRC website: the server had a problem on its side (HTTP 503)."
    from desktop.ui.theme import error_color

    qtbot.waitUntil(lambda: cell(view, "csrc", COL_ERROR) == plain)
    assert message in cell(view, "csrc", COL_ERROR, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "csrc", COL_ERROR, Qt.ItemDataRole.ForegroundRole) == error_color()
    assert cell(view, "hkex_app", COL_ERROR, Qt.ItemDataRole.ForegroundRole) is None


def test_poll_buttons_go_to_the_poller(qtbot, ctx) -> None:
    poller = FakePoller()
    view = open_view(qtbot, ctx, poller)
    assert not view.poll_button.isEnabled()  # nothing selected yet
    assert view.poll_all_button.isEnabled()
    view.table.selectRow(row_of("hkex_news"))
    assert view.poll_button.isEnabled()
    view.poll_button.click()
    view.poll_all_button.click()
    assert poller.asked == ["hkex_news", None]

    poller.busy = frozenset({"hkex_news"})
    poller.busy_changed.emit(poller.busy)
    qtbot.waitUntil(lambda: cell(view, "hkex_news", COL_NEXT) == "running…")
    QThreadPool.globalInstance().waitForDone()


def test_poll_now_says_so_in_words_and_clears_when_done(qtbot, ctx) -> None:
    poller = FakePoller()
    view = open_view(qtbot, ctx, poller)
    view.table.selectRow(row_of("csrc"))
    view.poll_button.click()
    assert view.status.text() == "Polling 1 source…"
    poller.busy = frozenset({"csrc"})
    poller.busy_changed.emit(poller.busy)
    assert view.status.text() == "Polling 1 source…"
    poller.busy = frozenset()
    poller.busy_changed.emit(poller.busy)
    assert view.status.text() == ""
    view.poll_all_button.click()
    assert view.status.text() == f"Polling {len(registry.SOURCE_IDS)} sources…"
    QThreadPool.globalInstance().waitForDone()


def test_a_change_of_a_source_refreshes_the_view(qtbot, ctx) -> None:
    from desktop.services.changes import Change, app_changes
    from desktop.store.sources import set_source

    view = open_view(qtbot, ctx)
    set_source(ctx.db, "csrc", enabled=False)  # another desktop, or a poll child
    app_changes().announce(Change(sources=frozenset({"csrc"})))
    qtbot.waitUntil(lambda: cell(view, "csrc", COL_NEXT) == "paused")


def test_polling_that_starts_after_the_view_opened(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx)  # as when the tab is opened before polling starts
    assert not view.poll_all_button.isEnabled()
    poller = FakePoller()
    view.set_poller(poller)
    assert view.poll_all_button.isEnabled()
    view.poll_all_button.click()
    assert poller.asked == [None]
    poller.busy = frozenset({"csrc"})
    poller.busy_changed.emit(poller.busy)
    qtbot.waitUntil(lambda: cell(view, "csrc", COL_NEXT) == "running…")
    QThreadPool.globalInstance().waitForDone()


def test_feeds_dialog_checks_every_line(qtbot, ctx) -> None:
    good, problems = check_feeds(
        "https://a.example/feed\n\nftp://x\nnot a url\nhttp://b.example/rss"
    )
    assert good == ["https://a.example/feed", "http://b.example/rss"]
    assert [p.split(":")[0] for p in problems] == ["Line 3", "Line 4"]

    view = open_view(qtbot, ctx)
    seen: dict[str, str] = {}

    def fill(dialog: FeedsDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.edit.setPlainText("https://example.com/feed.xml\nftp://x\nnot a url")
        save.click()
        seen["problems"] = dialog.problems.text()
        assert dialog.isVisible()
        dialog.edit.setPlainText("https://example.com/feed.xml\n\nhttps://news.example.org/rss\n")
        save.click()

    when_modal(fill)
    assert view.edit_feeds() is True
    assert "Line 2" in seen["problems"] and "ftp://x" in seen["problems"]
    assert "Line 3" in seen["problems"] and "not a url" in seen["problems"]
    assert source_settings(ctx.db, "news").feeds == [
        "https://example.com/feed.xml",
        "https://news.example.org/rss",
    ]


def test_time_words() -> None:
    now = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    assert relative(now - timedelta(minutes=12), now) == "12 min ago"
    assert relative(now + timedelta(minutes=25), now) == "in 25 min"
    assert relative(now - timedelta(hours=3), now) == "3 h ago"
    assert relative(None, now) == "—"
    assert interval_text(30) == "30 min"
    assert interval_text(90) == "1 h 30 min"
    assert interval_text(1440) == "1 day"
