"""User writes while a poll child commits: the GUI thread's longest stall.

    python -m benchmarks.writes [--records 30000] [--rounds 2] [--trace]

The app's MainWindow over 1,000 companies and 100,000 events (and 5,000 alerts), with
its Poller attached and started; every source but the HKEX application proofs was polled
a moment ago, so the Poller runs that one: the real poll-worker child
(``services/poll_process.py``) fetching a large synthetic application file pair
(``--records`` records, English and Chinese) from a loopback mirror in a process of its
own, and storing it in one transaction.

A thread watches the database's locks (``/proc/locks``: SQLite's WAL write lock is byte
120 of the ``-shm`` file).  The moment the child holds the write lock, the scripted user
writes through the app's own actions: edits a company (Edit company, the notes field,
Save), toggles a source on the Sources tab (its Enabled box), and marks every alert read
(Mark all read on the Alerts tab).  A 5 ms heartbeat QTimer on the GUI thread records
when it fires; the figures are its longest gap and 99th percentile from the start of the
poll until every write is stored and the window has settled, and, for each write, how
long it took from the click to being stored.  ``--rounds``: polls, one after the other
(the file changes between them, so each has new filings to store).  The same window,
idle before polling, is the baseline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.responsiveness import Heartbeat, percentile, seed_alerts, start_mirror

TARGET_MS = 16.0
SETTLE_S = 1.0
TIMEOUT_S = 240.0
POLLED = "hkex_app"
TOGGLED = "news"
WAL_WRITE_LOCK_BYTE = 120


class LockWatch:
    """Which process holds SQLite's WAL write lock, seen every 2 ms from a thread."""

    def __init__(self, db_path: Path) -> None:
        self._inode = os.stat(str(db_path) + "-shm").st_ino
        self.spans: list[tuple[float, float, int]] = []  # (from, to, pid)
        self._held: tuple[float, int] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="lock-watch", daemon=True)

    def holder(self) -> int | None:
        with open("/proc/locks", encoding="ascii") as locks:
            for line in locks:
                parts = line.split()
                if "->" in parts:
                    continue  # a waiter
                if len(parts) < 8 or parts[1] != "POSIX" or parts[3] != "WRITE":
                    continue
                if int(parts[5].rsplit(":", 1)[1]) != self._inode:
                    continue
                start, end = int(parts[6]), parts[7]
                last = int(end) if end != "EOF" else 1 << 62
                if start <= WAL_WRITE_LOCK_BYTE <= last:
                    return int(parts[4])
        return None

    def _watch(self) -> None:
        while not self._stop.is_set():
            now, pid = time.perf_counter(), self.holder()
            if self._held is not None and pid != self._held[1]:
                self.spans.append((self._held[0], now, self._held[1]))
                self._held = None
            if pid is not None and self._held is None:
                self._held = (now, pid)
            time.sleep(0.002)

    def child_holds(self) -> bool:
        held = self._held
        return held is not None and held[1] != os.getpid()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)
        if self._held is not None:
            self.spans.append((self._held[0], time.perf_counter(), self._held[1]))
            self._held = None


def watch_gui_database_use() -> list[str]:
    """Each write transaction or session the GUI thread opens, by who opened it."""
    import traceback

    from desktop.store.db import Database

    seen: list[str] = []
    for name in ("write", "session"):
        original = getattr(Database, name)

        def watched(db: Any, *args: Any, _original: Any = original, _name: str = name) -> Any:
            if threading.current_thread() is threading.main_thread():
                caller = traceback.extract_stack(limit=3)[0]
                seen.append(f"{_name} from {Path(caller.filename).name}:{caller.lineno}")
            return _original(db, *args)

        setattr(Database, name, watched)
    return seen


def _mark_polled(db_path: Path, ids: list[str]) -> None:
    """These sources were polled a moment ago: not due for an hour."""
    import sqlite3
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    con = sqlite3.connect(db_path)
    con.executemany(
        "INSERT OR REPLACE INTO source_state (source_id, enabled, interval_min, validators,"
        " memory, last_run, last_success, items_seen, new_events)"
        " VALUES (?, 1, 60, '{}', '{}', ?, ?, 0, 0)",
        [(source_id, now, now) for source_id in ids],
    )
    con.commit()
    con.close()


class User:
    """Edits a company, toggles a source, marks every alert read: the app's own actions."""

    def __init__(self, window: Any, spin: Any) -> None:
        from desktop.services.operations import operation_events

        self.window = window
        self.spin = spin
        self.clicked: dict[str, float] = {}  # operation name -> when the user clicked
        self.stored: dict[str, float] = {}
        self.failed: dict[str, str] = {}
        self.round = 0
        events = operation_events()
        events.succeeded.connect(lambda name: self.stored.setdefault(name, time.perf_counter()))
        events.failed.connect(lambda name, why: self.failed.setdefault(name, why))

    def write_all(self) -> None:
        from PySide6.QtCore import QTimer

        self.round += 1
        self.clicked.clear()
        self.stored.clear()
        self.failed.clear()
        self._edit_company()
        QTimer.singleShot(100, self._toggle_source)
        QTimer.singleShot(200, self._mark_read)

    def _edit_company(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from desktop.ui.company_dialog import CompanyDialog

        def save_when_open() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, CompanyDialog):
                QTimer.singleShot(5, save_when_open)
                return
            dialog.notes.setPlainText(f"Edited while a poll commits, round {self.round}.")
            self.clicked["Save company"] = time.perf_counter()
            try:
                dialog.accept()  # what Save does (a write the dialog waits for)
            except Exception as exc:  # the edit was lost: the figure says so
                self.failed["Save company"] = str(exc)
                dialog.reject()

        QTimer.singleShot(0, save_when_open)
        self.window.edit_company()  # opens the dialog once the company is read

    def _toggle_source(self) -> None:
        from PySide6.QtCore import Qt

        from desktop.ui.sources_view import COL_ENABLED

        view = self.window.sources_view
        model = view.model
        row = next(n for n in range(model.rowCount()) if model.row_at(n).source_id == TOGGLED)
        state = model.index(row, COL_ENABLED).data(Qt.ItemDataRole.CheckStateRole)
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.clicked["Change source"] = time.perf_counter()
        model.setData(model.index(row, COL_ENABLED), new.value, Qt.ItemDataRole.CheckStateRole)

    def _mark_read(self) -> None:
        inbox = self.window.inbox
        self.clicked["Mark all read"] = time.perf_counter()
        if inbox.mark_all_button.isEnabled():
            inbox.mark_all_button.click()
        else:  # nothing unread (a later round): mark one read again through the inbox
            self.clicked.pop("Mark all read")
            first = inbox.model.alert(0)
            self.clicked["Mark read"] = time.perf_counter()
            inbox.mark_read([first.id] if first else [])

    def done(self) -> bool:
        return bool(self.clicked) and all(
            name in self.stored or name in self.failed for name in self.clicked
        )


def run(records: int, rounds: int, trace: bool = False) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.bigdata import build

    tmp = Path(tempfile.mkdtemp(prefix="ipo-bench-"))
    data_dir = build(tmp / "big", companies=1000, events=100_000)
    seed_alerts(data_dir)
    from desktop.context import AppContext
    from desktop.sources import registry

    db_path = AppContext(data_dir).db_path
    _mark_polled(db_path, [s for s in registry.SOURCE_IDS if s != POLLED])
    mirror, url = start_mirror(records, rounds=rounds + 1)
    os.environ["IPO_WATCH_MIRROR"] = url

    from benchmarks.app_window import open_window
    from desktop.services import poller as poller_module
    from desktop.services.poller import Poller
    from desktop.ui.actions import Tab

    _app, ctx, window, spin = open_window(data_dir)
    for tab in (Tab.SOURCES, Tab.ALERTS, Tab.WATCHLIST):  # built and loaded first
        window.show_tab(tab)
        spin(1.5)
    window.table.selectRow(0)
    spin(1.0)

    tracer = None
    if trace:
        from benchmarks.gui_trace import Tracer

        tracer = Tracer()
    heartbeat = Heartbeat()
    heartbeat.start()
    spin(0.5)
    idle_start = time.perf_counter()
    spin(2.0)
    idle = [g for g, _ in heartbeat.gaps_ms(idle_start, time.perf_counter())]

    gui_database = watch_gui_database_use()
    locks = LockWatch(db_path)
    locks.start()
    poller_module.START_STAGGER_S = 0
    poller = Poller(ctx.db, parent=window)
    window.attach_poller(poller)
    finished: list[Any] = []
    poller.source_finished.connect(finished.append)
    user = User(window, spin)
    writes: list[dict[str, Any]] = []
    started = time.perf_counter()
    poller.start()
    deadline = started + TIMEOUT_S
    for n in range(rounds):
        if n:
            while poller.running() and time.perf_counter() < deadline:
                spin(0.05)
            poller.poll_now(POLLED)
        # The user writes the moment the child holds the write lock.
        while not locks.child_holds() and len(finished) <= n and time.perf_counter() < deadline:
            spin(0.002)
        if len(finished) > n:
            print(f"round {n + 1}: the poll ended before its write lock was seen")
            continue
        when = time.perf_counter()
        user.write_all()
        while not user.done() and time.perf_counter() < deadline:
            spin(0.05)
        for name, clicked in user.clicked.items():
            writes.append(
                {
                    "round": n + 1,
                    "name": name,
                    "after_lock_ms": (clicked - when) * 1000,
                    "stored_ms": (user.stored[name] - clicked) * 1000
                    if name in user.stored
                    else None,
                    "failed": user.failed.get(name),
                }
            )
        while len(finished) < n + 1 and time.perf_counter() < deadline:
            spin(0.05)
    spin(SETTLE_S)
    ended = time.perf_counter()
    heartbeat.timer.stop()
    locks.stop()
    before = [b for b in heartbeat.beats if b < started]
    gaps = heartbeat.gaps_ms(before[-1] if before else started, ended)
    values = [g for g, _ in gaps]
    busiest_cpu, busiest_wall = heartbeat.busiest_ms(before[-1] if before else started, ended)
    gui_cpu = heartbeat.cpu_ms(before[-1] if before else started, ended)
    if tracer is not None:
        tracer.print_stalls(gaps, TARGET_MS, [])
    child_spans = [(a, b) for a, b, pid in locks.spans if pid != os.getpid() and b > started]
    result = {
        "records": records,
        "rounds": rounds,
        "polls": [(o.ok, len(o.new_events), o.error) for o in finished],
        "writes": writes,
        "lock_spans_ms": [(b - a) * 1000 for a, b in child_spans],
        "beats": len(values),
        "max_ms": max(values) if values else 0.0,
        "p99_ms": percentile(values, 0.99),
        "idle_max_ms": max(idle) if idle else 0.0,
        "idle_p99_ms": percentile(idle, 0.99),
        "seconds": ended - started,
        "gui_database": gui_database,
        "busiest_cpu_ms": busiest_cpu,
        "gui_cpu_ms": gui_cpu,
        "busiest_wall_ms": busiest_wall,
    }
    poller.stop()
    assert mirror.stdin is not None
    mirror.stdin.close()
    mirror.wait(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    from benchmarks.app_window import report

    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--trace", action="store_true", help="what ran around each stall")
    args = parser.parse_args(argv)
    r = run(args.records, args.rounds, args.trace)
    polls = ", ".join(
        f"{'ok' if ok else 'failed (' + str(error) + ')'} {count:,} new"
        for ok, count, error in r["polls"]
    )
    held = ", ".join(f"{ms:.0f}" for ms in r["lock_spans_ms"]) or "none seen"
    print(f"polls of {POLLED} ({r['records']:,} application records): {polls}")
    print(f"the child held the write lock (ms): {held}")
    used = r["gui_database"]
    print(
        f"database transactions the GUI thread opened: {len(used)}"
        + (f" ({', '.join(sorted(set(used)))})" if used else "")
    )
    for w in r["writes"]:
        stored = (
            f"stored {w['stored_ms']:.0f} ms after the click"
            if w["stored_ms"] is not None
            else f"NOT stored: {w['failed']}"
        )
        print(
            f"round {w['round']}: {w['name']!r} clicked {w['after_lock_ms']:.0f} ms after the "
            f"child took the lock; {stored}"
        )
    print(
        f"heartbeat (every 5 ms): {r['beats']:,} beats; idle before polling: longest "
        f"{r['idle_max_ms']:.1f} ms, p99 {r['idle_p99_ms']:.1f} ms"
    )
    print(
        f"the GUI thread's own CPU time between two beats: at most {r['busiest_cpu_ms']:.1f} ms "
        f"(in a gap of {r['busiest_wall_ms']:.1f} ms); {r['gui_cpu_ms']:,.0f} ms in all over "
        f"{r['seconds']:.1f} s"
    )
    lost = sum(1 for w in r["writes"] if w["stored_ms"] is None)
    slowest = max((w["stored_ms"] or 0.0 for w in r["writes"]), default=0.0)
    report(
        f"writes: longest GUI stall {r['max_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms while the "
        f"user writes as a poll child commits ({len(r['writes'])} writes, slowest stored "
        f"{slowest:.0f} ms, {lost} lost) (target <= {TARGET_MS:g} ms)"
    )
    return 0


if __name__ == "__main__":
    main()
