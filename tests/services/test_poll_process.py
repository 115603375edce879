"""Polls in a child process: the outcome crosses intact, failures are reported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.services.poll_process import ChildPolls, outcome_from_json, outcome_to_json
from desktop.services.polling import NewEvent, SourceOutcome
from tests.mirror import MirrorServer
from tests.mirror_data import serve_samples


def test_outcome_round_trips_through_json() -> None:
    outcome = SourceOutcome(
        "hkex_app",
        ok=True,
        error="appactive_app_gem_e.json: HTTP 404 Not Found",
        items_seen=3,
        documents=20,
        unchanged=2,
        seconds=1.5,
        new_events=[
            NewEvent(
                1,
                2,
                "StepFun",
                "application_proof",
                "application_filed",
                date(2026, 11, 20),
                "StepFun Inc.: AP",
                "https://x/a.pdf",
                "hkex_app",
                "StepFun Inc.",
            ),
            NewEvent(3, None, None, "phip", None, None, "Other", None, "hkex_app", "Other Co"),
        ],
        previous_success=datetime(2026, 11, 1, 8, 0),
    )
    assert outcome_from_json(outcome_to_json(outcome)) == outcome


@pytest.mark.slow
def test_a_child_polls_into_the_same_database(ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    with MirrorServer() as server:
        serve_samples(server)
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        outcome = ChildPolls().run(Path(ctx.data_dir), "hkex_app")
    assert outcome.ok, outcome.error
    mech = [e for e in outcome.new_events if e.company == "Mech-Mind Robotics Technologies"]
    assert mech and mech[0].stage == "application_filed"
    from desktop.store.fastread import load_watchlist

    stages = {r.name: r.stage for r in load_watchlist(ctx.db_path)}
    assert stages["Mech-Mind Robotics Technologies"] == "application_filed"


def test_a_failing_child_is_a_failed_outcome(tmp_path: Path) -> None:
    (tmp_path / "ipo-watch.sqlite3").write_bytes(b"not a database at all" * 100)
    outcome = ChildPolls().run(tmp_path, "hkex_app")
    assert not outcome.ok
    assert outcome.error and outcome.error.startswith("the poll process failed")
