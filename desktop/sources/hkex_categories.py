"""What an HKEXnews document is, from its category codes or category text (and title).

Of the listing documents (t1 30000) only an IPO's are a prospectus: 30700 (offer for
subscription), 30600 (offer of existing securities) and 30500 (introduction).  Rights
issues (31100), authorised funds (30100) and open offers (30800) are no IPO events, nor
are the rights-issue allotment results; nor the other kinds of listing document
(capitalisation issues, a new class of securities, exchanges and substitutions...).  A
supplementary listing document (31200) is an IPO's only while the company is not yet
listed: it is classified as a prospectus *candidate* (its title must read as an offer's)
and the source keeps it only when it knows the company's IPO prospectus and no
allotment results yet (``hkex_news``).  Allotment results are t2 15100, formal notices
t2 15200.

The title search answers with category text (``Listing Documents - [Offer for
Subscription]``, ``上市文件 - [補充上市文件]``) when it gives any, else only titles.
"""

from __future__ import annotations

import re

from desktop.domain.kinds import EventKind

__all__ = [
    "ALLOTMENT_T2",
    "FORMAL_NOTICE_T2",
    "INTRODUCTION_T2",
    "IPO_DOCUMENT_T2",
    "NOT_IPO_T2",
    "PROSPECTUS_T1",
    "SUPPLEMENTARY_T2",
    "Kind",
    "classify_codes",
    "classify_text",
    "kind_for_codes",
    "kind_for_text",
]

PROSPECTUS_T1 = "30000"
IPO_DOCUMENT_T2 = {"30700": "offer_for_subscription", "30600": "offer_of_existing_shares"}
INTRODUCTION_T2 = "30500"
SUPPLEMENTARY_T2 = "31200"
NOT_IPO_T2 = {"31100", "30100", "30800"}  # rights issue, funds, open offer
ALLOTMENT_T2 = "15100"
FORMAL_NOTICE_T2 = "15200"

# (the kind, or None; whether it is a supplementary listing document that counts only
# before the company is listed)
Kind = tuple[EventKind | None, bool]
NOTHING: Kind = (None, False)

_ALLOTMENT_RE = re.compile(r"allotment\s*results?|配發結果|配发结果|分配結果|分配结果", re.I)
_NOTICE_RE = re.compile(r"formal\s*notice|正式通告", re.I)
# A prospectus's title starts with the word; "... disclosed in the Prospectus" is not one.
_PROSPECTUS_RE = re.compile(
    r"^\W*(?:supplementa(?:l|ry)\s+)?prospectus\b|^\W*(?:補充|补充)?招股(?:章程|書|书)", re.I
)
_OFFERING_TITLE_RE = re.compile(
    r"^\W*(?:global\s*offering|share\s*offer|public\s*offer(?:ing)?|全球發售|全球发售)\W*$", re.I
)
_LISTING_DOCS_RE = re.compile(r"^\W*(?:listing\s*documents?|上市文件)", re.I)
_IPO_TITLE_RE = re.compile(
    r"prospectus|global\s*offering|share\s*offer|招股章程|招股書|招股书|全球發售|全球发售", re.I
)
# The bracketed second-tier category of a listing document, in English or Chinese.
_IPO_CATEGORY_RE = re.compile(
    r"offer\s*for\s*(?:subscription|sale)|offer\s*of\s*existing|\bintroduction\b"
    r"|發售以供認購|发售以供认购|發售現有證券|发售现有证券|介紹|介绍",
    re.I,
)
_SUPPLEMENTARY_RE = re.compile(
    r"supplementary\s*listing\s*document|補充上市文件|补充上市文件", re.I
)
# Categories and titles of offers that are not IPOs (rights issues, open offers, funds).
_NOT_IPO_RE = re.compile(
    r"rights\s*issue|open\s*offer|供股|公開招股|公开招股|collective\s*investment|集體投資|集体投资",
    re.I,
)


def classify_codes(t1: list[str], t2: list[str], title: str = "") -> Kind:
    """The kind of a document from its category codes (and title)."""
    if _NOT_IPO_RE.search(title):
        return NOTHING  # "[Allotment Results / Rights Issue]", an open offer's documents
    if ALLOTMENT_T2 in t2:
        return EventKind.ALLOTMENT_RESULTS, False
    if FORMAL_NOTICE_T2 in t2:
        return EventKind.LISTING_ANNOUNCEMENT, False
    if any(code in NOT_IPO_T2 for code in t2):
        return NOTHING
    if any(code in IPO_DOCUMENT_T2 for code in t2) or INTRODUCTION_T2 in t2:
        return EventKind.PROSPECTUS, False
    if SUPPLEMENTARY_T2 in t2:
        return (EventKind.PROSPECTUS, True) if _IPO_TITLE_RE.search(title) else NOTHING
    if PROSPECTUS_T1 in t1 and not t2:  # no second-tier code: a listing document
        return EventKind.PROSPECTUS, False
    return NOTHING


def classify_text(title: str, category: str = "") -> Kind:
    """The kind of a document from its category text, else from its title."""
    if _NOT_IPO_RE.search(category) or _NOT_IPO_RE.search(title):
        return NOTHING
    if category:
        if _ALLOTMENT_RE.search(category):
            return EventKind.ALLOTMENT_RESULTS, False
        if _NOTICE_RE.search(category):
            return EventKind.LISTING_ANNOUNCEMENT, False
        if not _LISTING_DOCS_RE.search(category):
            return NOTHING
        _, bracket, second = category.partition("[")
        if not bracket:  # "Listing Documents" alone: the title says which
            return _by_title(title)
        if _SUPPLEMENTARY_RE.search(second):
            return (EventKind.PROSPECTUS, True) if _IPO_TITLE_RE.search(title) else NOTHING
        return (EventKind.PROSPECTUS, False) if _IPO_CATEGORY_RE.search(second) else NOTHING
    if _ALLOTMENT_RE.search(title):
        return EventKind.ALLOTMENT_RESULTS, False
    if _NOTICE_RE.search(title):
        return EventKind.LISTING_ANNOUNCEMENT, False
    return _by_title(title)


def _by_title(title: str) -> Kind:
    if _PROSPECTUS_RE.match(title) or _OFFERING_TITLE_RE.match(title):
        # "Supplemental Prospectus": only before the company is listed.
        supplementary = bool(re.match(r"^\W*(?:supplementa|補充|补充)", title, re.I))
        return EventKind.PROSPECTUS, supplementary
    return NOTHING


def kind_for_codes(t1: list[str], t2: list[str], title: str = "") -> EventKind | None:
    """The event kind of a document from its HKEXnews category codes (and title), or None."""
    return classify_codes(t1, t2, title)[0]


def kind_for_text(title: str, category: str = "") -> EventKind | None:
    """The event kind of a document from its category text, else from its title."""
    return classify_text(title, category)[0]
