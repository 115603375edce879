"""Which watched company a piece of free text (a news headline) is about."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.matching import Match
from desktop.domain.names import cjk_count, to_simplified
from desktop.domain.phrases import BY_TEXT

_MIN_LATIN = 4
_MIN_CJK = 2


@dataclass(frozen=True, slots=True)
class _Alias:
    company_id: int
    text: str
    pattern: re.Pattern[str] | None  # word-bounded for Latin names; None = substring (CJK)


class TextMatcher:
    """Finds distinctive names in text: Latin names on word boundaries (≥ 4 letters),
    Chinese names as substrings (≥ 2 characters).  The longest name found wins; two
    companies found with names of equal length is ambiguous and matches nothing."""

    def __init__(self, companies: Iterable[tuple[int, Iterable[str]]]) -> None:
        self._aliases: list[_Alias] = []
        for company_id, names in companies:
            for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
                if cjk_count(name) >= _MIN_CJK:
                    self._aliases.append(_Alias(company_id, to_simplified(name), None))
                elif sum(ch.isalpha() for ch in name) >= _MIN_LATIN:
                    pattern = re.compile(r"(?<![\w-])" + re.escape(name.casefold()) + r"(?![\w-])")
                    self._aliases.append(_Alias(company_id, name, pattern))
        self._aliases.sort(key=lambda a: len(a.text), reverse=True)

    def match(self, text: str, prefer: int | None = None) -> Match | None:
        if not text:
            return None
        folded = text.casefold()
        simplified = to_simplified(text) if cjk_count(text) else ""
        best: dict[int, str] = {}
        best_len = 0
        for alias in self._aliases:
            if len(alias.text) < best_len:
                break
            hit = (
                alias.pattern.search(folded) is not None
                if alias.pattern is not None
                else bool(simplified) and alias.text in simplified
            )
            if hit:
                best_len = len(alias.text)
                best.setdefault(alias.company_id, alias.text)
        if not best:
            return None
        if prefer in best:
            return Match(prefer, BY_TEXT.compose(name=best[prefer]))  # type: ignore[index]
        if len(best) > 1:
            return None
        company_id, found = next(iter(best.items()))
        return Match(company_id, BY_TEXT.compose(name=found))
