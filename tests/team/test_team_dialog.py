"""Preferences › Team database, as a person uses it: the address and password, Test
connection, then Switch with this desktop's data copied (counts checked); the address
is saved for the next start without the password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.store.fastread import load_watchlist
from desktop.store.location import CHOICE_FILE, saved_choice
from desktop.ui.team_database import TeamDatabaseDialog
from tests.pg import PgServer
from tests.ui.helpers import when_modal

pytestmark = [pytest.mark.timeout(120)]


@pytest.fixture
def team_db(pg_server: PgServer):
    name = pg_server.create_database("dialog")
    yield name
    pg_server.drop_database(name)


def test_test_then_switch_copies_this_desktops_data(
    qtbot: Any, ctx: Any, pg_server: PgServer, team_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = TeamDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    address = pg_server.url(team_db, password=False)
    assert not dialog.switch_button.isEnabled()
    dialog.address.setText(address + "?sslmode=disable")
    dialog.password.setText(pg_server.password)
    dialog.remember.setChecked(False)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connected"), timeout=20_000)
    assert "empty" in dialog.status.text()
    assert dialog.copy.isEnabled() and dialog.copy.isChecked()
    assert dialog.switch_button.isEnabled()

    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(read_and_close)
    dialog.switch_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    rows = load_watchlist(ctx.db_path)
    assert f"Copied {len(rows)} companies" in said[0] and "every count checked" in said[0]
    assert saved_choice(ctx.data_dir) == address + "?sslmode=disable"
    assert pg_server.password not in (Path(ctx.data_dir) / CHOICE_FILE).read_text()
    with psycopg.connect(pg_server.url(team_db)) as con:
        assert con.execute("SELECT count(*) FROM company").fetchone() == (len(rows),)


def test_a_wrong_password_is_said_plainly(
    qtbot: Any, ctx: Any, pg_server: PgServer, team_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = TeamDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.address.setText(pg_server.url(team_db, password=False))
    dialog.password.setText("not-it")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "refused the password" in dialog.status.text(), timeout=20_000)
    assert not dialog.switch_button.isEnabled()
    assert saved_choice(ctx.data_dir) is None
