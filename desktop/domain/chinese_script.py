"""Names and titles shown in the script of the interface language.

A Hong Kong reader sees 智譜 where a mainland filing wrote 智谱, a mainland reader sees
东山精密 where HKEXnews printed 東山精密. Only the display changes: what was published is
kept as it is (and stays one click away in the interface). OpenCC does the conversion,
Hong Kong variants both ways (`s2hk`, `hk2s`); its dictionaries load on first use, so
start-up never pays for them.

The language codes are those of `desktop.services.language`: "en", "zh_HK", "zh_CN".
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Protocol

ENGLISH, TRADITIONAL, SIMPLIFIED = "en", "zh_HK", "zh_CN"

_TO_TRADITIONAL = "s2hk"
"""Simplified to Traditional with Hong Kong's standard forms (裏, 着…)."""
_TO_SIMPLIFIED = "hk2s"
"""Hong Kong (and standard) Traditional to Simplified."""
_CACHE = 8192


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_converters: dict[str, _Converter] = {}
_lock = threading.Lock()


def _converter(config: str) -> _Converter:
    found = _converters.get(config)
    if found is None:
        with _lock:
            found = _converters.get(config)
            if found is None:
                from opencc import OpenCC  # its dictionaries load here, not at import

                found = OpenCC(config)
                _converters[config] = found
    return found


def _has_cjk(text: str) -> bool:
    return not text.isascii() and any("\u2e80" <= ch <= "\U0003134f" for ch in text)


@lru_cache(maxsize=_CACHE)
def to_traditional(text: str) -> str:
    """Simplified characters to Traditional (Hong Kong forms); other text as it is."""
    if not text or not _has_cjk(text):
        return text
    return _converter(_TO_TRADITIONAL).convert(text)


@lru_cache(maxsize=_CACHE)
def to_simplified(text: str) -> str:
    """Traditional characters (also Hong Kong forms) to Simplified; other text as it is."""
    if not text or not _has_cjk(text):
        return text
    return _converter(_TO_SIMPLIFIED).convert(text)


def in_script(text: str, language: str) -> str:
    """`text` as a reader of `language` expects it: Traditional for "zh_HK", Simplified
    for "zh_CN", untouched for English (and any other code)."""
    if language == TRADITIONAL:
        return to_traditional(text)
    if language == SIMPLIFIED:
        return to_simplified(text)
    return text


def differs(text: str, language: str) -> bool:
    """Whether `in_script` shows something other than the original (then the interface
    offers the original too)."""
    return in_script(text, language) != text
