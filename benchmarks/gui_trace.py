"""What the GUI thread ran in Python around a stall (``responsiveness --trace``).

Times every answer of a background task delivered on the GUI thread (``run_task``'s
callbacks), every reload a view's follower starts, and every change announced.  A stall
with nothing of these inside it was spent in Qt (layout, painting, sorting) or waiting
for the GIL."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any


class Tracer:
    def __init__(self) -> None:
        from desktop.services import changes, tasks
        from desktop.ui import follow

        self.spans: list[tuple[float, float, str]] = []
        self._profiled = 0.0
        self.profile_text = ""
        deliver = tasks._deliver

        def timed_deliver(key: int, value: Any, failed: bool) -> None:
            job = tasks._jobs.get(key)
            name = _name(job.on_error if failed else job.on_done) if job else "?"
            self._time(f"task done: {name}", deliver, key, value, failed)

        tasks._deliver = timed_deliver  # type: ignore[assignment]
        run = follow.Follower._run

        def timed_run(follower: Any) -> None:
            self._time(f"reload: {_name(follower._reload)}", run, follower)

        follow.Follower._run = timed_run  # type: ignore[method-assign]
        announce = changes.ChangeSignal.announce

        def timed_announce(signal: Any, change: Any, *, written: bool = False) -> None:
            self._time("announce", lambda: announce(signal, change, written=written))

        changes.ChangeSignal.announce = timed_announce  # type: ignore[method-assign]

    def _time(self, label: str, func: Callable[..., Any], *args: Any) -> Any:
        wanted = os.environ.get("STALL_PROFILE")
        if wanted and wanted in label:  # the slowest of these, profiled
            import cProfile
            import io
            import pstats

            profile = cProfile.Profile()
            started = time.perf_counter()
            try:
                return profile.runcall(func, *args)
            finally:
                took = time.perf_counter() - started
                self.spans.append((started, time.perf_counter(), label))
                if took > self._profiled:
                    self._profiled = took
                    out = io.StringIO()
                    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
                    self.profile_text = f"{label}: {took * 1000:.1f} ms\n{out.getvalue()}"
        started = time.perf_counter()
        try:
            return func(*args)
        finally:
            self.spans.append((started, time.perf_counter(), label))

    def print_stalls(
        self,
        gaps: list[tuple[float, float]],
        target_ms: float,
        marks: list[tuple[float, str]],
        actions: list[tuple[float, float, str]] = (),  # type: ignore[assignment]
    ) -> None:
        if self.profile_text:
            print(self.profile_text)
        totals: dict[str, list[float]] = {}
        for s, e, label in self.spans:
            totals.setdefault(label, []).append((e - s) * 1000)
        print("Python on the GUI thread, by callback (total ms, calls, longest ms):")
        for label, took in sorted(totals.items(), key=lambda kv: -sum(kv[1]))[:10]:
            print(f"    {sum(took):7.1f} ms {len(took):4d}x  max {max(took):6.1f}  {label}")
        spans = self.spans + [(s, e, f"user: {name}") for s, e, name in actions]
        for gap, end in sorted(gaps, reverse=True)[:12]:
            if gap <= target_ms:
                break
            start = end - gap / 1000
            inside = [(s, e, label) for s, e, label in spans if e >= start and s <= end]
            ran = sum(min(e, end) - max(s, start) for s, e, _ in inside) * 1000
            print(f"stall {gap:.1f} ms: Python callbacks inside {ran:.1f} ms")
            for s, e, label in sorted(inside)[:8]:
                print(f"    {(e - s) * 1000:6.1f} ms  {label}")
            near = [m for t, m in marks if start - 0.05 <= t <= end]
            if near:
                print(f"    near: {', '.join(near)}")


def _name(func: Any) -> str:
    if func is None:
        return "-"
    inner = getattr(func, "__closure__", None)
    qualname = getattr(func, "__qualname__", repr(func))
    if inner and "<locals>" in qualname:  # LatestOnly's wrapper: name what it calls
        for cell in inner:
            value = cell.cell_contents
            if callable(value) and getattr(value, "__qualname__", "") != qualname:
                return f"{qualname.split('.<locals>')[0]} → {_name(value)}"
    return qualname
