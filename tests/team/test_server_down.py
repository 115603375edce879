"""The team database server is not there (stopped, or the network is down) while the
app runs: a poll, in the app's own process or in a poll child, ends with the reason in
plain words instead of a traceback; a read or a user's write fails with plain words too
(the company dialog stays open with them); nothing is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.bootstrap import prepare_database
from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft
from desktop.domain.source_errors import explain
from desktop.services.changes import Change, app_changes
from desktop.services.operations import Operation, operation_events
from desktop.services.poll_process import ChildPolls
from desktop.services.polling import poll_source
from desktop.services.tasks import run_task
from desktop.store.alerts import list_alerts, mark_all_read
from desktop.store.companies import update_company
from desktop.store.db import Database
from desktop.store.location import ServerLocation, TeamDatabaseUnavailable, plain_problem
from desktop.ui.company_dialog import CompanyDialog
from desktop.ui.company_page import CompanyPage
from tests.pg import free_port

pytestmark = [pytest.mark.timeout(120)]

REACH = "its server cannot be reached (is it running, is the network up?)"


def gone_url() -> str:
    return f"postgresql://analyst@127.0.0.1:{free_port()}/ipo_watch"  # nothing listens there


def test_a_poll_says_the_team_database_cannot_be_reached(tmp_path: Path) -> None:
    url = gone_url()
    db = Database(ServerLocation.of(tmp_path, url), url=url)
    try:
        outcome = poll_source(db, "hkex_app")
    finally:
        db.dispose()
    assert not outcome.ok and not outcome.new_events
    error = outcome.error or ""
    assert error.startswith(f"team database {db.describe()}: ")
    said = explain("hkex_app", error, interval_min=60)
    assert said.what == f"the team database {db.describe()}"
    assert said.meaning == REACH
    assert (
        said.next_step
        == "Nothing stored before is lost; the app tries again at the next poll, in 1 hour."
    )


def test_a_poll_child_says_it_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPO_WATCH_DATABASE_URL", gone_url())
    monkeypatch.setenv("PGPASSWORD", "not-needed")
    outcome = ChildPolls().run(tmp_path, "news")
    assert not outcome.ok
    assert (outcome.error or "").startswith("team database analyst@127.0.0.1:")
    assert explain("news", outcome.error or "").meaning == REACH


PLAIN = (
    "The team database cannot be reached: its server stopped, or the network is down. "
    "Nothing was changed; try again once it is back."
)


def test_a_read_or_a_write_while_the_server_is_down_says_so_plainly(
    qtbot: Any, tmp_path: Path
) -> None:
    url = gone_url()
    db = Database(ServerLocation.of(tmp_path, url), url=url)
    failures: list[str] = []

    def failed(_name: str, text: str) -> None:
        failures.append(text)

    operation_events().failed.connect(failed)
    try:
        Operation("Mark all read", mark_all_read, db, changes=Change(alerts=True)).run()
        qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
        assert failures == [PLAIN]
    finally:
        operation_events().failed.disconnect(failed)
    errors: list[BaseException] = []
    run_task(list_alerts, db, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert isinstance(errors[0], TeamDatabaseUnavailable) and str(errors[0]) == PLAIN
    assert "cannot be reached" in plain_problem(url, errors[0])  # the server named there

    # The company page says why it shows nothing.
    page = CompanyPage()
    qtbot.addWidget(page)
    page.set_database(db)
    said: list[tuple[int, str]] = []
    page.failed.connect(lambda company_id, reason: said.append((company_id, reason)))
    page.open_company(1)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said == [(1, f"The company could not be read: {PLAIN}")]

    # The company dialog stays open with the words; Save tries again.
    def submit(draft: CompanyDraft) -> None:
        Operation("Save company", update_company, db, 1, draft).run_and_wait()

    dialog = CompanyDialog(submit, CompanyDraft(name="StepFun", sector="AI"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.text() == PLAIN
    db.dispose()


def test_a_company_page_that_could_not_be_read_reads_again_at_the_next_change(
    qtbot: Any, tmp_path: Path, pg_server: Any
) -> None:
    """Selected while the database was away, the page shows once it is back (the window
    announces every change then) without the person selecting the company again."""
    name = f"later_{free_port()}"
    url = pg_server.url(name)
    db = Database(ServerLocation.of(tmp_path, url), url=url)
    page = CompanyPage()
    qtbot.addWidget(page)
    page.set_database(db)
    said: list[int] = []
    shown: list[int] = []
    page.failed.connect(lambda company_id, _reason: said.append(company_id))
    page.loaded.connect(shown.append)
    page.open_company(1)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert not page.isVisible()  # the window shows it only once it has read the company

    with pg_server.admin() as con:
        con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    try:
        ctx = AppContext(tmp_path / "desk", database=url)
        prepare_database(ctx)
        ctx.db.dispose()
        app_changes().announce(Change.all())  # as when the listener is back
        qtbot.waitUntil(lambda: shown == [1], timeout=30_000)
        assert page.title.text()
    finally:
        db.dispose()
        pg_server.drop_database(name)


def test_the_window_never_shows_another_companys_page_under_the_selection(
    qtbot: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.store.test_alerts import company_ids
    from tests.team.test_two_apps import open_app

    monkeypatch.setenv("IPO_WATCH_NO_POLL", "1")
    window = open_app(qtbot, tmp_path / "desk", pg_url)
    ids = company_ids(window.ctx.db)
    assert window.select_company(ids["StepFun"])
    qtbot.waitUntil(
        lambda: window.detail_stack.currentWidget() is window.company_page, timeout=30_000
    )
    page = window.company_page
    assert page is not None and page.title.text() == "StepFun"
    gone = gone_url()
    away = Database(ServerLocation.of(tmp_path, gone), url=gone)
    page.set_database(away)  # the server goes away
    assert window.select_company(ids["Moonshot AI"])
    qtbot.waitUntil(
        lambda: window.detail_stack.currentWidget() is window.no_selection, timeout=30_000
    )
    assert window.statusBar().currentMessage() == f"The company could not be read: {PLAIN}"
    away.dispose()
    window.ctx.db.dispose()
