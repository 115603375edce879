"""The first rows of a long watchlist: the rows the table, sorted by any column either way,
shows first, read without reading the rest."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from desktop.domain.kinds import Stage
from desktop.store.fastread import load_watchlist, load_watchlist_head

COLUMNS = 6


def _fill(ctx: Any, count: int) -> None:
    """``count`` companies with every column varied, and empty where a column can be."""
    from desktop.store.tables import Company

    rng = random.Random(5)
    stages = [stage.value for stage in Stage]
    start = date(2022, 1, 1)
    with ctx.db.session() as session:
        for n in range(count):

            def day() -> date | None:
                return None if rng.random() < 0.2 else start + timedelta(days=rng.randrange(1500))

            session.add(
                Company(
                    name=f"{rng.choice(['Alpha', 'beta', 'Gamma', 'delta'])} Robotics {n:04d}",
                    name_zh=rng.choice(["", "北京", "深圳", "蘇州", "上海"]) + f"{n:04d}",
                    stage=rng.choice(stages),
                    stage_since=day(),
                    last_event_date=day(),
                    last_event_title=f"Event {n}",
                    next_date=day(),
                )
            )
        session.commit()


def _table_order(rows: list[Any], column: int, descending: bool) -> list[int]:
    """The ids in the order the watchlist table shows them (its own sort keys, a stable
    sort of the rows as the whole list is read)."""
    from desktop.ui.watchlist_model import WatchlistModel

    model = WatchlistModel(rows)
    keys = {key: roles[column][256 + 1] for key, roles in model._roles.items()}
    return sorted((row.id for row in rows), key=lambda i: keys[i], reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_rows_are_those_the_table_shows_first(
    ctx: Any, qapp: Any, descending: bool
) -> None:
    _fill(ctx, 240)
    everything = load_watchlist(ctx.db_path)
    for column in range(COLUMNS):
        head = load_watchlist_head(ctx.db_path, 40, column, descending)
        assert (head.total, len(head)) == (len(everything), 40)
        assert head.listed == sum(1 for row in everything if row.stage == "listed")
        assert not head.complete
        expected = _table_order(everything, column, descending)
        shown = _table_order(list(head), column, descending)
        # Every row of the first screen is the one the whole table shows there.  Keys
        # that tie may order differently; compare by key where they do.
        if column in (0, 1):  # names: every key is different
            assert shown == expected[:40], column
        else:
            model_keys = _keys(everything, column)
            assert [model_keys[i] for i in shown] == [model_keys[i] for i in expected[:40]]


def _keys(rows: list[Any], column: int) -> dict[int, Any]:
    from desktop.ui.watchlist_model import WatchlistModel

    model = WatchlistModel(rows)
    return {key: roles[column][256 + 1] for key, roles in model._roles.items()}


def test_a_short_watchlist_is_read_whole(ctx: Any) -> None:
    everything = load_watchlist(ctx.db_path)  # the seed companies
    head = load_watchlist_head(ctx.db_path, 1000)
    assert head.complete
    assert sorted(row.id for row in head) == sorted(row.id for row in everything)
    assert list(head) == everything  # by name, as the whole list is read
