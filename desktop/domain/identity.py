"""What a matched record tells us about a company's identity: its official names and code.

The exchange writes official names with the listing markers after the legal suffix
(``Shanghai Biren Technology Co., Ltd.- H shares``); the name learned keeps the exchange's
words but drops those markers and stray line breaks, so it reads as the company's name.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.names import cjk_count, latin_letter_count

__all__ = ["FIELD_LABELS", "HK_CODE", "NAME_EN", "NAME_ZH", "name_field", "official_name"]

NAME_EN = "name_en"
NAME_ZH = "name_zh"
HK_CODE = "hk_code"
FIELD_LABELS = {
    NAME_EN: QT_TRANSLATE_NOOP("CompanyIdentity", "Official English name"),
    NAME_ZH: QT_TRANSLATE_NOOP("CompanyIdentity", "Official Chinese name"),
    HK_CODE: QT_TRANSLATE_NOOP("CompanyIdentity", "HK stock code"),
}
"""What each learned fact is (translated with context "CompanyIdentity" where shown)."""

_MARKERS_RE = re.compile(
    r"(?:\s*[-－]\s*(?:[BWSPVRUbwspvru]{1,3}|[Hh]\s*[Ss]hares?|[Hh]\s*股))+\s*$"
)


def official_name(raw: str) -> str:
    """The name as the exchange writes it, without listing markers or broken lines.

    >>> official_name("Shanghai Biren Technology Co., Ltd.- H shares")
    'Shanghai Biren Technology Co., Ltd.'
    >>> official_name("MiniMax Group Inc. - W - P")
    'MiniMax Group Inc.'
    >>> official_name("上海壁仞科技股份\\n有限公司 - H股")
    '上海壁仞科技股份有限公司'
    """
    text = " ".join(unicodedata.normalize("NFC", raw or "").split())
    text = _MARKERS_RE.sub("", text).strip()
    if cjk_count(text) and not latin_letter_count(text):
        text = text.replace(" ", "")
    return text


def name_field(name: str) -> str | None:
    """``name_zh`` for a Chinese name, ``name_en`` for a Latin one, None for neither."""
    if cjk_count(name) >= 2:
        return NAME_ZH
    if latin_letter_count(name) >= 2:
        return NAME_EN
    return None
