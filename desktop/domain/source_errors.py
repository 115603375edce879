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

SOURCE_TITLES = {
    "hkex_app": "HKEX application proofs and PHIPs",
    "hkex_news": "HKEX listing documents",
    "hkex_new_listings": "HKEX New Listing Report",
    "csrc": "CSRC overseas listing filings",
    "cninfo": "cninfo A-share announcements",
    "news": "News feeds",
    "prices": "Share prices (Hong Kong)",
    "funding_documents": "Funding rounds in offer documents",
}
_BOARDS = {"sehk": "Main Board", "gem": "GEM"}
_LANGS = {"e": "English", "c": "Chinese"}
_APP_FILES = {
    "appactive_app": "list of active applications",
    "appactive_appphip": "list of applications with a PHIP",
    "appinactive": "list of lapsed, withdrawn and rejected applications",
    "applisted": "list of listed applicants",
    "appreturned": "list of returned applications",
}
_HOSTS = {
    "hkexnews.hk": "HKEXnews",
    "hkex.com.hk": "HKEX",
    "csrc.gov.cn": "the CSRC website",
    "cninfo.com.cn": "cninfo",
    "gtimg.cn": "Tencent's quote server",
    "finance.yahoo.com": "Yahoo Finance",
    "yahoo.com": "Yahoo Finance",
}
_FILE_RE = re.compile(
    r"^(appactive_appphip|appactive_app|appinactive|applisted|appreturned)_(sehk|gem)(?:_(e|c))?"
)
_STATUS_RE = re.compile(r"HTTP (\d{3})")


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
        return f"{_capital(self.what)}: {self.meaning}."

    @property
    def text(self) -> str:
        """The whole sentence, for an empty state or a message."""
        return f"{_capital(self.what)}: {self.meaning}. {self.next_step}"

    @property
    def tooltip(self) -> str:
        return f"{self.text}\n\nTechnical detail: {self.detail}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe_document(name: str) -> str:
    """A document or host name in words ("appactive_app_sehk_c.json" -> "HKEX's list
    of active applications (Main Board, Chinese)")."""
    name = name.strip()
    match = _FILE_RE.match(name)
    if match:
        prefix, board, lang = match.groups()
        bits = [_BOARDS[board]] + ([_LANGS[lang]] if lang else [])
        return f"HKEX's {_APP_FILES[prefix]} ({', '.join(bits)})"
    if name.startswith("lci"):
        return "HKEXnews's list of the latest listing documents"
    report = re.match(r"^NLR(\d{4})_(Eng|Chi)\.xlsx?$", name, re.IGNORECASE)
    if report:
        lang = "English" if report.group(2).lower() == "eng" else "Chinese"
        return f"HKEX's New Listing Report for {report.group(1)} ({lang})"
    if name.lower() in ("getchannellist", "getchannellist.json"):
        return "the CSRC's table of overseas listing filings"
    if name.lower() in ("feed", "rss", "atom"):
        return "a news feed"
    code = re.match(r"^q=r_hk(\d{1,5})$", name)
    if code:
        return f"Tencent's quote for {code.group(1).zfill(5)}"
    yahoo = re.match(r"^(\d{4,5})\.HK$", name, re.IGNORECASE)
    if yahoo:
        return f"Yahoo Finance's prices for {yahoo.group(1).zfill(5)}.HK"
    for host, words in _HOSTS.items():
        if name == host or name.endswith("." + host):
            return words
    if name in ("yahoo", "chart"):
        return "Yahoo Finance"
    if name == "tencent":
        return "Tencent's quote server"
    return f"the file {name}" if "." in name else name


def _status(message: str) -> int | None:
    found = _STATUS_RE.search(message)
    return int(found.group(1)) if found else None


def _meaning(message: str, status: int | None) -> str:
    text = message.lower()
    if status == 404:
        return "the file is not on the server (HTTP 404)"
    if status in (401, 403):
        return f"the server refused to hand it out (HTTP {status})"
    if status == 429:
        return "the server asked the app to slow down (HTTP 429)"
    if status is not None and status >= 500:
        return f"the server had a problem on its side (HTTP {status})"
    if status is not None:
        return f"the server answered with an error (HTTP {status})"
    if "no answer within" in text or "too slowly" in text or "timed out" in text:
        return "the server did not answer in time"
    if "could not be found" in text:
        return "the server's name could not be looked up (is the network up?)"
    if "refused the connection" in text or ("connection" in text and "failed" in text):
        return "the server could not be reached"
    if "secure connection" in text:
        return "the secure connection to the server failed"
    if "not tried" in text:
        return "not asked, because the same server failed earlier in this poll"
    if "redirect" in text:
        return "the server sent the app somewhere else, which it does not follow"
    if "larger than" in text:
        return "the answer was far larger than expected, so the app stopped reading"
    if "not json" in text or "empty response" in text or "could not read" in text:
        return "the answer was not in the form the app reads (the site may have changed)"
    return "it failed, without saying why"


def _may_not_exist(message: str) -> str:
    name = message.split(":", 1)[0]
    if _FILE_RE.match(name) and "_gem" in name:
        return "; HKEX does not publish every file for GEM"
    return ""


def _when(interval_min: int | None) -> str:
    if not interval_min:
        return "at the next poll"
    if interval_min % 1440 == 0:
        days = interval_min // 1440
        return "at the next poll, tomorrow" if days == 1 else f"at the next poll, in {days} days"
    if interval_min % 60 == 0:
        hours = interval_min // 60
        return f"at the next poll, in {hours} hour" + ("" if hours == 1 else "s")
    return f"at the next poll, in {interval_min} minutes"


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
            said.append("Yahoo Finance: " + _meaning(yahoo, _status(yahoo)))
        said.append("Tencent: " + _meaning(tencent, _status(tencent)))
        what = f"Share prices for {code}"
        meaning = "; ".join(said)
        status = _status(tencent)
        first = tencent
    else:
        first = detail.split("; ")[0] if detail else ""
        name, _, message = first.partition(": ")
        if not message:
            name, message = "", first
        if name in ("tencent", "yahoo") and message and " " not in message:
            name, message = message, ""  # only the document's name is left
        status = _status(message)
        what = describe_document(name) if name else SOURCE_TITLES.get(source_id, source_id)
        meaning = _meaning(message or first, status)
        if status == 404:
            meaning += _may_not_exist(first)
        rest = detail.split("; ")[1:]
        if rest and rest[-1].startswith("and "):
            meaning += " (and other files too)"
        elif rest:
            meaning += " (other files failed as well)"
    if not enabled:
        next_step = "The source is turned off: turn it on in the Sources view to try again."
    elif status == 404 and _may_not_exist(first):
        next_step = "Nothing is missing if HKEX has no such file; the others are read as usual."
    else:
        next_step = f"Nothing stored before is lost; the app tries again {_when(interval_min)}."
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
        return (
            f"The “{title}” source has not run yet; it runs soon after the app starts "
            "(or press Poll now in the Sources view)."
        )
    if not health.enabled:
        return f"The “{title}” source is turned off: turn it on in the Sources view."
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
        return f"The “{title}” source is failing. {failed.text}"
    if health.last_success is None:
        return f"The “{title}” source has not finished a poll yet."
    return f"The “{title}” source ran on {health.last_success:%Y-%m-%d} and found nothing yet."


def market_empty_text(health: SourceHealth | None, facts: list[dict] | None = None) -> str:
    """The empty Hong Kong IPO market chart: what is missing, and the market facts the
    seed carries (each with its source)."""
    lines = [
        "No new-listing data yet.",
        source_state_words(health, SOURCE_TITLES["hkex_new_listings"]),
    ]
    shown = [f for f in facts or [] if isinstance(f, dict) and f.get("text")]
    if shown:
        lines.append("")
        lines.append("Meanwhile, from the starting watchlist's sources:")
        for fact in shown[:6]:
            source = ", ".join(str(fact[k]) for k in ("source", "date") if fact.get(k))
            lines.append(f"• {fact['text']}" + (f" ({source})" if source else ""))
    return "\n".join(lines)


def price_empty_text(
    hk_code: str | None,
    listing_date: date | None,
    health: SourceHealth | None,
    today: date | None = None,
) -> str:
    """The empty share-price chart of one company: precisely what is missing."""
    title = SOURCE_TITLES["prices"]
    if not hk_code:
        return (
            "No share prices: the company has no Hong Kong stock code yet.\n"
            "Prices are fetched once it has one (from HKEX's listing files, or typed in "
            "Edit company)."
        )
    today = today or date.today()
    if listing_date is not None and listing_date > today:
        return (
            f"No share prices yet: {hk_code} starts trading on {listing_date.isoformat()}.\n"
            f"The “{title}” source fetches closing prices once a day from then on."
        )
    head = f"No share prices yet: code {hk_code} is known, but no prices have been fetched."
    if health is None or not health.known:
        return f"{head}\nThe “{title}” source runs once a day; it has not run yet."
    if not health.enabled:
        return f"{head}\nThe “{title}” source is turned off: turn it on in the Sources view."
    if health.last_error and (
        health.last_success is None
        or (health.last_run is not None and health.last_run > health.last_success)
    ):
        failed = explain(
            "prices", health.last_error, enabled=True, interval_min=health.interval_min
        )
        return f"{head}\nThe price source is failing. {failed.text}"
    return f"{head}\nThe “{title}” source runs once a day; prices appear after its next run."
