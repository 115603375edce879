"""``ipo-watch`` and ``python -m desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.app import main as app_main

    return app_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
