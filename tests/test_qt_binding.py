"""The Qt binding must not leak references on signal emission.

PySide6 6.12.0 returned ``True`` from ``SignalInstance.emit()`` without a reference of
its own: every emit took one from ``True`` until the interpreter aborted
("bool_dealloc") — fatal for an app that runs in the tray all year.  That release is
excluded in pyproject.toml; this test fails if a binding with the bug comes back.
"""

from __future__ import annotations

import subprocess
import sys


def test_emitting_signals_keeps_reference_counts() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class A(QObject):\n"
        "    s = Signal(int)\n"
        "a = A()\n"
        "before = sys.getrefcount(True)\n"
        "for i in range(5000):\n"
        "    a.s.emit(i)\n"
        "print(sys.getrefcount(True) - before)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-500:]
    assert abs(int(run.stdout.strip())) < 10
