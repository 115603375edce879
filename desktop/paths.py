"""Where things live: the data directory and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_ID, environment


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``IPO_WATCH_HOME``, else the platform's app-data folder."""
    chosen = explicit or environment.home()
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path.resolve()


def resources_dir() -> Path:
    """``resources/`` next to the package, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
