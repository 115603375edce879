"""The basis of allocation under the Hong Kong public offering (Pool A / Pool B, 甲組 /
乙組) and the one-lot success rate: the smallest Pool A tier's winners ÷ its valid
applications.

Rows: shares applied for, valid applications, the basis ("3,911 out of 139,314 applicants
to receive 100 shares", "102,763名中7,193名獲發100股股份", "100 shares" when everyone gets
them), a percentage. A tier can be split into a 0-share row and a winners row; a basis
may wrap onto the next line(s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.find import Span, heading_re
from desktop.domain.offer.text import NUMBER, Text, any_label, to_int
from desktop.domain.phrases import CHECK_APPLICATIONS

HEADING = heading_re(
    (
        "BASIS OF ALLOCATION UNDER THE HONG KONG PUBLIC OFFERING",
        "BASIS OF ALLOCATION UNDER THE HONG KONG PUBLIC OFFER",
        "BASIS OF ALLOTMENT UNDER THE HONG KONG PUBLIC OFFERING",
        "BASIS OF ALLOCATION UNDER THE PUBLIC OFFER",
        "BASIS OF ALLOCATION",
        "BASIS OF ALLOTMENT",
        "香港公開發售的分配基準",
        "香港公開發售項下的分配基準",
        "公開發售的分配基準",
        "分配基準",
        "配發基準",
    )
)
POOL_A = re.compile(rf"(?m)^[ \t]*(?:POOL\s*A|{any_label(('甲組',))})\b", re.I)
POOL_B = re.compile(rf"(?m)^[ \t]*(?:POOL\s*B|{any_label(('乙組',))})\b", re.I)
_END = re.compile(
    r"(?m)^[ \t]*(?:COMPLIANCE\s*WITH|DISCLAIMER|SHAREHOLDING\s*CONCENTRATION|PLACEE\s*CONCENTRATION"
    r"|The\s*final\s*number\s*of|Notes?\s*:|遵守|免責|承配人集中|股東集中|附註|附注)",
    re.I,
)
_ROW = re.compile(rf"(?m)^[ \t]*({NUMBER})[ \t]+({NUMBER})(?=[ \t]|$)")
_OUT_OF_EN = re.compile(
    rf"({NUMBER})\s*out\s*of\s*({NUMBER})\s*(?:applicants?|applications?)?\s*(?:to\s*)?"
    rf"(?:receive|received|will\s*receive)\s*(?:an\s*additional\s*)?({NUMBER})\s*(?:H\s*)?shares?",
    re.I,
)
_OUT_OF_ZH = re.compile(
    rf"({NUMBER})\s*名(?:申請人|申请人|中籤|中签)?\s*中\s*(?:有\s*)?({NUMBER})\s*名(?:申請人|申请人)?"
    rf"\s*(?:將)?\s*(?:[獲获](?:配)?[發发]|[獲获]配|可[獲获]|[獲获]得)\s*(?:額外)?\s*({NUMBER})\s*股",
)
_ALL_GET = re.compile(rf"^\s*({NUMBER})\s*(?:H\s*)?(?:shares?|股)", re.I)
_PLUS = re.compile(r"\bplus\b|另加|另外", re.I)


@dataclass(slots=True)
class Tier:
    applied: int
    valid: int
    winners: int | None = None
    denominator: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # where each row's basis is
    rows: list[tuple[int, str]] = field(default_factory=list)  # (offset, basis text), read
    head: str = ""  # the printed shares applied for and valid applications
    evidence: tuple[int, int] | None = None  # where the winners are printed

    @property
    def applications(self) -> int:
        return self.denominator if self.denominator else self.valid


def basis_span(doc: Text) -> Span | None:
    for match in HEADING.finditer(doc.text):
        if POOL_A.search(doc.text, match.end(), match.end() + 3000) or _ROW.search(
            doc.text, match.end(), match.end() + 2000
        ):
            end = _END.search(doc.text, match.end())
            return Span(match.start(), end.start() if end else len(doc.text))
    return None


def read_pool(doc: Text, start: int, end: int, *, every_basis: bool = False) -> list[Tier]:
    """The tiers of one pool. Only the smallest tier's basis is read (the one-lot success
    rate) unless `every_basis`; every tier's valid applications are counted."""
    tiers: dict[int, Tier] = {}
    text = doc.text
    rows = list(_ROW.finditer(text, start, end))
    for index, row in enumerate(rows):
        applied, valid = to_int(row[1]), to_int(row[2])
        tier = tiers.get(applied)
        if tier is None:
            tier = tiers[applied] = Tier(applied, valid, head=row[0].strip())
        elif valid != tier.valid:
            tier.valid += valid  # a split tier printed as two rows with their own counts
        tier.spans.append((row.end(), rows[index + 1].start() if index + 1 < len(rows) else end))
    ordered = sorted(tiers.values(), key=lambda t: t.applied)
    for tier in ordered if every_basis else ordered[:1]:
        for begin, stop in tier.spans:
            tier.rows.append((begin, text[begin:stop]))
            _read_basis(tier, text[begin:stop], begin)
    return ordered


def _read_basis(tier: Tier, basis: str, base: int) -> None:
    plus = _PLUS.search(basis)
    found: list[tuple[int, int, int, int, int]] = []  # (start, end, winners, total, shares)
    if "名" in basis:
        for match in _OUT_OF_ZH.finditer(basis):
            total, winners, shares = to_int(match[1]), to_int(match[2]), to_int(match[3])
            found.append((match.start(), match.end(), winners, total, shares))
    else:
        for match in _OUT_OF_EN.finditer(basis):
            winners, total, shares = to_int(match[1]), to_int(match[2]), to_int(match[3])
            found.append((match.start(), match.end(), winners, total, shares))
    for start, end, winners, total, shares in found:
        tier.denominator = total
        if plus and plus.start() < start:
            tier.winners = tier.applications  # everyone gets the base lot, some more
            tier.evidence = (base + start, base + end)
        elif shares > 0:
            tier.winners = (tier.winners or 0) + winners
            tier.evidence = (base + start, base + end)
    if not found:
        everyone = _ALL_GET.match(basis)
        if everyone and to_int(everyone.group(1)) > 0:
            tier.winners = tier.valid
            tier.evidence = (base + everyone.start(1), base + everyone.end())


def read_basis(doc: Text, out: DocumentFacts) -> tuple[list[Tier], list[Tier]] | None:
    span = basis_span(doc)
    if span is None:
        return None
    a = POOL_A.search(doc.text, span.start, span.end)
    b = POOL_B.search(doc.text, span.start, span.end)
    a_start = a.end() if a else span.start
    a_end = b.start() if b and b.start() > a_start else span.end
    pool_a = read_pool(doc, a_start, a_end)
    pool_b = read_pool(doc, b.end(), span.end) if b else []
    if pool_a:
        first = pool_a[0]
        if first.winners is not None and first.applications:
            pct = round(first.winners / first.applications * 100, 2)
            offset = first.spans[0][0]
            snippet = first.head
            if first.evidence is not None:
                offset = first.evidence[0]
                snippet = f"{first.head} … {doc.snippet(*first.evidence)}"
            out.put("one_lot_success_pct", pct, doc.page_at(offset), snippet)
    return pool_a, pool_b


def check_pools(doc: Text, out: DocumentFacts, pools: tuple[list[Tier], list[Tier]]) -> None:
    """Valid applications of Pool A + Pool B = the printed number of valid applications."""
    printed = out.value("hk_valid_applications")
    tiers = [*pools[0], *pools[1]]
    if printed is None or not tiers:
        return
    total = sum(t.applications for t in tiers)
    if total != printed:
        out.checks.append(
            CHECK_APPLICATIONS.compose(
                total=f"{total:,}",
                printed=f"{printed:,}",
                page=out.facts["hk_valid_applications"].page,
            )
        )
