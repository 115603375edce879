"""The command line (DESIGN.md §3)."""

from __future__ import annotations

import argparse

from desktop import APP_NAME, __version__

# How the desktop is started (a launcher, login, the start-up benchmark): read without
# building the parser, which costs more than the first paint's own read of the watchlist.
# Anything else (a command, --help, an abbreviation, a mistake) goes to the parser.
_FLAGS = {
    "--exit-after-first-paint": "exit_after_first_paint",
    "--minimized": "minimized",
    "--smoke": "smoke",
}
_VALUES = {"--data-dir": "data_dir", "--database": "database"}


def _desktop_start(argv: list[str]) -> argparse.Namespace | None:
    found: dict[str, object] = {name: False for name in _FLAGS.values()}
    found.update(dict.fromkeys(_VALUES.values()), command=None)
    words = iter(argv)
    for word in words:
        option, equals, value = word.partition("=")
        if word in _FLAGS:
            found[_FLAGS[word]] = True
        elif option in _VALUES:
            if not equals:
                value = next(words, "")
            if not value or value.startswith("-"):
                return None
            found[_VALUES[option]] = value
        else:
            return None
    return argparse.Namespace(**found)


def parse_args(argv: list[str]) -> argparse.Namespace:
    quick = _desktop_start(argv)
    if quick is not None:
        return quick
    parser = argparse.ArgumentParser(
        prog="ipo-watch",
        description=f"{APP_NAME}: follow Chinese tech companies on their way to a Hong Kong listing.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, settings and logs in DIR (default: $IPO_WATCH_HOME or the "
        "platform's app-data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="where the data lives: postgresql://USER@HOST:PORT/DB for a team database "
        "(password from PGPASSWORD, .pgpass or the system keyring), or sqlite for the file "
        "in the data folder (default: $IPO_WATCH_DATABASE_URL, else the choice made in "
        "Preferences, else that file)",
    )
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="quit as soon as the main window has painted the watchlist (for start-up timing)",
    )
    parser.add_argument("--minimized", action="store_true", help="start hidden in the system tray")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test: temporary database, a bundled sample through its parser, the main "
        "window offscreen; exit 0 when all works",
    )
    sub = parser.add_subparsers(dest="command")
    poll = sub.add_parser("poll", help="poll the sources headless and print what is new")
    poll.add_argument("--once", action="store_true", help="poll every enabled source once")
    poll.add_argument("--json", action="store_true", help="one JSON object per line")
    poll.add_argument("--all", action="store_true", help="print new events of every company seen")
    poll.add_argument("--data-dir", metavar="DIR", dest="poll_data_dir", help=argparse.SUPPRESS)
    poll.add_argument("--database", metavar="URL", dest="poll_database", help=argparse.SUPPRESS)
    document = sub.add_parser(  # run by desktop.document_cli (imported only then)
        "document", help="read one HKEX offer document (PDF) and print its facts"
    )
    document.add_argument("file", metavar="FILE")
    document.add_argument("--json", action="store_true", help="one JSON object (DESIGN.md §3)")
    worker = sub.add_parser("poll-worker", help=argparse.SUPPRESS)
    worker.add_argument("source")
    worker.add_argument("--outcome", required=True)
    worker.add_argument("--lifeline", action="store_true")  # end when stdin closes
    worker.add_argument("--scheduled", action="store_true")  # not asked for by a person
    args = parser.parse_args(argv)
    if getattr(args, "poll_data_dir", None):
        args.data_dir = args.poll_data_dir
    if getattr(args, "poll_database", None):
        args.database = args.poll_database
    return args
