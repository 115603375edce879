"""Days as chart coordinates: seconds since the epoch of the day's midnight UTC."""

from __future__ import annotations

import calendar
from datetime import date


def timestamp(day: date) -> float:
    """Seconds since the epoch of the day's midnight UTC (axes use ``utcOffset=0``)."""
    return float(calendar.timegm(day.timetuple()))


_EPOCH = date(1970, 1, 1).toordinal()


def day_of(seconds: float) -> date:
    """The UTC day a timestamp falls on (the inverse of ``timestamp``)."""
    return date.fromordinal(_EPOCH + int(seconds // 86400))
