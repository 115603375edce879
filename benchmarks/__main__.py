"""Run every benchmark, each in a process of its own, then a summary of their figures.

    python -m benchmarks [--only NAME ...]

Each benchmark prints its own figures and, last, its result line(s) with the target
(``startup`` prints two: seed data and the large database).  The summary collects those
lines; a figure above its target is marked ``over``.  The exit status is non-zero only
when a benchmark itself failed to run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bigdata import SHARED_ENV

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS: dict[str, list[str]] = {
    "startup": ["benchmarks.startup", "--big", "--huge", "--runs", "10"],
    "ingest": ["benchmarks.ingest"],
    "responsiveness": ["benchmarks.responsiveness"],
    "responsiveness-pipeline": ["benchmarks.responsiveness", "--view", "pipeline"],
    "responsiveness-sources": ["benchmarks.responsiveness", "--view", "sources"],
    "responsiveness-alerts": ["benchmarks.responsiveness", "--view", "alerts"],
    "responsiveness-charts": ["benchmarks.responsiveness", "--view", "charts"],
    "responsiveness-company": ["benchmarks.responsiveness", "--view", "company"],
    "responsiveness-offers": ["benchmarks.responsiveness", "--view", "offers"],
    "writes": ["benchmarks.writes"],
    "filter": ["benchmarks.filter"],
    "filter-huge": ["benchmarks.filter", "--huge"],
    "memory": ["benchmarks.memory"],
    "memory-huge": ["benchmarks.memory", "--huge"],
    "soak": ["benchmarks.soak"],
    "offer-document": ["benchmarks.offer_document"],
    "views": ["benchmarks.views"],
    "bundle": ["benchmarks.bundle"],  # freezes two bundles: minutes
}
RESULT_RE = re.compile(
    r"^(?P<what>[^:]+): (?P<text>.*\(target <= (?P<target>[\d.]+)\s*(?P<unit>[^)]*)\))\s*$"
)
NUMBER_RE = re.compile(r"[\d,]*\.?\d+")


@dataclass
class Result:
    benchmark: str
    what: str
    text: str
    figure: float | None
    target: float | None

    @property
    def status(self) -> str:
        if self.figure is None or self.target is None:
            return "?"
        return "ok" if self.figure <= self.target else "over"


def result_lines(benchmark: str, output: str) -> list[Result]:
    """The result lines at the end of a benchmark's output."""
    found: list[Result] = []
    for line in reversed([line for line in output.splitlines() if line.strip()]):
        match = RESULT_RE.match(line)
        if not match:
            break
        number = NUMBER_RE.search(match["text"])
        found.append(
            Result(
                benchmark,
                match["what"],
                match["text"],
                float(number.group().replace(",", "")) if number else None,
                float(match["target"]),
            )
        )
    return list(reversed(found))


def run(name: str, module_args: list[str], env: dict[str, str]) -> tuple[int, str, float]:
    print(f"\n=== {name}: python -m {' '.join(module_args)}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", *module_args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        if "propagateSizeHints" in line:  # the offscreen platform's notice, every time
            continue
        lines.append(line)
        print(line, end="", flush=True)
    code = process.wait()
    return code, "".join(lines), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), default=None)
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    shared = tempfile.TemporaryDirectory(prefix="ipo-bench-shared-")  # the large data, once
    env[SHARED_ENV] = shared.name
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    chosen = args.only or list(BENCHMARKS)
    results: list[Result] = []
    failed: list[str] = []
    timings: dict[str, float] = {}
    for name in chosen:
        code, output, seconds = run(name, BENCHMARKS[name], env)
        timings[name] = seconds
        found = result_lines(name, output)
        if code != 0 or not found:
            failed.append(name)
            results.append(Result(name, name, f"failed (exit status {code})", None, None))
        results.extend(found)

    width = max(len(r.what) for r in results)
    named = max(len("benchmark"), *(len(r.benchmark) for r in results))
    print("\n=== summary")
    print(f"{'benchmark':<{named}}  {'result':<{width}}  {'status':<6} figure")
    for r in results:
        print(f"{r.benchmark:<{named}}  {r.what:<{width}}  {r.status:<6} {r.text}")
    total = sum(timings.values())
    print(
        "time: "
        + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
        + f"; {total:.0f} s in all"
    )
    shared.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
