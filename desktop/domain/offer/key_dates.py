"""The dates of one offer a calendar shows: the offer opens, applications close (at their
time; banks and brokers close earlier), the allotment results, dealings begin, the end of
stabilisation, and each lock-up's last day.

Only from the offer's stored facts, each date with the document and page it came from: a
date no document states is left out. Two dates come from rules applied to stated ones, and
say so: a lock-up whose last day is not printed (listing + N months − 1 day, as
`calendar.lockups` estimates it) and, before its notice, the end of stabilisation of an
offer with an over-allotment option (the 30th day after the last day for applications).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.offer import calendar, dates

_DOC_NAMES = {  # as the interface names them (context OfferFormat)
    "formal_notice": "Formal notice",
    "allotment_results": "Allotment results",
    "stabilisation_end": "End of stabilisation",
    "prospectus": "Prospectus",
}
_OUTCOMES = {
    "full": QT_TRANSLATE_NOOP("OfferKeyDates", "The over-allotment option was fully exercised."),
    "partial": QT_TRANSLATE_NOOP(
        "OfferKeyDates", "The over-allotment option was partly exercised."
    ),
    "lapsed": QT_TRANSLATE_NOOP("OfferKeyDates", "The over-allotment option lapsed."),
}
_BROKERS = QT_TRANSLATE_NOOP(
    "OfferKeyDates",
    "Banks and brokers stop taking applications earlier: ask yours for its cut-off.",
)


@dataclass(frozen=True, slots=True)
class KeyDate:
    what: str  # stable within the offer: "opens", "close", …, "lockup-<group>-<yyyymmdd>"
    day: date  # Hong Kong date
    start: datetime | None  # the moment (aware, Hong Kong time) when the document gives one
    title: str
    description: str  # what happens, then where it was read
    url: str | None  # the document, at its page


@dataclass(frozen=True, slots=True)
class _Source:
    """Where a date was read, when it is not one fact's own source."""

    url: str
    doc_type: str
    page: int | None = None


def key_dates(summary: Any) -> list[KeyDate]:
    """The dates of one offer (an `OfferSummary`: `facts`, `values`, `documents`, `name`,
    `stock_code`), in the interface language."""
    dated = _Dates(summary)
    dated.opens()
    dated.close()
    dated.results()
    dated.listing()
    dated.stabilisation()
    dated.lockups()
    return dated.out


class _Dates:
    def __init__(self, summary: Any) -> None:
        self.summary = summary
        self.values: dict[str, Any] = summary.values
        self.offer = translate("OfferKeyDates", "{name} ({code})").format(
            name=summary.name, code=summary.stock_code
        )
        self.out: list[KeyDate] = []

    def add(self, what: str, when: Any, title: str, text: str, source: Any) -> None:
        """`when`: a timetable value (a moment, or a date) or a date."""
        moment = calendar.parse_when(when) if isinstance(when, str) else None
        day = moment.date() if moment is not None else when
        if not isinstance(day, date):
            return
        timed = moment if isinstance(when, str) and "T" in when else None
        self.out.append(
            KeyDate(
                what,
                day,
                timed,
                title,
                "\n".join(t for t in (text, _source_line(source)) if t),
                _source_url(source),
            )
        )

    def fact(self, key: str) -> Any:
        return self.summary.facts.get(key)

    def opens(self) -> None:
        self.add(
            "opens",
            self.values.get("timetable.offer_opens"),
            translate("OfferKeyDates", "{offer}: offer opens").format(offer=self.offer),
            translate("OfferKeyDates", "The Hong Kong public offer opens for applications."),
            self.fact("timetable.offer_opens"),
        )

    def close(self) -> None:
        value = self.values.get("timetable.applications_close")
        closing = calendar.parse_when(value)
        if closing is None:
            return
        day = format_day(closing.date())
        if "T" in str(value):
            clock = f"{closing:%H:%M}"
            title = translate(
                "OfferKeyDates", "{offer}: applications close {time} HKT (brokers close earlier)"
            ).format(offer=self.offer, time=clock)
            text = translate(
                "OfferKeyDates",
                "The application lists close at {time} HKT (Hong Kong time) on {date}.",
            ).format(time=clock, date=day)
        else:
            title = translate(
                "OfferKeyDates", "{offer}: applications close (brokers close earlier)"
            ).format(offer=self.offer)
            text = translate("OfferKeyDates", "The application lists close on {date}.").format(
                date=day
            )
        text += " " + translate("OfferKeyDates", _BROKERS)
        fee, lot = self.values.get("entry_fee"), self.values.get("board_lot")
        if isinstance(fee, int | float) and isinstance(lot, int):
            text += "\n" + translate(
                "OfferKeyDates", "Entry fee for one board lot of {lot} shares: {fee}"
            ).format(lot=f"{lot:,}", fee=f"HK${fee:,.2f}")
        self.add("close", value, title, text, self.fact("timetable.applications_close"))

    def results(self) -> None:
        read = next(
            (
                d
                for d in self.summary.documents
                if d.doc_type == "allotment_results" and d.status == "read"
            ),
            None,
        )
        when: Any = self.values.get("timetable.results")
        source: Any = self.fact("timetable.results")
        if read is not None:
            source = _Source(read.url, "allotment_results")
            when = when if when is not None else read.published
        self.add(
            "results",
            when,
            translate("OfferKeyDates", "{offer}: allotment results").format(offer=self.offer),
            translate("OfferKeyDates", "The allotment results are published.")
            if read is not None
            else translate("OfferKeyDates", "The allotment results are to be published."),
            source,
        )

    def listing(self) -> None:
        day = calendar.listing_day(self.values)
        if day is None:
            return
        timetable = self.values.get("timetable.listing")
        same = isinstance(timetable, str) and timetable[:10] == day.isoformat()
        price = self.values.get("offer_price")
        self.add(
            "listing",
            timetable if same else day,
            translate("OfferKeyDates", "{offer}: dealings begin").format(offer=self.offer),
            translate(
                "OfferKeyDates", "Dealings in the shares begin; the offer price is {price}."
            ).format(price=f"HK${price:,.2f}")
            if isinstance(price, int | float)
            else translate("OfferKeyDates", "Dealings in the shares begin."),
            self.fact("listing_date") or self.fact("timetable.listing"),
        )

    def stabilisation(self) -> None:
        ended = self.values.get("stabilisation_ended")
        if isinstance(ended, str) and ended:
            outcome = _OUTCOMES.get(str(self.values.get("over_allotment")))
            text = translate("OfferKeyDates", outcome) if outcome else ""
            shares = self.values.get("over_allotment_shares")
            if text and isinstance(shares, int) and shares:
                text += " " + translate("OfferKeyDates", "{shares} shares.").format(
                    shares=f"{shares:,}"
                )
            self.add(
                "stabilisation",
                _day(ended),
                translate("OfferKeyDates", "{offer}: stabilisation period ended").format(
                    offer=self.offer
                ),
                text,
                self.fact("stabilisation_ended"),
            )
            return
        closing = calendar.parse_when(self.values.get("timetable.applications_close"))
        if self.values.get("over_allotment_option") is True and closing is not None:
            self.add(
                "stabilisation",
                dates.stabilisation_end(closing.date()),
                translate("OfferKeyDates", "{offer}: stabilisation period ends (expected)").format(
                    offer=self.offer
                ),
                translate(
                    "OfferKeyDates",
                    "Expected on the 30th day after the last day for applications; the "
                    "end-of-stabilisation notice will say whether the over-allotment option "
                    "was exercised.",
                ),
                self.fact("over_allotment_option"),
            )

    def lockups(self) -> None:
        for lock in calendar.lockups(self.values):
            group = translate("OfferFormat", lock.group)
            free = format_day(lock.last_day + timedelta(days=1))
            if isinstance(lock.shares, int):
                text = translate(
                    "OfferKeyDates",
                    "Last day of the lock-up of {shares} shares held by {group}; they may be "
                    "sold from {date}.",
                ).format(shares=f"{lock.shares:,}", group=group, date=free)
            else:
                text = translate(
                    "OfferKeyDates",
                    "Last day of the lock-up of the shares held by {group}; they may be sold "
                    "from {date}.",
                ).format(group=group, date=free)
            source = self.fact("lockups")
            if lock.estimated:
                title = translate("OfferKeyDates", "{offer}: lock-up of {group} ends (estimate)")
                text += "\n" + translate(
                    "OfferKeyDates",
                    "An estimate: no last day is printed, so listing date + 6 months − 1 day.",
                )
                source = self.fact("listing_date") or self.fact("timetable.listing")
            else:
                title = translate("OfferKeyDates", "{offer}: lock-up of {group} ends")
                if source is not None and lock.page:
                    source = _Source(source.url, source.doc_type, lock.page)
            slug = "-".join(lock.group.lower().split())
            self.add(
                f"lockup-{slug}-{lock.last_day:%Y%m%d}",
                lock.last_day,
                title.format(offer=self.offer, group=group),
                text,
                source,
            )


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _source_url(source: Any) -> str | None:
    url = getattr(source, "url", None)
    if not url:
        return None
    page = getattr(source, "page", None)
    return f"{url}#page={page}" if page else url


def _source_line(source: Any) -> str:
    if source is None or not getattr(source, "url", None):
        return ""
    document = translate("OfferFormat", _DOC_NAMES.get(source.doc_type, source.doc_type))
    page = getattr(source, "page", None)
    if page:
        return translate("OfferKeyDates", "Source: {document}, page {page}").format(
            document=document, page=page
        )
    return translate("OfferKeyDates", "Source: {document}").format(document=document)
