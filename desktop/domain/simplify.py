"""Traditional Chinese to simplified, for matching, folding and sorting.

Its own small module so that what folds a name for the watchlist filter at start-up does
not import the name rules (``names``) and their many regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CACHE = 1 << 16


_converter = None
_t2s_table: dict[int, str] | None = None  # character -> simplified character
_t2s_phrases: re.Pattern[str] | None = None  # any phrase key of the phrase table


def _load_converter() -> None:
    """Create the OpenCC converter once, and read its tables for a fast path.

    OpenCC ``t2s`` replaces the longest phrase key it finds, then single characters
    (first candidate).  Text containing no phrase key therefore converts character by
    character, which ``str.translate`` does in C; only text with a phrase key (乾隆,
    反覆, ...) goes through OpenCC itself.  If the package's tables look different than
    expected, all text goes through OpenCC.
    """
    global _converter, _t2s_table, _t2s_phrases
    from opencc import OpenCC

    converter = OpenCC("t2s")
    table: dict[int, str] = {}
    phrases: list[str] = []
    try:
        for entry in converter.dict_cache.values():
            for key, value in entry[2].items():
                if len(key) == 1:
                    table[ord(key)] = value.split(" ")[0]
                else:
                    phrases.append(key)
    except (AttributeError, IndexError, TypeError, ValueError):
        table = {}
    if table:
        _t2s_table = table
        ordered = sorted(phrases, key=len, reverse=True)
        _t2s_phrases = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    _converter = converter


@lru_cache(maxsize=_CACHE)
def to_simplified(text: str) -> str:
    """Traditional Chinese characters to simplified; other text is returned as is."""
    if text.isascii():
        return text
    if _converter is None:
        _load_converter()
    table = _t2s_table
    if table is None or (_t2s_phrases is not None and _t2s_phrases.search(text)):
        return _converter.convert(text)  # type: ignore[union-attr]
    return text.translate(table)
