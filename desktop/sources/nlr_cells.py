"""Cell values of the New Listing Report: codes, numbers, dates, sponsors, listing method.

Pure functions on the values openpyxl returns (text, numbers, datetimes); see
``hkex_new_listings`` for the layout they come from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.phrases import LISTING_METHODS
from desktop.sources.hkex_common import clean_text, hk_code, json_safe, sane

MAX_CELL = 2_000

DITTO = {'"', "''", "“", "”", "〃", "″", "＂", "``", '""', "ditto", "do."}

_SPACE_RE = re.compile(r"\s+")
_SPLIT_SPONSORS_RE = re.compile(r"\s*[/;；／]\s*")
_NO_SPONSOR = {"n/a", "na", "nil", "none", "-", "--", "—"}
_NUMBER_RE = re.compile(
    r"^\s*(?:HK\$|HKD|\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:\*+|\(\s*\w{1,3}\s*\)|note\s*\d+)?\s*$",
    re.IGNORECASE,
)
_CODES_RE = re.compile(r"(?<!\d)\d{1,5}(?!\d)")
_DATE_FORMATS = (
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d/%m/%y",
    "%Y年%m月%d日",
)
_EXCEL_EPOCH = datetime(1899, 12, 30)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_ditto(value: Any) -> bool:
    return isinstance(value, str) and value.strip().casefold() in DITTO


def _text(value: Any, limit: int = MAX_CELL) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return clean_text(value, limit)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return _text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float):
        return value
    return json_safe(_text(value, 500))


def _codes_in(value: Any) -> list[str]:
    """Stock codes in a code cell (a number, or text such as "2513" or "2513\\n82513")."""
    if _is_blank(value) or _is_ditto(value) or isinstance(value, datetime | date):
        return []
    if isinstance(value, str):
        value = value.strip().lstrip("'")
    single = hk_code(value)
    if single:
        return [single]
    if not isinstance(value, str) or len(value) > 100:
        return []
    text = value.strip()
    # Text with letters other than currency/counter marks is a note, not a code.
    if re.search(r"[A-Za-z]{4,}", text):
        return []
    found = []
    for match in _CODES_RE.findall(text):
        code = hk_code(match)
        if code and code not in found:
            found.append(code)
    return found


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) and number >= 0 else None
    if not isinstance(value, str) or len(value) > 100:
        return None
    match = _NUMBER_RE.match(value.strip().lstrip("'"))
    if not match:
        return None
    number = float(match.group(1).replace(",", "") + (match.group(2) or ""))
    return number if math.isfinite(number) else None


def _to_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return sane(value.date())
    if isinstance(value, date):
        return sane(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or not 32_874 <= value <= 73_051:  # 1990 .. 2100
            return None
        return sane((_EXCEL_EPOCH + timedelta(days=int(value))).date())
    if not isinstance(value, str) or len(value) > 60:
        return None
    text = _SPACE_RE.sub(" ", value).strip()
    text = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?$", "", text)
    for fmt in _DATE_FORMATS:
        try:
            return sane(datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    return None


def _sponsors(value: Any) -> list[str]:
    """Sponsors in one cell: names separated by ``/`` (or ``;``), each perhaps wrapped
    over lines; ``N/A`` and ditto marks are no sponsor."""
    if not isinstance(value, str):
        text = _text(value, 500)
        return [text] if text else []
    joined = " ".join(value[:MAX_CELL].split())
    if joined.casefold() in _NO_SPONSOR or _is_ditto(joined):
        return []
    names = []
    for part in _SPLIT_SPONSORS_RE.split(joined):
        name = clean_text(part, 300)
        if name.casefold() in ("n", "a"):  # the halves of a split "N/A"
            continue
        usable = name and not _is_ditto(name) and name.casefold() not in _NO_SPONSOR
        if usable and name not in names:
            names.append(name)
    return names[:30]


METHOD_WORDS = LISTING_METHODS


def listing_method(funds_texts: Iterable[str | None]) -> str:
    """How a listing came about, from its funds cells: ``N/A - By Introduction`` and the
    like name a listing without an offer; numbers (or nothing said) are an IPO."""
    for text in funds_texts:
        folded = " ".join((text or "").casefold().split())
        if not folded.startswith(("n/a", "na -", "nil")):
            continue
        if "transfer" in folded or "gem to main board" in folded:
            return "transfer"
        if "spac" in folded:
            return "de_spac"
        if "introduction" in folded:
            return "introduction"
        if folded not in ("n/a", "nil"):
            return "other"
    return "ipo"


def _method_text(parts: list[dict[str, Any]]) -> str | None:
    for part in parts:
        text = part.get("funds_raised_text")
        if isinstance(text, str) and text.casefold().startswith("n/a -"):
            return text
    return None


def _funds_scale(header: str) -> float:
    if "billion" in header or "bn" in header.split():
        return 1e9
    if "million" in header or "(hk$m)" in header.replace(" ", "") or "'000,000" in header:
        return 1e6
    if "'000" in header or "thousand" in header:
        return 1e3
    return 1.0


def _money(amount: float) -> str:
    if amount >= 1e9:
        return f"{amount / 1e9:,.2f}bn"
    if amount >= 1e6:
        return f"{amount / 1e6:,.1f}m"
    return f"{amount:,.0f}"
