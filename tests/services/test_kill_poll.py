"""``ipo-watch poll --once`` killed (SIGKILL) at random moments never damages the
database, never loses a stored event and never stores one twice.

A loopback mirror serves the recorded samples plus a large synthetic applicant list
(the HKEXnews GEM application files, English and Chinese: 2,000 applicants, some of
them new on every run), so every run has events to write when it is killed.  Each kill
lands at a moment the test observes, never at a moment it guesses from time, so the
spread holds on a machine of any speed:

- ``body``: the large Chinese file, the last download before the applicants are parsed,
  matched and stored, is held half-sent: the kill lands before the poll's first write;
- ``parse``: the moment its last byte is on the wire: the kill lands while the poll
  parses, matches or writes (wherever this machine's speed puts it);
- ``commit``: the moment a reader sees the new applicants committed;
- ``later``: the first file of the next source (hkex_news) is held half-sent: the kill
  lands after the applicants' transaction, in a later source.

That file is held in every run, so no poll can finish before its kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.app import prepare_database
from desktop.context import AppContext
from tests.mirror import Gate, MirrorServer, RecordedRequest
from tests.mirror_data import EDS, serve_samples

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

KILLS = 20
MOMENTS = ("body", "parse", "commit", "later")
WAIT = 180.0  # seconds: only reached when something is wrong (a slow machine just waits)
APPLICANTS = 2000
NEW_PER_RUN = 150
FIRST_ID = 700000
DRIPPING = "lcisehk1relsde_1.json"  # read by hkex_news, after hkex_app has stored
LARGE = "appactive_app_gem_c.json"


def applicant_file(lang: str, first: int) -> bytes:
    """Applicants ``first`` .. ``first + APPLICANTS - 1`` in the appactive_app_gem_{e,c}
    format (synthetic test data)."""
    records: list[dict[str, Any]] = []
    for n in range(first, first + APPLICANTS):
        app_id = FIRST_ID + n
        day = (date(2026, 1, 2) + timedelta(days=n % 300)).strftime("%d/%m/%Y")
        path = f"gem/2026/{app_id}/documents/gem26{n:08d}"
        if lang == "e":
            name = f"Synthetic Applicant {n:05d} Technology Co., Ltd."
            doc = {
                "d": day,
                "nF": "Application Proof (1st submission)",
                "nS1": "Full Version",
                "u1": f"{path}.pdf",
            }
        else:
            name = f"合成申請人{n:05d}科技股份有限公司"
            doc = {
                "d": day,
                "nF": "申請版本（第一次呈交）",
                "nS1": "全文檔案",
                "u1": f"{path}_c.pdf",
            }
        records.append(
            {"id": app_id, "d": day, "a": name, "s": "A", "hasPhip": False, "ls": [doc], "ps": []}
        )
    envelope = {"genDate": "1779642010003", "uDate": "20/11/2026", "app": records}
    return json.dumps(envelope, ensure_ascii=False).encode()


class ApplicantList:
    """The applicant files: a window of APPLICANTS that moves on by ``NEW_PER_RUN``
    between runs (the same in both languages)."""

    def __init__(self) -> None:
        self.first = 0
        self._cache: dict[tuple[str, int], bytes] = {}

    def move_on(self) -> None:
        self.first += NEW_PER_RUN

    @property
    def ids(self) -> set[str]:
        return {str(FIRST_ID + n) for n in range(self.first, self.first + APPLICANTS)}

    def body(self, lang: str) -> Any:
        def answer(_request: RecordedRequest) -> bytes:
            key = (lang, self.first)
            if key not in self._cache:
                self._cache[key] = applicant_file(lang, self.first)
            return self._cache[key]

        return answer


def start_poll(data_dir: Path, mirror_url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "IPO_WATCH_MIRROR": mirror_url, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "poll", "--once", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def run_to_completion(data_dir: Path, mirror_url: str) -> tuple[str, str, int]:
    process = start_poll(data_dir, mirror_url)
    try:
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return out, err, process.returncode


def stored(db_path: Path) -> tuple[str, set[str], int, int, int]:
    """integrity_check, the fingerprints, count(*), distinct fingerprints, distinct ids."""
    con = sqlite3.connect(db_path, timeout=30)  # read-write: recovers the WAL like the app
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        fingerprints = {row[0] for row in con.execute("SELECT fingerprint FROM event")}
        total, distinct_fp, distinct_id = con.execute(
            "SELECT count(*), count(DISTINCT fingerprint), count(DISTINCT id) FROM event"
        ).fetchone()
    finally:
        con.close()
    return check, fingerprints, total, distinct_fp, distinct_id


def applicant_refs(db_path: Path) -> set[str]:
    """The synthetic applicants whose proof a reader sees committed."""
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return {
            row[0]
            for row in con.execute(
                "SELECT ref FROM event WHERE kind = 'application_proof' AND source = 'hkex_app'"
                " AND CAST(ref AS INTEGER) >= ?",
                (FIRST_ID,),
            )
        }
    finally:
        con.close()


def wait_for(condition: Any, process: subprocess.Popen[str], what: str) -> bool:
    """Wait until ``condition()`` holds; False if the poll ended first."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if process.poll() is not None:
            return condition()
        assert time.monotonic() < deadline, f"the poll never reached {what}"
        time.sleep(0.002)
    return True


def kill_at(
    moment: str,
    process: subprocess.Popen[str],
    large: Gate,
    later: Gate,
    db_path: Path,
    before: set[str],
) -> bool:
    """Kill ``process`` at ``moment``; True when it was killed (not already finished)."""
    if moment == "body":
        reached = wait_for(large.reached.is_set, process, "the applicants' download")
    elif moment == "parse":
        reached = wait_for(large.finished.is_set, process, "the end of that download")
    elif moment == "commit":
        reached = wait_for(lambda: applicant_refs(db_path) > before, process, "its commit")
    else:
        reached = wait_for(later.reached.is_set, process, "the next source")
    if not reached or process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    return True


def test_killed_polls_never_damage_or_lose_events(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("KILL_POLL_SEED", "20260521")))
    data_dir = tmp_path / "data"
    context = AppContext(data_dir)
    prepare_database(context)  # migrations and the seed: every kill below hits a poll
    context.db.dispose()
    db_path = context.db_path

    applicants = ApplicantList()
    large, later = Gate(after=64 * 1024), Gate(after=256)
    with MirrorServer() as server:
        serve_samples(server)
        for lang in ("e", "c"):
            server.add(
                f"{EDS}appactive_app_gem_{lang}.json",
                applicants.body(lang),
                content_type="application/json",
                gate=large if lang == "c" else None,
            )
        server.add_file(
            EDS + DRIPPING, "hkexnews_lcisehk1relsde_1_record_from_test.json", gate=later
        )

        _check, known, *_counts = stored(db_path)
        # Every moment equally often, in an order the seed shuffles.
        moments = [MOMENTS[n % len(MOMENTS)] for n in range(KILLS)]
        rng.shuffle(moments)
        killed: Counter[str] = Counter()
        grew: Counter[str] = Counter()  # kills after which new applicants were stored
        for moment in moments:
            applicants.move_on()
            before = applicant_refs(db_path)
            large.arm(hold=moment == "body")
            later.arm(hold=True)  # no poll gets past the next source's first file unkilled
            process = start_poll(data_dir, server.url)
            try:
                was_killed = kill_at(moment, process, large, later, db_path, before)
            finally:
                if process.poll() is None:  # a failed assertion above: never leave it running
                    process.kill()
                large.release()
                later.release()
            _out, err = process.communicate(timeout=WAIT)
            assert was_killed, f"the poll ended before the {moment!r} kill: {err[-2000:]}"
            killed[moment] += 1
            check, now_stored, total, distinct_fp, distinct_id = stored(db_path)
            assert check == "ok", f"after kill {sum(killed.values())} ({moment}): {check}"
            lost = known - now_stored
            assert not lost, f"{len(lost)} stored events vanished after a kill ({moment})"
            assert total == distinct_fp == distinct_id
            grew[moment] += applicant_refs(db_path) > before
            known = now_stored

        # Two complete runs on unchanged data: the second has nothing new to print.
        large.arm(hold=False)
        later.arm(hold=False)
        out, err, code = run_to_completion(data_dir, server.url)
        assert code == 0, err
        out, err, code = run_to_completion(data_dir, server.url)
        assert code == 0, err
        assert out.strip() == ""

    check, final, total, distinct_fp, distinct_id = stored(db_path)
    assert check == "ok"
    assert known <= final
    assert total == distinct_fp == distinct_id
    # Each applicant's proof is stored once (English and Chinese merged), and every
    # applicant of the final list is there.
    con = sqlite3.connect(db_path)
    try:
        refs = [
            row[0]
            for row in con.execute(
                "SELECT ref FROM event WHERE kind = 'application_proof' AND source = 'hkex_app'"
                " AND CAST(ref AS INTEGER) >= ?",
                (FIRST_ID,),
            )
        ]
    finally:
        con.close()
    assert len(refs) == len(set(refs))
    assert applicants.ids <= set(refs)
    # The kills landed where they were aimed: every moment was hit, the ones before the
    # applicants' transaction never stored them, the ones after it always had.
    assert killed == Counter({m: KILLS // len(MOMENTS) for m in MOMENTS}), killed
    assert grew["body"] == 0, grew
    assert grew["commit"] == killed["commit"], grew
    assert grew["later"] == killed["later"], grew
