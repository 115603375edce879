"""Offer dates the documents imply: lock-up ends (where none is printed) and the end of
stabilisation (30 days after the last day for applications), and their cross-checks."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop.domain.phrases import CHECK_LOCKUP, CHECK_STABILISATION

STABILISATION_DAYS = 30

LOCKUP_MONTHS: dict[str, int] = {
    "cornerstone investors": 6,
    "controlling shareholders": 6,
    "pre-IPO investors": 12,  # PRC Company Law: every pre-IPO holder of a joint-stock issuer
    "existing shareholders": 12,
    "pathfinder investors": 6,
    "key persons": 12,
}


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def lockup_last_day(listing: date, months: int) -> date:
    """Listing date + N months − 1 day (the estimate when no last day is printed)."""
    return add_months(listing, months) - timedelta(days=1)


def stabilisation_end(applications_close: date) -> date:
    return applications_close + timedelta(days=STABILISATION_DAYS)


def check_stabilisation(applications_close: date, ended: date) -> str | None:
    expected = stabilisation_end(applications_close)
    if expected == ended:
        return None
    return CHECK_STABILISATION.compose(ended=ended, closed=applications_close, expected=expected)


def check_lockup(listing: date, months: int, printed: date) -> str | None:
    expected = lockup_last_day(listing, months)
    if expected == printed:
        return None
    return CHECK_LOCKUP.compose(months=months, listing=listing, expected=expected, printed=printed)
