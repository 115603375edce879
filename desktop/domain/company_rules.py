"""Validation of what a person types about a company.  Pure: used by dialogs and imports."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.text_fold import fold

A_EXCHANGES = {
    "sse": QT_TRANSLATE_NOOP("CompanyRules", "Shanghai"),
    "szse": QT_TRANSLATE_NOOP("CompanyRules", "Shenzhen"),
    "bse": QT_TRANSLATE_NOOP("CompanyRules", "Beijing"),
}
"""Exchange code → English name (translate with context "CompanyRules" to show it)."""
MAX_NAME = 200
MAX_ALIASES = 50


class InvalidCompany(ValueError):
    """Carries every problem found, one plain sentence each, keyed by field."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems.values()))


@dataclass(frozen=True)
class CompanyDraft:
    name: str
    name_zh: str = ""
    aliases: tuple[str, ...] = ()
    sector: str = ""
    headquarters: str = ""
    founded: int | None = None
    hk_code: str = ""
    a_code: str = ""
    a_exchange: str = ""
    notes: str = ""
    tags: tuple[str, ...] = field(default=())
    # Listing facts the person types (a user fact: shown as "entered by you").
    listing_date: date | None = None
    offer_price: float | None = None  # HK$ per share


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    return re.sub(r"[ \t]+", " ", text).strip()


def split_list(text: str) -> tuple[str, ...]:
    """Aliases and tags are typed one per line or separated by commas or semicolons."""
    parts = re.split(r"[\n,;，；、]+", text or "")
    seen: dict[str, str] = {}
    for part in parts:
        item = _clean(part)
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


def normalize_hk_code(code: str) -> str:
    digits = _clean(code).upper().removesuffix(".HK")
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) > 5 or int(digits) == 0:
        raise ValueError(
            translate(
                "CompanyRules", "A Hong Kong stock code has 1 to 5 digits, e.g. 02513 or 700."
            )
        )
    return digits.zfill(5)


def validate(
    draft: CompanyDraft, *, existing_names: set[str] | frozenset[str] = frozenset()
) -> CompanyDraft:
    """Return the cleaned draft or raise InvalidCompany listing every problem.

    ``existing_names`` are the names of the *other* companies; they are compared after
    ``fold`` (case, full-width forms, traditional/simplified characters).
    """
    existing_names = {fold(n) for n in existing_names}
    problems: dict[str, str] = {}
    name = _clean(draft.name)
    if not name:
        problems["name"] = translate("CompanyRules", "Give the company a name.")
    elif len(name) > MAX_NAME:
        problems["name"] = translate(
            "CompanyRules", "The name is longer than {MAX_NAME} characters."
        ).format(MAX_NAME=MAX_NAME)
    elif fold(name) in existing_names:
        problems["name"] = translate(
            "CompanyRules", "“{name}” is already on the watchlist."
        ).format(name=name)

    name_zh = _clean(draft.name_zh)
    if name_zh and not any("\u3400" <= ch <= "\u9fff" for ch in name_zh):
        problems["name_zh"] = translate(
            "CompanyRules", "The Chinese name should contain Chinese characters."
        )
    elif name_zh and fold(name_zh) in existing_names:
        problems["name_zh"] = translate(
            "CompanyRules", "“{name_zh}” is already on the watchlist."
        ).format(name_zh=name_zh)

    aliases = tuple(a for a in (_clean(a) for a in draft.aliases) if a)
    own = {name.casefold(), name_zh.casefold()}
    aliases = tuple(dict.fromkeys(a for a in aliases if a.casefold() not in own))
    if len(aliases) > MAX_ALIASES:
        problems["aliases"] = translate("CompanyRules", "At most {MAX_ALIASES} aliases.").format(
            MAX_ALIASES=MAX_ALIASES
        )
    elif any(len(a) < 2 for a in aliases):
        problems["aliases"] = translate("CompanyRules", "Each alias needs at least two characters.")
    elif any(len(a) > MAX_NAME for a in aliases):
        problems["aliases"] = translate(
            "CompanyRules", "An alias is longer than {MAX_NAME} characters."
        ).format(MAX_NAME=MAX_NAME)
    clash = [a for a in aliases if fold(a) in existing_names]
    if clash and "aliases" not in problems:
        problems["aliases"] = translate(
            "CompanyRules", "“{name}” is the name of another company on the watchlist."
        ).format(name=clash[0])

    try:
        hk_code = normalize_hk_code(draft.hk_code)
    except ValueError as exc:
        problems["hk_code"] = str(exc)
        hk_code = ""

    a_code = _clean(draft.a_code)
    if a_code and not (a_code.isdigit() and len(a_code) == 6):
        problems["a_code"] = translate(
            "CompanyRules", "An A-share code has exactly 6 digits, e.g. 300433."
        )
    a_exchange = _clean(draft.a_exchange).lower()
    if a_exchange and a_exchange not in A_EXCHANGES:
        problems["a_exchange"] = translate(
            "CompanyRules", "The A-share exchange is Shanghai, Shenzhen or Beijing."
        )
    if a_code and not a_exchange and "a_code" not in problems:
        a_exchange = guess_a_exchange(a_code)

    founded = draft.founded
    if founded is not None and not (1800 <= founded <= 2100):
        problems["founded"] = translate(
            "CompanyRules", "The founding year should be between 1800 and 2100."
        )
    if draft.listing_date is not None and not hk_code and "hk_code" not in problems:
        problems["hk_code"] = translate(
            "CompanyRules", "A listed company has a Hong Kong stock code: give it too."
        )
    if draft.listing_date is not None and not (
        date(1986, 1, 1) <= draft.listing_date <= date(2100, 12, 31)
    ):
        problems["listing_date"] = translate(
            "CompanyRules", "The listing date should be a real date, e.g. 2026-01-08."
        )
    price = draft.offer_price
    if price is not None and not (0 < price < 100_000):
        problems["offer_price"] = translate(
            "CompanyRules", "The offer price is HK$ per share, more than 0, e.g. 116.20."
        )

    if problems:
        raise InvalidCompany(problems)
    return replace(
        draft,
        name=name,
        name_zh=name_zh,
        aliases=aliases,
        sector=_clean(draft.sector),
        headquarters=_clean(draft.headquarters),
        hk_code=hk_code,
        a_code=a_code,
        a_exchange=a_exchange,
        notes=(draft.notes or "").strip(),
        tags=tuple(dict.fromkeys(t for t in (_clean(t) for t in draft.tags) if t)),
    )


def guess_a_exchange(a_code: str) -> str:
    """Shanghai codes start with 6, Shenzhen with 0/2/3, Beijing with 4/8/9."""
    first = a_code[:1]
    if first == "6":
        return "sse"
    if first in "023":
        return "szse"
    if first in "489":
        return "bse"
    return ""


def parse_year(text: str) -> int | None:
    """A founding year as typed: empty is unknown; anything but digits is a problem
    (never silently the digits of "twenty16")."""
    text = _clean(text)
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(
            translate(
                "CompanyRules", "“{text}” is not a year: type it in digits, e.g. 2016."
            ).format(text=text)
        )
    return int(text)


def parse_listing_date(text: str) -> date | None:
    """A listing date as typed (YYYY-MM-DD; / and . accepted); empty is unknown."""
    text = _clean(text).replace("/", "-").replace(".", "-")
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValueError(
        translate(
            "CompanyRules", "“{text}” is not a date: type it as YYYY-MM-DD, e.g. 2026-01-08."
        ).format(text=text)
    )


def parse_price(text: str) -> float | None:
    """An offer price as typed ("116.2", "HK$116.20", "116.20 HKD"); empty is unknown."""
    cleaned = _clean(text).upper().replace(",", "")
    for noise in ("HK$", "HKD", "$"):
        cleaned = cleaned.replace(noise, "")
    cleaned = cleaned.strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            translate(
                "CompanyRules",
                "“{text}” is not a price: type HK$ per share in digits, e.g. 116.20.",
            ).format(text=_clean(text))
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(
            translate("CompanyRules", "The offer price should be a number, e.g. 116.20.")
        )
    return value


def listing_words(
    hk_code: str | None,
    listing_date: date | None,
    offer_price: float | None,
    *,
    typed: bool = True,
) -> str:
    """The company header's listing facts: "HK 02513 · listed 2026-01-08 at HK$116.20
    (entered by you)"; what is unknown is left out."""
    if not hk_code:
        return ""
    text = translate("CompanyRules", "HK {hk_code}").format(hk_code=hk_code)
    by_you = translate("CompanyRules", " (entered by you)")
    if listing_date is not None:
        text += translate("CompanyRules", " · listed {date}").format(date=listing_date.isoformat())
        if offer_price is not None:
            text += translate("CompanyRules", " at HK${price}").format(price=f"{offer_price:,.2f}")
        if typed:
            text += by_you
    elif offer_price is not None:
        text += translate("CompanyRules", " · offer price HK${price}").format(
            price=f"{offer_price:,.2f}"
        )
        text += by_you if typed else ""
    return text
