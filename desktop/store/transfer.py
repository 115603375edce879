"""Import and export: the watchlist as CSV or JSON, events as CSV or JSON, key dates as
an iCalendar (.ics) file.

Watchlist files
---------------
Columns / keys, in this order: ``name, name_zh, aliases, sector, headquarters, founded,
hk_code, a_code, a_exchange, notes, tags, facts``.

* JSON: ``{"format": "ipo-pipeline-watch/watchlist", "version": 1, "companies": [...]}``
  (a bare list of company objects is accepted on import).  ``aliases`` and ``tags`` are
  lists of strings, ``facts`` a list of objects (``text``, ``source``, ``date``, ``url``),
  ``founded`` a number or null, every other field a string ("" when unknown).
* CSV (UTF-8, comma separated, RFC 4180 quoting, header row): the list columns
  ``aliases``, ``tags`` and ``facts`` hold JSON arrays (e.g. ``["Mech-Mind", "梅卡曼德"]``),
  so that names containing commas or semicolons survive.  On import a list cell that
  does not start with ``[`` is also accepted as plain text separated by ``;``, ``,`` or
  new lines (as typed in a spreadsheet).  ``founded`` is a year or empty.

Importing matches companies by name, ignoring case: a known name updates that company
(only the columns present in the file), a new name adds a company.  Every row goes
through ``company_rules.validate``; problems are reported with the line they start on
(the file's physical line, the header being line 1).  ``apply_import`` stores all rows
in one transaction or nothing.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from desktop.domain.company_rules import CompanyDraft, InvalidCompany, split_list, validate
from desktop.domain.kinds import EventKind
from desktop.store.companies import apply_draft, draft_of
from desktop.store.db import Database
from desktop.store.tables import Company, Event, utcnow

WATCHLIST_FORMAT = "ipo-pipeline-watch/watchlist"
EVENTS_FORMAT = "ipo-pipeline-watch/events"
FORMAT_VERSION = 1
FORMATS = ("csv", "json")

WATCHLIST_FIELDS: tuple[str, ...] = (
    "name",
    "name_zh",
    "aliases",
    "sector",
    "headquarters",
    "founded",
    "hk_code",
    "a_code",
    "a_exchange",
    "notes",
    "tags",
    "facts",
)
LIST_FIELDS = ("aliases", "tags")
EVENT_FIELDS: tuple[str, ...] = (
    "company",
    "subject",
    "kind",
    "source",
    "published",
    "title",
    "url",
    "ref",
    "fingerprint",
)
FACT_KEYS = ("text", "source", "date", "url")
MAX_IMPORT_ROWS = 10_000
MAX_FACTS = 200

CALENDAR_KINDS = {
    EventKind.APPLICATION_PROOF.value: ("Application Proof filed", "Application proof"),
    EventKind.APPLICATION_PROOF_UPDATE.value: (
        "new Application Proof version",
        "Application proof",
    ),
    EventKind.LISTED.value: ("listed in Hong Kong", "Listing"),
}
UID_DOMAIN = "ipo-pipeline-watch"
# What the matcher compares: a change to one of these may claim unmatched filings.
_MATCHING_FIELDS = {"name", "name_zh", "aliases", "hk_code", "a_code"}


class ImportRefused(ValueError):
    """``apply_import`` stored nothing; the message says why."""


# -- watchlist export -----------------------------------------------------------------


def company_record(company: Company) -> dict[str, Any]:
    """One company as the export writes it (JSON types)."""
    return {
        "name": company.name,
        "name_zh": company.name_zh or "",
        "aliases": [str(a) for a in company.aliases or ()],
        "sector": company.sector or "",
        "headquarters": company.headquarters or "",
        "founded": company.founded,
        "hk_code": company.hk_code or "",
        "a_code": company.a_code or "",
        "a_exchange": company.a_exchange or "",
        "notes": company.notes or "",
        "tags": [str(t) for t in company.tags or ()],
        "facts": [dict(f) for f in company.facts or () if isinstance(f, dict)],
    }


def _companies(db: Database) -> list[Company]:
    with db.session() as session:
        rows = list(session.execute(select(Company)).scalars())
    return sorted(rows, key=lambda c: (c.name.casefold(), c.name, c.id or 0))


def export_watchlist(db: Database, fmt: str) -> str:
    """The whole watchlist as CSV or JSON text (see the module docstring)."""
    records = [company_record(c) for c in _companies(db)]
    fmt = _check_format(fmt)
    if fmt == "json":
        document = {"format": WATCHLIST_FORMAT, "version": FORMAT_VERSION, "companies": records}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(WATCHLIST_FIELDS)
    for record in records:
        writer.writerow([_csv_cell(name, record[name]) for name in WATCHLIST_FIELDS])
    return out.getvalue()


def _csv_cell(name: str, value: Any) -> str:
    if name in (*LIST_FIELDS, "facts"):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return str(value)


def _check_format(fmt: str) -> str:
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}: use csv or json.")
    return fmt


# -- events export --------------------------------------------------------------------


def export_events(db: Database, fmt: str, *, watchlist_only: bool = False) -> str:
    """Every stored event (or only those of watchlist companies) as CSV or JSON.

    ``company`` is the watchlist name ("" for applicants not on the watchlist),
    ``subject`` the name the source gave.  Oldest first, undated last."""
    fmt = _check_format(fmt)
    statement = (
        select(
            col(Company.name),
            col(Event.subject),
            col(Event.kind),
            col(Event.source),
            col(Event.published),
            col(Event.title),
            col(Event.url),
            col(Event.ref),
            col(Event.fingerprint),
            col(Event.id),
        )
        .select_from(Event)
        .outerjoin(Company, col(Company.id) == col(Event.company_id))
    )
    if watchlist_only:
        statement = statement.where(col(Event.company_id).is_not(None))
    with db.session() as session:
        rows = sorted(
            session.execute(statement).all(),
            key=lambda r: (r[4] is None, r[4] or date.min, r[9]),
        )
    records = [
        {
            "company": r[0] or "",
            "subject": r[1] or "",
            "kind": r[2],
            "source": r[3],
            "published": r[4].isoformat() if r[4] else None,
            "title": r[5] or "",
            "url": r[6],
            "ref": r[7],
            "fingerprint": r[8],
        }
        for r in rows
    ]
    if fmt == "json":
        document = {"format": EVENTS_FORMAT, "version": FORMAT_VERSION, "events": records}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EVENT_FIELDS)
    for record in records:
        writer.writerow(["" if record[k] is None else str(record[k]) for k in EVENT_FIELDS])
    return out.getvalue()


# -- calendar export ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    uid: str
    day: date
    summary: str
    description: str = ""
    url: str | None = None
    category: str = ""


def calendar_entries(db: Database) -> list[CalendarEntry]:
    """Key dates of the watchlist: Application Proof filings, listings and the lapse
    dates of live applications.  Sorted by date."""
    entries: list[CalendarEntry] = []
    with db.session() as session:
        events = session.execute(
            select(
                col(Company.name),
                col(Event.kind),
                col(Event.published),
                col(Event.title),
                col(Event.url),
                col(Event.fingerprint),
            )
            .join(Company, col(Company.id) == col(Event.company_id))
            .where(
                col(Event.kind).in_(list(CALENDAR_KINDS)),
                col(Event.published).is_not(None),
            )
        ).all()
        lapses = session.execute(
            select(col(Company.id), col(Company.name), col(Company.lapse_date)).where(
                col(Company.lapse_date).is_not(None)
            )
        ).all()
    for name, kind, published, title, url, fp in events:
        what, category = CALENDAR_KINDS[kind]
        entries.append(
            CalendarEntry(
                uid=f"{fp}@{UID_DOMAIN}",
                day=published,
                summary=f"{name}: {what}",
                description=title or "",
                url=url,
                category=category,
            )
        )
    for company_id, name, lapse in lapses:
        entries.append(
            CalendarEntry(
                uid=f"lapse-{company_id}-{lapse:%Y%m%d}@{UID_DOMAIN}",
                day=lapse,
                summary=f"{name}: Application Proof lapses",
                description=(
                    "The live Application Proof lapses six months after filing unless a "
                    "hearing is passed (Listing Rule 9.03)."
                ),
                category="Lapse date",
            )
        )
    entries.sort(key=lambda e: (e.day, e.summary.casefold(), e.uid))
    return entries


def export_calendar(db: Database, *, now: datetime | None = None) -> str:
    """The key dates as an RFC 5545 calendar of all-day events."""
    return render_calendar(calendar_entries(db), now=now)


def render_calendar(entries: Iterable[CalendarEntry], *, now: datetime | None = None) -> str:
    stamp = (now or utcnow()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//IPO Pipeline Watch//Key dates//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:IPO Pipeline Watch",
    ]
    for entry in entries:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_text(entry.uid)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{entry.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{entry.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{ics_text(entry.summary)}",
        ]
        description = entry.description
        if entry.url:
            description = f"{description}\n{entry.url}" if description else entry.url
        if description:
            lines.append(f"DESCRIPTION:{ics_text(description)}")
        url = _ics_uri(entry.url)
        if url:
            lines.append(f"URL:{url}")
        if entry.category:
            lines.append(f"CATEGORIES:{ics_text(entry.category)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def ics_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, new lines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\n", "\\n")
    return "".join(ch for ch in value if ch == "\t" or (ord(ch) >= 0x20 and ch != "\x7f"))


def _ics_uri(url: str | None) -> str | None:
    if not url or any(ord(ch) < 0x21 or ch == "\x7f" for ch in url):
        return None
    return url


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line so no physical line is longer than ``limit`` octets (UTF-8),
    never splitting a character; continuation lines start with one space."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    room = limit
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > room:
            parts.append("".join(current))
            current, size, room = [], 0, limit - 1
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


# -- watchlist import -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One row of an import file, validated."""

    line: int
    draft: CompanyDraft
    facts: tuple[dict[str, Any], ...] | None  # None: the file has no facts for it
    present: frozenset[str]  # the fields the file gives


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

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass
class ImportPreview:
    fmt: str
    to_add: list[PlannedAdd] = field(default_factory=list)
    to_update: list[PlannedUpdate] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # names
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.to_add or self.to_update)

    def summary(self) -> str:
        parts = [
            f"{len(self.to_add)} to add",
            f"{len(self.to_update)} to update",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.errors:
            parts.append(f"{len(self.errors)} with problems")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: list[int]
    updated: list[int]


def detect_format(text: str, filename: str = "") -> str:
    """Return "json" or "csv", from the file name's extension or else the content."""
    lowered = filename.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".csv"):
        return "csv"
    return "json" if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[") else "csv"


def preview_import(db: Database, text: str, fmt: str) -> ImportPreview:
    """What importing ``text`` would do; changes nothing."""
    fmt = _check_format(fmt)
    preview = ImportPreview(fmt=fmt)
    text = text.removeprefix("\ufeff")
    raw_rows = _rows_of_csv(text, preview) if fmt == "csv" else _rows_of_json(text, preview)
    if len(raw_rows) > MAX_IMPORT_ROWS:
        preview.errors.append(
            (raw_rows[MAX_IMPORT_ROWS][0], f"At most {MAX_IMPORT_ROWS} companies per import.")
        )
        raw_rows = raw_rows[:MAX_IMPORT_ROWS]
    with db.session() as session:
        existing = list(session.execute(select(Company)).scalars())
    by_name = {_clean_name(c.name): c for c in existing}
    file_names: dict[str, int] = {}
    parsed: list[tuple[int, dict[str, Any]]] = []
    for line, values in raw_rows:
        key = _clean_name(values.get("name"))
        if key and key in file_names:
            preview.errors.append((line, f"“{values['name']}” is also on line {file_names[key]}."))
            continue
        if key:
            file_names[key] = line
        parsed.append((line, values))
    all_names = set(by_name) | set(file_names)
    for line, values in parsed:
        try:
            record = _record(line, values)
            own = _clean_name(record.draft.name)
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
            preview.to_update.append(
                PlannedUpdate(line, int(target.id), target.name, clean, facts, changes)  # type: ignore[arg-type]
            )
        else:
            preview.unchanged.append(target.name)
    preview.errors.sort(key=lambda e: e[0])
    return preview


def apply_import(db: Database, preview: ImportPreview) -> ImportResult:
    """Store the previewed adds and updates in one transaction: all or nothing.

    Refuses (ImportRefused) when the preview has errors, or when the watchlist changed
    since the preview in a way that makes a row invalid (nothing is stored then).
    Added companies (and updated ones with new names or codes) then take up the
    unmatched filings that name them."""
    if preview.errors:
        raise ImportRefused(
            f"The file has {len(preview.errors)} problem(s); fix them and preview again. "
            "Nothing was imported."
        )
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
                    f"Line {plan.line}: “{plan.current_name}” changed since the preview. "
                    "Nothing was imported; preview the file again."
                )
            clean = _validated(plan.line, plan.draft, names)
            _assign(company, clean, plan.facts)
            session.add(company)
            updated.append(plan.company_id)
        existing = {c.name.casefold() for c in companies}
        for adding in preview.to_add:
            if adding.draft.name.casefold() in existing:
                raise ImportRefused(
                    f"Line {adding.line}: “{adding.draft.name}” was added to the watchlist "
                    "since the preview. Nothing was imported; preview the file again."
                )
            clean = _validated(adding.line, adding.draft, names)
            company = Company(name=clean.name, origin="user")
            _assign(company, clean, adding.facts)
            session.add(company)
            session.flush()
            added.append(int(company.id))  # type: ignore[arg-type]
    renamed = [p.company_id for p in preview.to_update if set(p.changes) & _MATCHING_FIELDS]
    if added or renamed:
        claim_unmatched(db, [*added, *renamed])
    return ImportResult(added=added, updated=updated)


def claim_unmatched(db: Database, company_ids: Sequence[int]) -> int:
    """Give newly added companies the unmatched events that name them (one pass over
    the unmatched events for all of them); returns how many events were claimed."""
    from sqlalchemy import update

    from desktop.domain.matching import Candidate, Matcher
    from desktop.store.events import refresh_stages

    ids = list(dict.fromkeys(company_ids))
    if not ids:
        return 0
    with db.session() as session:
        companies = session.execute(select(Company).where(col(Company.id).in_(ids))).scalars().all()
        candidates = [
            Candidate(
                int(c.id),  # type: ignore[arg-type]
                tuple(n for n in (c.name, c.name_zh, *(c.aliases or ())) if n),
                tuple((s, v) for s, v in (("hk", c.hk_code), ("a", c.a_code)) if v),
            )
            for c in companies
        ]
        rows = session.execute(
            select(col(Event.id), col(Event.names), col(Event.raw)).where(
                col(Event.company_id).is_(None)
            )
        ).all()
    if not candidates or not rows:
        return 0
    matcher = Matcher(candidates)
    claimed: list[tuple[int, int, str]] = []
    for event_id, event_names, raw in rows:
        raw = raw if isinstance(raw, dict) else {}
        codes = [("hk", c) for c in (raw.get("code"), raw.get("stock_code")) if isinstance(c, str)]
        found = matcher.match(list(event_names or ()), codes)
        if found is not None:
            claimed.append((event_id, found.company_id, found.reason))
    if not claimed:
        return 0
    from sqlalchemy import bindparam

    table = Event.__table__  # type: ignore[attr-defined]
    statement = (
        update(table)
        .where(table.c.id == bindparam("eid"))
        .values(company_id=bindparam("cid"), match_reason=bindparam("reason"))
    )
    with db.write() as session:
        session.connection().execute(
            statement, [{"eid": e, "cid": c, "reason": r} for e, c, r in claimed]
        )
    refresh_stages(db, {c for _e, c, _r in claimed})
    return len(claimed)


# -- import helpers ---------------------------------------------------------------------


def _validated(line: int, draft: CompanyDraft, names: set[str]) -> CompanyDraft:
    try:
        return validate(draft, existing_names=names - {draft.name.casefold()})
    except InvalidCompany as exc:
        raise ImportRefused(
            f"Line {line}: {' '.join(exc.problems.values())} Nothing was imported; "
            "preview the file again."
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
    }


def _merge(base: CompanyDraft, record: ImportRecord) -> CompanyDraft:
    changes = {
        name: getattr(record.draft, name)
        for name in WATCHLIST_FIELDS
        if name != "facts" and name in record.present
    }
    return replace(base, **changes)


def _clean_name(value: Any) -> str:
    """A name as the watchlist compares names: NFC, spaces collapsed, case folded."""
    if not isinstance(value, str):
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def _record(line: int, values: dict[str, Any]) -> ImportRecord:
    """One row's raw values (strings from CSV, JSON types from JSON) as a draft."""
    problems: list[str] = []
    kwargs: dict[str, Any] = {}
    for name in (
        "name",
        "name_zh",
        "sector",
        "headquarters",
        "hk_code",
        "a_code",
        "a_exchange",
        "notes",
    ):
        if name in values:
            value = values[name]
            if value is None:
                value = ""
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and name
                in (
                    "hk_code",
                    "a_code",
                )
            ):
                value = str(int(value)) if float(value).is_integer() else str(value)
            if not isinstance(value, str):
                problems.append(f"“{name}” should be text.")
                continue
            kwargs[name] = value
    if "founded" in values:
        try:
            kwargs["founded"] = _year(values["founded"])
        except ValueError as exc:
            problems.append(str(exc))
    for name in LIST_FIELDS:
        if name in values:
            try:
                kwargs[name] = _string_list(name, values[name])
            except ValueError as exc:
                problems.append(str(exc))
    facts: tuple[dict[str, Any], ...] | None = None
    if "facts" in values:
        try:
            facts = _facts(values["facts"])
        except ValueError as exc:
            problems.append(str(exc))
    if not isinstance(values.get("name"), str) or not values["name"].strip():
        problems.insert(0, "Give the company a name.")
    if problems:
        raise ValueError(" ".join(problems))
    draft = CompanyDraft(**kwargs)
    return ImportRecord(line, draft, facts, frozenset(values))


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("“founded” should be a year, e.g. 2016.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().removesuffix(".0").isdigit():
        return int(value.strip().removesuffix(".0"))
    raise ValueError(f"“founded” should be a year, e.g. 2016 (found “{value}”).")


def _string_list(name: str, value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError as exc:
                raise ValueError(f"“{name}” is not a valid JSON list ({exc.args[0]}).") from exc
        else:
            return split_list(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"“{name}” should be a list of text.")
    return tuple(value)


def _facts(value: Any) -> tuple[dict[str, Any], ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"“facts” is not a valid JSON list ({exc.args[0]}).") from exc
    if not isinstance(value, list):
        raise ValueError("“facts” should be a list of objects with a “text”.")
    if len(value) > MAX_FACTS:
        raise ValueError(f"At most {MAX_FACTS} facts per company.")
    facts = []
    for number, fact in enumerate(value, start=1):
        if (
            not isinstance(fact, dict)
            or not isinstance(fact.get("text"), str)
            or not fact["text"].strip()
        ):
            raise ValueError(f"Fact {number} should be an object with a non-empty “text”.")
        for key, item in fact.items():
            if not isinstance(key, str) or not (
                item is None or isinstance(item, str | int | float)
            ):
                raise ValueError(f"Fact {number}: “{key}” should be text.")
        facts.append(dict(fact))
    return tuple(facts)


def _rows_of_csv(text: str, preview: ImportPreview) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        preview.errors.append((1, "The file is empty."))
        return []
    except csv.Error as exc:
        preview.errors.append((1, f"The header row could not be read: {exc}."))
        return []
    columns = [h.strip().lower().replace(" ", "_") for h in header]
    unknown = [h for h, c in zip(header, columns, strict=True) if c not in WATCHLIST_FIELDS]
    if unknown:
        preview.errors.append(
            (1, f"Unknown column “{unknown[0]}”; the columns are: {', '.join(WATCHLIST_FIELDS)}.")
        )
        return []
    if "name" not in columns:
        preview.errors.append((1, "The header row has no “name” column."))
        return []
    if len(set(columns)) != len(columns):
        preview.errors.append((1, "A column appears twice in the header row."))
        return []
    rows: list[tuple[int, dict[str, Any]]] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            preview.errors.append((line, f"The row could not be read: {exc}."))
            break
        if cells and any(c.strip() for c in cells):
            if len(cells) > len(columns):
                preview.errors.append(
                    (line, f"The row has {len(cells)} cells but the header {len(columns)}.")
                )
            else:
                rows.append((line, dict(zip(columns, cells, strict=False))))
        line = reader.line_num + 1
    return rows


def _rows_of_json(text: str, preview: ImportPreview) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        lineno = getattr(exc, "lineno", 1)
        preview.errors.append((lineno, f"The file is not valid JSON: {getattr(exc, 'msg', exc)}."))
        return []
    if isinstance(data, dict):
        if data.get("format") not in (None, WATCHLIST_FORMAT):
            preview.errors.append((1, f"This is not a watchlist file (format {data['format']!r})."))
            return []
        items = data.get("companies")
    else:
        items = data
    if not isinstance(items, list):
        preview.errors.append((1, "Expected a list of companies (a “companies” list)."))
        return []
    lines = _element_lines(text)
    rows = []
    for index, item in enumerate(items):
        line = lines[index] if index < len(lines) else 1
        if not isinstance(item, dict):
            preview.errors.append((line, f"Company {index + 1} is not an object."))
            continue
        unknown = [k for k in item if k not in WATCHLIST_FIELDS]
        if unknown:
            preview.errors.append(
                (
                    line,
                    f"Unknown field “{unknown[0]}”; the fields are: {', '.join(WATCHLIST_FIELDS)}.",
                )
            )
            continue
        rows.append((line, item))
    return rows


def _element_lines(text: str) -> list[int]:
    """The line each element of the company list starts on (``text`` is valid JSON):
    the elements of a top-level list, or of the top-level object's "companies" list."""
    lines: list[int] = []
    stack: list[str] = []
    key: str | None = None
    line = 1
    i, n = 0, len(text)
    pending_value = False  # an element of the wanted list may start here
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if _in_wanted_list(stack, key) and pending_value:
                lines.append(line)
                pending_value = False
            elif len(stack) == 1 and stack[0] == "{":
                rest = text[j + 1 : j + 64].lstrip()
                if rest.startswith(":"):
                    key = json.loads(text[i : j + 1])
            i = j
        elif ch in "{[":
            if _in_wanted_list(stack, key) and pending_value:
                lines.append(line)
                pending_value = False
            stack.append(ch)
            pending_value = _in_wanted_list(stack, key)
        elif ch in "}]":
            stack.pop()
        elif ch == ",":
            pending_value = _in_wanted_list(stack, key)
        elif not ch.isspace() and _in_wanted_list(stack, key) and pending_value:
            lines.append(line)  # a number, true, false or null
            pending_value = False
        i += 1
    return lines


def _in_wanted_list(stack: list[str], key: str | None) -> bool:
    return stack == ["["] or (stack == ["{", "["] and key == "companies")
