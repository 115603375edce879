"""What an application record's documents are: classified by label, grouped by version.

A document is what its label says (``nF``, else ``nS1``): ``Application Proof (1st
submission)`` / ``申請版本（第一次呈交）`` a proof, ``PHIP (1st submission)`` /
``聆訊後資料集（第一次呈交）`` a PHIP, an ``OC Announcement - Appointment`` neither.  Versions
are numbered by the ordinal in their labels when every label has a distinct one, else
by date (a revision, ``申請版本（修訂版）``, has none).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.sources.hkex_common import normalise_name

_PROOF_RE = re.compile(r"application\s*proof|申請版本|申请版本", re.IGNORECASE)
_PHIP_RE = re.compile(
    r"post[\s-]*hearing\s*information\s*pack|\bphip\b|聆訊後資料集|聆讯后资料集|聆訊后资料集",
    re.IGNORECASE,
)
_FULL_RE = re.compile(r"full\s*(?:version|document)|全文", re.IGNORECASE)
_EN_ORDINAL_RE = re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_EN_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_EN_WORD_RE = re.compile(r"\b(" + "|".join(_EN_WORDS) + r")\b", re.IGNORECASE)
_ZH_ORDINAL_RE = re.compile(r"第\s*([〇零一二兩两三四五六七八九十\d]{1,4})\s*[次份]")
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4}
_ZH_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Submission:
    """The documents of one application proof version (one ``nF`` label)."""

    number: int  # the n in app:{id}:proof:{n}
    ordinal: int | None  # read from the label ("2nd submission" -> 2), if it could be
    label: str
    docs: tuple[dict[str, Any], ...]

    @property
    def published(self) -> date | None:
        days = [date.fromisoformat(d["d"]) for d in self.docs if d.get("d")]
        return min(days) if days else None


@functools.lru_cache(maxsize=1024)
def _label_forms(label: str) -> tuple[str, int | None]:
    """(key, ordinal) of a version label; a file repeats a handful of labels."""
    return normalise_name(label), ordinal(label)


def _doc_label(doc: dict[str, Any]) -> str:
    return doc.get("nF") or doc.get("nS1") or ""


@functools.lru_cache(maxsize=1024)
def _label_kind(label: str) -> tuple[bool, bool]:
    """(an application proof, a PHIP) for a document label; a file repeats a few labels."""
    phip = bool(_PHIP_RE.search(label))
    return bool(_PROOF_RE.search(label)) and not phip, phip


def _is_phip(doc: dict[str, Any]) -> bool:
    return _label_kind(_doc_label(doc))[1]


def _is_proof(doc: dict[str, Any]) -> bool:
    return _label_kind(_doc_label(doc))[0]


@functools.lru_cache(maxsize=1024)
def _is_full(first: str | None, second: str | None) -> bool:
    return bool(_FULL_RE.search(" ".join(filter(None, (first, second)))))


def _best_url(docs: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> str | None:
    """The full-document PDF if there is one, else any PDF, else the HTML index."""
    for doc in docs:
        if doc.get("u1") and _is_full(doc.get("nS1"), doc.get("nS2")):
            return doc["u1"]
    for doc in docs:
        if doc.get("u1"):
            return doc["u1"]
    for doc in docs:
        if doc.get("u2"):
            return doc["u2"]
    return None


def _submissions(proofs: list[dict[str, Any]]) -> list[Submission]:
    """Group proof documents by version label and number the versions.

    The number is the ordinal read from the labels ("1st submission", "第二次呈交") when
    every label has a distinct one; otherwise the versions are counted in date order.
    """
    if len(proofs) == 1:  # the usual case: one version, numbered by its label or 1
        text = _doc_label(proofs[0])
        found = _label_forms(text)[1]
        return [Submission(found if found is not None else 1, found, text, (proofs[0],))]
    groups: dict[str, list[dict[str, Any]]] = {}
    shown: dict[str, str] = {}
    for doc in proofs:
        text = _doc_label(doc)
        key = _label_forms(text)[0]
        groups.setdefault(key, []).append(doc)
        shown.setdefault(key, text)
    if not groups:
        return []
    ordinals = {key: _label_forms(shown[key])[1] for key in groups}
    values = list(ordinals.values())
    if None not in values and len(set(values)) == len(values):
        order = sorted(groups, key=lambda k: ordinals[k] or 0)
        numbers = {key: ordinals[key] or 0 for key in order}
    else:
        appearance = {key: i for i, key in enumerate(groups)}

        def first_day(key: str) -> tuple[str, int]:
            days = [d["d"] for d in groups[key] if d.get("d")]
            return (min(days) if days else "9999-12-31", appearance[key])

        order = sorted(groups, key=first_day)
        numbers = {key: i + 1 for i, key in enumerate(order)}
    return [
        Submission(numbers[key], ordinals[key], shown[key], tuple(groups[key])) for key in order
    ]


def ordinal(label: str) -> int | None:
    """The submission number in a version label, in English or Chinese, if readable."""
    if not label:
        return None
    match = _EN_ORDINAL_RE.search(label)
    if match:
        return int(match.group(1)) or None
    match = _EN_WORD_RE.search(label)
    if match:
        return _EN_WORDS.index(match.group(1).lower()) + 1
    match = _ZH_ORDINAL_RE.search(label)
    if match:
        return _zh_number(match.group(1))
    return None


def _zh_number(text: str) -> int | None:
    if text.isdigit():
        return int(text) or None
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _ZH_DIGITS.get(tens, -1) if tens else 1
        low = _ZH_DIGITS.get(ones, -1) if ones else 0
        if high < 0 or low < 0 or len(tens) > 1 or len(ones) > 1:
            return None
        return high * 10 + low or None
    if len(text) == 1 and text in _ZH_DIGITS:
        return _ZH_DIGITS[text] or None
    return None
