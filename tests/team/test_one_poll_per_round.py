"""One poll per source and round across the desktops of a team database, also when
their schedules are seconds apart (they always are: nobody starts two desktops at the
same instant).  The lock alone only keeps two polls from overlapping: a desktop whose
scheduled run came a second after another desktop's poll had finished asked every file
again.  A run a person asks for (Poll now, ``poll --once``) always polls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.context import AppContext
from desktop.services import poller as poller_module
from desktop.services.poll_process import ChildPolls
from desktop.services.poller import Poller
from desktop.services.polling import SourceOutcome, poll_source
from desktop.store.location import save_choice
from desktop.store.tables import SourceState
from tests.mirror import POLL_WAIT_MS, SOURCE_WAIT_MS, MirrorServer
from tests.mirror_data import serve_samples

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    with MirrorServer() as mirror:
        monkeypatch.setenv("IPO_WATCH_MIRROR", mirror.url)
        serve_samples(mirror)
        yield mirror


@pytest.fixture
def desk_b(ctx: AppContext, tmp_path: Path):
    (tmp_path / "desk-b").mkdir()
    save_choice(tmp_path / "desk-b", ctx.database_url)  # its poll children use it too
    other = AppContext(tmp_path / "desk-b")
    yield other
    other.db.dispose()


def succeeded_ago(ctx: AppContext, source_id: str, age: timedelta, *, ran: timedelta) -> None:
    now = datetime.now(UTC)
    with ctx.db.write() as session:
        state = session.get(SourceState, source_id)
        assert state is not None
        state.last_success, state.last_run = now - age, now - ran
        session.add(state)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_scheduled_run_after_another_desktops_poll_asks_nothing(
    ctx: AppContext, desk_b: AppContext, server: MirrorServer
) -> None:
    first = poll_source(ctx.db, "hkex_app", scheduled=True)  # desktop A's scheduled run
    assert first.ok and first.new_events and not first.polled_elsewhere
    asked = len(server.requests)

    # Desktop B's run comes seconds later: that round is done.
    late = poll_source(desk_b.db, "hkex_app", scheduled=True)
    assert late.ok and late.polled_elsewhere and not late.new_events
    assert len(server.requests) == asked
    child = ChildPolls().run(desk_b.data_dir, "hkex_app", scheduled=True)  # as the app runs it
    assert child.ok and child.polled_elsewhere
    assert len(server.requests) == asked

    # A person asks: it polls (nothing new, the files answer 304).
    asked_for = poll_source(desk_b.db, "hkex_app")
    assert asked_for.ok and not asked_for.polled_elsewhere and asked_for.unchanged > 0
    assert len(server.requests) > asked

    # Half an interval later it is the next round: the scheduled run polls.
    succeeded_ago(ctx, "hkex_app", timedelta(minutes=31), ran=timedelta(minutes=31))
    asked = len(server.requests)
    next_round = poll_source(desk_b.db, "hkex_app", scheduled=True)
    assert next_round.ok and not next_round.polled_elsewhere
    assert len(server.requests) > asked


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_the_poller_skips_a_round_done_elsewhere_but_polls_when_asked(
    qtbot: Any,
    ctx: AppContext,
    desk_b: AppContext,
    server: MirrorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(poller_module, "START_STAGGER_S", 0)
    assert poll_source(ctx.db, "hkex_app").ok  # desktop A
    # B was off for hours (its run is due at start); A succeeded a minute ago.
    succeeded_ago(ctx, "hkex_app", timedelta(minutes=1), ran=timedelta(hours=2))
    from desktop.services.source_settings import set_source
    from desktop.sources import registry

    for source_id in registry.SOURCE_IDS:
        if source_id != "hkex_app":
            set_source(ctx.db, source_id, enabled=False)
    poller = Poller(desk_b.db)
    poller.in_process = True
    finished: list[SourceOutcome] = []
    poller.source_finished.connect(finished.append)
    asked = len(server.requests)
    poller.start()
    try:
        qtbot.waitUntil(lambda: bool(finished), timeout=POLL_WAIT_MS)
        assert finished[0].source_id == "hkex_app" and finished[0].polled_elsewhere
        assert len(server.requests) == asked
        qtbot.waitUntil(lambda: not poller.running(), timeout=POLL_WAIT_MS)
        assert poller.poll_now("hkex_app") == ["hkex_app"]
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=SOURCE_WAIT_MS)
        assert finished[1].ok and not finished[1].polled_elsewhere
        assert len(server.requests) > asked
    finally:
        qtbot.waitUntil(lambda: not poller.running(), timeout=POLL_WAIT_MS)
        poller.stop()
        if poller.sleep_watcher is not None:
            poller.sleep_watcher._timer.stop()
