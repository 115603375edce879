"""Funding rounds to and from CSV: every field, one round a row, read back unchanged.

A row matches a stored round with the same date and round name (ignoring case) and
updates it; other rows are added.  Any bad row means nothing is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from desktop.domain.i18n import translate
from desktop.store.db import Database
from desktop.store.funding import (
    COLUMNS,
    MAX_IMPORT_ROWS,
    InvalidRound,
    RoundDraft,
    _apply,
    _rounds,
    draft_of,
    list_rounds,
    parse_round,
)
from desktop.store.tables import Company, FundingRound

# -- CSV -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    line: int
    problems: dict[str, str]

    @property
    def message(self) -> str:
        parts = [
            v
            if k == "row"
            else translate("FundingCsv", "{field}: {problem}").format(field=k, problem=v)
            for k, v in self.problems.items()
        ]
        return translate("FundingCsv", "Line {line}: ").format(line=self.line) + " ".join(parts)


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
            count = len(self.errors)
            return translate(
                "FundingCsv",
                "%n line(s) have problems; nothing was imported. Fix them and import again.",
                None,
                count,
            )
        text = translate(
            "FundingCsv", "{added} new, {updated} changed, {unchanged} unchanged"
        ).format(added=len(self.added), updated=len(self.updated), unchanged=self.unchanged)
        return text + (
            translate("FundingCsv", " — imported.")
            if self.applied
            else translate("FundingCsv", ".")
        )


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
                        {
                            "row": translate(
                                "FundingCsv", "It has {values} values but the header names {names}."
                            ).format(values=len(record), names=len(header))
                        },
                    )
                )
                continue
            rows.append((start, dict(zip(header, record, strict=False))))
            if len(rows) > MAX_IMPORT_ROWS:
                report.errors.append(
                    RowError(
                        start,
                        {
                            "row": translate(
                                "FundingCsv", "More than {MAX_IMPORT_ROWS} rows; split the file."
                            ).format(MAX_IMPORT_ROWS=MAX_IMPORT_ROWS)
                        },
                    )
                )
                return []
    except csv.Error as exc:
        report.errors.append(
            RowError(
                end + 1,
                {"row": translate("FundingCsv", "Not readable as CSV ({exc}).").format(exc=exc)},
            )
        )
        return []
    if header is None:
        report.errors.append(
            RowError(
                1, {"row": translate("FundingCsv", "The file is empty; it needs a header row.")}
            )
        )
    return rows


def _header_message(unknown: list[str]) -> str:
    expected = ", ".join(COLUMNS)
    if unknown:
        return translate(
            "FundingCsv", "Unknown column(s) {columns}. The header should be: {expected}."
        ).format(columns=", ".join(unknown), expected=expected)
    return translate("FundingCsv", "The first row must be a header: {expected}.").format(
        expected=expected
    )


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
                RowError(
                    line,
                    {
                        "row": translate(
                            "FundingCsv", "Same date and round as line {line}."
                        ).format(line=seen[key])
                    },
                )
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
            raise LookupError(
                translate("FundingCsv", "Company {company_id} no longer exists.").format(
                    company_id=company_id
                )
            )
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
