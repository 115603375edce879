"""Responsiveness: the GUI thread's longest stall while every source is polled.

    python -m benchmarks.responsiveness [--records 4000] [--view VIEW] [--trace]

    VIEW: watchlist (default), pipeline, sources, alerts, charts, company, offers

The app's MainWindow (no tray) over a data directory with 1,000 companies and 100,000
events, with a Poller attached, over a loopback MirrorServer (in a process of its own,
as the real sites are) serving every source: the recorded samples, the CSRC and New
Listing Report workbooks and the news feeds as their source tests build them, plus a
large synthetic HKEX application file pair (``--records`` records in all, English and
Chinese).  The app's interpreter settings and garbage collector are set up as
``desktop/app.py`` does.  A 5 ms heartbeat QTimer on the GUI thread records when it
fires.  Then ``poller.start()`` with every source due at once (the start-up stagger set
to 0, so the three pool workers all run), and meanwhile a scripted user types into the
filter letter by letter, deletes it again and sorts columns by clicking their headers:
the watchlist's, or with ``--view pipeline`` the Pipeline tab's (opened and loaded
first; it re-reads the applicants each source's new events concern).  With ``--view
sources`` the user only watches the Sources tab follow the poll.  With ``--view alerts``
the Alert inbox is open over 5,000 earlier alerts, an ``AlertService`` records the poll's
alerts as the app's does, and the user sorts the inbox by its headers; with ``charts``,
``offers`` or ``company`` the user watches the Charts tab, the Offers tab, or the page of
a watched company the poll brings filings of (selected on the watchlist before).  ``--trace`` also
prints what the GUI thread ran in Python around each stall over the target.

The figures are the heartbeat's gaps from the start of the poll until every source has
finished and the watchlist has reloaded: the longest and the 99th percentile.  A 5 ms
timer that fires on time shows 5 ms gaps; the same run before polling, with the window
idle, is printed as the baseline (on a busy machine, other processes' time shows up in
both).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_MS = 16.0  # one frame at 60 Hz
HEARTBEAT_MS = 5
ACTION_MS = 90
SETTLE_S = 1.5
TIMEOUT_S = 180.0
WORDS = ("bench 0", "holdings", "基准", "0042")
PAGE_COMPANY = "China Micro Semicon (Shenzhen)"  # a seed company the mirror's filings name


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


class Heartbeat:
    """Records each timeout of a 5 ms precise timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.beats: list[float] = []
        self.cpu: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())
        self.cpu.append(time.thread_time())  # the GUI thread's own CPU time

    def busiest_ms(self, start: float, end: float) -> tuple[float, float]:
        """The most CPU time the GUI thread itself used between two beats within
        [start, end], and that gap's wall time: what the window did, whatever else the
        machine was doing (a gap with little CPU was the thread waiting: for the GIL, or
        for a core)."""
        pairs = [(b, c) for b, c in zip(self.beats, self.cpu, strict=True) if start <= b <= end]
        spans = [
            ((c2 - c1) * 1000, (b2 - b1) * 1000) for (b1, c1), (b2, c2) in itertools.pairwise(pairs)
        ]
        return max(spans) if spans else (0.0, 0.0)

    def cpu_ms(self, start: float, end: float) -> float:
        """The GUI thread's CPU time from the first to the last beat within [start, end]."""
        used = [c for b, c in zip(self.beats, self.cpu, strict=True) if start <= b <= end]
        return (used[-1] - used[0]) * 1000 if len(used) > 1 else 0.0

    def start(self) -> None:
        self.timer.start()

    def gaps_ms(self, start: float, end: float) -> list[tuple[float, float]]:
        """(gap in ms, when it ended) for beats within [start, end]."""
        beats = [b for b in self.beats if start <= b <= end]
        return [((b - a) * 1000, b) for a, b in itertools.pairwise(beats)]


class User:
    """Types into a filter and sorts a table's columns, one action every ACTION_MS."""

    def __init__(self, filter_edit: Any, table: Any) -> None:
        from PySide6.QtCore import QTimer

        self.filter_edit = filter_edit
        self.table = table
        self.log: list[tuple[float, float, str]] = []  # (start, end, action)
        self._script = self._actions()
        self.timer = QTimer()
        self.timer.setInterval(ACTION_MS)
        self.timer.timeout.connect(self._next)

    def _actions(self) -> Any:
        from PySide6.QtCore import Qt

        columns = (2, 3, 4, 0, 5, 1)
        n = 0
        while True:
            word = WORDS[n % len(WORDS)] if self.filter_edit is not None else ""
            for letter in word:
                yield f"type {letter!r}", lambda ch=letter: self._type(ch)
            for _ in word:
                yield "backspace", lambda: self._key(Qt.Key.Key_Backspace)
            for column in columns[n % 3 : n % 3 + 3]:
                yield f"sort column {column}", lambda c=column: self._sort(c)
            n += 1

    def _type(self, text: str) -> None:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        if text.isascii():
            QTest.keyClick(self.filter_edit, text)
        else:  # what an input method sends when a character is chosen
            commit = QInputMethodEvent()
            commit.setCommitString(text)
            QApplication.sendEvent(self.filter_edit, commit)

    def _key(self, key: Any) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(self.filter_edit, key)

    def _sort(self, column: int) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        header = self.table.horizontalHeader()
        column %= header.count()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        point = QPoint(max(1, x), header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)

    def _next(self) -> None:
        if self.table is None:
            return  # only watching
        name, action = next(self._script)
        started = time.perf_counter()
        action()
        self.log.append((started, time.perf_counter(), name))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def serve(records: int, rounds: int = 1) -> None:
    """The mirror, in a process of its own (the real sites are not in the app's process
    either): prints its URL, serves until its standard input closes.  With ``rounds``,
    the large application file pair changes at each of the first ``rounds`` requests (a
    new ETag), as the live file does between polls: two versions naming other
    applicants, in turn, so that from the third round on it is all parsed again and
    nothing in it is new."""
    from benchmarks.payload import application_files
    from tests.mirror import MirrorServer
    from tests.mirror_data import EDS, serve_samples
    from tests.sources import test_csrc, test_hkex_new_listings, test_news

    with MirrorServer() as server:
        serve_samples(server)
        # The workbooks and feeds, built as their source tests build them.
        book = test_csrc.build_workbook(
            test_csrc.excerpt_rows() + test_csrc.synthetic_rows(400, start=100)
        )
        test_csrc.serve(server, book)
        test_hkex_new_listings.serve(server)
        test_news.serve(server)
        versions = [application_files(records // 2, seed=23 + n)[1] for n in range(2)]
        for document in versions[0]:
            # The Main Board file pair carries the seed filings; this pair goes on GEM's.
            name = document.replace("_sehk_", "_gem_")
            server.add_sequence(
                f"{EDS}{name}.json",
                [
                    {"body": versions[n % 2][document], "etag": f'"round-{n}"'}
                    for n in range(max(rounds, 1))
                ],
            )
        print(server.url, flush=True)
        sys.stdin.read()


def start_mirror(records: int, rounds: int = 1) -> tuple[subprocess.Popen[str], str]:
    command = ["--serve", str(records), "--serve-rounds", str(rounds)]
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.responsiveness", *command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE.parent,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


VIEWS = ("watchlist", "pipeline", "sources", "alerts", "charts", "company", "offers")


def seed_alerts(data_dir: Path, every: int = 20) -> None:
    """Earlier alerts for the inbox: one for every ``every``-th event (5,000 of 100,000),
    a third of them read."""
    import sqlite3

    from desktop.context import AppContext

    con = sqlite3.connect(AppContext(data_dir).db_path)
    con.execute(
        "INSERT INTO alert (event_id, company_id, created_at, read, delivered)"
        " SELECT id, company_id, seen_at, id % 3 = 0, 1 FROM event WHERE id % ? = 0",
        (every,),
    )
    con.commit()
    con.close()


def run(records: int, view: str = "watchlist", trace: bool = False) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.bigdata import build

    tmp = Path(tempfile.mkdtemp(prefix="ipo-bench-"))
    data_dir = build(tmp / "big", companies=1000, events=100_000)
    mirror, url = start_mirror(records)
    os.environ["IPO_WATCH_MIRROR"] = url

    from benchmarks.app_window import open_window
    from desktop.services import poller as poller_module
    from desktop.services.poller import Poller
    from desktop.sources import registry

    if view == "alerts":
        seed_alerts(data_dir)
    _app, ctx, window, spin = open_window(data_dir)
    from desktop.ui.actions import Tab

    if view == "pipeline":  # the Pipeline tab, loaded, is what the user works in
        window.tabs.setCurrentIndex(1)
        waited = time.perf_counter() + 30
        while not window.pipeline_view.model.total() and time.perf_counter() < waited:
            spin(0.1)
        filter_edit, table = window.pipeline_view.filter_edit, window.pipeline_view.table
    elif view == "sources":  # the Sources tab shows the poll live; the user watches it
        window.tabs.setCurrentIndex(2)
        spin(0.5)
        filter_edit, table = None, None
    elif view == "alerts":  # the inbox, loaded; the user sorts it by its headers
        window.show_tab(Tab.ALERTS)
        waited = time.perf_counter() + 30
        while window.inbox is None or not window.inbox.model.total():
            spin(0.1)
            if time.perf_counter() > waited:
                break
        filter_edit, table = None, window.inbox.table
    elif view in ("charts", "offers"):  # the user watches the tab follow the poll
        window.show_tab(Tab.CHARTS if view == "charts" else Tab.OFFERS)
        spin(3.0)  # (pyqtgraph is imported when the Charts tab is first shown)
        filter_edit, table = None, None
    elif view == "company":  # the page of a watched company the poll brings news of
        (company_id,) = (r.id for r in window.model.rows() if r.name == PAGE_COMPANY)
        window.select_company(company_id)
        waited = time.perf_counter() + 30
        while window.company_page is None or window.company_page.company_id != company_id:
            spin(0.1)
            if time.perf_counter() > waited:
                break
        spin(2.0)  # (its sections fill in)
        filter_edit, table = None, None
    else:
        filter_edit, table = window.filter_edit, window.table

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

    finished: list[Any] = []
    marks: list[tuple[float, str]] = []
    reloads: list[float] = []
    poller_module.START_STAGGER_S = 0  # every source due at once: the workers all busy
    poller = Poller(ctx.db, parent=window)
    window.attach_poller(poller)
    poller.source_started.connect(lambda sid: marks.append((time.perf_counter(), f"{sid} started")))
    poller.source_finished.connect(
        lambda o: (finished.append(o), marks.append((time.perf_counter(), f"{o.source_id} done")))
    )
    window.watchlist_changed.connect(lambda: reloads.append(time.perf_counter()))
    page_loads: list[float] = []
    if view == "alerts":  # the poll's alerts are recorded as the app records them
        from desktop.services.alert_service import AlertService
        from desktop.services.notifier import RecordingNotifier

        alerts = AlertService(ctx.db, RecordingNotifier(), parent=window)
        window.attach_alerts(alerts)
        poller.source_finished.connect(alerts.on_source_finished)
    if view == "company":
        window.company_page.loaded.connect(lambda _cid: page_loads.append(time.perf_counter()))

    user = User(filter_edit, table)
    started = time.perf_counter()
    user.start()
    poller.start()
    start_returned = time.perf_counter()
    every = set(registry.SOURCE_IDS)
    deadline = started + TIMEOUT_S
    done_at = None
    while time.perf_counter() < deadline:
        spin(0.1)
        if done_at is None and {o.source_id for o in finished} >= every and not poller.running():
            done_at = time.perf_counter()
        if done_at is not None and time.perf_counter() - done_at >= SETTLE_S:
            break
    user.stop()
    ended = time.perf_counter()
    heartbeat.timer.stop()
    # From the last beat before the poll started: poller.start() itself runs on the GUI
    # thread, and the gap it makes counts.
    before = [b for b in heartbeat.beats if b < started]
    gaps = heartbeat.gaps_ms(before[-1] if before else started, ended)
    values = [g for g, _ in gaps]
    after_start = [g for g, at in gaps if at - g / 1000 >= start_returned]
    worst, worst_at = max(gaps) if gaps else (0.0, ended)
    busiest_cpu, busiest_wall = heartbeat.busiest_ms(before[-1] if before else started, ended)
    gui_cpu = heartbeat.cpu_ms(before[-1] if before else started, ended)
    context = sorted(
        [(t, f"user: {name}") for s, t, name in user.log if s <= worst_at + 0.001]
        + [(t, m) for t, m in marks if t <= worst_at + 0.001]
        + [(t, "watchlist reloaded") for t in reloads if t <= worst_at + 0.001]
    )[-3:]
    new_events = sum(len(o.new_events) for o in finished)
    if tracer is not None:
        tracer.print_stalls(gaps, TARGET_MS, marks, user.log)
    result = {
        "records": records,
        "seconds": ended - started,
        "poll_seconds": (done_at or ended) - started,
        "sources": len({o.source_id for o in finished}),
        "failed": sorted(f"{o.source_id} ({o.error})" for o in finished if not o.ok),
        "new_events": new_events,
        "actions": len(user.log),
        "slowest_action": max(((e - s) * 1000, n) for s, e, n in user.log) if user.log else None,
        "beats": len(values),
        "max_ms": worst,
        "start_ms": (start_returned - started) * 1000,
        "after_start_max_ms": max(after_start) if after_start else 0.0,
        "after_start_p99_ms": percentile(after_start, 0.99),
        "p99_ms": percentile(values, 0.99),
        "median_ms": statistics.median(values) if values else 0.0,
        "idle_max_ms": max(idle) if idle else 0.0,
        "idle_p99_ms": percentile(idle, 0.99),
        "worst_context": [(round((worst_at - t) * 1000), m) for t, m in context],
        "reloads": len(reloads),
        "window": (started, ended),
        "view": view,
        "busiest_cpu_ms": busiest_cpu,
        "gui_cpu_ms": gui_cpu,
        "busiest_wall_ms": busiest_wall,
        "page_loads": len(page_loads),
        "inbox_rows": window.inbox.model.total() if window.inbox else None,
        "applicants": window.pipeline_view.model.total() if window.pipeline_view else None,
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
    parser.add_argument("--records", type=int, default=4000)
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default="watchlist",
        help="where the user types and sorts: the watchlist, or the Pipeline tab (opened "
        "and loaded first; it reloads whenever a source brings new events); the user "
        "sorts the alert inbox; or watches the Sources, Charts or Offers tab, or a "
        "company's page, follow the poll",
    )
    parser.add_argument(
        "--trace", action="store_true", help="what the GUI thread ran around each stall"
    )
    parser.add_argument("--serve", type=int, metavar="RECORDS", help=argparse.SUPPRESS)
    parser.add_argument("--serve-rounds", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve, args.serve_rounds)
        return 0
    r = run(args.records, args.view, args.trace)
    where = {
        "watchlist": "the watchlist",
        "pipeline": f"the Pipeline tab ({r['applicants'] or 0:,} applicants)",
        "sources": "the Sources tab (watching only)",
        "alerts": f"the Alerts tab ({r['inbox_rows'] or 0:,} alerts, sorting only)",
        "charts": "the Charts tab (watching only)",
        "offers": "the Offers tab (watching only)",
        "company": f"a company's page (watching only; loaded {r['page_loads']}x)",
    }[r["view"]]
    print(
        f"poll of {r['sources']} sources ({r['records']:,} extra application records): "
        f"{r['poll_seconds']:.1f} s, {r['new_events']:,} new events, failed: "
        f"{', '.join(r['failed']) or 'none'}; watchlist reloaded {r['reloads']}x"
    )
    slow_ms, slow_name = r["slowest_action"] or (0.0, "-")
    print(
        f"user, in {where}: {r['actions']} actions (typing, deleting, sorting by header); slowest "
        f"{slow_ms:.1f} ms ({slow_name})"
    )
    print(
        f"heartbeat (every {HEARTBEAT_MS} ms): {r['beats']:,} beats, median gap "
        f"{r['median_ms']:.1f} ms; idle before polling: longest {r['idle_max_ms']:.1f} ms, "
        f"p99 {r['idle_p99_ms']:.1f} ms"
    )
    print(
        f"poller.start() itself held the GUI thread {r['start_ms']:.0f} ms (the scheduler is "
        f"prepared on a helper thread); after it returned: longest stall "
        f"{r['after_start_max_ms']:.1f} ms, "
        f"p99 {r['after_start_p99_ms']:.1f} ms"
    )
    print(
        f"the GUI thread's own CPU time between two beats: at most {r['busiest_cpu_ms']:.1f} ms "
        f"(in a gap of {r['busiest_wall_ms']:.1f} ms); {r['gui_cpu_ms']:,.0f} ms in all over "
        f"{r['seconds']:.1f} s"
    )
    label = {"watchlist": "responsiveness", "company": "responsiveness (company page)"}.get(
        r["view"], f"responsiveness ({r['view']} tab)"
    )
    report(
        f"{label}: longest GUI stall {r['max_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms "
        f"while polling every source (target <= {TARGET_MS:g} ms)"
    )
    return 0


if __name__ == "__main__":
    main()
