"""``ipo-watch poll --once`` as a real process over a loopback mirror of the sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mirror import MirrorServer
from tests.mirror_data import serve_real_listings, serve_samples

pytestmark = pytest.mark.slow


def run_poll(data_dir: Path, mirror_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IPO_WATCH_MIRROR": mirror_url, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(data_dir),
            "poll",
            "--once",
            "--json",
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )


def test_poll_moves_seed_companies_and_second_run_prints_nothing(tmp_path: Path) -> None:
    with MirrorServer() as server:
        serve_samples(server)
        first = run_poll(tmp_path, server.url)
        assert first.returncode == 0, first.stderr
        records = [json.loads(line) for line in first.stdout.splitlines()]
        by_company = {(r["company"], r["kind"]): r for r in records}
        mech = by_company[("Mech-Mind Robotics Technologies", "application_proof")]
        assert mech["stage"] == "application_filed"
        assert mech["published"] == "2026-10-02"
        assert mech["url"].startswith("https://www1.hkexnews.hk/app/sehk/2026/990001/")
        assert mech["source"] == "hkex_app"
        micro = by_company[("China Micro Semicon (Shenzhen)", "phip")]
        assert micro["stage"] == "hearing_passed"
        # One event per filing although it is in the English and the Chinese file.
        assert sum(1 for r in records if r["company"].startswith("Mech-Mind")) == 1
        assert set(records[0]) == {
            "company",
            "kind",
            "stage",
            "published",
            "title",
            "url",
            "source",
        }
        # Failed documents are reported per source on stderr, the rest carried on.
        assert "404" in first.stderr

        second = run_poll(tmp_path, server.url)
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == ""

        everything = run_poll(tmp_path / "other", server.url, "--all")
        companies = {json.loads(line)["company"] for line in everything.stdout.splitlines()}
        assert "TenNor Therapeutics (Suzhou) Limited - B" in companies
        assert "袁記食品集團股份有限公司" in companies


def test_every_source_failing_exits_non_zero(tmp_path: Path) -> None:
    with MirrorServer() as server:  # serves nothing: every document is a 404
        result = run_poll(tmp_path, server.url)
    assert result.returncode == 1
    assert "hkex_app failed" in result.stderr


def test_poll_prints_the_listed_events_of_watched_companies(tmp_path: Path) -> None:
    """Real-layout New Listing Report and application records: every watched company
    that listed gets its `listed` event (MiniMax, Biren and Iluvatar CoreX by their names
    as the exchange writes them, Zhipu by the official names the seed gives it)."""
    from desktop.app import prepare_database
    from desktop.context import AppContext

    context = AppContext(tmp_path)
    prepare_database(context)
    context.db.dispose()
    with MirrorServer() as server:
        serve_samples(server)
        serve_real_listings(server)
        first = run_poll(tmp_path, server.url)
    assert first.returncode == 0, first.stderr
    records = [json.loads(line) for line in first.stdout.splitlines()]
    listed = {
        (r["company"], r["published"], r["source"])
        for r in records
        if r["kind"] == "listed" and r["source"] == "hkex_new_listings"
    }
    assert listed == {
        ("Biren Technology", "2026-01-02", "hkex_new_listings"),
        ("Zhipu AI", "2026-01-08", "hkex_new_listings"),
        ("Iluvatar CoreX", "2026-01-08", "hkex_new_listings"),
        ("MiniMax", "2026-01-09", "hkex_new_listings"),
    }
    assert all(r["stage"] == "listed" for r in records if r["kind"] == "listed")
    # Prices were fetched by the codes learned in the same run.
    priced = {r["company"] for r in records if r["kind"] == "price"}
    assert priced == {"Biren Technology", "Zhipu AI", "Iluvatar CoreX", "MiniMax"}
    # The look-alike is nobody's.
    assert not any("Birenbaum" in r["title"] for r in records)
