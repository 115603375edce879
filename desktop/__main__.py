"""``ipo-watch`` and ``python -m desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import gc

    # Start-up allocates much and frees little: collecting while the modules load is work
    # for nothing.  The window's collector (``GuiThreadCollector``) takes over from here;
    # the other commands turn the collector back on (``app.main``).
    gc.disable()
    from desktop.app import main as app_main

    return app_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
