"""Funding rounds a person records by hand or imports from CSV, the IPO terms the
sources found, and the exchange rates the user set.

A round is typed in as text (dialog or CSV), checked by ``parse_round`` into a
:class:`RoundDraft` with one plain message per bad field, and stored as-is: the
amount in its own currency, and a US-dollar amount only when one was stated.
Conversions at the user's rates happen when a chart is drawn, never in the database.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

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


def _parse_number(text: str, what: str, problems: dict[str, str], key: str) -> float | None:
    text = _clean(text).replace(",", "").replace(" ", "")
    if not text:
        return None
    if text.startswith("-") and _NUMBER_RE.match(text[1:]):
        problems[key] = f"The {what} cannot be negative."
        return None
    if not _NUMBER_RE.match(text):
        problems[key] = f"Write the {what} as a plain number, e.g. 150000000 or 1,500,000."
        return None
    number = float(text)
    if not math.isfinite(number):
        problems[key] = f"The {what} is too large."
        return None
    return number


def _parse_date(text: str, problems: dict[str, str]) -> date | None:
    text = _clean(text)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems["date"] = "Write the date as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty."
        return None


def parse_round(fields: Mapping[str, Any], today: date | None = None) -> RoundDraft:
    """Turn typed text (dialog fields or a CSV row) into a checked draft.

    Raises :class:`InvalidRound` with every problem; missing keys count as empty.
    """
    problems: dict[str, str] = {}
    draft = RoundDraft(
        date=_parse_date(fields.get("date") or "", problems),
        round=_clean(fields.get("round")),
        amount=_parse_number(fields.get("amount") or "", "amount", problems, "amount"),
        currency=_clean(fields.get("currency")).upper(),
        amount_usd=_parse_number(
            fields.get("amount_usd") or "", "US$ amount", problems, "amount_usd"
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
        problems["round"] = "Give the round a name (e.g. Series C) or a date."
    elif len(name) > MAX_ROUND:
        problems["round"] = f"The round name is longer than {MAX_ROUND} characters."
    if draft.date is not None and draft.date > today:
        problems["date"] = f"The date {draft.date.isoformat()} is in the future."
    for key, value, what in (
        ("amount", draft.amount, "amount"),
        ("amount_usd", draft.amount_usd, "US$ amount"),
    ):
        if value is not None and (not math.isfinite(value) or value < 0):
            problems[key] = f"The {what} must be a number of 0 or more."
    currency = _clean(draft.currency).upper()
    if currency and not _CURRENCY_RE.match(currency):
        problems["currency"] = "Use a three-letter currency code such as USD, CNY or HKD."
    elif draft.amount is not None and not currency:
        problems["currency"] = "Say which currency the amount is in (e.g. CNY)."
    investors = tuple(_clean(i) for i in draft.investors if _clean(i))
    if len(investors) > MAX_INVESTORS:
        problems["investors"] = f"List at most {MAX_INVESTORS} investors."
    elif any(len(i) > MAX_INVESTOR or ";" in i or "；" in i for i in investors):
        problems["investors"] = (
            f"Separate investors with “;”; each name at most {MAX_INVESTOR} characters."
        )
    url = _clean(draft.source_url)
    if url and (len(url) > MAX_URL or not _is_web_link(url)):
        problems["source_url"] = (
            "The source must be a web address starting with http:// or https://."
        )
    notes = _clean(draft.notes, keep_newlines=True)
    if len(notes) > MAX_NOTES:
        problems["notes"] = f"The notes are longer than {MAX_NOTES} characters."
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
            raise LookupError(f"Company {company_id} no longer exists.")
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
            raise LookupError(f"Funding round {round_id} no longer exists.")
        _apply(item, clean)
        session.add(item)
        return item


def delete_round(db: Database, round_id: int) -> None:
    with db.write() as session:
        item = session.get(FundingRound, round_id)
        if item is not None:
            session.delete(item)


# -- CSV -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    line: int
    problems: dict[str, str]

    @property
    def message(self) -> str:
        parts = [f"{k}: {v}" if k != "row" else v for k, v in self.problems.items()]
        return f"Line {self.line}: " + " ".join(parts)


@dataclass
class ImportReport:
    """What an import adds and changes, or why it changes nothing."""

    added: list[tuple[int, RoundDraft]] = field(default_factory=list)  # (line, draft)
    # (line, round id, before, after)
    updated: list[tuple[int, int, RoundDraft, RoundDraft]] = field(default_factory=list)
    unchanged: int = 0  # rows already stored exactly so
    errors: list[RowError] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changes(self) -> int:
        return len(self.added) + len(self.updated)

    def summary(self) -> str:
        if self.errors:
            return (
                f"{len(self.errors)} line(s) have problems; nothing was imported. "
                "Fix them and import again."
            )
        text = f"{len(self.added)} new, {len(self.updated)} changed, {self.unchanged} unchanged"
        return text + (" — imported." if self.applied else ".")


def _match_key(draft: RoundDraft) -> tuple[date | None, str]:
    return (draft.date, draft.round.casefold())


def _read_rows(text: str, report: ImportReport) -> list[tuple[int, dict[str, str]]]:
    """CSV records as dicts with the line each starts on; header problems go to ``report``."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    end = 0
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip().casefold() for cell in record]
                unknown = [h for h in header if h not in COLUMNS]
                if unknown or not ({"date", "round"} & set(header)):
                    report.errors.append(RowError(start, {"row": _header_message(unknown)}))
                    return []
                continue
            if len(record) > len(header):
                report.errors.append(
                    RowError(
                        start,
                        {"row": f"It has {len(record)} values but the header names {len(header)}."},
                    )
                )
                continue
            rows.append((start, dict(zip(header, record, strict=False))))
            if len(rows) > MAX_IMPORT_ROWS:
                report.errors.append(
                    RowError(start, {"row": f"More than {MAX_IMPORT_ROWS} rows; split the file."})
                )
                return []
    except csv.Error as exc:
        report.errors.append(RowError(end + 1, {"row": f"Not readable as CSV ({exc})."}))
        return []
    if header is None:
        report.errors.append(RowError(1, {"row": "The file is empty; it needs a header row."}))
    return rows


def _header_message(unknown: list[str]) -> str:
    expected = ", ".join(COLUMNS)
    if unknown:
        return f"Unknown column(s) {', '.join(unknown)}. The header should be: {expected}."
    return f"The first row must be a header: {expected}."


def _plan(session: Session, company_id: int, text: str, today: date | None) -> ImportReport:
    report = ImportReport()
    rows = _read_rows(text, report)
    existing: dict[tuple[date | None, str], FundingRound] = {}
    for item in _rounds(session, company_id):
        existing.setdefault(_match_key(draft_of(item)), item)
    seen: dict[tuple[date | None, str], int] = {}
    for line, fields in rows:
        try:
            draft = parse_round(fields, today)
        except InvalidRound as exc:
            report.errors.append(RowError(line, exc.problems))
            continue
        key = _match_key(draft)
        if key in seen:
            report.errors.append(
                RowError(line, {"row": f"Same date and round as line {seen[key]}."})
            )
            continue
        seen[key] = line
        match = existing.get(key)
        if match is None:
            report.added.append((line, draft))
        elif draft_of(match) == draft:
            report.unchanged += 1
        else:
            report.updated.append((line, match.id or 0, draft_of(match), draft))
    report.errors.sort(key=lambda error: error.line)
    return report


def import_rounds_csv(
    db: Database,
    company_id: int,
    text: str,
    *,
    preview: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Add or update the company's rounds from CSV text (columns as in ``COLUMNS``).

    A row matches a stored round with the same date and round name (ignoring case)
    and updates it; other rows are added; stored rounds missing from the file stay.
    With ``preview`` nothing is written.  Any bad row means nothing is written at all;
    otherwise every change is made in one transaction.
    """
    if preview:
        with db.session() as session:
            return _plan(session, company_id, text, today)
    with db.write() as session:
        if session.get(Company, company_id) is None:
            raise LookupError(f"Company {company_id} no longer exists.")
        report = _plan(session, company_id, text, today)
        if not report.ok:
            return report
        for _line, draft in report.added:
            item = FundingRound(company_id=company_id)
            _apply(item, draft)
            session.add(item)
        for _line, round_id, _before, after in report.updated:
            stored = session.get(FundingRound, round_id)
            if stored is not None:
                _apply(stored, after)
                session.add(stored)
        report.applied = True
        return report


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def rounds_to_csv(rounds: Iterable[FundingRound]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for item in rounds:
        writer.writerow(
            [
                item.date.isoformat() if item.date else "",
                item.round or "",
                _number_text(item.amount),
                item.currency or "",
                _number_text(item.amount_usd),
                "; ".join(item.investors or ()),
                item.source_url or "",
                item.notes or "",
            ]
        )
    return out.getvalue()


def export_rounds_csv(db: Database, company_id: int) -> str:
    """Every field of every round; ``import_rounds_csv`` reads it back unchanged."""
    return rounds_to_csv(list_rounds(db, company_id))


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
        upper = str(code).strip().upper()
        if not _CURRENCY_RE.match(upper):
            raise ValueError(f"“{code}” is not a three-letter currency code.")
        number = _finite(rate)
        if number is None or number <= 0:
            raise ValueError(f"The rate for {upper} must be a number above 0 (US$ per unit).")
        clean[upper] = number
    with db.write() as session:
        row = session.get(Setting, FX_KEY) or Setting(key=FX_KEY)
        row.value = clean
        session.add(row)
    return clean
