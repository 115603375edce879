"""One switch for Python's cyclic garbage collector, shared by polls and the GUI.

Polls pause automatic collection while they run (their objects form no cycles, and a
full scan holds the GIL long enough to freeze the window); the GUI-thread collector
(``gui_gc``) does not collect while any poll holds the pause.  No Qt here: the headless
``poll --once`` uses it too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_resume = False


@contextmanager
def paused() -> Iterator[None]:
    global _holds, _resume
    with _lock:
        if _holds == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            if _holds == 0 and _resume:
                gc.enable()


def is_paused() -> bool:
    return _holds > 0
