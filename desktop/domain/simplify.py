"""Traditional Chinese to simplified, for matching, folding and sorting.

Its own small module so that what folds a name for the watchlist filter at start-up does
not import the name rules (``names``) and their many regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

_CACHE = 1 << 16
# OpenCC's ``t2s``: one group of two tables, phrases before single characters.
_PHRASES, _CHARACTERS = "TSPhrases.txt", "TSCharacters.txt"


_converter: Any = None  # OpenCC("t2s"), made for text that holds a phrase key
_t2s_table: dict[int, str] | None = None  # character -> simplified character
_phrase_starts: frozenset[str] = frozenset()  # first characters of the phrase keys
_phrase_keys: tuple[str, ...] = ()
_t2s_phrases: re.Pattern[str] | None = None  # any phrase key (compiled when first needed)
_loaded = False


def _dictionary_dir() -> Path | None:
    """OpenCC's dictionary folder, found without importing the package."""
    from importlib.util import find_spec

    spec = find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def _read_table(path: Path) -> dict[str, str]:
    """``key<TAB>candidates`` lines, as OpenCC reads them: key -> its first candidate."""
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        key, tab, value = line.strip().partition("\t")
        if not tab or not key:
            raise ValueError(f"unexpected line in {path.name}: {line!r}")
        table.setdefault(key, value.split(" ", 1)[0])
    return table


def _load_tables() -> None:
    """Read the ``t2s`` tables once, for a fast path.

    OpenCC ``t2s`` replaces the longest phrase key it finds, then single characters
    (first candidate).  Text containing no phrase key therefore converts character by
    character, which ``str.translate`` does in C; only text with a phrase key (乾隆,
    反覆, ...) goes through OpenCC itself.  The tables are read straight from OpenCC's
    files (its own loader takes several times as long); if they look different than
    expected, all text goes through OpenCC.
    """
    global _t2s_table, _phrase_starts, _phrase_keys, _loaded
    try:
        folder = _dictionary_dir()
        if folder is None:
            raise FileNotFoundError("opencc")
        characters = _read_table(folder / _CHARACTERS)
        phrases = _read_table(folder / _PHRASES)
        if any(len(key) != 1 for key in characters) or any(len(key) < 2 for key in phrases):
            raise ValueError("unexpected t2s tables")
    except (OSError, ValueError):
        _t2s_table = None
    else:
        _t2s_table = {ord(key): value for key, value in characters.items()}
        _phrase_keys = tuple(sorted(phrases, key=len, reverse=True))
        _phrase_starts = frozenset(key[0] for key in _phrase_keys)
    _loaded = True


def _has_phrase(text: str) -> bool:
    global _t2s_phrases
    if _phrase_starts.isdisjoint(text):
        return False
    if _t2s_phrases is None:
        _t2s_phrases = re.compile("|".join(map(re.escape, _phrase_keys)))
    return _t2s_phrases.search(text) is not None


def _opencc(text: str) -> str:
    global _converter
    if _converter is None:
        from opencc import OpenCC

        _converter = OpenCC("t2s")
    return str(_converter.convert(text))


@lru_cache(maxsize=_CACHE)
def to_simplified(text: str) -> str:
    """Traditional Chinese characters to simplified; other text is returned as is."""
    if text.isascii():
        return text
    if not _loaded:
        _load_tables()
    table = _t2s_table
    if table is None or _has_phrase(text):
        return _opencc(text)
    return text.translate(table)
