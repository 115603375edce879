"""The server drops the poll's connection in the middle of its transaction
(``pg_terminate_backend``): nothing of that poll is stored, the source's lock is free
again, and the next poll stores everything."""

from __future__ import annotations

import threading
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from desktop.domain.source_errors import explain
from desktop.services.polling import SourceOutcome, poll_source
from desktop.services.source_settings import set_source
from desktop.store.tables import Event, SourceState
from tests.mirror import MirrorServer
from tests.mirror_data import serve_samples
from tests.pg import PgServer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


def events_of(ctx: Any, source: str) -> int:
    with ctx.db.session() as session:
        return session.execute(
            select(func.count()).select_from(Event).where(Event.source == source)
        ).scalar_one()


def waiting_backends(admin: psycopg.Connection, dbname: str) -> list[int]:
    """The poll's backends stuck behind our row lock (inside its write transaction)."""
    rows = admin.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'"
        " AND query ILIKE 'UPDATE source_state%%'",
        (dbname,),
    ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_connection_dropped_mid_transaction_rolls_back_and_next_poll_redoes_it(
    ctx: Any, pg_server: PgServer, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = ctx.database_url.rsplit("/", 1)[1]
    set_source(ctx.db, "hkex_app", enabled=True)  # the state row exists: we can lock it
    outcome: list[SourceOutcome] = []
    with MirrorServer() as server, pg_server.admin() as admin:
        serve_samples(server)
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        blocker = psycopg.connect(pg_server.url(dbname))
        blocker.execute("SELECT * FROM source_state WHERE source_id = 'hkex_app' FOR UPDATE")
        poll = threading.Thread(
            target=lambda: outcome.append(poll_source(ctx.db, "hkex_app")), daemon=True
        )
        poll.start()
        # The poll has inserted its events and now waits to update the source's state.
        qtbot.waitUntil(lambda: bool(waiting_backends(admin, dbname)), timeout=60_000)
        for pid in waiting_backends(admin, dbname):
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        blocker.rollback()  # lets the failure be recorded
        blocker.close()
        poll.join(60)
        assert not poll.is_alive()
        failed = outcome[0]
        assert not failed.ok and (failed.error or "").startswith("team database ")
        said = explain("hkex_app", failed.error or "")
        assert said.meaning == "the connection to it was lost, so nothing of this poll was stored"
        assert events_of(ctx, "hkex_app") == 0  # the half-done transaction rolled back
        # The lock went with the poll: no advisory lock is left on the server.
        held = admin.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            " WHERE l.locktype = 'advisory' AND d.datname = %s",
            (dbname,),
        ).fetchone()
        assert held == (0,)

        again = poll_source(ctx.db, "hkex_app")
    assert again.ok and again.new_events
    assert events_of(ctx, "hkex_app") == len(again.new_events)
    with ctx.db.session() as session:
        state = session.get(SourceState, "hkex_app")
        assert state is not None and state.last_success is not None
        assert "could not store" not in (state.last_error or "")
