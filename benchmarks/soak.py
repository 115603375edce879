"""Soak: does the window's process grow while it polls, round after round?

    python -m benchmarks.soak [--rounds 8] [--records 4000]

The app stays in the tray all year and polls every source many times a day.  This runs
the app's MainWindow (watchlist and Pipeline tab open, alerts recorded, the app's
collector and interpreter settings) over 1,000 companies and 100,000 events, with a Poller over the
same loopback mirror as ``benchmarks.responsiveness``, and polls every source
``--rounds`` times in a row.  After each round (every source finished, the views
reloaded) it prints the resident memory and the number of objects the garbage collector
tracks.  Each round the large HKEX application file pair changes (``--records``
records; two versions naming other applicants, in turn), so every round downloads,
parses and matches it again; the other documents are answered "not modified", as the
real sites answer between their updates.  The first two rounds store what the two
versions bring (the pipeline grows by their applicants); after that nothing is new, and
whatever still grows is kept by mistake.  The figure is the growth from the end of the
second round to the end of the last.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_MIB = 10.0
TIMEOUT_S = 120.0


def resident_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the peak, at worst


def run(rounds: int, records: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.bigdata import build
    from benchmarks.responsiveness import start_mirror

    tmp = Path(tempfile.mkdtemp(prefix="ipo-soak-"))
    data_dir = build(tmp / "big", companies=1000, events=100_000)
    mirror, url = start_mirror(records, rounds)
    os.environ["IPO_WATCH_MIRROR"] = url

    from benchmarks.app_window import open_window
    from desktop.services import poller as poller_module
    from desktop.services.alert_service import AlertService
    from desktop.services.notifier import RecordingNotifier
    from desktop.services.poller import Poller
    from desktop.sources import registry

    _app, ctx, window, spin = open_window(data_dir)
    window.tabs.setCurrentIndex(1)  # the Pipeline tab too: it re-reads after each poll
    while window.pipeline_view is None or not window.pipeline_view.model.total():
        spin(0.1)

    poller_module.START_STAGGER_S = 0
    poller = Poller(ctx.db, parent=window)
    window.attach_poller(poller)
    alerts = AlertService(ctx.db, RecordingNotifier(), parent=window)  # as after_first_paint
    window.attach_alerts(alerts)
    poller.source_finished.connect(alerts.on_source_finished)
    finished = [0]
    poller.source_finished.connect(lambda _outcome: finished.__setitem__(0, finished[0] + 1))
    sources = len(registry.SOURCE_IDS)
    figures: list[tuple[float, int, float]] = []  # (MiB, tracked objects, seconds)
    poller.start()
    for number in range(rounds):
        started = time.perf_counter()
        if number:
            while not poller.poll_now(None):  # until the previous round's jobs are off
                spin(0.1)
        deadline = started + TIMEOUT_S
        while (finished[0] < sources * (number + 1) or poller.running()) and (
            time.perf_counter() < deadline
        ):
            spin(0.1)
        spin(1.5)  # the views reload after the last source
        gc.collect()
        figures.append((resident_mib(), len(gc.get_objects()), time.perf_counter() - started))
    poller.stop()
    assert mirror.stdin is not None
    mirror.stdin.close()
    mirror.wait(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)
    return {"figures": figures, "rounds": rounds}


def main(argv: list[str] | None = None) -> int:
    from benchmarks.app_window import report

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--records", type=int, default=4000)
    args = parser.parse_args(argv)
    result = run(max(args.rounds, 3), args.records)
    figures = result["figures"]
    for number, (mib, objects, seconds) in enumerate(figures, start=1):
        print(f"round {number}: {seconds:.1f} s, resident {mib:.1f} MiB, {objects:,} objects")
    first, last = figures[1], figures[-1]
    report(
        f"soak: resident memory grew {last[0] - first[0]:.1f} MiB and tracked objects by "
        f"{last[1] - first[1]:,} over {len(figures) - 2} more polls of every source "
        f"(target <= {TARGET_MIB:g} MiB)"
    )
    return 0


if __name__ == "__main__":
    main()
