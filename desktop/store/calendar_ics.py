"""Key dates of the watchlist as an iCalendar (.ics) file (RFC 5545): Application Proof
filings, PHIPs (the listing hearing passed), listings, the dates live applications lapse,
the lapses that happened, and the dates of each watched company's offer
(from its stored facts, each with the document it came from). A date is an all-day event; a timetable moment (Hong
Kong time) is an event at that moment, written in UTC."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import col

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.kinds import EventKind
from desktop.store.db import Database
from desktop.store.tables import Company, Event, utcnow

CALENDAR_KINDS = {
    EventKind.APPLICATION_PROOF.value: (
        QT_TRANSLATE_NOOP("CalendarIcs", "Application Proof filed"),
        QT_TRANSLATE_NOOP("CalendarIcs", "Application proof"),
    ),
    EventKind.APPLICATION_PROOF_UPDATE.value: (
        QT_TRANSLATE_NOOP("CalendarIcs", "new Application Proof version"),
        QT_TRANSLATE_NOOP("CalendarIcs", "Application proof"),
    ),
    EventKind.PHIP.value: (
        QT_TRANSLATE_NOOP("CalendarIcs", "listing hearing passed (PHIP posted)"),
        QT_TRANSLATE_NOOP("CalendarIcs", "Hearing"),
    ),
    EventKind.LISTED.value: (
        QT_TRANSLATE_NOOP("CalendarIcs", "listed in Hong Kong"),
        QT_TRANSLATE_NOOP("CalendarIcs", "Listing"),
    ),
}
"""Event kind → (what happened, category); translated with context "CalendarIcs"."""
UID_DOMAIN = "ipo-pipeline-watch"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    uid: str
    day: date
    summary: str
    description: str = ""
    url: str | None = None
    category: str = ""
    start: datetime | None = None  # an aware moment: the event is at it, not all day


def calendar_entries(db: Database) -> list[CalendarEntry]:
    """Key dates of the watchlist: Application Proof filings, PHIPs, listings, the lapse
    dates of live applications and the day each lapsed company lapsed (from its stage,
    so an HKEX lapse is dated on the lapse, not the filing), and the offers' dates.
    Sorted by date."""
    entries, listings = offer_entries(db)
    with db.session() as session:
        events = session.execute(
            select(
                col(Company.id),
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
        lapsed = session.execute(
            select(col(Company.id), col(Company.name), col(Company.stage_since)).where(
                col(Company.stage) == "lapsed", col(Company.stage_since).is_not(None)
            )
        ).all()
    for company_id, name, day in lapsed:
        entries.append(
            CalendarEntry(
                uid=f"lapsed-{company_id}-{day:%Y%m%d}@{UID_DOMAIN}",
                day=day,
                summary=translate("CalendarIcs", "{name}: Application Proof lapsed").format(
                    name=name
                ),
                description=translate(
                    "CalendarIcs",
                    "The Application Proof lapsed six months after filing without a hearing "
                    "(Listing Rule 9.03).",
                ),
                category=translate("CalendarIcs", "Lapse"),
            )
        )
    for company_id, name, kind, published, title, url, fp in events:
        if kind == EventKind.LISTED.value and (company_id, published) in listings:
            continue  # the offer's own entry says it, with the time and its document
        what, category = (translate("CalendarIcs", text) for text in CALENDAR_KINDS[kind])
        entries.append(
            CalendarEntry(
                uid=f"{fp}@{UID_DOMAIN}",
                day=published,
                summary=translate("CalendarIcs", "{name}: {what}").format(name=name, what=what),
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
                summary=translate("CalendarIcs", "{name}: Application Proof lapses").format(
                    name=name
                ),
                description=translate(
                    "CalendarIcs",
                    "The live Application Proof lapses six months after filing unless a "
                    "hearing is passed (Listing Rule 9.03).",
                ),
                category=translate("CalendarIcs", "Lapse date"),
            )
        )
    entries.sort(key=lambda e: (e.day, e.summary.casefold(), e.uid))
    return entries


def offer_entries(db: Database) -> tuple[list[CalendarEntry], set[tuple[int, date]]]:
    """The dates of each watched company's offer (`domain.offer.key_dates`: from its
    stored facts only, each with the document it came from), and the (company, day) of
    each listing among them."""
    from desktop.domain.offer.key_dates import key_dates
    from desktop.store.offer_views import read_offer_summaries

    entries: list[CalendarEntry] = []
    listings: set[tuple[int, date]] = set()
    category = translate("CalendarIcs", "Offer")
    for summary in read_offer_summaries(db):
        if summary.company_id is None:
            continue
        for found in key_dates(summary):
            entries.append(
                CalendarEntry(
                    uid=f"offer-{summary.stock_code}-{found.what}@{UID_DOMAIN}",
                    day=found.day,
                    summary=found.title,
                    description=found.description,
                    url=found.url,
                    category=category,
                    start=found.start,
                )
            )
            if found.what == "listing":
                listings.add((summary.company_id, found.day))
    return entries, listings


def export_calendar(db: Database, *, now: datetime | None = None) -> str:
    """The key dates as an RFC 5545 calendar."""
    return render_calendar(calendar_entries(db), now=now)


def render_calendar(entries: Iterable[CalendarEntry], *, now: datetime | None = None) -> str:
    stamp = (now or utcnow()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//IPO Pipeline Watch//Key dates//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + ics_text(translate("CalendarIcs", "IPO Pipeline Watch")),
    ]
    for entry in entries:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_text(entry.uid)}",
            f"DTSTAMP:{stamp}",
        ]
        if entry.start is not None:  # no DTEND: the event ends when it starts (§3.6.1)
            lines.append(f"DTSTART:{entry.start.astimezone(UTC):%Y%m%dT%H%M%SZ}")
        else:
            lines += [
                f"DTSTART;VALUE=DATE:{entry.day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{entry.day + timedelta(days=1):%Y%m%d}",
            ]
        lines.append(f"SUMMARY:{ics_text(entry.summary)}")
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
