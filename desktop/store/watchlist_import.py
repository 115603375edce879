"""Importing a watchlist file: a preview of every change (old → new per field), then
one transaction that stores all of it or nothing, after a checked backup.

Importing matches companies by name, ignoring case: a known name updates that company
(only the columns present in the file), a new name adds a company.  A blank cell keeps
what the watchlist has, unless the person chooses "blank cells clear the field".  Every
row goes through ``company_rules.validate``; problems are reported with their line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.company_rules import CompanyDraft, InvalidCompany, validate
from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.store.claims import claim_unmatched  # the one claim of unmatched filings
from desktop.store.companies import apply_draft, draft_of
from desktop.store.db import Database
from desktop.store.import_rows import (
    ImportRecord,
    clean_name,
    record_of_row,
    rows_of_csv,
    rows_of_json,
)
from desktop.store.tables import Company
from desktop.store.watchlist_export import WATCHLIST_FIELDS, check_format, company_record

MAX_IMPORT_ROWS = 10_000
# What the matcher compares: a change to one of these may claim unmatched filings.
_MATCHING_FIELDS = {"name", "name_zh", "aliases", "hk_code", "a_code"}
EMPTY = QT_TRANSLATE_NOOP("WatchlistImport", "(empty)")


class ImportRefused(ValueError):
    """``apply_import`` stored nothing; the message says why."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field an update changes, as the preview shows it."""

    field: str
    before: str
    after: str

    def __str__(self) -> str:
        return translate("WatchlistImport", "{field}: {before} → {after}").format(
            field=translate("WatchlistImport", FIELD_LABELS.get(self.field, self.field)),
            before=self.before,
            after=self.after,
        )


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("WatchlistImport", "Name"),
    "name_zh": QT_TRANSLATE_NOOP("WatchlistImport", "Chinese name"),
    "aliases": QT_TRANSLATE_NOOP("WatchlistImport", "Aliases"),
    "sector": QT_TRANSLATE_NOOP("WatchlistImport", "Sector"),
    "headquarters": QT_TRANSLATE_NOOP("WatchlistImport", "Headquarters"),
    "founded": QT_TRANSLATE_NOOP("WatchlistImport", "Founded"),
    "hk_code": QT_TRANSLATE_NOOP("WatchlistImport", "HK code"),
    "a_code": QT_TRANSLATE_NOOP("WatchlistImport", "A-share code"),
    "a_exchange": QT_TRANSLATE_NOOP("WatchlistImport", "A-share exchange"),
    "listing_date": QT_TRANSLATE_NOOP("WatchlistImport", "Listing date"),
    "offer_price": QT_TRANSLATE_NOOP("WatchlistImport", "Offer price"),
    "notes": QT_TRANSLATE_NOOP("WatchlistImport", "Notes"),
    "tags": QT_TRANSLATE_NOOP("WatchlistImport", "Tags"),
    "facts": QT_TRANSLATE_NOOP("WatchlistImport", "Facts"),
}


def _empty() -> str:
    return translate("WatchlistImport", EMPTY)


def shown(name: str, value: Any) -> str:
    """A field's value in a few words for the preview."""
    if name == "facts":
        count = len(value or ())
        return _empty() if not count else translate("WatchlistImport", "%n fact(s)", None, count)
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value) or _empty()
    if value is None or value == "":
        return _empty()
    if name == "offer_price":
        return f"HK${float(value):.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


@dataclass(frozen=True, slots=True)
class PlannedAdd:
    line: int
    draft: CompanyDraft
    facts: tuple[dict[str, Any], ...]

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True)
class PlannedUpdate:
    line: int
    company_id: int
    current_name: str
    draft: CompanyDraft
    facts: tuple[dict[str, Any], ...]
    changes: tuple[str, ...]  # field names that change
    diffs: tuple[FieldChange, ...] = ()  # each change, old → new, in words

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass
class ImportPreview:
    fmt: str
    blank_clears: bool = False  # whether blank cells empty their field
    to_add: list[PlannedAdd] = field(default_factory=list)
    to_update: list[PlannedUpdate] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # names
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.to_add or self.to_update)

    def summary(self) -> str:
        parts = [
            translate("WatchlistImport", "{count} to add").format(count=len(self.to_add)),
            translate("WatchlistImport", "{count} to update").format(count=len(self.to_update)),
            translate("WatchlistImport", "{count} unchanged").format(count=len(self.unchanged)),
        ]
        if self.errors:
            parts.append(
                translate("WatchlistImport", "{count} with problems").format(count=len(self.errors))
            )
        return translate("WatchlistImport", ", ").join(parts)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: list[int]
    updated: list[int]
    backup: Path | None = None  # the checked backup made before anything was stored


def detect_format(text: str, filename: str = "") -> str:
    """Return "json" or "csv", from the file name's extension or else the content."""
    lowered = filename.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".csv"):
        return "csv"
    return "json" if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[") else "csv"


def preview_import(
    db: Database, text: str, fmt: str, *, blank_clears: bool = False
) -> ImportPreview:
    """What importing ``text`` would do; changes nothing.  A blank cell keeps what the
    watchlist has, unless ``blank_clears``."""
    fmt = check_format(fmt)
    preview = ImportPreview(fmt=fmt, blank_clears=blank_clears)
    text = text.removeprefix("\ufeff")
    reader = rows_of_csv if fmt == "csv" else rows_of_json
    raw_rows = reader(text, preview.errors)
    if len(raw_rows) > MAX_IMPORT_ROWS:
        preview.errors.append(
            (
                raw_rows[MAX_IMPORT_ROWS][0],
                translate(
                    "WatchlistImport", "At most {MAX_IMPORT_ROWS} companies per import."
                ).format(MAX_IMPORT_ROWS=MAX_IMPORT_ROWS),
            )
        )
        raw_rows = raw_rows[:MAX_IMPORT_ROWS]
    with db.session() as session:
        existing = list(session.execute(select(Company)).scalars())
    by_name = {clean_name(c.name): c for c in existing}
    file_names: dict[str, int] = {}
    parsed: list[tuple[int, dict[str, Any]]] = []
    for line, values in raw_rows:
        key = clean_name(values.get("name"))
        if key and key in file_names:
            preview.errors.append(
                (
                    line,
                    translate("WatchlistImport", "“{name}” is also on line {line}.").format(
                        name=values["name"], line=file_names[key]
                    ),
                )
            )
            continue
        if key:
            file_names[key] = line
        parsed.append((line, values))
    all_names = set(by_name) | set(file_names)
    for line, values in parsed:
        try:
            record = record_of_row(line, values, blank_clears=blank_clears)
            own = clean_name(record.draft.name)
            target = by_name.get(own)
            base = draft_of(target) if target is not None else CompanyDraft(name="")
            merged = _merge(base, record)
            clean = validate(merged, existing_names=all_names - {own})
        except InvalidCompany as exc:
            preview.errors.append((line, " ".join(exc.problems.values())))
            continue
        except ValueError as exc:
            preview.errors.append((line, str(exc)))
            continue
        if target is None:
            preview.to_add.append(PlannedAdd(line, clean, record.facts or ()))
            continue
        facts = record.facts if record.facts is not None else tuple(target.facts or ())
        before = company_record(target)
        after = _record_of(clean, facts)
        changes = tuple(k for k in WATCHLIST_FIELDS if before[k] != after[k])
        if changes:
            diffs = tuple(FieldChange(k, shown(k, before[k]), shown(k, after[k])) for k in changes)
            preview.to_update.append(
                PlannedUpdate(line, int(target.id), target.name, clean, facts, changes, diffs)  # type: ignore[arg-type]
            )
        else:
            preview.unchanged.append(target.name)
    preview.errors.sort(key=lambda e: e[0])
    return preview


def apply_import(
    db: Database, preview: ImportPreview, *, backup_dir: Path | None = None
) -> ImportResult:
    """Store the previewed adds and updates in one transaction: all or nothing.

    With ``backup_dir``, a checked backup of the database is made first; when it cannot
    be made, nothing is imported (ImportRefused says why).

    Refuses (ImportRefused) when the preview has errors, or when the watchlist changed
    since the preview in a way that makes a row invalid (nothing is stored then).
    Added companies (and updated ones with new names or codes) then take up the
    unmatched filings that name them."""
    if preview.errors:
        count = len(preview.errors)
        raise ImportRefused(
            translate(
                "WatchlistImport",
                "The file has %n problem(s); fix them and preview again. Nothing was imported.",
                None,
                count,
            )
        )
    backup = _backup_first(db, backup_dir) if backup_dir is not None else None
    added: list[int] = []
    updated: list[int] = []
    with db.write() as session:
        companies = list(session.execute(select(Company)).scalars())
        names = {c.name.casefold() for c in companies}
        names |= {p.draft.name.casefold() for p in preview.to_add}
        by_id = {c.id: c for c in companies}
        for plan in preview.to_update:
            company = by_id.get(plan.company_id)
            if company is None or company.name.casefold() != plan.draft.name.casefold():
                raise ImportRefused(
                    translate(
                        "WatchlistImport",
                        "Line {line}: “{name}” changed since the preview. "
                        "Nothing was imported; preview the file again.",
                    ).format(line=plan.line, name=plan.current_name)
                )
            clean = _validated(plan.line, plan.draft, names)
            _assign(company, clean, plan.facts)
            session.add(company)
            updated.append(plan.company_id)
        existing = {c.name.casefold() for c in companies}
        for adding in preview.to_add:
            if adding.draft.name.casefold() in existing:
                raise ImportRefused(
                    translate(
                        "WatchlistImport",
                        "Line {line}: “{name}” was added to the watchlist "
                        "since the preview. Nothing was imported; preview the file again.",
                    ).format(line=adding.line, name=adding.draft.name)
                )
            clean = _validated(adding.line, adding.draft, names)
            company = Company(name=clean.name, origin="user")
            _assign(company, clean, adding.facts)
            session.add(company)
            session.flush()
            added.append(int(company.id))  # type: ignore[arg-type]
    from desktop.store.user_listing import sync_listing_event

    listing = {"listing_date", "hk_code", "offer_price"}
    typed = [cid for cid, p in zip(added, preview.to_add, strict=True) if p.draft.listing_date]
    typed += [p.company_id for p in preview.to_update if set(p.changes) & listing]
    for company_id in typed:  # a typed listing date makes the company listed
        sync_listing_event(db, company_id)
    renamed = [p.company_id for p in preview.to_update if set(p.changes) & _MATCHING_FIELDS]
    if added or renamed:
        claim_unmatched(db, [*added, *renamed])
    return ImportResult(added=added, updated=updated, backup=backup)


def _backup_first(db: Database, backup_dir: Path) -> Path:
    """A verified file backup of an SQLite database; on a team database (which file
    backups cannot copy) the watchlist as it is, as a JSON file that imports back."""
    from desktop.store.backup import BackupError, backup_now
    from desktop.store.location import server_url

    if server_url(db.path) is not None:
        return _snapshot_watchlist(db, backup_dir)
    try:
        return backup_now(Path(db.path), backup_dir)
    except BackupError as exc:
        raise ImportRefused(
            translate(
                "WatchlistImport",
                "No backup could be made before the import, so nothing was imported: {exc}",
            ).format(exc=exc)
        ) from exc


def _snapshot_watchlist(db: Database, backup_dir: Path) -> Path:
    from datetime import datetime

    from desktop.store.watchlist_export import export_watchlist

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"watchlist-before-import-{stamp}.json"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_text(export_watchlist(db, "json"), encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        raise ImportRefused(
            "No backup could be made before the import (a copy of the team watchlist), "
            "so nothing was "
            f"imported: {exc.strerror or exc}."
        ) from exc
    return target


def _validated(line: int, draft: CompanyDraft, names: set[str]) -> CompanyDraft:
    try:
        return validate(draft, existing_names=names - {draft.name.casefold()})
    except InvalidCompany as exc:
        raise ImportRefused(
            translate(
                "WatchlistImport",
                "Line {line}: {problems} Nothing was imported; preview the file again.",
            ).format(line=line, problems=" ".join(exc.problems.values()))
        ) from exc


def _assign(company: Company, draft: CompanyDraft, facts: Sequence[dict[str, Any]]) -> None:
    apply_draft(company, draft)
    company.facts = [dict(f) for f in facts]


def _record_of(draft: CompanyDraft, facts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What ``company_record`` will give once ``draft`` is stored."""
    return {
        "name": draft.name,
        "name_zh": draft.name_zh or "",
        "aliases": list(draft.aliases),
        "sector": draft.sector or "",
        "headquarters": draft.headquarters or "",
        "founded": draft.founded,
        "hk_code": draft.hk_code or "",
        "a_code": draft.a_code or "",
        "a_exchange": draft.a_exchange or "",
        "notes": draft.notes or "",
        "tags": list(draft.tags),
        "facts": [dict(f) for f in facts],
        "listing_date": draft.listing_date.isoformat() if draft.listing_date else "",
        "offer_price": draft.offer_price,
    }


def _merge(base: CompanyDraft, record: ImportRecord) -> CompanyDraft:
    changes = {
        name: getattr(record.draft, name)
        for name in WATCHLIST_FIELDS
        if name != "facts" and name in record.present
    }
    return replace(base, **changes)
