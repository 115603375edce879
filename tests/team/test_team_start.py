"""A team database that cannot be used: plain words and a way on, never a crash —
for the app at start (try again, or this desktop's own database) and for
``poll --once`` (exit 2 with the reason); a newer schema is never written to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QPushButton

from desktop.app import open_database, prepare_database
from desktop.context import AppContext
from desktop.store.db import NewerSchemaError
from desktop.store.location import ENV_URL
from tests.pg import PgServer, free_port
from tests.ui.helpers import when_modal

pytestmark = [pytest.mark.timeout(180)]


def poll_once(data_dir: Path, url: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop(ENV_URL, None)
    environment.pop("PGPASSWORD", None)
    environment.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(data_dir),
            "--database",
            url,
            "poll",
            "--once",
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_poll_once_says_why_the_team_database_cannot_be_used(
    tmp_path: Path, pg_server: PgServer, pg_url: str
) -> None:
    nowhere = f"postgresql://someone@127.0.0.1:{free_port()}/team"
    result = poll_once(tmp_path / "a", nowhere)
    assert result.returncode == 2
    assert "cannot be reached" in result.stderr and "Traceback" not in result.stderr

    wrong = poll_once(tmp_path / "b", pg_url, PGPASSWORD="not-the-password")
    assert wrong.returncode == 2
    assert "refused the password for ipo_test" in wrong.stderr

    missing = poll_once(
        tmp_path / "c", pg_server.url("nosuchdb", password=False), PGPASSWORD=pg_server.password
    )
    assert missing.returncode == 2
    assert "CREATE DATABASE nosuchdb OWNER ipo_test ENCODING 'UTF8' TEMPLATE template0;" in (
        missing.stderr
    )


def test_a_database_that_cannot_hold_chinese_is_refused_with_the_command(
    tmp_path: Path, pg_server: PgServer
) -> None:
    """A server set up under the C locale creates SQL_ASCII databases by default: the
    app says so and how to make a UTF-8 one, and stores nothing there."""
    with pg_server.admin() as con:
        con.execute(
            "CREATE DATABASE ascii_team ENCODING 'SQL_ASCII' TEMPLATE template0"
            " LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    try:
        url = pg_server.url("ascii_team", password=False)
        result = poll_once(tmp_path / "a", url, PGPASSWORD=pg_server.password)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "keeps text as SQL_ASCII, which cannot hold Chinese names" in result.stderr
        assert (
            "CREATE DATABASE ascii_team OWNER ipo_test ENCODING 'UTF8' TEMPLATE template0;"
            in result.stderr
        )
        import psycopg

        with psycopg.connect(pg_server.url("ascii_team")) as con:
            tables = con.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()
        assert tables == (0,)  # nothing was created there
    finally:
        pg_server.drop_database("ascii_team")


def test_a_newer_schema_is_refused_with_the_version_to_install(
    data_dir: Path, pg_server: PgServer, pg_url: str
) -> None:
    ctx = AppContext(data_dir, database=pg_url)
    prepare_database(ctx)
    ctx.db.dispose()
    with psycopg.connect(pg_url, password=pg_server.password, autocommit=True) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
        con.execute("""UPDATE setting SET value = '"9.1.0"' WHERE key = 'schema_written_by'""")
        companies = con.execute("SELECT count(*) FROM company").fetchone()
    again = AppContext(data_dir, database=pg_url)
    with pytest.raises(NewerSchemaError, match=r"schema 0099.*Install version 9\.1\.0 or newer"):
        prepare_database(again)
    with pytest.raises(NewerSchemaError), again.db.write():
        pass
    again.db.dispose()
    with psycopg.connect(pg_url, password=pg_server.password) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)
        assert con.execute("SELECT count(*) FROM company").fetchone() == companies

    result = poll_once(data_dir, pg_url, PGPASSWORD=pg_server.password)
    assert result.returncode == 2 and "Install version 9.1.0 or newer" in result.stderr


def test_an_unreachable_team_database_at_start_offers_this_desktops_own(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    nowhere = f"postgresql://someone@127.0.0.1:{free_port()}/team"
    monkeypatch.setenv(ENV_URL, nowhere)
    ctx = AppContext(data_dir)
    assert ctx.database_url == nowhere
    texts: list[str] = []

    def choose(label: str) -> Any:
        def action(dialog: Any) -> None:
            texts.append(" ".join(w.text() for w in dialog.findChildren(QLabel)))
            [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == label]
            button.click()

        return action

    def first(dialog: Any) -> None:
        choose("Try again")(dialog)
        when_modal(choose("Use this desktop's own database"))  # the dialog comes back

    when_modal(first)
    rows = open_database(ctx)
    assert rows, "the seed watchlist of this desktop's own database"
    assert len(texts) == 2 and all("cannot be reached" in t for t in texts)
    assert ctx.database_url is None
    assert os.environ[ENV_URL] == "sqlite"  # the poll processes follow
    ctx.db.dispose()
