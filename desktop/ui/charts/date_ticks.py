"""Where the ticks of a date axis go and what they say.  Pure Python (no Qt).

Whatever the zoom, the labels together say day, month and year: day ticks read
"7 Dec", month ticks "Dec", and the first tick and every tick where a new year begins
carry the year too ("7 Dec 2026", "Jan 2027").  Years alone read "2026".  The finest
spacing whose labels fit is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from desktop.services.language import ENGLISH, current_language
from desktop.ui.charts.dates import day_of, timestamp

# (unit, step): days of the month, months, years.
LEVELS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("day", 5),
    ("day", 10),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 25),
    ("year", 50),
)
MAX_TICKS = 400


def _days(first: date, last: date, step: int) -> list[date]:
    wanted = {1, *range(1 + step, 29, step)} if step > 1 else None
    out: list[date] = []
    day = first
    while day <= last and len(out) <= MAX_TICKS:
        if wanted is None or day.day in wanted:
            out.append(day)
        day += timedelta(days=1)
    return out


def _months(first: date, last: date, step: int) -> list[date]:
    out: list[date] = []
    year, month = first.year, first.month
    while len(out) <= MAX_TICKS:
        day = date(year, month, 1)
        if day > last:
            break
        if day >= first and (month - 1) % step == 0:
            out.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def _years(first: date, last: date, step: int) -> list[date]:
    start = first.year if first == date(first.year, 1, 1) else first.year + 1
    start += (-start) % step
    return [date(y, 1, 1) for y in range(start, last.year + 1, step)][: MAX_TICKS + 1]


def ticks_at(first: date, last: date, unit: str, step: int) -> list[date]:
    if unit == "day":
        return _days(first, last, step)
    if unit == "month":
        return _months(first, last, step)
    return _years(first, last, step)


def labels(days: list[date], unit: str) -> list[str]:
    """Each tick's text; the first and each new year (and, for days, new month) say more."""
    out = []
    previous: date | None = None
    chinese = current_language() != ENGLISH  # 2026年12月, 12月, 12月7日
    for day in days:
        if chinese and unit != "year":
            new_year = previous is None or day.year != previous.year
            text = f"{day.month}月" if unit == "month" else f"{day.month}月{day.day}日"
            out.append(f"{day.year}年{text}" if new_year else text)
        elif unit == "year":
            out.append(str(day.year))
        elif unit == "month":
            new_year = previous is None or day.year != previous.year
            out.append(day.strftime("%b %Y") if new_year else day.strftime("%b"))
        else:
            new_year = previous is None or day.year != previous.year
            text = f"{day.day} {day.strftime('%b')}"
            out.append(f"{text} {day.year}" if new_year else text)
        previous = day
    return out


def plan(
    low: float, high: float, width_px: float, text_px: Callable[[str], float]
) -> list[tuple[float, str]]:
    """(timestamp, label) of the ticks between two timestamps on an axis ``width_px``
    wide; ``text_px`` measures a label in pixels."""
    if not high > low or width_px <= 0:
        return []
    first, last = day_of(low), day_of(high)
    if timestamp(first) < low:
        first += timedelta(days=1)
    for unit, step in LEVELS:
        days = ticks_at(first, last, unit, step)
        if len(days) > MAX_TICKS:
            continue
        texts = labels(days, unit)
        if not days:
            continue
        gap = width_px / max((high - low) / 86400.0, 1e-9)  # pixels per day
        positions = [(timestamp(d) - low) / 86400.0 * gap for d in days]
        fits = all(
            positions[i + 1] - positions[i] >= (text_px(texts[i]) + text_px(texts[i + 1])) / 2 + 12
            for i in range(len(days) - 1)
        )
        if fits:
            return [(timestamp(d), t) for d, t in zip(days, texts, strict=True)]
    days = ticks_at(first, last, "year", 100)
    return [(timestamp(d), t) for d, t in zip(days, labels(days, "year"), strict=True)]
