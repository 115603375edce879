"""Interpreter settings for the GUI process: the GUI thread gets the GIL quickly.

Loaders run Python on worker threads (reading the pipeline, preparing table cells,
decoding a poll's outcome).  Every Python slot on the GUI thread (a key press, a timer)
must take the GIL from them, and a thread that asks for it waits for the holder's switch
interval: 5 ms by default, and an event loop iteration may ask several times.  With a
1 ms interval the window answers within a millisecond or two of input while workers
run; the workers lose a little throughput to the extra switches, which they can spare.
Poll children (``poll-worker``) keep the default: they have no window.
"""

from __future__ import annotations

import sys

GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
