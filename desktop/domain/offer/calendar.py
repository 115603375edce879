"""Where an offer stands now (open, listing soon, listed) and what comes next, from its
facts. Timetable values are Hong Kong local time (UTC+8, no daylight saving)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from desktop.domain.i18n import translate
from desktop.domain.offer.dates import LOCKUP_MONTHS, lockup_last_day

HONG_KONG = timezone(timedelta(hours=8), "HKT")
RECENT_DAYS = 90
LOCKUP_AHEAD_DAYS = 60

PHASES = ("upcoming", "open", "listing_soon", "listed", "unknown")


def hk_now(now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(HONG_KONG)


def parse_when(value: Any) -> datetime | None:
    """A timetable value (`YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`) as an aware HK datetime; a
    bare date counts from its start."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if "T" in value:
            parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M")
        else:
            parsed = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        return None
    return parsed.replace(tzinfo=HONG_KONG)


def listing_day(values: Mapping[str, Any]) -> date | None:
    found = parse_when(values.get("listing_date")) or parse_when(values.get("timetable.listing"))
    return found.date() if found else None


def phase(values: Mapping[str, Any], now: datetime | None = None) -> str:
    moment = hk_now(now)
    opens = parse_when(values.get("timetable.offer_opens"))
    closes = parse_when(values.get("timetable.applications_close"))
    listing = listing_day(values)
    if listing is not None and moment.date() >= listing:
        return "listed"
    if closes is not None and moment >= closes:
        return "listing_soon"
    if opens is not None and moment >= opens:
        return "open"
    if opens is not None:
        return "upcoming"
    if values.get("hk_valid_applications") is not None:
        return "listing_soon"
    return "unknown"


def time_left(values: Mapping[str, Any], now: datetime | None = None) -> timedelta | None:
    closes = parse_when(values.get("timetable.applications_close"))
    if closes is None:
        return None
    left = closes - hk_now(now)
    return left if left > timedelta(0) else None


def describe_left(left: timedelta | None) -> str:
    if left is None:
        return ""
    minutes = int(left.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("OfferCalendar", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("OfferCalendar", "{hours} h {minutes} min").format(
            hours=hours, minutes=mins
        )
    return translate("OfferCalendar", "{minutes} min").format(minutes=mins)


@dataclass(frozen=True, slots=True)
class Lockup:
    group: str
    last_day: date
    shares: int | None
    estimated: bool
    page: int | None


def lockups(values: Mapping[str, Any]) -> list[Lockup]:
    """The printed lock-ups; where none is printed, the cornerstones' six months from listing
    (marked as an estimate)."""
    out: list[Lockup] = []
    for row in values.get("lockups") or []:
        try:
            day = date.fromisoformat(row["last_day"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append(
            Lockup(str(row.get("group", "")), day, row.get("shares"), False, row.get("page"))
        )
    listing = listing_day(values)
    cornerstones = values.get("cornerstones") or []
    if not out and listing is not None and cornerstones:
        months = LOCKUP_MONTHS["cornerstone investors"]
        shares = sum(int(c.get("shares") or 0) for c in cornerstones) or None
        out.append(
            Lockup("cornerstone investors", lockup_last_day(listing, months), shares, True, None)
        )
    return out


def offer_return(offer_price: float | None, close: float | None) -> float | None:
    """Close against the offer price, in per cent."""
    if not offer_price or close is None:
        return None
    return round((close / offer_price - 1) * 100, 2)
