"""Polls run in a child process: the window never shares the GIL with parsing.

The scheduler's worker thread starts ``ipo-watch --data-dir D poll-worker SOURCE
--outcome FILE --lifeline`` and waits; the child polls one source into the same SQLite
database (WAL) and writes its ``SourceOutcome`` as JSON lines to FILE (a file, not stdout: a
windowed Windows build has no console).  A child that is killed leaves the database as it
was before its transaction (see ``store.ingest``), so stopping the app can simply end it.

The child's stdin is a pipe the app never writes to: when the app ends in any way (even
``kill -9``), the pipe closes and the child ends at once too, so no poll outlives its app
(on a team database it would keep the source's lock, and poll for nobody).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.services.polling import NewEvent, SourceOutcome

CHILD_TIMEOUT_S = 15 * 60


def outcome_to_json(outcome: SourceOutcome) -> str:
    """The outcome as JSON lines: its fields first, then one line per new event.  A large
    poll's outcome (tens of thousands of events) is read line by line in the app: one
    ``json.loads`` of it all would hold the GIL, and so stall the window, for a tenth of
    a second and more."""
    data = asdict(outcome)
    events = data.pop("new_events")
    dump = json.JSONEncoder(default=_plain, ensure_ascii=False).encode
    return "\n".join([dump(data), *(dump(e) for e in events)]) + "\n"


def outcome_from_json(text: str | Iterable[str]) -> SourceOutcome:
    """The outcome ``outcome_to_json`` wrote, from its text or its lines (a file)."""
    lines = iter(text.splitlines() if isinstance(text, str) else text)
    data = json.loads(next(lines))
    events = [
        NewEvent(**{**e, "published": _day(e.get("published"))})
        for e in map(json.loads, filter(str.strip, lines))
    ]
    data.pop("new_events", None)
    previous = data.pop("previous_success")
    return SourceOutcome(
        **data,
        new_events=events,
        previous_success=datetime.fromisoformat(previous) if previous else None,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


CHILD_NICENESS = 10


def _lower_priority(pid: int) -> None:
    """Background work: the window first.  Done by the parent the moment the child
    exists, so that the child's start-up (the interpreter and its imports) already runs
    at the lower priority.  (Windows: the creation flag does it.)"""
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, CHILD_NICENESS)


def child_command(
    data_dir: Path, source_id: str, outcome_file: Path, *, scheduled: bool = False
) -> list[str]:
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    return [
        *base,
        "--data-dir",
        str(data_dir),
        "poll-worker",
        source_id,
        "--outcome",
        str(outcome_file),
        "--lifeline",
        *(["--scheduled"] if scheduled else []),
    ]


class ChildPolls:
    """Runs polls in children and ends them all on ``terminate``."""

    def __init__(self) -> None:
        self._children: set[subprocess.Popen[bytes]] = set()
        self._lock = threading.Lock()
        self._closed = False

    def run(self, data_dir: Path, source_id: str, *, scheduled: bool = False) -> SourceOutcome:
        handle, name = tempfile.mkstemp(prefix=f"ipo-watch-{source_id}-", suffix=".json")
        os.close(handle)
        outcome_file = Path(name)
        try:
            # Below normal priority from its first instruction: the child's start-up
            # (the interpreter and its imports) must not compete with the window either.
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
                subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0
            )
            with self._lock:
                if self._closed:
                    return SourceOutcome(source_id, ok=False, error="the app is closing")
                child = subprocess.Popen(
                    child_command(data_dir, source_id, outcome_file, scheduled=scheduled),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    creationflags=flags,
                )
                _lower_priority(child.pid)
                self._children.add(child)
            # The lifeline: kept open (communicate would close it) until the child is done.
            lifeline, child.stdin = child.stdin, None
            try:
                _, stderr = child.communicate(timeout=CHILD_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                _, stderr = child.communicate()
                return SourceOutcome(
                    source_id,
                    ok=False,
                    error=f"the poll took longer than {CHILD_TIMEOUT_S // 60} min",
                )
            finally:
                with self._lock:
                    self._children.discard(child)
                if lifeline is not None:
                    with contextlib.suppress(OSError):
                        lifeline.close()
            if child.returncode == 0 and outcome_file.exists() and outcome_file.stat().st_size:
                with outcome_file.open(encoding="utf-8") as lines:
                    return outcome_from_json(lines)
            tail = (stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
            reason = tail[0] if tail else f"exit code {child.returncode}"
            return SourceOutcome(source_id, ok=False, error=f"the poll process failed: {reason}")
        finally:
            outcome_file.unlink(missing_ok=True)

    def terminate(self) -> None:
        with self._lock:
            self._closed = True
            children = list(self._children)
        for child in children:
            child.kill()

    def reopen(self) -> None:
        with self._lock:
            self._closed = False


LIFELINE_EXIT = 3  # the app that started the child has gone


def watch_lifeline(
    fd: int | None = None, outcome_file: Path | None = None
) -> threading.Thread | None:
    """(child) End this process at once when the file ``fd`` (stdin) reaches its end: the
    app that holds the other end has gone (the outcome file it would have read goes
    too).  An unfinished transaction dies with it.  Without a stdin to watch, nothing is
    watched.  (``os.read`` on the descriptor, not ``sys.stdin``: a thread blocked in a
    buffered read would stop the interpreter from shutting down.)"""
    if fd is None:
        try:
            fd = sys.stdin.fileno() if sys.stdin is not None else None
        except (OSError, ValueError):
            fd = None
    if fd is None:
        return None
    watched = fd

    def wait() -> None:
        try:
            while os.read(watched, 1024):
                pass
        except BrokenPipeError:
            pass  # the end of the pipe, as some systems say it
        except OSError:
            return  # not a pipe that can be watched: poll on
        if outcome_file is not None:
            with contextlib.suppress(OSError):
                outcome_file.unlink()
        os._exit(LIFELINE_EXIT)

    thread = threading.Thread(target=wait, name="lifeline", daemon=True)
    thread.start()
    return thread


def run_child(
    data_dir: str | None,
    source_id: str,
    outcome_file: str,
    *,
    lifeline: bool = False,
    scheduled: bool = False,
) -> int:
    """The child's side: poll one source, write the outcome."""
    from desktop.bootstrap import context_for
    from desktop.services.polling import poll_source

    if lifeline:
        watch_lifeline(outcome_file=Path(outcome_file))
    ctx = context_for(data_dir)
    outcome = poll_source(ctx.db, source_id, scheduled=scheduled)
    Path(outcome_file).write_text(outcome_to_json(outcome), encoding="utf-8")
    ctx.db.dispose()
    return 0
