"""The command line: how the desktop is started reads the same without the parser."""

from __future__ import annotations

import pytest

from desktop import cli


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--minimized"],
        ["--data-dir", "/tmp/d", "--exit-after-first-paint"],
        ["--data-dir=/tmp/d", "--database", "postgresql://a@h/db", "--smoke"],
        ["--database=sqlite", "--minimized", "--data-dir", "x y"],
    ],
)
def test_desktop_starts_read_as_the_parser_reads_them(argv: list[str], monkeypatch) -> None:
    quick = cli._desktop_start(argv)
    assert quick is not None
    monkeypatch.setattr(cli, "_desktop_start", lambda _argv: None)
    assert vars(quick) == vars(cli.parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["poll", "--once"],
        ["--data-dir", "D", "poll-worker", "hkex_app", "--outcome", "f"],
        ["--data", "D"],  # an abbreviation: the parser's
        ["--data-dir"],
        ["--data-dir", "--minimized"],
        ["--help"],
        ["document", "a.pdf"],
    ],
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert cli._desktop_start(argv) is None


def test_a_command_still_parses() -> None:
    args = cli.parse_args(["--data-dir", "D", "poll-worker", "hkex_app", "--outcome", "f"])
    assert (args.command, args.data_dir, args.source, args.outcome) == (
        "poll-worker",
        "D",
        "hkex_app",
        "f",
    )
