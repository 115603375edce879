"""Start at login, minimised to the tray: Windows Run key, macOS LaunchAgent, XDG autostart.

Off by default; switched in Preferences.  ``home`` and ``platform`` are parameters so
the file-based variants are testable without touching the real login items.
"""

from __future__ import annotations

import plistlib
import shlex
import sys
from pathlib import Path

from desktop import APP_ID, APP_NAME, BUNDLE_ID

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path | None = None) -> list[str]:
    if getattr(sys, "frozen", False):
        command = [sys.executable, "--minimized"]
    else:
        command = [sys.executable, "-m", "desktop", "--minimized"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _xdg_file(home: Path) -> Path:
    return home / ".config" / "autostart" / f"{APP_ID}.desktop"


def _agent_file(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"


def is_enabled(home: Path | None = None, platform: str = sys.platform) -> bool:
    home = home or Path.home()
    if platform.startswith("win"):
        from PySide6.QtCore import QSettings

        return QSettings(RUN_KEY, QSettings.Format.NativeFormat).contains(APP_NAME)
    if platform == "darwin":
        return _agent_file(home).exists()
    return _xdg_file(home).exists()


def set_enabled(
    enabled: bool, command: list[str], home: Path | None = None, platform: str = sys.platform
) -> None:
    home = home or Path.home()
    if platform.startswith("win"):
        from PySide6.QtCore import QSettings

        settings = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        if enabled:
            settings.setValue(APP_NAME, " ".join(f'"{part}"' for part in command))
        else:
            settings.remove(APP_NAME)
        settings.sync()
        return
    target = _agent_file(home) if platform == "darwin" else _xdg_file(home)
    if not enabled:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        plist = {
            "Label": BUNDLE_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        target.write_bytes(plistlib.dumps(plist))
    else:
        target.write_text(
            "[Desktop Entry]\nType=Application\n"
            f"Name={APP_NAME}\nExec={shlex.join(command)}\n"
            "X-GNOME-Autostart-enabled=true\nTerminal=false\n",
            encoding="utf-8",
        )
