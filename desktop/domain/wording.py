"""Words for counts, the same everywhere: "1 source", "3 sources", "1 earlier filing"."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """The count with the word in the right number (``many``: an irregular plural)."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {many if many is not None else word + 's'}"
