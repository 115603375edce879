"""A source's failure in plain words: which file or server, what it means, what happens
next.  The technical text stays available for a tool tip and the log.

Pure: the Sources view, the status bar and the charts' empty states all call
``explain`` (or the empty-state helpers below) so they say the same thing.

The technical messages come from ``sources.http`` ("appactive_app_sehk_e.json: HTTP 404
Not Found", "q=r_hk09660: no answer within 20 s", "www1.hkexnews.hk refused the
connection"), from parsers ("…: not JSON (…)") and from the poll's summary, which joins
up to three of them with "; " ("…; and 4 more").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.phrases import composed, shown
from desktop.domain.seed_words import seed_text
from desktop.domain.server_words import CONNECTION_LOST, SERVER_UNREACHABLE

SOURCE_TITLES = {
    "hkex_app": QT_TRANSLATE_NOOP("SourceErrors", "HKEX application proofs and PHIPs"),
    "hkex_news": QT_TRANSLATE_NOOP("SourceErrors", "HKEX listing documents"),
    "hkex_new_listings": QT_TRANSLATE_NOOP("SourceErrors", "HKEX New Listing Report"),
    "csrc": QT_TRANSLATE_NOOP("SourceErrors", "CSRC overseas listing filings"),
    "cninfo": QT_TRANSLATE_NOOP("SourceErrors", "cninfo A-share announcements"),
    "news": QT_TRANSLATE_NOOP("SourceErrors", "News feeds"),
    "prices": QT_TRANSLATE_NOOP("SourceErrors", "Share prices (Hong Kong)"),
    "funding_documents": QT_TRANSLATE_NOOP("SourceErrors", "Funding rounds in offer documents"),
    "offer_documents": QT_TRANSLATE_NOOP("SourceErrors", "HKEX offer documents (terms, results)"),
}
_BOARDS = {
    "sehk": QT_TRANSLATE_NOOP("SourceErrors", "Main Board"),
    "gem": QT_TRANSLATE_NOOP("SourceErrors", "GEM"),
}
_LANGS = {
    "e": QT_TRANSLATE_NOOP("SourceErrors", "English"),
    "c": QT_TRANSLATE_NOOP("SourceErrors", "Chinese"),
}
_APP_FILES = {
    "appactive_app": QT_TRANSLATE_NOOP("SourceErrors", "list of active applications"),
    "appactive_appphip": QT_TRANSLATE_NOOP("SourceErrors", "list of applications with a PHIP"),
    "appinactive": QT_TRANSLATE_NOOP(
        "SourceErrors", "list of lapsed, withdrawn and rejected applications"
    ),
    "applisted": QT_TRANSLATE_NOOP("SourceErrors", "list of listed applicants"),
    "appreturned": QT_TRANSLATE_NOOP("SourceErrors", "list of returned applications"),
}
_HOSTS = {
    "hkexnews.hk": QT_TRANSLATE_NOOP("SourceErrors", "HKEXnews"),
    "hkex.com.hk": QT_TRANSLATE_NOOP("SourceErrors", "HKEX"),
    "csrc.gov.cn": QT_TRANSLATE_NOOP("SourceErrors", "the CSRC website"),
    "cninfo.com.cn": QT_TRANSLATE_NOOP("SourceErrors", "cninfo"),
    "gtimg.cn": QT_TRANSLATE_NOOP("SourceErrors", "Tencent's quote server"),
    "finance.yahoo.com": QT_TRANSLATE_NOOP("SourceErrors", "Yahoo Finance"),
    "yahoo.com": QT_TRANSLATE_NOOP("SourceErrors", "Yahoo Finance"),
}
_FILE_RE = re.compile(
    r"^(appactive_appphip|appactive_app|appinactive|applisted|appreturned)_(sehk|gem)(?:_(e|c))?"
)
_STATUS_RE = re.compile(r"HTTP (\d{3})")
_SKIPPED_RE = re.compile(r"(\d+) (?:record|listing)\(s\) skipped")


@dataclass(frozen=True, slots=True)
class Explained:
    """A failure in plain words; ``detail`` is the technical text as it came."""

    what: str  # which file or server failed, e.g. "HKEX's list of active applications"
    meaning: str  # e.g. "the file is not on the server (HTTP 404)"
    next_step: str  # e.g. "The app tries again at the next poll, in 1 hour."
    detail: str

    @property
    def short(self) -> str:
        """One line for a table cell or the status bar."""
        return translate("SourceErrors", "{what}: {meaning}.").format(
            what=_capital(self.what), meaning=self.meaning
        )

    @property
    def text(self) -> str:
        """The whole sentence, for an empty state or a message."""
        return translate("SourceErrors", "{what}: {meaning}. {next_step}").format(
            what=_capital(self.what), meaning=self.meaning, next_step=self.next_step
        )

    @property
    def tooltip(self) -> str:
        return translate("SourceErrors", "{text}\n\nTechnical detail: {detail}").format(
            text=self.text, detail=self.detail
        )


def _t(text: str) -> str:
    return translate("SourceErrors", text)


def source_title(source_id: str) -> str:
    """A source's name in the interface language (its id when it is none of ours)."""
    return _t(SOURCE_TITLES[source_id]) if source_id in SOURCE_TITLES else source_id


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe_document(name: str) -> str:
    """A document or host name in words ("appactive_app_sehk_c.json" -> "HKEX's list
    of active applications (Main Board, Chinese)")."""
    name = name.strip()
    match = _FILE_RE.match(name)
    if match:
        prefix, board, lang = match.groups()
        bits = [_t(_BOARDS[board])] + ([_t(_LANGS[lang])] if lang else [])
        return translate("SourceErrors", "HKEX's {file} ({details})").format(
            file=_t(_APP_FILES[prefix]), details=translate("SourceErrors", ", ").join(bits)
        )
    if name.startswith("lci"):
        return translate("SourceErrors", "HKEXnews's list of the latest listing documents")
    report = re.match(r"^NLR(\d{4})_(Eng|Chi)\.xlsx?$", name, re.IGNORECASE)
    if report:
        lang = _t(_LANGS["e" if report.group(2).lower() == "eng" else "c"])
        return translate(
            "SourceErrors", "HKEX's New Listing Report for {year} ({language})"
        ).format(year=report.group(1), language=lang)
    if name.lower() in ("getchannellist", "getchannellist.json"):
        return translate("SourceErrors", "the CSRC's table of overseas listing filings")
    if name.lower() in ("feed", "rss", "atom"):
        return translate("SourceErrors", "a news feed")
    code = re.match(r"^q=r_hk(\d{1,5})$", name)
    if code:
        return translate("SourceErrors", "Tencent's quote for {code}").format(
            code=code.group(1).zfill(5)
        )
    yahoo = re.match(r"^(\d{4,5})\.HK$", name, re.IGNORECASE)
    if yahoo:
        return translate("SourceErrors", "Yahoo Finance's prices for {code}.HK").format(
            code=yahoo.group(1).zfill(5)
        )
    for host, words in _HOSTS.items():
        if name == host or name.endswith("." + host):
            return _t(words)
    if name in ("yahoo", "chart"):
        return translate("SourceErrors", "Yahoo Finance")
    if name == "tencent":
        return translate("SourceErrors", "Tencent's quote server")
    return translate("SourceErrors", "the file {name}").format(name=name) if "." in name else name


def _status(message: str) -> int | None:
    found = _STATUS_RE.search(message)
    return int(found.group(1)) if found else None


def _meaning(message: str, status: int | None) -> str:
    text = message.lower()
    if status == 404:
        return translate("SourceErrors", "the file is not on the server (HTTP 404)")
    if status in (401, 403):
        return translate(
            "SourceErrors", "the server refused to hand it out (HTTP {status})"
        ).format(status=status)
    if status == 429:
        return translate("SourceErrors", "the server asked the app to slow down (HTTP 429)")
    if status is not None and status >= 500:
        return translate(
            "SourceErrors", "the server had a problem on its side (HTTP {status})"
        ).format(status=status)
    if status is not None:
        return translate(
            "SourceErrors", "the server answered with an error (HTTP {status})"
        ).format(status=status)
    if "not published for this board" in text:
        return translate("SourceErrors", "HKEX does not publish this file for this board")
    if "no answer within" in text or "too slowly" in text or "timed out" in text:
        return translate("SourceErrors", "the server did not answer in time")
    if "could not be found" in text:
        return translate(
            "SourceErrors", "the server's name could not be looked up (is the network up?)"
        )
    if "refused the connection" in text or ("connection" in text and "failed" in text):
        return translate("SourceErrors", "the server could not be reached")
    if "secure connection" in text:
        return translate("SourceErrors", "the secure connection to the server failed")
    if "not tried" in text:
        return translate(
            "SourceErrors", "not asked, because the same server failed earlier in this poll"
        )
    if "redirect" in text:
        return translate(
            "SourceErrors", "the server sent the app somewhere else, which it does not follow"
        )
    if "larger than" in text:
        return translate(
            "SourceErrors", "the answer was far larger than expected, so the app stopped reading"
        )
    if "not json" in text or "empty response" in text or "could not read" in text:
        return translate(
            "SourceErrors",
            "the answer was not in the form the app reads (the site may have changed)",
        )
    skipped = _SKIPPED_RE.search(text)
    if skipped:
        count = int(skipped.group(1))
        return translate(
            "SourceErrors", "%n record(s) skipped (no name, id or date to go by)", None, count
        )
    if "no gem report for" in text:
        return translate("SourceErrors", "HKEX publishes no GEM report for that year")
    if "wait for the next poll" in text:
        return translate("SourceErrors", "more offer documents wait for the next poll")
    if composed(message):  # why a document was not read (a PDF that is not one, …)
        return shown(message)
    return translate("SourceErrors", "it failed, without saying why")


# A poll's error that is the team database's, not the source's (``Database.server_problem``):
# "team database USER@HOST:PORT/DB: what the driver said".
_TEAM_RE = re.compile(r"^team database (\S+): (.*)$")


def _team_meaning(message: str) -> str:
    text = message.lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return translate("SourceErrors", "it refused the password")
    if "does not exist" in text:
        return translate("SourceErrors", "the database is not on the server")
    if any(words in text for words in CONNECTION_LOST):
        return translate(
            "SourceErrors", "the connection to it was lost, so nothing of this poll was stored"
        )
    if any(words in text for words in SERVER_UNREACHABLE):
        return translate(
            "SourceErrors", "its server cannot be reached (is it running, is the network up?)"
        )
    return translate("SourceErrors", "it failed, without saying why")


def _may_not_exist(message: str) -> str:
    name = message.split(":", 1)[0]
    if _FILE_RE.match(name) and "_gem" in name:
        return translate("SourceErrors", "; HKEX does not publish every file for GEM")
    return ""


def _when(interval_min: int | None) -> str:
    if not interval_min:
        return translate("SourceErrors", "at the next poll")
    if interval_min % 1440 == 0:
        days = interval_min // 1440
        if days == 1:
            return translate("SourceErrors", "at the next poll, tomorrow")
        return translate("SourceErrors", "at the next poll, in %n day(s)", None, days)
    if interval_min % 60 == 0:
        hours = interval_min // 60
        return translate("SourceErrors", "at the next poll, in %n hour(s)", None, hours)
    return translate("SourceErrors", "at the next poll, in {minutes} minutes").format(
        minutes=interval_min
    )


def explain(
    source_id: str,
    error: str,
    *,
    enabled: bool = True,
    interval_min: int | None = None,
) -> Explained:
    """``error`` (a source's last error or a poll's message) in plain words."""
    detail = " ".join((error or "").split())
    price = re.match(r"^(\d{5}): (?:yahoo: (.*?); )?tencent: (.*?)(?:; (?=\d{5}: )|$)", detail)
    if price:  # the prices source: Yahoo first, then Tencent, per stock code
        code, yahoo, tencent = price.groups()
        said = []
        if yahoo:
            said.append(
                translate("SourceErrors", "Yahoo Finance: ") + _meaning(yahoo, _status(yahoo))
            )
        said.append(translate("SourceErrors", "Tencent: ") + _meaning(tencent, _status(tencent)))
        what = translate("SourceErrors", "Share prices for {code}").format(code=code)
        meaning = translate("SourceErrors", "; ").join(said)
        status = _status(tencent)
        first = tencent
    elif team := _TEAM_RE.match(detail):
        what = translate("SourceErrors", "the team database {account}").format(
            account=team.group(1)
        )
        meaning, status, first = _team_meaning(team.group(2)), None, ""
    else:
        first = detail.split("; ")[0] if detail else ""
        name, _, message = first.partition(": ")
        if not message:
            name, message = "", first
        if name in ("tencent", "yahoo") and message and " " not in message:
            name, message = message, ""  # only the document's name is left
        status = _status(message)
        what = describe_document(name) if name else source_title(source_id)
        meaning = _meaning(message or first, status)
        if status == 404:
            meaning += _may_not_exist(first)
        elif status == 403 and source_id == "csrc":
            meaning = translate(
                "SourceErrors",
                "the CSRC's website refuses connections from this network (HTTP 403), as it "
                "does for some networks and countries; another network may get through",
            )
        rest = detail.split("; ")[1:]
        if rest and rest[-1].startswith("and "):
            meaning += translate("SourceErrors", " (and other files too)")
        elif rest:
            meaning += translate("SourceErrors", " (other files failed as well)")
    if not enabled:
        next_step = translate(
            "SourceErrors", "The source is turned off: turn it on in the Sources view to try again."
        )
    elif status == 404 and _may_not_exist(first):
        next_step = translate(
            "SourceErrors",
            "Nothing is missing if HKEX has no such file; the others are read as usual.",
        )
    else:
        next_step = translate(
            "SourceErrors", "Nothing stored before is lost; the app tries again {when}."
        ).format(when=_when(interval_min))
    return Explained(what, meaning, next_step, detail)


def explain_row(row: object) -> Explained | None:
    """A Sources-view row's last error (``source_id``, ``last_error``, ``enabled``,
    ``interval_min``) in words; None without an error."""
    error = getattr(row, "last_error", None)
    if not error:
        return None
    return explain(
        str(getattr(row, "source_id", "")),
        str(error),
        enabled=bool(getattr(row, "enabled", True)),
        interval_min=getattr(row, "interval_min", None),
    )


# -- empty states that follow the source's real state ------------------------------------


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """What the app knows of one source (from its stored state)."""

    source_id: str
    enabled: bool = True
    interval_min: int | None = None
    last_run: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    known: bool = True  # False: no state stored yet (never polled)


def source_state_words(health: SourceHealth | None, title: str) -> str:
    """Why a source's data is not there yet, in words that match its state."""
    if health is None or not health.known:
        return translate(
            "SourceErrors",
            "The “{title}” source has not run yet; it runs soon after the app starts "
            "(or press Poll now in the Sources view).",
        ).format(title=title)
    if not health.enabled:
        return translate(
            "SourceErrors", "The “{title}” source is turned off: turn it on in the Sources view."
        ).format(title=title)
    if health.last_error and (
        health.last_success is None
        or (health.last_run is not None and health.last_run > health.last_success)
    ):
        failed = explain(
            health.source_id,
            health.last_error,
            enabled=True,
            interval_min=health.interval_min,
        )
        return translate("SourceErrors", "The “{title}” source is failing. {reason}").format(
            title=title, reason=failed.text
        )
    if health.last_success is None:
        return translate(
            "SourceErrors", "The “{title}” source has not finished a poll yet."
        ).format(title=title)
    return translate(
        "SourceErrors", "The “{title}” source ran on {date} and found nothing yet."
    ).format(title=title, date=format_day(health.last_success.date()))


def market_empty_text(health: SourceHealth | None, facts: list[dict] | None = None) -> str:
    """The empty Hong Kong IPO market chart: what is missing, and the market facts the
    seed carries (each with its source)."""
    lines = [
        translate("SourceErrors", "No new-listing data yet."),
        source_state_words(health, source_title("hkex_new_listings")),
    ]
    shown = [f for f in facts or [] if isinstance(f, dict) and f.get("text")]
    if shown:
        lines.append("")
        lines.append(translate("SourceErrors", "Meanwhile, from the starting watchlist's sources:"))
        for fact in shown[:6]:
            source, day = seed_text(str(fact.get("source") or "")), str(fact.get("date") or "")
            if source and day:
                source = translate("SourceErrors", "{source}, {date}").format(
                    source=source, date=day
                )
            source = source or day
            text = seed_text(str(fact["text"]))
            lines.append(
                translate("SourceErrors", "• {fact} ({source})").format(fact=text, source=source)
                if source
                else f"• {text}"
            )
    return "\n".join(lines)


def price_empty_text(
    hk_code: str | None,
    listing_date: date | None,
    health: SourceHealth | None,
    today: date | None = None,
) -> str:
    """The empty share-price chart of one company: precisely what is missing."""
    title = source_title("prices")
    if not hk_code:
        return translate(
            "SourceErrors",
            "No share prices: the company has no Hong Kong stock code yet.\n"
            "Prices are fetched once it has one (from HKEX's listing files, or typed in "
            "Edit company).",
        )
    today = today or date.today()
    if listing_date is not None and listing_date > today:
        return translate(
            "SourceErrors",
            "No share prices yet: {hk_code} starts trading on {date}.\n"
            "The “{title}” source fetches closing prices once a day from then on.",
        ).format(hk_code=hk_code, date=format_day(listing_date), title=title)
    head = translate(
        "SourceErrors",
        "No share prices yet: code {hk_code} is known, but no prices have been fetched.",
    ).format(hk_code=hk_code)
    if health is None or not health.known:
        return translate(
            "SourceErrors", "{head}\nThe “{title}” source runs once a day; it has not run yet."
        ).format(head=head, title=title)
    if not health.enabled:
        return translate(
            "SourceErrors",
            "{head}\nThe “{title}” source is turned off: turn it on in the Sources view.",
        ).format(head=head, title=title)
    if health.last_error and (
        health.last_success is None
        or (health.last_run is not None and health.last_run > health.last_success)
    ):
        failed = explain(
            "prices", health.last_error, enabled=True, interval_min=health.interval_min
        )
        return translate("SourceErrors", "{head}\nThe price source is failing. {reason}").format(
            head=head, reason=failed.text
        )
    return translate(
        "SourceErrors",
        "{head}\nThe “{title}” source runs once a day; prices appear after its next run.",
    ).format(head=head, title=title)
