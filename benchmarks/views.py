"""Views: a company page and the Pipeline tab opened, 10,000 companies / 1,000,000 events.

    python -m benchmarks.views [--data-dir DIR] [--others 8] [--warm 3] [--pipeline-runs 5]

The data directory is ``bigdata.build_realistic`` (10,000 companies, about 1,000,000
events of every kind; a minute or two to build).  ``--data-dir DIR`` builds it there once
and reuses it afterwards; by default it is built in a temporary directory.  The app's
MainWindow is opened as ``benchmarks/app_window.py`` opens it.

* Company page: a company is selected in the watchlist (``pane.select_company``, as a
  click or a search result does) and timed until its page is shown with its data in
  place and painted: the page is the one shown, its company id is the one selected, its
  title is the company's name and its list of events holds as many rows as the store
  holds events of that company; and its Offer tab's and its identity panel's reads for
  it have arrived.  The time ends at the later of the end of the last paint of the page
  (or any widget in it) made while the former held and the moment the latter did (these
  may change nothing on screen); each open waits until nothing on the page has painted
  for a while.  The companies are the busiest one, one with the median number of events
  and ``--others`` more, spread over the list.  Cold: each company's first open in the
  process (the first of all also builds the page: it is printed apart and counted in the
  longest); warm: ``--warm`` reopens of each, after another company was opened in
  between.  The figure is cold.
* Pipeline tab: the tab opened for the first time in a fresh process, timed until the
  pipeline's model holds as many applicants as the store holds (and shows all of them)
  and the tab has painted with them; ``--pipeline-runs`` processes, one after another.
  The process's CPU time meanwhile (every thread's) is printed too: on a busy machine
  it moves less than the wall time.

Baselines, measured in the same run, alternating with the app: a bare QTableView filled
on the GUI thread from a plain sqlite3 query, shown and painted, timed the same way: the
company's events (one query by ``company_id``), and as many rows as there are applicants
(seven columns of the company table).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_PAGE_MS = 100.0
TARGET_PIPELINE_MS = 300.0
QUIET_S = 0.25  # nothing painted for this long after the data are in place: finished
TIMEOUT_S = 30.0
SETTLE_S = 1.5  # after the first paint: what the window does then is not the page's
# What the pipeline leaves out (news, prices, A-share announcements), as the store writes
# the kinds; read straight from the database here, not through the app's read model.
NOT_PIPELINE = ("news", "price", "a_share_announcement")
PIPELINE_WHERE = f"subject_key != '' AND kind NOT IN ({','.join('?' * len(NOT_PIPELINE))})"
LABEL = "10,000 companies, 1,000,000 events"


# -- the data -----------------------------------------------------------------------------


def ensure_data(data_dir: Path | None) -> tuple[Path, Path | None]:
    """(data directory, temporary directory to remove or None)."""
    from desktop.store.schema import DB_FILENAME

    if data_dir is not None and (data_dir / DB_FILENAME).exists():
        return data_dir, None
    from benchmarks.bigdata import build_realistic

    tmp = None
    if data_dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="ipo-bench-views-"))
        data_dir = tmp / "huge"
    started = time.perf_counter()
    build_realistic(data_dir, companies=10_000, events=1_000_000)
    print(f"built {data_dir} in {time.perf_counter() - started:.0f} s", flush=True)
    return data_dir, tmp


def _connect(data_dir: Path) -> sqlite3.Connection:
    from desktop.store.schema import DB_FILENAME

    return sqlite3.connect(f"{(data_dir / DB_FILENAME).resolve().as_uri()}?mode=ro", uri=True)


def chosen_companies(data_dir: Path, others: int) -> list[tuple[str, int, str, int]]:
    """(what, company id, name, events stored): the busiest, a median one, ``others``."""
    con = _connect(data_dir)
    try:
        counts = dict.fromkeys((r[0] for r in con.execute("SELECT id FROM company")), 0)
        counts.update(
            con.execute(
                "SELECT company_id, count(*) FROM event WHERE company_id IS NOT NULL"
                " GROUP BY company_id"
            ).fetchall()
        )
        names = dict(con.execute("SELECT id, name FROM company").fetchall())
    finally:
        con.close()
    ordered = sorted(counts, key=lambda cid: (counts[cid], cid))
    busiest = max(counts, key=lambda cid: (counts[cid], -cid))
    median = ordered[len(ordered) // 2]
    picked = [("busiest", busiest), ("median", median)]
    step = max(1, len(ordered) // (others + 1))
    for n in range(1, others + 1):
        cid = ordered[min(len(ordered) - 1, n * step + 1)]
        if cid not in (busiest, median):
            picked.append(("other", cid))
    return [(what, cid, names[cid], counts[cid]) for what, cid in picked]


def applicant_count(data_dir: Path) -> int:
    con = _connect(data_dir)
    try:
        (count,) = con.execute(
            f"SELECT count(DISTINCT subject_key) FROM event WHERE {PIPELINE_WHERE}", NOT_PIPELINE
        ).fetchone()
    finally:
        con.close()
    return int(count)


# -- timing to the last paint ----------------------------------------------------------


class PaintWatch:
    """Times an action until its outcome is in place and painted: ``shown()`` says that
    what the outcome shows is there (observable state), ``done()`` that all of it has
    arrived (it may include reads that change nothing on screen); ``inside(widget)``
    whether a painted widget is part of what is watched.  The time ends at the later of
    the end of the last paint made while ``shown()`` held and the moment ``done()`` first
    held (seen within ``TICK_MS``)."""

    TICK_MS = 2

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

        watch = self
        self.app = app
        self.inside: Callable[[Any], bool] = lambda _w: False
        self.shown: Callable[[], bool] = lambda: False
        self.done: Callable[[], bool] = lambda: False
        self.last_paint = 0.0  # any paint of the watched part (for "quiet")
        self.painted = 0.0  # the end of the last paint made while shown
        self.done_at = 0.0
        self._pending = False
        paint = QEvent.Type.Paint

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == paint and watched.isWidgetType() and watch.inside(watched):
                    watch.last_paint = time.perf_counter()
                    if not watch._pending and watch.shown():
                        watch._pending = True  # the end of this round of painting
                        QTimer.singleShot(0, watch._painted)
                return False

        self._filter = Filter()
        app.installEventFilter(self._filter)
        self._loop = QEventLoop()
        self._tick = QTimer()
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._check)
        self._deadline = 0.0

    def _painted(self) -> None:
        self._pending = False
        self.painted = time.perf_counter()

    def _check(self) -> None:
        now = time.perf_counter()
        if not self.done_at and self.done():
            self.done_at = now
        quiet = now - max(self.last_paint, self.painted) >= QUIET_S
        finished = self.painted and self.done_at and quiet and not self._pending
        if (finished and self.done()) or now > self._deadline:
            self._loop.quit()

    def time(
        self,
        action: Callable[[], None],
        inside: Callable[[Any], bool],
        shown: Callable[[], bool],
        done: Callable[[], bool] | None = None,
    ) -> float:
        """Milliseconds from ``action()`` until its outcome is in place and painted."""
        self.inside, self.shown, self.done = inside, shown, done or shown
        self.last_paint = self.painted = self.done_at = 0.0
        self._pending = False
        started = time.perf_counter()
        self._deadline = started + TIMEOUT_S
        action()
        self._tick.start()
        self._loop.exec()
        self._tick.stop()
        finished = self.painted and self.done_at and self.done()
        self.inside, self.shown, self.done = (lambda _w: False), (lambda: False), (lambda: False)
        if not finished:
            raise RuntimeError("not shown within the time allowed")
        return (max(self.painted, self.done_at) - started) * 1000

    def settle(self, seconds: float) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(seconds * 1000), self._loop.quit)
        self._loop.exec()


def within(root: Any) -> Callable[[Any], bool]:
    return lambda widget: widget is root or root.isAncestorOf(widget)


# -- the baseline: a bare table from a plain query ----------------------------------------


class BareTable:
    """A QTableView in a window of its own, filled on the GUI thread from sqlite3."""

    def __init__(self, data_dir: Path, width: int, height: int) -> None:
        from PySide6.QtWidgets import QTableView

        self.data_dir = data_dir
        self.view = QTableView()
        self.view.resize(width, height)
        self.view.show()
        self.rows = 0

    def fill(self, sql: str, params: tuple[Any, ...]) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        con = _connect(self.data_dir)
        try:
            rows = con.execute(sql, params).fetchall()
        finally:
            con.close()
        model = QStandardItemModel(len(rows), len(rows[0]) if rows else 1)
        for number, row in enumerate(rows):
            for column, value in enumerate(row):
                model.setItem(number, column, QStandardItem("" if value is None else str(value)))
        old = self.view.model()
        self.view.setModel(model)
        if old is not None:
            old.deleteLater()
        self.rows = len(rows)

    def shown(self, rows: int) -> Callable[[], bool]:
        return lambda: self.rows == rows and self.view.model().rowCount() == rows


# -- the company page ---------------------------------------------------------------------


def measure_pages(data_dir: Path, others: int, warm: int) -> dict[str, Any]:
    from benchmarks.app_window import open_window

    companies = chosen_companies(data_dir, others)
    app, _ctx, window, _spin = open_window(data_dir)
    watch = PaintWatch(app)
    watch.settle(SETTLE_S)
    bare = BareTable(data_dir, 520, 700)
    state: dict[str, Any] = {"offer": False, "identity": None}

    def on_offer() -> None:
        state["offer"] = True

    def opened(cid: int, name: str, events: int) -> tuple[Callable[[], bool], Callable[[], bool]]:
        def shown() -> bool:
            page = window.company_page
            return (
                page is not None
                and window.detail_stack.currentWidget() is page
                and page.company_id == cid
                and page.title.text() == name
                and page.events.topLevelItemCount() == events
            )

        def done() -> bool:  # and the Offer tab's and the identity panel's reads are in
            page = window.company_page
            return (
                shown()
                and state["offer"]
                and page is not None
                and page.identity.data is not None
                and page.identity.data is not state["identity"]
            )

        return shown, done

    def select(cid: int) -> Callable[[], None]:
        def action() -> None:
            page = window.company_page
            state["offer"] = False
            state["identity"] = page.identity.data if page is not None else None
            if not window.pane.select_company(cid):
                raise RuntimeError(f"company {cid} is not on the watchlist")
            page = window.company_page
            if page is not None and not getattr(page, "_bench_watched", False):
                page.offer_panel.loaded.connect(on_offer)
                page._bench_watched = True

        return action

    def inside_page(widget: Any) -> bool:
        page = window.company_page
        return page is not None and (widget is page or page.isAncestorOf(widget))

    events_sql = (
        "SELECT published, kind, title, source, url FROM event WHERE company_id = ?"
        " ORDER BY published DESC, id DESC"
    )

    def baseline(cid: int, events: int) -> float:
        return watch.time(
            lambda: bare.fill(events_sql, (cid,)), within(bare.view), bare.shown(events)
        )

    cold: list[tuple[float, str]] = []
    warm_times: list[float] = []
    bare_times: list[float] = []
    first: tuple[float, str] | None = None
    for what, cid, name, events in companies:
        bare_times.append(baseline(cid, events))
        ms = watch.time(select(cid), inside_page, *opened(cid, name, events))
        label = f"{what} company {cid} ({events} events)"
        if first is None:
            first = (ms, label)
        else:
            cold.append((ms, label))
        watch.settle(0.2)
    for _ in range(warm):
        for _what, cid, name, events in companies:
            bare_times.append(baseline(cid, events))
            warm_times.append(watch.time(select(cid), inside_page, *opened(cid, name, events)))
            watch.settle(0.2)
    assert first is not None
    cold_ms = [ms for ms, _ in cold]
    return {
        "companies": companies,
        "first": first,
        "cold_median": statistics.median(cold_ms),
        "cold_max": max([*cold, first]),
        "warm_median": statistics.median(warm_times) if warm_times else None,
        "warm_max": max(warm_times) if warm_times else None,
        "bare_median": statistics.median(bare_times),
        "bare_max": max(bare_times),
        "cold": cold,
    }


# -- the Pipeline tab (one fresh process per run) -------------------------------------------


def pipeline_child(data_dir: Path, bare_first: bool) -> dict[str, Any]:
    from benchmarks.app_window import open_window
    from desktop.ui.actions import Tab

    expected = applicant_count(data_dir)
    app, _ctx, window, _spin = open_window(data_dir)
    watch = PaintWatch(app)
    watch.settle(SETTLE_S)

    def done() -> bool:
        view = window.pipeline_view
        return (
            view is not None
            and window.tabs.currentWidget() is view
            and view.model.total() == expected
            and view.model.rowCount() == expected
            and view.list_stack.currentWidget() is view.table
        )

    def inside(widget: Any) -> bool:
        view = window.pipeline_view
        return view is not None and (widget is view or view.isAncestorOf(widget))

    def bare() -> float:
        table = BareTable(data_dir, 1300, 480)
        watch.settle(0.3)
        # As many rows as there are applicants, seven columns, from a plain query.
        sql = (
            "SELECT name, name_zh, stage, hk_code, stage_since, last_event_date, origin"
            " FROM company LIMIT ?"
        )
        ms = watch.time(
            lambda: table.fill(sql, (expected,)), within(table.view), table.shown(expected)
        )
        table.view.hide()
        return ms

    bare_ms = bare() if bare_first else 0.0
    cpu = time.process_time()  # every thread's: less moved by other processes than wall time
    ms = watch.time(lambda: window.show_tab(Tab.PIPELINE), inside, done)
    cpu_ms = (time.process_time() - cpu) * 1000  # (includes the quiet wait: next to nothing)
    if not bare_first:
        watch.settle(0.3)
        bare_ms = bare()
    return {"ms": ms, "cpu_ms": cpu_ms, "bare_ms": bare_ms, "applicants": expected}


def measure_pipeline(data_dir: Path, runs: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
    found = []
    for n in range(runs):
        command = [sys.executable, "-m", "benchmarks.views", "--data-dir", str(data_dir)]
        command += ["--child-pipeline", "bare-first" if n % 2 else "app-first"]
        out = subprocess.run(
            command, env=env, cwd=HERE.parent, capture_output=True, text=True, check=False
        )
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if out.returncode != 0 or not lines:
            raise RuntimeError(f"pipeline run failed ({out.returncode}):\n{out.stderr[-3000:]}")
        found.append(json.loads(lines[-1]))
    times = [r["ms"] for r in found]
    bares = [r["bare_ms"] for r in found]
    return {
        "applicants": found[0]["applicants"],
        "runs": times,
        "cpu": [r["cpu_ms"] for r in found],
        "median": statistics.median(times),
        "max": max(times),
        "bare_median": statistics.median(bares),
        "bare_max": max(bares),
        "ratio": statistics.median(a / b for a, b in zip(times, bares, strict=True)),
    }


# -- the report --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from benchmarks.app_window import report

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=None, help="build once, then reuse")
    parser.add_argument("--others", type=int, default=8, help="companies besides two")
    parser.add_argument("--warm", type=int, default=3, help="reopens of each company")
    parser.add_argument("--pipeline-runs", type=int, default=5)
    parser.add_argument(
        "--child-pipeline", choices=("app-first", "bare-first"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child_pipeline:
        result = pipeline_child(args.data_dir, args.child_pipeline == "bare-first")
        print(json.dumps(result), flush=True)
        os._exit(0)
    data_dir, tmp = ensure_data(args.data_dir)
    try:
        pipe = measure_pipeline(data_dir, max(1, args.pipeline_runs))
        page = measure_pages(data_dir, max(1, args.others), max(0, args.warm))
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    first_ms, first_label = page["first"]
    slow_ms, slow_label = page["cold_max"]
    print(
        f"company pages opened: {', '.join(f'{w} {c} ({n} events)' for w, c, _, n in page['companies'])}"
    )
    print(f"first open of all (builds the page): {first_ms:.0f} ms ({first_label})")
    print(
        f"cold (first open of each company): median {page['cold_median']:.0f} ms, longest "
        f"{slow_ms:.0f} ms ({slow_label}); warm (reopened): median "
        f"{page['warm_median'] or 0:.0f} ms, longest {page['warm_max'] or 0:.0f} ms"
    )
    print(
        f"baseline (a bare QTableView filled from a plain sqlite3 query of the company's "
        f"events): median {page['bare_median']:.1f} ms, longest {page['bare_max']:.1f} ms; "
        f"cold page / baseline {page['cold_median'] / page['bare_median']:.1f}x"
    )
    print(
        f"pipeline tab, {len(pipe['runs'])} fresh processes ({pipe['applicants']:,} applicants): "
        + ", ".join(f"{ms:.0f}" for ms in pipe["runs"])
        + " ms (CPU time of the process meanwhile, all threads: "
        + ", ".join(f"{ms:.0f}" for ms in pipe["cpu"])
        + f" ms); baseline (a bare QTableView filled with as many rows from a plain sqlite3 query): median "
        f"{pipe['bare_median']:.0f} ms, longest {pipe['bare_max']:.0f} ms; tab / baseline "
        f"{pipe['ratio']:.1f}x"
    )
    print(
        f"company page ({LABEL}): {page['cold_median']:.0f} ms median cold open to painted "
        f"page, longest {slow_ms:.0f} ms (target <= {TARGET_PAGE_MS:g} ms)",
        flush=True,
    )
    report(
        f"pipeline tab ({LABEL}): {pipe['median']:.0f} ms median first open to painted "
        f"table, longest {pipe['max']:.0f} ms (target <= {TARGET_PIPELINE_MS:g} ms)"
    )
    return 0


if __name__ == "__main__":
    main()
