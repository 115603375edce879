"""One folding for everything the user searches, sorts or checks for duplicates.

``fold(text)`` makes two spellings of the same name equal: full-width letters, digits and
brackets become their ordinary forms (NFKC), traditional characters become simplified
(OpenCC ``t2s``, through :func:`desktop.domain.simplify.to_simplified`), case is folded and
runs of spaces become one.  So ``智譜``, ``智谱`` and ``ＺＨＩＰＵ`` / ``zhipu`` find each other
in every filter, sort together and count as the same company in the duplicate checks.

  >>> fold("智譜 ＡＩ") == fold("智谱 ai")
  True
  >>> fold("東山精密（深圳）")
  '东山精密(深圳)'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop.domain.simplify import to_simplified

__all__ = ["fold", "fold_contains"]


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """The comparable form of ``text`` (see the module docstring); ``""`` for None/empty."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.casefold().split())
    folded = to_simplified(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


def fold_contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` once both are folded (empty: always)."""
    key = fold(needle)
    return not key or key in fold(haystack)
