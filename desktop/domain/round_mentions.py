"""Funding rounds stated in text: the history / pre-IPO investments chapter of an
offer document, and news headlines and summaries.  Pure Python.

Each round found is a :class:`RoundMention` with the sentence (and page) it came from.
Sentences that mention money but report no round — revenue, market value, the size of
a fund, what an IPO may raise — give nothing.  ``identity`` is what two reports of
the same round share (two articles, or an article and the filing).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.round_text import (
    Money,
    find_dates,
    find_investors,
    find_money,
    round_key,
    round_names,
    sentences,
    tidy,
)

MAX_SENTENCE = 600


@dataclass(frozen=True, slots=True)
class RoundMention:
    round: str  # "Series B", "Pre-IPO", "Angel", "" when not named
    date: date | None
    date_precision: str  # "day", "month" or "" (no date stated)
    amount: float | None
    currency: str
    valuation: float | None
    valuation_currency: str
    investors: tuple[str, ...]
    sentence: str
    page: int | None = None

    @property
    def identity(self) -> str:
        """The same round, whoever reports it: its name, or (strategic and unnamed
        rounds, which a company may have several of) its year and rough amount."""
        key = round_key(self.round) if self.round else ""
        if key and key != "strategic":
            return key
        year = str(self.date.year) if self.date else "?"
        amount = _rough(self.amount) if self.amount else "?"
        return f"{key or 'round'}|{year}|{amount}{self.currency}"

    def filled(self) -> int:
        return sum(
            1
            for value in (self.round, self.date, self.amount, self.valuation, self.investors)
            if value
        )


def fingerprint(company_id: int, mention: RoundMention) -> str:
    """Stable across polls and restarts: the company and the round's identity."""
    return hashlib.sha1(f"{company_id}\x1f{mention.identity}".encode()).hexdigest()


def _rough(amount: float) -> str:
    """Two significant figures: US$498m and US$500m are one round."""
    if amount <= 0 or not math.isfinite(amount):
        return "?"
    digits = 1 - math.floor(math.log10(amount))
    return f"{round(amount, digits):.0f}"


# -- what is not a round ---------------------------------------------------------------------

_NOT_A_ROUND_EN = re.compile(
    r"\brevenues?\b|\bsales\b|\bturnover\b|\bnet\s+(?:profit|income|loss)|\bprofits?\b|\bearnings\b"
    r"|\bmarket\s+(?:value|cap\b|capitali[sz]ation)|\bmarket\s+valuation"
    r"|\bfund\s+(?:size|of\s+(?:US\$|RMB|HK\$|\$))"
    r"|\b(?:launch|set\s+up|close|raise|start|form)(?:s|ed|es|ing)?\s+(?:a|an|its|the|new)?\s*"
    r"(?:[\w$.-]+\s+){0,4}(?:fund|vehicle)\b(?!ing)"
    r"|\b(?:ipo|listing|share\s+sale|flotation|offering|float)\s+(?:that\s+|which\s+)?"
    r"(?:could|would|to|may|might|will|aims\s+to|seeking\s+to|seeks\s+to|expected\s+to|set\s+to)\s+raise"
    r"|\brais\w*\s+(?:up\s+to\s+|about\s+|around\s+|as\s+much\s+as\s+)?[^.;]{0,40}?\b(?:in|through|via|from|with)\s+"
    r"(?:an?\s+|its\s+|the\s+|a\s+planned\s+)?(?:hong\s+kong\s+|initial\s+)?"
    r"(?:ipo|initial\s+public\s+offering|listing|share\s+sale|flotation|public\s+offering)\b"
    r"|\bproceeds\b|\bbond\b|\bloan\b|\bcredit\s+(?:line|facility)",
    re.IGNORECASE,
)
_NOT_A_ROUND_ZH = re.compile(
    r"营收|營收|营业收入|營業收入|收入|利润|利潤|净利|淨利|销售额|銷售額|营业额|營業額"
    r"|市值|基金规模|基金規模|(?:设立|設立|成立|发起|發起|募集|完成募集)[^，,。]{0,10}基金"
    r"|募资|募資|募集资金|募集資金|集资|集資|招股|上市[^，,。]{0,6}(?:筹|籌|募)|发行[^，,。]{0,6}股|發行[^，,。]{0,6}股"
    r"|贷款|貸款|债券|債券|授信"
)
_PRE_IPO = re.compile(r"pre-?\s?ipo", re.IGNORECASE)


def _not_a_round(text: str) -> bool:
    shielded = _PRE_IPO.sub("PREROUND", text)
    return bool(_NOT_A_ROUND_EN.search(shielded) or _NOT_A_ROUND_ZH.search(shielded))


# -- amounts in a sentence --------------------------------------------------------------------

_VALUATION_WORD = re.compile(r"valu(?:ations?|ed|es|ing)|worth|估值|投后|投後", re.IGNORECASE)
_VALUATION_AFTER = re.compile(r"^\s*(?:post-money\s+|pre-money\s+)?valuation", re.IGNORECASE)
_NOT_ROUND_MONEY = re.compile(
    r"(?:registered\s+capital|註冊資本|注册资本|per\s+share|每股|par\s+value|面值|revenue|收入)"
    r"[^.;。]{0,40}$",
    re.IGNORECASE,
)
_PAID_WORD = re.compile(
    r"consideration|raising|raised|raises|raise|aggregate|total|amount|invest\w*|"
    r"subscri\w*|secur\w*|clos\w*|代價|对价|對價|總額|总额|融資|融资|投資|投资|認購|认购|金额|金額|"
    r"完成|获得|獲得|获|獲",
    re.IGNORECASE,
)


def _last(pattern: re.Pattern[str], text: str) -> int:
    found = [m.start() for m in pattern.finditer(text)]
    return found[-1] if found else -1


def _split_money(text: str, found: list[Money]) -> tuple[Money | None, Money | None]:
    """(the round's amount, the valuation) among the sentence's amounts: an amount is
    the valuation when a valuation word is the nearest keyword before it."""
    valuation: Money | None = None
    candidates: list[tuple[int, Money]] = []
    for money in found:
        before = text[max(0, money.start - 100) : money.start]
        before = re.split(r"[;；。]", before)[-1]
        after = text[money.end : money.end + 30]
        valued, paid = _last(_VALUATION_WORD, before), _last(_PAID_WORD, before)
        if _VALUATION_AFTER.search(after) or (valued >= 0 and valued > paid):
            valuation = valuation or money
            continue
        if _NOT_ROUND_MONEY.search(before[-50:]):
            continue
        candidates.append((0 if paid >= 0 else 1, money))
    amount = min(candidates, key=lambda c: c[0])[1] if candidates else None
    return amount, valuation


def _mention(
    text: str, name: str, day: date | None, precision: str, page: int | None
) -> RoundMention | None:
    amount, valuation = _split_money(text, find_money(text))
    if amount is None and valuation is None and not name:
        return None
    sentence = text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"
    return RoundMention(
        round=name,
        date=day,
        date_precision=precision if day else "",
        amount=amount.amount if amount else None,
        currency=amount.currency if amount else "",
        valuation=valuation.amount if valuation else None,
        valuation_currency=valuation.currency if valuation else "",
        investors=find_investors(text),
        sentence=sentence,
        page=page,
    )


def merge(mentions: Iterable[RoundMention]) -> list[RoundMention]:
    """One mention per round: the most complete one, its gaps filled from the others."""
    best: dict[str, RoundMention] = {}
    for mention in mentions:
        seen = best.get(mention.identity)
        if seen is None:
            best[mention.identity] = mention
            continue
        first, other = (seen, mention) if seen.filled() >= mention.filled() else (mention, seen)
        best[mention.identity] = replace(
            first,
            round=first.round or other.round,
            date=first.date or other.date,
            date_precision=first.date_precision or other.date_precision,
            amount=first.amount if first.amount is not None else other.amount,
            currency=first.currency if first.amount is not None else other.currency,
            valuation=first.valuation if first.valuation is not None else other.valuation,
            valuation_currency=first.valuation_currency or other.valuation_currency,
            investors=first.investors or other.investors,
        )
    return list(best.values())


# -- the history chapter ----------------------------------------------------------------------

_CHAPTER_MONEY_CONTEXT = re.compile(
    r"consideration|subscri|invest|financ|raise|代價|对价|對價|認購|认购|投資|投资|融資|融资",
    re.IGNORECASE,
)


def rounds_in_chapter(pages: Iterable[tuple[int, str]]) -> list[RoundMention]:
    """Rounds stated in the chapter's pages (``(page number, text)``), each with the
    page and sentence that states it; the same round told twice is one mention."""
    found: list[RoundMention] = []
    for page, raw in pages:
        text = tidy(_end_headings(raw))
        for sentence, _offset in sentences(text):
            found.extend(_chapter_sentence(sentence, page))
        for line in raw.splitlines():  # table rows: round, date, amount on one line
            line = tidy(line)
            if len(line) < 200 and round_names(line) and find_money(line):
                found.extend(_chapter_sentence(line, page, table_row=True))
    return merge(found)


_HEADING_EN = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
_HEADING_ZH = re.compile(r"^[^,，。;；:：a-z]{2,24}$")
_HEADING_TITLE = re.compile(
    r"^(?:[A-Z][\w+\-’'&]*|\d[\w+\-]*)(?:\s+(?:[A-Z][\w+\-’'&]*|\d[\w+\-]*)){0,6}$"
)


def _end_headings(raw: str) -> str:
    """A heading line (capitals, or a short Chinese line without punctuation) ends a
    sentence: it must not run into the paragraph below it."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        heading = (
            bool(_HEADING_EN.match(stripped))
            or bool(_HEADING_TITLE.match(stripped))  # "Series B Financing"
            or (bool(_HEADING_ZH.match(stripped)) and not re.search(r"\d", stripped))
        )
        lines.append(stripped + ("。" if heading else ""))
    return "\n".join(lines)


def _chapter_sentence(sentence: str, page: int, table_row: bool = False) -> list[RoundMention]:
    names = round_names(sentence)
    if not names or not find_money(sentence):
        return []
    if not table_row and not _CHAPTER_MONEY_CONTEXT.search(sentence):
        return []
    if _NOT_A_ROUND_ZH.search(_PRE_IPO.sub("PREROUND", sentence)) and not re.search(
        r"代價|对价|對價|認購|认购", sentence
    ):
        return []
    distinct = list(dict.fromkeys(name for name, _ in names))
    if len(distinct) > 1 and "Pre-IPO" in distinct:  # "the Pre-IPO Investments": the chapter
        distinct.remove("Pre-IPO")
    if len(distinct) > 1:
        return []  # "the Series A and Series B Preferred Shares ...": not one round
    dates = find_dates(sentence)
    day = dates[0] if dates else None
    mention = _mention(
        sentence, distinct[0], day.day if day else None, day.precision if day else "", page
    )
    if mention is None or (mention.amount is None and mention.valuation is None):
        return []
    return [mention]


# -- news -----------------------------------------------------------------------------------

_FINANCING_EN = re.compile(
    r"\b(?:funding|financing|investments?|investors?|capital\s+injection|round)\b", re.IGNORECASE
)
_ACTION_EN = re.compile(
    r"\b(?:rais\w*|secur\w*|clos\w*|complet\w*|land\w*|bag\w*|gets?|got|receiv\w*|nets?|"
    r"netted|wins?|won|led\s+by|backed\s+by|draws?|attract\w*|obtain\w*)\b",
    re.IGNORECASE,
)
_FINANCING_ZH = re.compile(r"融资|融資|领投|領投|跟投|注资|注資|轮投资|輪投資")
_WORDS_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def speaks_of_round(text: str) -> bool:
    """The sentence reports a financing (and is not about revenue, a fund, an IPO…)."""
    if _not_a_round(text):
        return False
    named = bool(round_names(text))
    if _FINANCING_ZH.search(text):
        return True
    return bool(_ACTION_EN.search(text)) and (named or bool(_FINANCING_EN.search(text)))


def rounds_in_news(
    title: str, summary: str = "", published: date | None = None
) -> list[RoundMention]:
    """Rounds a headline and its summary report, dated by the article (month precision:
    the round closed around then).  The headline and summary telling the same round
    give one mention; the sentence kept is the one that says the most."""
    found: list[RoundMention] = []
    valuations: list[RoundMention] = []
    text = unicodedata.normalize(
        "NFKC", f"{title.strip()}. {summary.strip()}" if summary else title
    )
    seen: set[str] = set()
    for sentence, _ in sentences(tidy(text)):
        key = sentence.casefold()
        if key in seen:
            continue
        if not speaks_of_round(sentence):
            if _VALUATION_WORD.search(sentence) and _FINANCING_EN.search(sentence):
                told = _mention(sentence, "", published, "month", None)
                if told and told.valuation is not None and not _not_a_round(sentence):
                    valuations.append(told)
            continue
        seen.add(key)
        names = list(dict.fromkeys(name for name, _ in round_names(sentence)))
        if len(names) > 1:
            continue  # "after its Series A and B rounds": no single round
        mention = _mention(sentence, names[0] if names else "", published, "month", None)
        if mention is None or (mention.amount is None and not mention.round):
            continue
        found.append(mention)
    found = merge(found)
    if len(found) == 1 and found[0].valuation is None and valuations:
        # "… raises US$1bn in Series B round. The round values it at US$2.5bn."
        told = valuations[0]
        found = [
            replace(found[0], valuation=told.valuation, valuation_currency=told.valuation_currency)
        ]
    return found
