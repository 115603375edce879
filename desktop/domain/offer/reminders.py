"""Reminders before an offer's dates: applications close in 24 h and in 2 h (adjustable;
brokers close their own lists earlier), dealings begin, a lock-up ends in 7 days
(adjustable). Each has a stable key, so it is stored, and alerts, exactly once; one whose
moment passed while the app was off is not raised late."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.offer.calendar import HONG_KONG, hk_now, parse_when
from desktop.domain.phrases import (
    CLOSES,
    ENTRY_FEE,
    ESTIMATED,
    LOCKUP,
    LOCKUP_SHARES,
    TRADES,
    TRADES_AT,
)

CLOSE_HOURS = (24, 2)
LOCKUP_DAYS = 7
SETTING_KEY = "offer_reminders"
"""Where the user's reminder times are kept (declared in `store.settings`)."""
MAX_CLOSE_HOURS = 7 * 24
MAX_LOCKUP_DAYS = 90


@dataclass(frozen=True, slots=True)
class ReminderTimes:
    """When to remind: hours before applications close (each a reminder of its own; the
    nearest one due is raised) and days before a lock-up's last day (0: no lock-up
    reminder)."""

    close_hours: tuple[int, ...] = CLOSE_HOURS
    lockup_days: int = LOCKUP_DAYS

    def to_json(self) -> dict[str, Any]:
        return {"close_hours": list(self.close_hours), "lockup_days": self.lockup_days}

    @classmethod
    def from_json(cls, data: Any) -> ReminderTimes:
        """Tolerant: what is missing or out of range falls back to the default."""
        if not isinstance(data, Mapping):
            return cls()
        hours = data.get("close_hours", CLOSE_HOURS)
        if isinstance(hours, list | tuple) and all(_whole(h) for h in hours):
            chosen = tuple(
                sorted({int(h) for h in hours if 0 < int(h) <= MAX_CLOSE_HOURS}, reverse=True)
            )
        else:
            chosen = CLOSE_HOURS
        days = data.get("lockup_days", LOCKUP_DAYS)
        if not _whole(days) or not 0 <= int(days) <= MAX_LOCKUP_DAYS:
            days = LOCKUP_DAYS
        return cls(chosen, int(days))


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str  # stable: "<code>:close:24", "<code>:listing", "<code>:lockup:<group>:<day>"
    kind: str  # an event kind
    title: str
    day: date


def _name(entry: Mapping[str, Any]) -> str:
    return f"{entry.get('issuer') or entry.get('code')} ({entry.get('code')})"


def _moment(when: datetime) -> str:
    """A close time: 2026-01-05 12:00 (stored so; shown 2026年1月5日 12:00 in Chinese)."""
    return f"{when.date().isoformat()} {when:%H:%M}"


def due(
    entry: Mapping[str, Any],
    now: datetime | None = None,
    *,
    close_hours: Sequence[int] = CLOSE_HOURS,
    lockup_days: int = LOCKUP_DAYS,
) -> list[Reminder]:
    """The reminders of one offer due at `now` (between their moment and the event); no
    close reminder without `close_hours`, no lock-up reminder with `lockup_days` 0."""
    moment = hk_now(now)
    code = str(entry.get("code") or "")
    out: list[Reminder] = []
    closes = parse_when(entry.get("applications_close"))
    if closes is not None:
        for hours in sorted(set(close_hours)):
            if closes - timedelta(hours=hours) <= moment < closes:
                fee = entry.get("entry_fee")
                title = CLOSES.compose(name=_name(entry), hours=hours, time=_moment(closes))
                if isinstance(fee, int | float):
                    title += ENTRY_FEE.compose(fee=f"HK${fee:,.2f}")
                out.append(
                    Reminder(f"{code}:close:{hours}", "listing_announcement", title, closes.date())
                )
                break  # the nearest one only
    listing = parse_when(entry.get("listing"))
    if listing is not None:
        start = listing.replace(hour=0, minute=0)
        if start <= moment < start + timedelta(days=1):
            price = entry.get("offer_price")
            title = (
                TRADES_AT.compose(name=_name(entry), price=f"HK${price:,.2f}")
                if isinstance(price, int | float)
                else TRADES.compose(name=_name(entry))
            )
            out.append(Reminder(f"{code}:listing", "listing_announcement", title, listing.date()))
    for lock in entry.get("lockups") or [] if lockup_days > 0 else []:
        try:
            last = date.fromisoformat(str(lock.get("last_day")))
        except ValueError:
            continue
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), HONG_KONG)
        if end - timedelta(days=lockup_days + 1) <= moment < end:
            shares = lock.get("shares")
            fields = {"group": str(lock.get("group")), "name": _name(entry), "date": last}
            if isinstance(shares, int):
                title = LOCKUP_SHARES.compose(shares=f"{shares:,}", **fields)
            else:
                title = LOCKUP.compose(**fields)
            if lock.get("estimated"):
                title += ESTIMATED.compose()
            out.append(
                Reminder(
                    f"{code}:lockup:{lock.get('group')}:{last.isoformat()}",
                    "lockup_expiry",
                    title,
                    last,
                )
            )
    return out
