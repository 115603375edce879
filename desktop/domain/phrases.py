"""Texts the app writes and keeps: stored in English, shown in the interface language.

A poll runs in a child process without translators, and a stored text outlives a change
of language.  So what the app itself composes from a template and stores (the title of
an event it writes, the reason a document was not read) is kept in English, composed
through a `Phrase` of this module, and written again in the reader's language where it
is shown: `shown(text)` finds the phrase the text was composed from, translates it and
the app's terms in it, and writes its dates as the reader does.  A text that no phrase
composed (a document's title, a headline, an older wording) is returned as it is.

    USER_LISTING.compose(code="00700")   # "Listed in Hong Kong as 00700 (entered by you)"
    shown(that)                          # "以股份代號 00700 在香港上市（由你輸入）"

Every phrase lives here, so the process that shows a text knows every phrase that may
have composed it; the texts are marked with `QT_TRANSLATE_NOOP("Phrases", …)`, the
terms in them with their own context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from desktop.domain import i18n
from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.seed_words import SEED, SEED_ARTICLES, SEED_TITLES

CONTEXT = "Phrases"

_FIELD = re.compile(r"\{(\w+)\}")
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})((?: \d{2}:\d{2})?)")
_NUMBER = r"\d[\d,.]*"
_SHAPES = {
    "code": r"\d{1,6}",
    "want": r"\d{1,6}",
    "year": r"\d{4}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "time": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}",
    "currency": r"[A-Z]{3}",
    "amount": _NUMBER + r"(?:bn|m)?",
    "price": r"(?:HK\$)?" + _NUMBER,
    "fee": r"HK\$" + _NUMBER,
    "hours": r"\d+",
    "shares": _NUMBER,
    "pages": _NUMBER,
    "most": _NUMBER,
    "size": r"\d+",
    "limit": r"\d+",
}
"""What a placeholder of this name holds (any other: any text)."""


@dataclass(frozen=True, eq=False)
class Phrase:
    """An English template (`{name}` placeholders) the app composes a stored text from.

    `terms`: placeholders whose value is a word of the app's own, translated in the given
    context (a board's name, a group of shareholders).  `choices`: the only values a
    placeholder takes (the text is this phrase only when it holds one of them).  `then`:
    parts that may follow, in this order (each at most once)."""

    text: str
    terms: Mapping[str, str] = field(default_factory=dict)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    then: tuple[Phrase, ...] = ()
    lists: Mapping[str, str] = field(default_factory=dict)
    """Placeholders holding parts joined by a separator, each part shown on its own."""

    def compose(self, **values: object) -> str:
        """The English text that is stored."""
        return self.text.format(**values)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        parts = [_regex(self, 0)]
        parts += [f"(?P<then{n}>{_regex(part, n)})?" for n, part in enumerate(self.then, 1)]
        return re.compile("".join(parts), re.DOTALL)

    @cached_property
    def needle(self) -> str:
        """The longest fixed piece: a text without it is not this phrase."""
        return max(_FIELD.split(self.text)[::2], key=len)

    def weight(self) -> int:
        return len(_FIELD.sub("", self.text))

    def match(self, text: str) -> str | None:
        """`text` in the interface language when this phrase composed it, else None."""
        if self.needle not in text:
            return None
        found = self._pattern.fullmatch(text)
        if found is None:
            return None
        groups = found.groupdict()
        out = _render(self, 0, groups)
        for n, part in enumerate(self.then, 1):
            if groups.get(f"then{n}") is not None:
                out += _render(part, n, groups)
        return out


def _regex(phrase: Phrase, n: int) -> str:
    out, last = [], 0
    for placeholder in _FIELD.finditer(phrase.text):
        out.append(re.escape(phrase.text[last : placeholder.start()]))
        name = placeholder.group(1)
        choices = phrase.choices.get(name)
        if choices is not None:
            alternatives = "|".join(re.escape(c) for c in sorted(choices, key=len, reverse=True))
            out.append(f"(?P<p{n}_{name}>{alternatives})")
        else:
            out.append(f"(?P<p{n}_{name}>{_SHAPES.get(name, '.+?')})")
        last = placeholder.end()
    out.append(re.escape(phrase.text[last:]))
    return "".join(out)


def _render(phrase: Phrase, n: int, groups: Mapping[str, str | None]) -> str:
    values: dict[str, str] = {}
    for name in _FIELD.findall(phrase.text):
        value = groups.get(f"p{n}_{name}") or ""
        if name in phrase.terms and value:
            value = translate(phrase.terms[name], value)
        elif name in phrase.lists:
            separator = phrase.lists[name]
            value = separator.join(_part_text(part) for part in value.split(separator))
        else:
            value = _day_text(value)
        values[name] = value
    return translate(CONTEXT, phrase.text).format(**values)


def _part_text(part: str) -> str:
    """One part of a list: a phrase, a month or day as `%b %Y` / `%d %b %Y` writes it,
    or a value as it is."""
    said = shown(part)
    if said != part:
        return said
    for shape, whole in (("%b %Y", False), ("%d %b %Y", True)):
        try:
            moment = datetime.strptime(part, shape).date()
        except ValueError:
            continue
        if whole:
            return format_day(moment)
        return translate("Phrases", "{month}/{year}").format(month=moment.month, year=moment.year)
    return part


def _day_text(value: str) -> str:
    """An ISO date (and time) as the reader writes it; any other value as it is."""
    found = _DAY.fullmatch(value)
    if found is None:
        return value
    try:
        day = date.fromisoformat(found.group(1))
    except ValueError:
        return value
    return format_day(day) + found.group(2)


def _p(text: str, **kw: object) -> Phrase:
    return Phrase(text, **kw)  # type: ignore[arg-type]


# -- the seed watchlist: its events and the articles they come from --------------------

SEED_EVENT = _p(
    QT_TRANSLATE_NOOP("Phrases", "{title} ({article}, {year})"),
    terms={"title": SEED, "article": SEED},
    choices={"title": SEED_TITLES, "article": SEED_ARTICLES},
)

# -- event titles the sources compose ---------------------------------------------------

CSRC_STATUS = _p(
    QT_TRANSLATE_NOOP("Phrases", "CSRC filing: {status} ({english}) — {venue}"),
    terms={"english": CONTEXT, "venue": CONTEXT},
)
CSRC_STATUS_WORDS = {
    "已接收": QT_TRANSLATE_NOOP("Phrases", "received"),
    "补充材料": QT_TRANSLATE_NOOP("Phrases", "supplementary materials requested"),
    "征求意见": QT_TRANSLATE_NOOP("Phrases", "soliciting opinions"),
}
"""The CSRC's status words (as its table prints them) in English."""
VENUE_NOT_GIVEN = QT_TRANSLATE_NOOP("Phrases", "venue not given")
CSRC_LEFT = _p(QT_TRANSLATE_NOOP("Phrases", "CSRC filing completed (left the CSRC status table)"))

PRICE_HKD = _p(QT_TRANSLATE_NOOP("Phrases", "Close HK${amount}"))
PRICE = _p(QT_TRANSLATE_NOOP("Phrases", "Close {currency} {amount}"))

BOARDS = {
    "sehk": QT_TRANSLATE_NOOP("Phrases", "Main Board"),
    "gem": QT_TRANSLATE_NOOP("Phrases", "GEM"),
}
LISTING_METHODS = {
    "transfer": QT_TRANSLATE_NOOP("Phrases", " by transfer from GEM"),
    "de_spac": QT_TRANSLATE_NOOP("Phrases", " by De-SPAC transaction"),
    "introduction": QT_TRANSLATE_NOOP("Phrases", " by introduction"),
    "other": QT_TRANSLATE_NOOP("Phrases", " (not an IPO)"),
}
"""How a listing without an offer came about, as the title of its listing says it."""
RAISED = _p(QT_TRANSLATE_NOOP("Phrases", ", raised HK${amount}"))
AT_PRICE = _p(QT_TRANSLATE_NOOP("Phrases", " at HK${price}"))
NEW_LISTING = _p(
    QT_TRANSLATE_NOOP("Phrases", "{name}: listed on the {board} ({code}){how}"),
    terms={"board": CONTEXT, "how": CONTEXT},
    choices={"board": tuple(BOARDS.values()), "how": ("", *LISTING_METHODS.values())},
    then=(RAISED, AT_PRICE),
)

USER_LISTING = _p(QT_TRANSLATE_NOOP("Phrases", "Listed in Hong Kong as {code} (entered by you)"))
USER_LISTING_AT = _p(
    QT_TRANSLATE_NOOP("Phrases", "Listed in Hong Kong as {code} at HK${price} (entered by you)")
)

A_ROUND = _p(QT_TRANSLATE_NOOP("Phrases", "Round"))
VALUED_AT = _p(QT_TRANSLATE_NOOP("Phrases", "valued at {valuation}"))
ROUND_PARTS = " · "
SUGGESTED_ROUND = _p(
    QT_TRANSLATE_NOOP("Phrases", "Suggested funding round: {summary}"),
    lists={"summary": ROUND_PARTS},
)
"""The summary: the round's name (or `A_ROUND`), its date, amount and `VALUED_AT`."""

# -- why an event was put on a company (shown as "Matched: …") -------------------------

CODES = {
    "hk": QT_TRANSLATE_NOOP("Phrases", "HK stock code"),
    "a": QT_TRANSLATE_NOOP("Phrases", "A-share code"),
}
BY_CODE = _p(
    QT_TRANSLATE_NOOP("Phrases", "{label} {code}"),
    terms={"label": CONTEXT},
    choices={"label": tuple(CODES.values())},
)
BY_ALIAS = _p(QT_TRANSLATE_NOOP("Phrases", 'name "{name}" = alias "{alias}"'))
BY_CORE = _p(QT_TRANSLATE_NOOP("Phrases", 'name "{name}" = alias "{alias}" (both "{core}")'))
BY_PREFIX = _p(QT_TRANSLATE_NOOP("Phrases", 'alias "{alias}" begins "{name}"'))
BY_TEXT = _p(QT_TRANSLATE_NOOP("Phrases", 'text mentions "{name}"'))
BY_SEED = _p(QT_TRANSLATE_NOOP("Phrases", "seed watchlist"))
BY_PERSON = _p(QT_TRANSLATE_NOOP("Phrases", "entered by you"))
BY_ROUND = _p(QT_TRANSLATE_NOOP("Phrases", "funding round"))
BY_PIPELINE = _p(QT_TRANSLATE_NOOP("Phrases", "added from the pipeline"))

# -- the offer's reminders and outcomes -------------------------------------------------

ENTRY_FEE = _p(QT_TRANSLATE_NOOP("Phrases", "; entry fee {fee}"))
CLOSES = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "Applications for {name} close in {hours} h, at {time} HKT (brokers close earlier)",
    ),
    then=(ENTRY_FEE,),
)
TRADES_AT = _p(
    QT_TRANSLATE_NOOP("Phrases", "{name} begins trading today at an offer price of {price}")
)
TRADES = _p(QT_TRANSLATE_NOOP("Phrases", "{name} begins trading today"))
ESTIMATED = _p(QT_TRANSLATE_NOOP("Phrases", " (estimated)"))
LOCKUP_SHARES = _p(
    QT_TRANSLATE_NOOP("Phrases", "Lock-up of {shares} shares of {group} in {name} ends {date}"),
    terms={"group": "OfferFormat"},
    then=(ESTIMATED,),
)
LOCKUP = _p(
    QT_TRANSLATE_NOOP("Phrases", "Lock-up of {group} in {name} ends {date}"),
    terms={"group": "OfferFormat"},
    then=(ESTIMATED,),
)
OVER_ALLOTMENT_SHARES = _p(QT_TRANSLATE_NOOP("Phrases", " ({shares} shares)"))
STABILISATION_ENDED = _p(QT_TRANSLATE_NOOP("Phrases", "; stabilisation ended {date}"))
_OUTCOME_PARTS = (OVER_ALLOTMENT_SHARES, STABILISATION_ENDED)
OVER_ALLOTMENT = {
    "full": _p(
        QT_TRANSLATE_NOOP("Phrases", "Over-allotment option fully exercised"),
        then=_OUTCOME_PARTS,
    ),
    "partial": _p(
        QT_TRANSLATE_NOOP("Phrases", "Over-allotment option partly exercised"),
        then=_OUTCOME_PARTS,
    ),
    "lapsed": _p(QT_TRANSLATE_NOOP("Phrases", "Over-allotment option lapsed"), then=_OUTCOME_PARTS),
}

# -- why a document was not read --------------------------------------------------------

PDF_EMPTY = _p(QT_TRANSLATE_NOOP("Phrases", "the file is empty"))
PDF_TOO_LARGE = _p(
    QT_TRANSLATE_NOOP("Phrases", "the file is {size} MB, larger than the {limit} MB this app reads")
)
PDF_NOT_PDF = _p(QT_TRANSLATE_NOOP("Phrases", "the file is not a PDF"))
PDF_PASSWORD = _p(QT_TRANSLATE_NOOP("Phrases", "the PDF is encrypted and needs a password"))
PDF_DAMAGED = _p(QT_TRANSLATE_NOOP("Phrases", "the PDF is damaged or truncated and cannot be read"))
PDF_NO_PAGES = _p(QT_TRANSLATE_NOOP("Phrases", "the PDF has no pages"))
PDF_TOO_MANY_PAGES = _p(
    QT_TRANSLATE_NOOP("Phrases", "the PDF has {pages} pages, more than the {most} this app reads")
)
NOT_THAT_DOCUMENT = _p(
    QT_TRANSLATE_NOOP("Phrases", "listed as {document}, but its headings say it is not one"),
    terms={"document": "OfferFormat"},
)
OTHER_STOCK = _p(
    QT_TRANSLATE_NOOP(
        "Phrases", "the document is of stock {code}, not {want}: another company's document"
    )
)
OTHER_ISSUER = _p(
    QT_TRANSLATE_NOOP("Phrases", "the document's issuer is {issuer}, not the expected company")
)
NOTHING_TO_CHECK = _p(
    QT_TRANSLATE_NOOP("Phrases", "the first pages name no stock code or issuer to check")
)
# -- a document's figures that do not add up ("check the document") ---------------------

CHECK_REALLOCATION = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: initial {initial} + reallocated {moved} Hong Kong offer "
        "shares is not the final {final} (page {page})",
    )
)
CHECK_CLAWBACK = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: no clawback is printed but the Hong Kong offer shares "
        "changed from {initial} to {final}",
    )
)
CHECK_APPLICATIONS = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: the basis of allocation counts {total} valid applications "
        "(Pool A and B), the results print {printed} (page {page})",
    )
)
CHECK_NO_LABELS = _p(
    QT_TRANSLATE_NOOP("Phrases", "check the document: none of the expected labels was found")
)
CHECK_STABILISATION = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: stabilisation ended {ended}, but 30 days after applications "
        "closed ({closed}) is {expected}",
    )
)
CHECK_LOCKUP = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: a {months}-month lock-up from listing on {listing} ends "
        "{expected}, the document prints {printed}",
    )
)
CHECK_ENTRY_FEE = _p(
    QT_TRANSLATE_NOOP(
        "Phrases",
        "check the document: the entry fee {fee} (page {page}) is not board lot "
        "{lot} × {price} × 1.010085 = {expected}",
    )
)

FILE_FAILED = QT_TRANSLATE_NOOP("Phrases", "{file}: {reason}")
"""A document and why it was not read (the reason one of the phrases above)."""


def _all_phrases() -> tuple[Phrase, ...]:
    found = [value for value in globals().values() if isinstance(value, Phrase)]
    found += OVER_ALLOTMENT.values()
    parts = {id(part) for phrase in found for part in phrase.then}
    whole = [phrase for phrase in found if id(phrase) not in parts]  # parts never stand alone
    return tuple(sorted(whole, key=Phrase.weight, reverse=True))  # the most specific first


PHRASES = _all_phrases()


def shown(text: str) -> str:
    """`text` in the interface language when the app composed it from a phrase; any
    other text (published, typed by the person) as it is."""
    if not text or not i18n.translating():
        return text
    for phrase in PHRASES:
        out = phrase.match(text)
        if out is not None:
            return out
    return text


def shown_reasons(text: str) -> str:
    """Reasons joined by "; " (a document's problems), each in the interface language;
    "file: reason" keeps the file's name."""
    if not text or not i18n.translating():
        return text
    out = []
    for reason in text.split("; "):
        file, sep, rest = reason.partition(": ")
        said = shown(reason)
        if said == reason and sep and shown(rest) != rest:
            said = translate(CONTEXT, FILE_FAILED).format(file=file, reason=shown(rest))
        out.append(said)
    return translate("Phrases", "; ").join(out)


def composed(text: str) -> bool:
    """Whether a phrase of this module composed `text` (in any language setting)."""
    return any(phrase.match(text) is not None for phrase in PHRASES)
