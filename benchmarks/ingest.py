"""Ingest: one large Application Proof poll, from payload bytes to stored events, against
the floor of ``json.loads`` of the same bytes plus one ``sqlite3`` ``executemany``.

    python -m benchmarks.ingest [--records 10000] [--runs 7]

The payload is HKEXnews' active-application files in both languages (``…_e`` and
``…_c``, the same ids, English and traditional Chinese names, documents ``ls[]``):
``--records`` records in all, half in each file.  The app side does what a poll does
after the download: ``hkex_app.parse`` each file, ``merge_items``, load the watched
companies and match every item against them (1,000 companies: bigdata-style names plus
some that really are in the payload), then ``store_poll`` into a fresh, migrated SQLite
database.  The floor decodes the same bytes with ``json.loads`` and inserts one row per
record with one ``executemany`` into a table with the columns of ``event`` and a unique
fingerprint index (a SHA-1 hex digest, as the app's fingerprints are), in one
transaction, on a fresh database with the app's pragmas.

The app side runs with the cyclic garbage collector paused, as ``poll_source`` runs every
poll (``desktop.services.collector.paused``); ``--collector`` measures it with the collector on.
The two alternate in one process; name caches are cleared before every app run so that
each measures a cold first poll.  The figure is the median of the ratios of each app run
to the floor run that follows it (on a shared machine the ratio of the two medians
swings with whatever else runs; a pair's two runs see the same load).  The app's time is
also printed per phase (medians): ``parse`` (both files, and ``merge_items``),
``companies`` (reading the watched companies, building the matcher), ``match`` (every
item) and ``store`` (``store_poll``, and freeing the poll's objects).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from hashlib import sha1
from pathlib import Path
from typing import Any

from benchmarks.payload import Applicant, application_files

TARGET = 2.0
COMPANIES = 1000
REAL_MATCHES = 40

FLOOR_TABLE = """
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    company_id INTEGER,
    kind VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    published DATE,
    title VARCHAR NOT NULL,
    url VARCHAR,
    fingerprint VARCHAR NOT NULL,
    ref VARCHAR,
    subject VARCHAR NOT NULL,
    subject_key VARCHAR NOT NULL,
    names JSON NOT NULL,
    match_reason VARCHAR,
    raw JSON NOT NULL,
    seen_at DATETIME NOT NULL
);
CREATE UNIQUE INDEX ix_event_fingerprint ON event (fingerprint);
"""
FLOOR_INSERT = (
    "INSERT INTO event (company_id, kind, source, published, title, url, fingerprint, ref,"
    " subject, subject_key, names, match_reason, raw, seen_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


# -- set-up (not timed) ----------------------------------------------------------------------


def watched_rows(people: list[Applicant]) -> list[tuple[str, str, str]]:
    """(name, name_zh, aliases JSON) of the watched companies: mostly bigdata-style names,
    plus ``REAL_MATCHES`` applicants of the payload, spelt as a user would (simplified
    Chinese, no legal suffix)."""
    from desktop.domain.names import to_simplified

    step = max(1, len(people) // REAL_MATCHES)
    real = people[::step][:REAL_MATCHES]
    rows = [
        (
            p.en.replace(" Co., Ltd.", "").replace(" Limited", "").replace(" - B", ""),
            to_simplified(p.zh.replace("股份有限公司", "").replace(" - B", "")),
            json.dumps([to_simplified(p.brand_zh) + "科技"], ensure_ascii=False),
        )
        for p in real
    ]
    rows += [
        (
            f"Benchmark Holdings {n:04d} Technology",
            f"基准科技{n:04d}",
            json.dumps([f"Bench {n:04d}"]),
        )
        for n in range(COMPANIES - len(rows))
    ]
    return rows


def template_database(folder: Path, people: list[Applicant]) -> Path:
    """A migrated database holding the watched companies (copied for every run)."""
    from desktop.store.db import Database

    path = folder / "template.sqlite3"
    db = Database(path)
    db.migrate()
    db.dispose()
    con = sqlite3.connect(path)
    now = "2026-11-01 00:00:00"
    con.executemany(
        "INSERT INTO company (name, name_zh, aliases, tags, facts, notes, origin, created_at,"
        " updated_at, stage, next_step) VALUES (?, ?, ?, '[]', '[]', '', 'user', ?, ?,"
        " 'watching', '')",
        [(*row, now, now) for row in watched_rows(people)],
    )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def clear_name_caches() -> None:
    """Forget every cached name form: each app run is a cold first poll."""
    from desktop.domain import matching, names, text_match

    for module in (names, matching, text_match):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


# -- the two sides -----------------------------------------------------------------------------


PHASES = ("parse", "companies", "match", "store")


def run_app(
    db_path: Path,
    files: dict[str, bytes],
    pause_collector: bool = True,
    phases: dict[str, float] | None = None,
) -> tuple[float, int, int]:
    """Seconds for parse → merge → match → store_poll; (seconds, events stored, matched).
    ``phases`` receives the seconds of each of ``PHASES`` (parse and merge; loading the
    watched companies and building the matcher; matching every item; ``store_poll``)."""
    from desktop.services.collector import paused as collector_paused
    from desktop.services.polling import CompanyMatcher, merge_items, watched_companies
    from desktop.sources import hkex_app
    from desktop.store.db import Database
    from desktop.store.ingest import store_poll

    db = Database(db_path)
    try:
        gc.collect()
        started = time.perf_counter()
        with collector_paused() if pause_collector else contextlib.nullcontext():
            parsed = []
            for document, body in files.items():
                parsed.extend(hkex_app.parse(body, document=document))
            items = merge_items(parsed)
            parsed_at = time.perf_counter()
            matcher = CompanyMatcher(watched_companies(db))
            built_at = time.perf_counter()
            prepared = [p for p in (matcher.prepare(item) for item in items) if p is not None]
            matched_at = time.perf_counter()
            stored = store_poll(
                db,
                "hkex_app",
                prepared,
                validators={},
                memory=None,
                items_seen=len(items),
                warning=None,
                interval_min=60,
            )
            del parsed, items, prepared  # freed inside, as at the end of a poll
        ended = time.perf_counter()
        seconds = ended - started
        if phases is not None:
            marks = (started, parsed_at, built_at, matched_at, ended)
            for name, begin, end in zip(PHASES, marks, marks[1:], strict=False):
                phases[name] = end - begin
    finally:
        db.dispose()
    matched = sum(1 for s in stored if s.company_id is not None)
    return seconds, len(stored), matched


def run_floor(db_path: Path, files: dict[str, bytes]) -> tuple[float, int]:
    """Seconds for json.loads of the same bytes plus one executemany of every record."""
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(FLOOR_TABLE)
    try:
        gc.collect()
        started = time.perf_counter()
        now = "2026-11-01 00:00:00.000000"
        rows: list[tuple[Any, ...]] = []
        for document, body in files.items():
            for record in json.loads(body)["app"]:
                name = record["a"]
                rows.append(
                    (
                        None,
                        "application_proof",
                        "hkex_app",
                        record["d"],
                        name,
                        record.get("w"),
                        sha1(f"hkex_app\x1f{document}:{record['id']}".encode()).hexdigest(),
                        str(record["id"]),
                        name,
                        name,
                        json.dumps([name], ensure_ascii=False),
                        None,
                        json.dumps(record, ensure_ascii=False),
                        now,
                    )
                )
        with con:
            con.executemany(FLOOR_INSERT, rows)
        seconds = time.perf_counter() - started
    finally:
        con.close()
    return seconds, len(rows)


# -- the benchmark -----------------------------------------------------------------------------


def measure(records: int, runs: int, pause_collector: bool = True) -> dict[str, Any]:
    people, files = application_files(records // 2)
    size = sum(len(b) for b in files.values())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = template_database(folder, people)

        def fresh(name: str, copy: bool) -> Path:
            path = folder / f"{name}.sqlite3"
            for extra in ("", "-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
            if copy:
                shutil.copyfile(template, path)
            return path

        # Warm-up (not counted): imports, OpenCC's tables, SQLAlchemy's compiled statements.
        run_app(fresh("app", True), files, pause_collector)
        run_floor(fresh("floor", False), files)
        app_times, floor_times = [], []
        split: dict[str, list[float]] = {name: [] for name in PHASES}
        stored = matched = rows = 0
        for _ in range(runs):
            clear_name_caches()
            phases: dict[str, float] = {}
            seconds, stored, matched = run_app(fresh("app", True), files, pause_collector, phases)
            app_times.append(seconds)
            for name in PHASES:
                split[name].append(phases[name])
            seconds, rows = run_floor(fresh("floor", False), files)
            floor_times.append(seconds)
    app_s = statistics.median(app_times)
    floor_s = statistics.median(floor_times)
    # Each app run is paired with the floor run right after it: a machine that slows
    # down for a while (other processes, frequency scaling) slows both of a pair.
    ratios = sorted(a / f for a, f in zip(app_times, floor_times, strict=True))
    return {
        "records": records,
        "bytes": size,
        "events": stored,
        "matched": matched,
        "floor_rows": rows,
        "app_s": app_s,
        "floor_s": floor_s,
        "ratio": statistics.median(ratios),
        "ratio_range": (ratios[0], ratios[-1]),
        "app_times": app_times,
        "floor_times": floor_times,
        "phases": {name: statistics.median(values) for name, values in split.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--collector",
        action="store_true",
        help="leave the garbage collector on (the app pauses it)",
    )
    args = parser.parse_args(argv)
    result = measure(args.records, max(args.runs, 5), pause_collector=not args.collector)
    mode = ", collector on" if args.collector else ", collector paused as in polls"
    print(
        f"payload: {result['records']:,} records in 2 files ({result['bytes'] / 1e6:.1f} MB), "
        f"{result['events']:,} events stored, {result['matched']} matched to the watchlist"
    )
    print(
        f"app (parse, merge, match, store_poll{mode}): {result['app_s'] * 1000:.0f} ms; "
        f"floor (json.loads + executemany of {result['floor_rows']:,} rows): "
        f"{result['floor_s'] * 1000:.0f} ms (medians of {len(result['app_times'])} "
        "alternating runs)"
    )
    split = ", ".join(f"{name} {s * 1000:.0f}" for name, s in result["phases"].items())
    print(f"app phases (medians, ms): {split}")
    low, high = result["ratio_range"]
    print(f"ratio of each app run to the floor run after it: {low:.2f}x to {high:.2f}x")
    print(
        f"ingest: {result['ratio']:.2f}x the json+sqlite floor (target <= {TARGET:g}x)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
