"""Moving a desktop's data onto an empty team database: one step, verified by counts,
ids kept; a team database that already has a watchlist is refused untouched."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company
from desktop.store.db import Database
from desktop.store.fastread import load_watchlist
from desktop.store.team_copy import CopyError, check_server, copy_into
from tests.ui.helpers import store_filing


def test_copy_into_an_empty_team_database_keeps_everything(ctx: Any, pg_url: str) -> None:
    store_filing(ctx.db, "StepFun", "StepFun Inc.", key="990001")
    target = Database(ctx.data_dir / "unused", url=pg_url)
    try:
        assert check_server(target).revision is None
        counts = copy_into(ctx.db, target)
        assert counts["company"] == len(load_watchlist(ctx.db_path)) > 0
        assert counts["event"] >= 1
        assert load_watchlist(target.path) == load_watchlist(ctx.db_path)
        check = check_server(target)
        assert (check.companies, check.events) == (counts["company"], counts["event"])
        # New rows on the server get ids after the copied ones.
        added = add_company(target, CompanyDraft(name="Brand New Robotics"))
        assert added.id is not None and added.id > max(r.id for r in load_watchlist(ctx.db_path))

        with pytest.raises(CopyError, match="already holds a watchlist"):
            copy_into(ctx.db, target)
        assert check_server(target).companies == counts["company"] + 1
    finally:
        target.dispose()


def test_a_team_database_backup_says_to_use_pg_dump(tmp_path: Any) -> None:
    from desktop.store.backup import BackupError, backup_now
    from desktop.store.location import ServerLocation

    url = "postgresql://anna@db.example.com:6543/research?sslmode=verify-full"
    with pytest.raises(BackupError) as raised:
        backup_now(ServerLocation.of(tmp_path, url), tmp_path / "backups")
    message = str(raised.value)
    assert "pg_dump -Fc -h db.example.com -p 6543 -U anna -f ipo-watch.dump research" in message
    assert "File › Export" in message
    assert not (tmp_path / "backups").exists()
