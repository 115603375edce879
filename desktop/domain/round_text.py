"""The pieces of a sentence about a funding round: amounts with their currency, round
names, dates, investors.  Pure Python, English and Chinese (simplified and traditional).

>>> parse_amount("300m")
300000000.0
>>> find_money("raised US$1.5 billion")[0].amount
1500000000.0
>>> find_money("完成5亿元人民币融资")[0].currency
'CNY'
>>> canonical_currency("RMB")
'CNY'
>>> round_name("closed its Series C+ round")
'Series C+'
>>> round_name("完成B輪融資")
'Series B'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

# -- currencies ----------------------------------------------------------------------------

_CURRENCY_WORDS = {
    "US$": "USD",
    "USD": "USD",
    "US": "USD",
    "$": "USD",
    "美元": "USD",
    "美金": "USD",
    "RMB": "CNY",
    "CNY": "CNY",
    "CN¥": "CNY",
    "¥": "CNY",
    "YUAN": "CNY",
    "人民币": "CNY",
    "人民幣": "CNY",
    "元人民币": "CNY",
    "元人民幣": "CNY",
    "元": "CNY",
    "HK$": "HKD",
    "HKD": "HKD",
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "S$": "SGD",
    "SGD": "SGD",
    "€": "EUR",
    "EUR": "EUR",
    "JPY": "JPY",
    "日元": "JPY",
    "GBP": "GBP",
    "£": "GBP",
}


def canonical_currency(text: str | None) -> str:
    """``RMB``, ``人民币``, ``yuan`` → ``CNY``; ``US$`` → ``USD``; ``HK$`` → ``HKD``; other
    three-letter codes upper-cased; "" when unknown."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    found = _CURRENCY_WORDS.get(value.upper()) or _CURRENCY_WORDS.get(value)
    if found:
        return found
    return value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else ""


# -- amounts -------------------------------------------------------------------------------

_EN_UNITS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}
_ZH_UNITS = {"万": 1e4, "萬": 1e4, "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6}
_ZH_UNITS |= {"亿": 1e8, "億": 1e8, "十亿": 1e9, "十億": 1e9, "百亿": 1e10, "百億": 1e10}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_UNIT = r"thousand|millions?|billions?|mln|bln|mil|mn|bn|k|m|b"
_ZH_UNIT = r"千万|千萬|百万|百萬|十亿|十億|百亿|百億|万|萬|亿|億"
_AMOUNT_RE = re.compile(rf"^\s*({_NUMBER})\s*(?:({_EN_UNIT})\b|({_ZH_UNIT}))?\s*$", re.IGNORECASE)


def parse_amount(text: str) -> float | None:
    """A typed amount: ``300000000``, ``1,500,000``, ``300m``, ``1.5bn``, ``300 million``,
    ``3亿``, ``5000万``; None when it is not one."""
    value = unicodedata.normalize("NFKC", text or "").strip().replace(" ", "")
    value = re.sub(r"(?<=\d)(?=[a-zA-Z])", " ", value)
    match = _AMOUNT_RE.match(value)
    if not match:
        return None
    number = float(match[1].replace(",", ""))
    unit = (match[2] or "").lower()
    factor = _EN_UNITS.get(unit, 1.0) if unit else _ZH_UNITS.get(match[3] or "", 1.0)
    return number * factor


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str  # three-letter code
    start: int  # where it stands in the text
    end: int
    text: str


_PREFIX = (
    r"US\$|HK\$|S\$|CN¥|USD|HKD|RMB|CNY|SGD|EUR|GBP|JPY|人民币|人民幣|美元|港元|港币|港幣|\$|€|£|¥"
)
_SUFFIX_CUR = r"元人民币|元人民幣|美元|美金|港元|港币|港幣|人民币|人民幣|日元|元|yuan|dollars"
_EN_MONEY = re.compile(
    rf"(?P<cur>{_PREFIX})\s?(?P<num>{_NUMBER})\s*(?:(?P<unit>{_EN_UNIT})(?![a-z])|(?P<zunit>{_ZH_UNIT}))?"
    rf"(?:\s*(?P<cur2>元|yuan))?",
    re.IGNORECASE,
)
_SUFFIX_MONEY = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?:(?P<unit>{_EN_UNIT})(?![a-z])|(?P<zunit>{_ZH_UNIT}))?\s*"
    rf"(?P<cur>{_SUFFIX_CUR})",
    re.IGNORECASE,
)


def _money(match: re.Match[str], currency: str) -> Money | None:
    number = float(match["num"].replace(",", ""))
    unit = (match["unit"] or "").lower()
    factor = _EN_UNITS.get(unit, 1.0) if unit else _ZH_UNITS.get(match["zunit"] or "", 1.0)
    code = canonical_currency(currency)
    if not code or number <= 0:
        return None
    return Money(number * factor, code, match.start(), match.end(), match.group(0).strip())


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in the text, in order: ``US$500 million``,
    ``RMB1.2bn``, ``HK$3亿``, ``5亿美元``, ``人民币3亿元``, ``1.5 billion yuan``,
    ``150百萬美元``.  Numbers without a currency (share counts) are not money."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for match in _EN_MONEY.finditer(text):
        currency = match["cur"]
        if currency.upper() in ("RMB", "人民币", "人民幣") or match["cur2"]:
            currency = "CNY"
        money = _money(match, currency)
        if money:
            found.append(money)
            taken.append((money.start, money.end))
    for match in _SUFFIX_MONEY.finditer(text):
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        cur = match["cur"].lower()
        if cur == "dollars":
            continue  # "5 million dollars" says not which dollars
        if cur == "元" and not (match["unit"] or match["zunit"]):
            # "1,000元" may be a price per share; amounts of rounds carry a unit
            continue
        money = _money(match, match["cur"])
        if money:
            found.append(money)
    return sorted(found, key=lambda m: m.start)


# -- round names ---------------------------------------------------------------------------

_LETTER = r"[A-Fa-f](?:\+{1,2}|-?\d)?"
_EN_ROUND = re.compile(
    rf"\b(?:series|round)\s+(?P<pre>pre-?)?(?P<letter>{_LETTER})(?![\w])"
    rf"|\bpre-?(?P<pre2>series\s+)?(?P<letter2>[A-Fa-f]\+?)\s+(?:round|financing|funding)"
    r"|\b(?P<preipo>pre-?ipo)\b"
    r"|\b(?P<angel>angel)\s+(?:round|financing|investment|funding)"
    r"|\b(?P<seed>seed)\s+(?:round|financing|funding)"
    r"|\b(?P<strategic>strategic)\s+(?:round|financing|investment|funding)",
    re.IGNORECASE,
)
_ZH_ROUND = re.compile(
    rf"(?P<preipo>Pre-?IPO)\s*(?:轮|輪|融资|融資|投资|投資)"
    rf"|(?P<pre>Pre-?)?(?P<letter>{_LETTER})\s*(?:轮|輪)"
    r"|(?P<angel>天使)\s*(?:轮|輪|投资|投資)"
    r"|(?P<seed>种子|種子)\s*(?:轮|輪)"
    r"|(?P<strategic>战略|戰略)\s*(?:融资|融資|投资|投資|轮|輪)",
    re.IGNORECASE,
)


def _round_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("preipo"):
        return "Pre-IPO"
    if groups.get("angel"):
        return "Angel"
    if groups.get("seed"):
        return "Seed"
    if groups.get("strategic"):
        return "Strategic"
    letter = (groups.get("letter") or groups.get("letter2") or "").upper()
    pre = groups.get("pre") or groups.get("letter2")
    return f"Series Pre-{letter}" if pre else f"Series {letter}"


def round_names(text: str) -> list[tuple[str, int]]:
    """Every round named in the text with where it starts, in order."""
    text = unicodedata.normalize("NFKC", text)
    found = [(_round_of(m), m.start()) for m in _EN_ROUND.finditer(text)]
    found += [(_round_of(m), m.start()) for m in _ZH_ROUND.finditer(text)]
    return sorted(found, key=lambda f: f[1])


def round_name(text: str) -> str:
    """The first round the text names ("Series B", "Pre-IPO", "Angel"), or ""."""
    found = round_names(text)
    return found[0][0] if found else ""


def round_key(name: str) -> str:
    """What two spellings of one round share: ``Series B`` and ``B轮`` → ``series b``."""
    found = round_name(name) if name else ""
    return (found or unicodedata.normalize("NFKC", name)).casefold().strip()


# -- dates ---------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RES = (
    re.compile(
        rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(rf"\b(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<mnum>\d{1,2})\s*月"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    day: date
    precision: str  # "day" or "month"
    start: int


def find_dates(text: str) -> list[FoundDate]:
    """Dates the text states ("March 15, 2021", "15 March 2021", "2021年3月15日",
    "May 2022", "2022年5月"), in order; a month alone is dated on its first day."""
    found: dict[int, FoundDate] = {}
    covered: list[tuple[int, int]] = []
    for pattern in _DATE_RES:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            groups = match.groupdict()
            month = groups.get("mnum")
            number = int(month) if month else _MONTHS[groups["month"].lower()]
            day = int(groups["day"]) if groups.get("day") else 1
            try:
                value = date(int(groups["year"]), number, day)
            except ValueError:
                continue
            precision = "day" if groups.get("day") else "month"
            found[match.start()] = FoundDate(value, precision, match.start())
            covered.append((match.start(), match.end()))
    return [found[k] for k in sorted(found)]


# -- investors -----------------------------------------------------------------------------

_EN_INVESTORS = re.compile(
    r"(?:\bled\s+by|\bco-led\s+by|\bfrom\s+(?:investors\s+)?(?:including|such\s+as)|"
    r"\bwith\s+participation\s+from|\bamong\s+others,?|\binvestors\s+(?:include|including)|"
    r"\bbacked\s+by|\bparticipation\s+of)\s+(?P<names>[^.;:()]{2,300})",
    re.IGNORECASE,
)
_ZH_INVESTORS = re.compile(
    r"(?:由|投资方包括|投資方包括|投资者包括|投資者包括|投资人包括|投資人包括|包括)"
    r"(?P<names>[^。；;，,]{2,120}?)(?:等)?(?:领投|領投|联合领投|聯合領投|参与|參與|跟投|投资|投資)"
    r"|(?P<names2>[^，。；;,]{2,60}?)(?:等)?(?:领投|領投|跟投|参与|參與)"
    r"|(?:與|与)(?P<names3>[^，。；;,]{2,80}?)(?:等)?(?:訂立|订立|簽訂|签订|簽署|签署)"
)
_SPLIT_RE = re.compile(r",\s*|\s+and\s+|\s*、\s*|\s*及\s*|\s*和\s*|\s*與\s*|\s*与\s*", re.I)
_TRAIL_RE = re.compile(
    r"\s*(?:\b(?:to|in|at|on|for|which|who|that|as|with|among|pursuant|whereby|respectively|valu\w*)\b.*|等.*)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"\d{4}|US\$|RMB|億|亿|万|萬|融资|融資|完成")
_NOT_NAMES = {"others", "other investors", "existing investors", "new investors", "its", "the"}


def find_investors(text: str) -> tuple[str, ...]:
    """Investors named after "led by", "from investors including", "由…领投" and the like."""
    names: dict[str, str] = {}
    for pattern in (_EN_INVESTORS, _ZH_INVESTORS):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            chunk = groups.get("names") or groups.get("names2") or groups.get("names3") or ""
            chunk = _TRAIL_RE.sub("", chunk.strip())
            for part in _SPLIT_RE.split(chunk):
                name = part.strip(" \"'“”‘’").removeprefix("existing investor ").strip()
                name = re.sub(r"^(?:the|its|our|other)\s+", "", name, flags=re.I).strip()
                if (
                    1 < len(name) <= 80
                    and name.casefold() not in _NOT_NAMES
                    and not _NOT_A_NAME.search(name)
                ):
                    names.setdefault(name.casefold(), name)
    return tuple(names.values())[:20]


# -- sentences -----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[。！？；;])|(?<=[.!?])\s+(?=[A-Z\"“(（])")


def sentences(text: str) -> list[tuple[str, int]]:
    """The text's sentences with their offsets (lines joined, hyphenated breaks mended)."""
    out: list[tuple[str, int]] = []
    position = 0
    for part in _SENTENCE_END.split(text):
        stripped = part.strip()
        if stripped:
            out.append((stripped, text.find(stripped, position)))
        position += len(part)
    return out


def tidy(text: str) -> str:
    """PDF text as one line: soft breaks joined (no space between Chinese characters)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"-\n(?=[a-z])", "", text)
    text = re.sub(r"(?<=[\u3400-\u9fff,、。()])[ \t]*\n\s*(?=[\u3400-\u9fff,、。()\d])", "", text)
    return re.sub(r"\s+", " ", text).strip()
