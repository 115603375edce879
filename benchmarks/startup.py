"""Start-up: whole-process time of ``ipo-watch --exit-after-first-paint`` against a bare
PySide6 window doing the same, alternating A/B, median ratio.

    python -m benchmarks.startup [--runs 10] [--big]

``--big`` also measures a database with 1,000 companies and 100,000 events.
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


def measure(data_dir: Path, runs: int) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--exit-after-first-paint"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    _time(app, env)  # first run creates and seeds the database; not counted
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
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        seed_dir = Path(tmp) / "seed"
        app_s, bare_s, ratio = measure(seed_dir, args.runs)
        print(
            f"seed data: app {app_s * 1000:.0f} ms, bare window {bare_s * 1000:.0f} ms "
            f"(medians of {args.runs} alternating runs)"
        )
        lines = [f"startup (seed data): {ratio:.2f}x bare window (target <= 2.5x)"]
        if args.big:
            from benchmarks.bigdata import build

            big_dir = Path(tmp) / "big"
            build(big_dir, companies=1000, events=100_000)
            app_s, bare_s, big_ratio = measure(big_dir, args.runs)
            print(
                f"1,000 companies / 100,000 events: app {app_s * 1000:.0f} ms, "
                f"bare {bare_s * 1000:.0f} ms"
            )
            lines.append(
                f"startup (1,000 companies, 100,000 events): {big_ratio:.2f}x bare window "
                "(target <= 3x)"
            )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
