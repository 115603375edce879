"""Memory: peak resident set of the app on a company page, 1,000 companies / 100,000 events.

    python -m benchmarks.memory [--huge] [--data DIR]

``--huge`` measures the tier of 10,000 companies and 1,000,000 events instead (realistic
names and every kind of event, ``bigdata.build_realistic``; building it takes a minute
or two).  ``--data DIR`` builds the data directory in DIR once and reuses it on later
runs (otherwise it is built in a temporary directory and removed).

The app (its MainWindow and the services started after the first paint, without
polling: ``IPO_WATCH_NO_POLL=1``) over a data directory with 1,000 companies and 100,000
events; once the watchlist is painted, the company with the most events is selected
and the run waits until its page is shown, then a little longer.  The figure is the
process's peak resident set (``ru_maxrss``), read by a parent that waited for it and
nothing else; the bare PySide6 window (``benchmarks/bare_window.py``) is measured the
same way for comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_MIB = 120.0
HUGE_TARGET_MIB = 250.0
SETTLE_S = 1.0
TIMEOUT_S = 60.0

# Runs one command and prints the peak resident set (KiB) of that one child.
_PEAK = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def peak_mib(command: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE.parent,
    ).stdout.split()
    kib, code = int(out[0]), int(out[1])
    if code != 0:
        raise RuntimeError(f"{command} exited with {code}")
    return kib / 1024


def busiest_company(data_dir: Path) -> tuple[int, int]:
    from desktop.store.schema import DB_FILENAME

    con = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        cid, count = con.execute(
            "SELECT company_id, count(*) FROM event WHERE company_id IS NOT NULL"
            " GROUP BY company_id ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return cid, count


def child(data_dir: Path) -> int:
    """The app on the busiest company's page; exits 0 when the page was shown."""
    from benchmarks.app_window import open_window

    app, _ctx, window, _spin = open_window(data_dir, services=True)  # as the app runs

    company_id, _ = busiest_company(data_dir)
    window.select_company(company_id)
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents()
        page = window.company_page
        if page is not None and page.company_id == company_id and page.isVisible():
            break
        time.sleep(0.01)
    else:
        return 1
    end = time.monotonic() + SETTLE_S
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    sys.stdout.flush()
    os._exit(0)  # skip teardown: the peak is what counts


def _data(where: Path, huge: bool) -> Path:
    from benchmarks.bigdata import build, build_realistic
    from desktop.store.schema import DB_FILENAME

    data_dir = where / ("huge" if huge else "big")
    if (data_dir / DB_FILENAME).exists():
        print(f"reusing {data_dir}", flush=True)
        return data_dir
    if huge:
        print("building 10,000 companies / 1,000,000 events …", flush=True)
        return build_realistic(data_dir, companies=10_000, events=1_000_000)
    return build(data_dir, companies=1000, events=100_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--huge", action="store_true", help="10,000 companies, 1,000,000 events")
    parser.add_argument("--data", type=Path, help="build the data here once and reuse it")
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(args.child)

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "IPO_WATCH_NO_POLL": "1",
    }
    tmp = None if args.data else Path(tempfile.mkdtemp(prefix="ipo-bench-"))
    try:
        data_dir = _data(args.data or tmp, args.huge)  # type: ignore[arg-type]
        _, events = busiest_company(data_dir)
        bare = peak_mib([sys.executable, str(HERE / "bare_window.py")], env)
        app = peak_mib([sys.executable, "-m", "benchmarks.memory", "--child", str(data_dir)], env)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"peak resident memory: bare PySide6 window {bare:.0f} MiB; app on the page of "
        f"the company with the most events ({events:,}) {app:.0f} MiB "
        f"(+{app - bare:.0f} MiB, {app / bare:.2f}x)"
    )
    if args.huge:
        print(
            f"memory (10,000 companies, 1,000,000 events): {app:.0f} MiB peak for the app "
            f"on a company page (target <= {HUGE_TARGET_MIB:g} MiB)",
            flush=True,
        )
    else:
        print(
            f"memory: {app:.0f} MiB peak for the app with 1,000 companies / 100,000 events "
            f"on a company page (target <= {TARGET_MIB:g} MiB)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
