"""Several desktops on one team database, as real ``ipo-watch poll --once`` processes
over a loopback mirror: each source is polled by one of them at a time, every filing
is printed once between them and stored once; a poll killed mid-way stores nothing
and the next run takes the source over.

The overlap is made, not hoped for: the mirror holds the first desktop's request for
the application files (it has the source's lock then) until the other desktop has gone
on to the next source.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.mirror import SAMPLES, MirrorServer, RecordedRequest
from tests.mirror_data import EDS, SAMPLE_ROUTES, seed_company_files, serve_samples
from tests.pg import PgServer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

NEWS_FILE = EDS + "lcisehk1relsde_1.json"  # hkex_news: the source after hkex_app


class Gate:
    """Holds every request for hkex_app's files until ``open`` (a request for the next
    source's file opens it); ``asked`` is set by the first held request."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.opened = threading.Event()

    def hold(self, body: bytes) -> Any:
        def answer(_request: RecordedRequest) -> bytes:
            self.asked.set()
            self.opened.wait(120)
            return body

        return answer

    def opener(self, body: bytes) -> Any:
        def answer(_request: RecordedRequest) -> bytes:
            self.opened.set()
            return body

        return answer


def serve_gated(server: MirrorServer, gate: Gate, *, open_on_news: bool = True) -> None:
    serve_samples(server)
    files = {path: (SAMPLES / name).read_bytes() for path, name in SAMPLE_ROUTES.items()}
    files.update(seed_company_files())
    for path, body in files.items():
        if path.startswith(EDS + "app"):
            server.add(path, gate.hold(body), content_type="application/json")
    if open_on_news:
        server.add(NEWS_FILE, gate.opener(files[NEWS_FILE]), content_type="application/json")


def start_poll(data_dir: Path, url: str, mirror: str, pg: PgServer) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "IPO_WATCH_MIRROR": mirror,
        "QT_QPA_PLATFORM": "offscreen",
        "PGPASSWORD": pg.password,
    }
    env.pop("IPO_WATCH_DATABASE_URL", None)
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--database", url]
    return subprocess.Popen(
        [*command, "poll", "--once", "--json", "--all"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(process: subprocess.Popen[str]) -> tuple[str, str]:
    try:
        out, err = process.communicate(timeout=180)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    return out, err


def records(out: str) -> list[tuple[str, str, str]]:
    found = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [(r["source"], r["url"] or "", r["title"]) for r in found]


def stored_events(pg: PgServer, dbname: str) -> list[tuple[str, int]]:
    import psycopg

    with psycopg.connect(pg.url(dbname)) as con:
        return con.execute(
            "SELECT source, count(*) FROM event WHERE source != 'seed' GROUP BY source"
        ).fetchall()


def event_count(pg: PgServer, dbname: str, source: str) -> int:
    return dict(stored_events(pg, dbname)).get(source, 0)


@pytest.fixture
def team_db(pg_server: PgServer):
    name = pg_server.create_database("team")
    yield name
    pg_server.drop_database(name)


def test_two_desktops_polling_at_once_print_and_store_each_filing_once(
    tmp_path: Path, pg_server: PgServer, team_db: str
) -> None:
    url = pg_server.url(team_db, password=False)
    gate = Gate()
    with MirrorServer() as server:
        serve_gated(server, gate)
        first = start_poll(tmp_path / "desk-a", url, server.url, pg_server)
        second = start_poll(tmp_path / "desk-b", url, server.url, pg_server)
        out_a, _ = finish(first)
        out_b, _ = finish(second)
        assert gate.asked.is_set() and gate.opened.is_set()
        # One desktop had hkex_app's lock the whole time: the other skipped the source.
        app_requests = server.requests_for(EDS + "appactive_app_sehk_c.json")
        assert len(app_requests) == 1

    printed = records(out_a) + records(out_b)
    assert printed, "nothing was printed at all"
    assert len(printed) == len(set(printed)), "a filing was printed twice"
    assert any(source == "hkex_app" for source, *_ in printed)
    stored = dict(stored_events(pg_server, team_db))
    by_source: dict[str, int] = {}
    for source, *_ in printed:
        by_source[source] = by_source.get(source, 0) + 1
    # Every stored event was printed by exactly one of them (``--all``), none twice.
    assert by_source == stored

    # Both started on an empty database at once: one set it up, the seed is there once.
    import psycopg

    from desktop.paths import resource

    seed = json.loads(resource("seed", "watchlist.json").read_text(encoding="utf-8"))
    with psycopg.connect(pg_server.url(team_db)) as con:
        assert con.execute("SELECT count(*) FROM company").fetchone() == (len(seed["companies"]),)

    # A third run has nothing new for anyone.
    with MirrorServer() as server:
        serve_samples(server)
        again, _ = finish(start_poll(tmp_path / "desk-a", url, server.url, pg_server))
    assert again.strip() == ""


def test_a_desktop_killed_mid_poll_stores_nothing_and_the_next_takes_the_source(
    tmp_path: Path, pg_server: PgServer, team_db: str
) -> None:
    url = pg_server.url(team_db, password=False)
    gate = Gate()
    with MirrorServer() as server:
        serve_gated(server, gate, open_on_news=False)
        doomed = start_poll(tmp_path / "desk-a", url, server.url, pg_server)
        try:
            assert gate.asked.wait(120), "the poll never asked for the application files"
            # It holds hkex_app's lock and is fetching: kill it there.
            doomed.send_signal(signal.SIGKILL)
            doomed.communicate(timeout=60)
        finally:
            if doomed.poll() is None:
                doomed.kill()
        assert event_count(pg_server, team_db, "hkex_app") == 0
        gate.opened.set()
        # The server released the dead desktop's lock: the next run polls the source.
        out, _ = finish(start_poll(tmp_path / "desk-b", url, server.url, pg_server))
    printed = records(out)
    assert any(source == "hkex_app" for source, *_ in printed)
    assert event_count(pg_server, team_db, "hkex_app") == sum(
        1 for source, *_ in printed if source == "hkex_app"
    )
