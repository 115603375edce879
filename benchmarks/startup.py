"""Start-up: whole-process time of ``ipo-watch --exit-after-first-paint`` against a bare
PySide6 window doing the same, alternating A/B, median ratio.

    python -m benchmarks.startup [--runs 10] [--big] [--huge] [--no-bytecode]

``--big`` also measures a database with 1,000 companies and 100,000 events; ``--huge``
one with 10,000 companies and 1,000,000 events of every kind over five years, with
realistic English and Chinese names (``bigdata.build_realistic``; building it takes a
minute or two).

Both sides start from bytecode, as installed programs do: pip and PyInstaller compile
what they install, and the bare window's PySide6 is installed that way.  The first,
uncounted run of each side compiles into a cache of the benchmark's own
(``PYTHONPYCACHEPREFIX``), whatever ``PYTHONDONTWRITEBYTECODE`` says.  ``--no-bytecode``
measures a source checkout under ``PYTHONDONTWRITEBYTECODE`` instead: the app compiles
every one of its modules on every start, which the bare window never does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(data_dir: Path, runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    app = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--exit-after-first-paint"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    _time(app, env)  # first run creates and seeds the database (and the bytecode); not counted
    _time(bare, env)
    ratios, app_times, bare_times = [], [], []
    for _ in range(runs):
        a = _time(app, env)
        b = _time(bare, env)
        app_times.append(a)
        bare_times.append(b)
        ratios.append(a / b)
    return statistics.median(app_times), statistics.median(bare_times), statistics.median(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--huge", action="store_true")
    parser.add_argument("--no-bytecode", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
            print("no bytecode kept: every start compiles the app's modules")
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
            print("from bytecode, as installed (compiled by the first, uncounted run)")
        seed_dir = Path(tmp) / "seed"
        app_s, bare_s, ratio = measure(seed_dir, args.runs, env)
        print(
            f"seed data: app {app_s * 1000:.0f} ms, bare window {bare_s * 1000:.0f} ms "
            f"(medians of {args.runs} alternating runs)"
        )
        lines = [f"startup (seed data): {ratio:.2f}x bare window (target <= 1.5x)"]
        if args.big:
            from benchmarks.bigdata import build

            big_dir = Path(tmp) / "big"
            build(big_dir, companies=1000, events=100_000)
            app_s, bare_s, big_ratio = measure(big_dir, args.runs, env)
            print(
                f"1,000 companies / 100,000 events: app {app_s * 1000:.0f} ms, "
                f"bare {bare_s * 1000:.0f} ms"
            )
            lines.append(
                f"startup (1,000 companies, 100,000 events): {big_ratio:.2f}x bare window "
                "(target <= 1.6x)"
            )
        if args.huge:
            from benchmarks.bigdata import build_realistic

            huge_dir = Path(tmp) / "huge"
            print("building 10,000 companies / 1,000,000 events …", flush=True)
            build_realistic(huge_dir, companies=10_000, events=1_000_000)
            app_s, bare_s, huge_ratio = measure(huge_dir, args.runs, env)
            print(
                f"10,000 companies / 1,000,000 events: app {app_s * 1000:.0f} ms, "
                f"bare {bare_s * 1000:.0f} ms"
            )
            lines.append(
                f"startup (10,000 companies, 1,000,000 events): {huge_ratio:.2f}x bare window "
                "(target <= 2x)"
            )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
