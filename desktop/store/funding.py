"""Funding rounds a person records by hand or imports from CSV, the IPO terms the
sources found, and the exchange rates the user set.

A round is typed in as text (dialog or CSV), checked by ``parse_round`` into a
:class:`RoundDraft` with one plain message per bad field, and stored as-is: the
amount in its own currency, and a US-dollar amount only when one was stated.
Conversions at the user's rates happen when a chart is drawn, never in the database.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.round_text import canonical_currency, parse_amount
from desktop.store.db import Database
from desktop.store.tables import Company, Event, FundingRound, Setting

COLUMNS = ("date", "round", "amount", "currency", "amount_usd", "investors", "source_url", "notes")
FX_KEY = "fx_rates"
MAX_ROUND = 100
MAX_NOTES = 5_000
MAX_INVESTORS = 100
MAX_INVESTOR = 200
MAX_URL = 2_000
MAX_IMPORT_ROWS = 5_000

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_INVESTOR_SPLIT = re.compile(r"[;；]")


class InvalidRound(ValueError):
    """Every problem found, one plain sentence per field."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


@dataclass(frozen=True)
class RoundDraft:
    date: date | None = None
    round: str = ""
    amount: float | None = None
    currency: str = ""
    amount_usd: float | None = None
    investors: tuple[str, ...] = ()
    source_url: str = ""
    notes: str = ""


# -- checking what was typed ---------------------------------------------------------------


def _clean(text: Any, keep_newlines: bool = False) -> str:
    text = unicodedata.normalize("NFC", "" if text is None else str(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    allowed = "\n\t" if keep_newlines else ""
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in allowed)
    if keep_newlines:
        return text.strip()
    return re.sub(r"\s+", " ", text).strip()


def split_investors(text: str) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for part in _INVESTOR_SPLIT.split(text or ""):
        name = _clean(part)
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return tuple(names.values())


AMOUNT = QT_TRANSLATE_NOOP("Funding", "amount")
USD_AMOUNT = QT_TRANSLATE_NOOP("Funding", "US$ amount")


def _what(name: str) -> str:
    return translate("Funding", name)


def _parse_number(text: str, what: str, problems: dict[str, str], key: str) -> float | None:
    text = _clean(text).replace(",", "").replace(" ", "")
    if not text:
        return None
    if text.startswith("-") and (_NUMBER_RE.match(text[1:]) or parse_amount(text[1:])):
        problems[key] = translate("Funding", "The {what} cannot be negative.").format(
            what=_what(what)
        )
        return None
    if not _NUMBER_RE.match(text):
        shorthand = parse_amount(text)  # "300m", "1.5bn", "300 million", "3亿", "5000万"
        if shorthand is None:
            problems[key] = translate(
                "Funding",
                "Write the {what} as a number, e.g. 150000000, 1,500,000, 300m, 1.5bn or 3亿.",
            ).format(what=_what(what))
            return None
        text = repr(shorthand)
    number = float(text)
    if not math.isfinite(number):
        problems[key] = translate("Funding", "The {what} is too large.").format(what=_what(what))
        return None
    return number


def _parse_date(text: str, problems: dict[str, str]) -> date | None:
    text = _clean(text)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems["date"] = translate(
            "Funding", "Write the date as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty."
        )
        return None


def parse_round(fields: Mapping[str, Any], today: date | None = None) -> RoundDraft:
    """Turn typed text (dialog fields or a CSV row) into a checked draft.

    Raises :class:`InvalidRound` with every problem; missing keys count as empty.
    """
    problems: dict[str, str] = {}
    draft = RoundDraft(
        date=_parse_date(fields.get("date") or "", problems),
        round=_clean(fields.get("round")),
        amount=_parse_number(fields.get("amount") or "", AMOUNT, problems, "amount"),
        currency=_currency(fields.get("currency")),
        amount_usd=_parse_number(
            fields.get("amount_usd") or "", USD_AMOUNT, problems, "amount_usd"
        ),
        investors=split_investors(str(fields.get("investors") or "")),
        source_url=_clean(fields.get("source_url")),
        notes=_clean(fields.get("notes"), keep_newlines=True),
    )
    try:
        clean = validate_round(draft, today)
    except InvalidRound as exc:
        problems = {**exc.problems, **problems}  # a parse message beats a follow-up one
    if problems:
        raise InvalidRound(problems)
    return clean


def _currency(text: Any) -> str:
    """RMB, 人民币 and yuan are CNY; US$ is USD; HK$ is HKD; other text as typed."""
    cleaned = _clean(text)
    return canonical_currency(cleaned) or cleaned.upper()


_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://|^(?:javascript|data|vbscript|file|mailto):", re.I)


def _bad_source(source: str) -> bool:
    """A source is a web address (http/https only) or words saying where the figures
    are written ("Prospectus, p. 212"); any other address scheme is refused."""
    if len(source) > MAX_URL:
        return True
    return bool(_SCHEME_RE.match(source)) and not _is_web_link(source)


def _is_web_link(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def validate_round(draft: RoundDraft, today: date | None = None) -> RoundDraft:
    """Return the cleaned draft or raise :class:`InvalidRound` listing every problem."""
    today = today or date.today()
    problems: dict[str, str] = {}
    name = _clean(draft.round)
    if not name and draft.date is None:
        problems["round"] = translate("Funding", "Give the round a name (e.g. Series C) or a date.")
    elif len(name) > MAX_ROUND:
        problems["round"] = translate(
            "Funding", "The round name is longer than {MAX_ROUND} characters."
        ).format(MAX_ROUND=MAX_ROUND)
    if draft.date is not None and draft.date > today:
        problems["date"] = translate("Funding", "The date {date} is in the future.").format(
            date=format_day(draft.date)
        )
    for key, value, what in (
        ("amount", draft.amount, AMOUNT),
        ("amount_usd", draft.amount_usd, USD_AMOUNT),
    ):
        if value is not None and (not math.isfinite(value) or value < 0):
            problems[key] = translate(
                "Funding", "The {what} must be a number of 0 or more."
            ).format(what=_what(what))
    currency = _currency(draft.currency)
    if currency and not _CURRENCY_RE.match(currency):
        problems["currency"] = translate(
            "Funding", "Use a three-letter currency code such as USD, CNY or HKD."
        )
    elif draft.amount is not None and not currency:
        problems["currency"] = translate(
            "Funding", "Say which currency the amount is in (e.g. CNY)."
        )
    investors = tuple(_clean(i) for i in draft.investors if _clean(i))
    if len(investors) > MAX_INVESTORS:
        problems["investors"] = translate(
            "Funding", "List at most {MAX_INVESTORS} investors."
        ).format(MAX_INVESTORS=MAX_INVESTORS)
    elif any(len(i) > MAX_INVESTOR or ";" in i or "；" in i for i in investors):
        problems["investors"] = translate(
            "Funding", "Separate investors with “;”; each name at most {MAX_INVESTOR} characters."
        ).format(MAX_INVESTOR=MAX_INVESTOR)
    url = _clean(draft.source_url)
    if url and _bad_source(url):
        problems["source_url"] = translate(
            "Funding",
            "Give a web address starting with http:// or https://, or say where the figures "
            "are written (e.g. “Prospectus, p. 212”), in at most {MAX_URL} characters.",
        ).format(MAX_URL=MAX_URL)
    notes = _clean(draft.notes, keep_newlines=True)
    if len(notes) > MAX_NOTES:
        problems["notes"] = translate(
            "Funding", "The notes are longer than {MAX_NOTES} characters."
        ).format(MAX_NOTES=MAX_NOTES)
    if problems:
        raise InvalidRound(problems)
    return RoundDraft(
        date=draft.date,
        round=name,
        amount=draft.amount,
        currency=currency,
        amount_usd=draft.amount_usd,
        investors=investors,
        source_url=url,
        notes=notes,
    )


def draft_of(item: FundingRound) -> RoundDraft:
    return RoundDraft(
        date=item.date,
        round=item.round or "",
        amount=item.amount,
        currency=item.currency or "",
        amount_usd=item.amount_usd,
        investors=tuple(item.investors or ()),
        source_url=item.source_url or "",
        notes=item.notes or "",
    )


def _apply(item: FundingRound, draft: RoundDraft) -> None:
    item.date = draft.date
    item.round = draft.round
    item.amount = draft.amount
    item.currency = draft.currency or None
    item.amount_usd = draft.amount_usd
    item.investors = list(draft.investors)
    item.source_url = draft.source_url or None
    item.notes = draft.notes


# -- reads and writes ----------------------------------------------------------------------


def _sort_key(item: FundingRound) -> tuple[bool, date, int]:
    return (item.date is None, item.date or date.min, item.id or 0)


def _rounds(session: Session, company_id: int) -> list[FundingRound]:
    statement = select(FundingRound).where(FundingRound.company_id == company_id)
    return sorted(session.exec(statement).all(), key=_sort_key)


def list_rounds(db: Database, company_id: int) -> list[FundingRound]:
    """The company's rounds, oldest first, undated last."""
    with db.session() as session:
        return _rounds(session, company_id)


def add_round(
    db: Database, company_id: int, draft: RoundDraft, today: date | None = None
) -> FundingRound:
    clean = validate_round(draft, today)
    with db.write() as session:
        if session.get(Company, company_id) is None:
            raise LookupError(
                translate("Funding", "Company {company_id} no longer exists.").format(
                    company_id=company_id
                )
            )
        item = FundingRound(company_id=company_id)
        _apply(item, clean)
        session.add(item)
        session.flush()
        return item


def update_round(
    db: Database, round_id: int, draft: RoundDraft, today: date | None = None
) -> FundingRound:
    clean = validate_round(draft, today)
    with db.write() as session:
        item = session.get(FundingRound, round_id)
        if item is None:
            raise LookupError(
                translate("Funding", "Funding round {round_id} no longer exists.").format(
                    round_id=round_id
                )
            )
        _apply(item, clean)
        session.add(item)
        return item


def delete_round(db: Database, round_id: int) -> None:
    with db.write() as session:
        item = session.get(FundingRound, round_id)
        if item is not None:
            session.delete(item)


# -- IPO terms from the sources ------------------------------------------------------------


@dataclass(frozen=True)
class IpoTerms:
    """What a ``listed`` event says about a listing; unknown values stay None."""

    listing_date: date | None
    funds_raised_hkd: float | None
    offer_price: float | None
    code: str | None
    source: str
    url: str | None


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _terms(event: Event) -> IpoTerms:
    raw = event.raw or {}
    return IpoTerms(
        listing_date=event.published,
        funds_raised_hkd=_finite(raw.get("funds_raised_hkd")),
        offer_price=_finite(raw.get("offer_price")),
        code=str(raw["code"]) if raw.get("code") else None,
        source=event.source,
        url=event.url,
    )


def ipo_terms(db: Database, company_ids: Iterable[int]) -> dict[int, IpoTerms]:
    """The listing of each company that has one, preferring the New Listing Report
    (which carries funds raised and offer price) and then the latest listing date."""
    ids = list(dict.fromkeys(company_ids))
    found: dict[int, IpoTerms] = {}
    if not ids:
        return found
    with db.session() as session:
        statement = select(Event).where(col(Event.company_id).in_(ids), Event.kind == "listed")
        events = sorted(
            session.exec(statement).all(),
            key=lambda e: (e.source == "hkex_new_listings", e.published or date.min, e.id or 0),
        )
    for event in events:  # the best one comes last and wins
        found[event.company_id] = _terms(event)  # type: ignore[index]
    return found


# -- exchange rates ------------------------------------------------------------------------


def fx_rates(db: Database) -> dict[str, float]:
    """The user's rates, ``currency -> US$ per unit`` (no defaults mixed in)."""
    with db.session() as session:
        row = session.get(Setting, FX_KEY)
    value = row.value if row is not None else None
    if not isinstance(value, dict):
        return {}
    rates = {}
    for code, rate in value.items():
        number = _finite(rate)
        if isinstance(code, str) and _CURRENCY_RE.match(code) and number and number > 0:
            rates[code] = number
    return rates


def set_fx_rates(db: Database, rates: Mapping[str, float]) -> dict[str, float]:
    """Store the user's rates; raises ValueError naming the first bad entry."""
    clean: dict[str, float] = {}
    for code, rate in rates.items():
        upper = canonical_currency(str(code)) or str(code).strip().upper()
        if not _CURRENCY_RE.match(upper):
            raise ValueError(
                translate("Funding", "“{code}” is not a three-letter currency code.").format(
                    code=code
                )
            )
        number = _finite(rate)
        if number is None or number <= 0:
            raise ValueError(
                translate(
                    "Funding", "The rate for {code} must be a number above 0 (US$ per unit)."
                ).format(code=upper)
            )
        clean[upper] = number
    with db.write() as session:
        row = session.get(Setting, FX_KEY) or Setting(key=FX_KEY)
        row.value = clean
        session.add(row)
    return clean
