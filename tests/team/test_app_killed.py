"""The app is killed (``kill -9``) while its poll child is in the middle of a poll on a
team database: the child ends with it (its stdin, the app's lifeline, closes), so the
source's lock is free at once, nothing of that poll is stored, and another desktop's
next run takes the source over.  (Before, the orphaned child went on polling, holding
the lock, for nobody.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop.services.polling import poll_source
from tests.mirror import MirrorServer
from tests.mirror_data import EDS
from tests.pg import PgServer
from tests.team.test_shared_polls import Gate, serve_gated

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

APP = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop.services.poll_process import ChildPolls\n"
    "ChildPolls().run(Path(sys.argv[1]), 'hkex_app')\n"
)


def advisory_locks(pg: PgServer, dbname: str) -> int:
    with psycopg.connect(pg.url(dbname)) as con:
        row = con.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            " WHERE l.locktype = 'advisory' AND d.datname = %s",
            (dbname,),
        ).fetchone()
    return int(row[0]) if row else 0


def outcome_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("ipo-watch-hkex_app-")]


def asked_for_applications(server: MirrorServer) -> int:
    return sum(1 for r in server.requests if r.path.startswith(EDS + "app"))


def stored(pg: PgServer, dbname: str) -> int:
    with psycopg.connect(pg.url(dbname)) as con:
        row = con.execute("SELECT count(*) FROM event WHERE source = 'hkex_app'").fetchone()
    return int(row[0]) if row else 0


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_poll_child_ends_with_its_killed_app_and_frees_the_source(
    ctx: Any, qtbot: Any, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dbname = (ctx.database_url or "").rsplit("/", 1)[1]
    outcomes = tmp_path / "tmp"
    outcomes.mkdir()
    monkeypatch.setenv("TMPDIR", str(outcomes))  # where the app makes the outcome file
    gate = Gate()
    with MirrorServer() as server:
        serve_gated(server, gate, open_on_news=False)
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        app = subprocess.Popen(
            [sys.executable, "-c", APP, str(ctx.data_dir)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            # The child holds hkex_app's lock and waits for the application files.
            assert gate.asked.wait(120), "the poll never asked for the application files"
            assert advisory_locks(pg_server, dbname) == 1
            asked = asked_for_applications(server)
            assert outcome_files(outcomes)  # made by the app before it started the child
            app.send_signal(signal.SIGKILL)
            app.wait(60)
            qtbot.waitUntil(lambda: advisory_locks(pg_server, dbname) == 0, timeout=60_000)
            # It died there: it never asked again (an orphan would retry, then give up).
            assert asked_for_applications(server) == asked
            # Nor is the outcome file the app would have read left behind.
            qtbot.waitUntil(lambda: not outcome_files(outcomes), timeout=60_000)
        finally:
            if app.poll() is None:
                app.kill()
            gate.opened.set()  # the held request may end now
        assert stored(pg_server, dbname) == 0  # the child died before its transaction
        # Another desktop's next run takes the source and stores what the poll had.
        outcome = poll_source(ctx.db, "hkex_app")
    assert outcome.ok and not outcome.polled_elsewhere
    assert outcome.new_events and stored(pg_server, dbname) == len(outcome.new_events)
