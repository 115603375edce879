"""End to end on a real X server with a real tray host: a poll over the mirror finds a new
filing, the tray count rises, a notification is shown, and clicking it opens the company
page at that event."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]
HERE = Path(__file__).resolve().parent


def _free_display() -> int:
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def display():
    missing = [tool for tool in ("Xvfb", "trayer", "import") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"needs {', '.join(missing)} (make test installs them: scripts/system-deps.sh)")
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": f":{number}"}
    deadline = time.monotonic() + 120  # only reached when Xvfb cannot start
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert xvfb.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield env  # the app waits until the tray host owns the tray
    tray.terminate()
    xvfb.terminate()
    tray.wait(5)
    xvfb.wait(5)


def test_new_filing_reaches_the_tray_and_opens_its_event(display, tmp_path: Path) -> None:
    env = {**display, "QT_QPA_PLATFORM": "xcb", "IPO_WATCH_HOME": str(tmp_path / "data")}
    shots = Path(os.environ.get("IPO_WATCH_SHOTS", tmp_path / "shots"))
    run = subprocess.run(
        [sys.executable, str(HERE / "tray_app.py"), str(tmp_path / "data"), str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["tray_available"] is True
    assert result["first_round"] is True
    assert result["shown_after_first_run"] == 0 and result["unread_after_first_run"] == 0
    assert result["notified"] is True
    assert result["unread"] == 1
    assert "1 unread alert" in result["tooltip"]
    assert result["notification"] == "StepFun: Application Proof"
    assert result["opened_event"] is True
    assert result["company_page"] == "StepFun"
    for name in ("notification.png", "tray-menu.png", "company-at-event.png", "inbox.png"):
        assert (shots / name).stat().st_size > 10_000, name
