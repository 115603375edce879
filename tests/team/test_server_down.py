"""The team database server is not there (stopped, or the network is down) while the
app runs: a poll, in the app's own process or in a poll child, ends with the reason in
plain words instead of a traceback; nothing is stored and the next poll tries again."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.source_errors import explain
from desktop.services.poll_process import ChildPolls
from desktop.services.polling import poll_source
from desktop.store.db import Database
from desktop.store.location import ServerLocation
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
