"""What a document is (from its headings) and whose it is (stock code and issuer on its
first pages), checked before any of its figures is trusted."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.text import Text, any_label, cjk_share
from desktop.domain.phrases import NOTHING_TO_CHECK, OTHER_ISSUER, OTHER_STOCK

FIRST_PAGES = 3

_NEXT_DAY = re.compile(
    any_label(("Next Day Disclosure Return", "翌日披露報表", "Monthly Return", "月報表")), re.I
)
_RIGHTS = re.compile(
    any_label(("Rights Issue", "Open Offer", "供股", "公開發售股份的配發結果")), re.I
)
_STABILISATION = re.compile(
    r"end\s*of\s*(?:the\s*)?stabili[sz]ation\s*period|stabili[sz](?:ing|ation)\s*actions?"
    rf"|{any_label(('穩定價格期結束', '穩定價格期間結束', '穩定價格行動'))}",
    re.I,
)
_ALLOTMENT = re.compile(
    r"allotment\s*results?|offer\s*price\s*and\s*allotment"
    rf"|{any_label(('配發結果', '分配結果', '配售結果'))}",
    re.I,
)
_ALLOTMENT_BODY = re.compile(
    r"basis\s*of\s*allo(?:cation|tment)|allotment\s*results\s*details|valid\s*applications"
    rf"|{any_label(('分配基準', '配發結果詳情', '有效申請', '受理申請'))}",
    re.I,
)
_PROSPECTUS = re.compile(
    rf"this\s*prospectus|{any_label(('本招股章程', '本招股說明書', '本招股書'))}", re.I
)
_OFFERING = re.compile(
    r"global\s*offering|share\s*offer|public\s*offer(?:ing)?"
    rf"|{any_label(('全球發售', '股份發售', '公開發售'))}",
    re.I,
)
_PRICE_TERMS = re.compile(
    r"(?:maximum\s*)?offer\s*price|offer\s*price\s*range"
    rf"|{any_label(('最高發售價', '發售價', '招股價'))}",
    re.I,
)
_HK_SHARES = re.compile(
    r"(?:number\s*of\s*)?hong\s*kong\s*(?:public\s*)?offer\s*shares"
    rf"|{any_label(('香港發售股份', '香港公開發售股份'))}",
    re.I,
)

_CODE_RE = re.compile(
    r"(?:stock|share)\s*code\s*[:：]?\s*[:]?\s*(\d{4,5})\b"
    rf"|{any_label(('股份代號', '股票代號', '證券代號'))}\s*[:：]?\s*(\d{{4,5}})\b",
    re.I,
)
_SUFFIX_RE = re.compile(
    r"(?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.,?\s*Ltd\.?|plc|"
    r"N\.V\.|S\.A\.|AG|SE|Holdings?|Group|"
    r"有限公司|股份有限公司|集團|集团|控股|公司)"
    r"(?:\s*[-–]\s*[A-Z](?:\s*[-–]\s*[A-Z])*)?\s*[*#]?\s*$",
)
_NOT_ISSUER = re.compile(
    r"Hong\s*Kong\s*Exchanges|Stock\s*Exchange\s*of\s*Hong\s*Kong|Securities\s*Clearing"
    r"|responsib|incorporated|liability|香港交易及|聯合交易所|联合交易所|結算有限公司|结算有限公司"
    r"|負責|负责|註冊成立|注册成立|有限責任|有限责任",
    re.I,
)


def first_pages(doc: Text, count: int = FIRST_PAGES) -> str:
    return "\n".join(doc.page_text(i) for i in range(min(count, len(doc.starts))))


def classify(doc: Text) -> str:
    """The document's type from its headings (first pages; a prospectus by its wording
    and length)."""
    head = first_pages(doc)
    top = head[:1500]
    if _NEXT_DAY.search(top):
        return "other"
    if _STABILISATION.search(top):
        return "stabilisation_end"
    if _ALLOTMENT.search(top) and _ALLOTMENT_BODY.search(doc.text):
        return "other" if _RIGHTS.search(top) else "allotment_results"
    if _PROSPECTUS.search(head) and doc.page_count >= 40:
        return "prospectus"
    if _OFFERING.search(top) and _PRICE_TERMS.search(head) and _HK_SHARES.search(head):
        return "formal_notice"
    return "other"


def language(doc: Text) -> str | None:
    head = first_pages(doc, 1)[:4000]
    if not head.strip():
        return None
    return "zh" if cjk_share(head) > 0.3 else "en"


def read_identity(doc: Text, out: DocumentFacts) -> None:
    """Stock code (five digits) and issuer, from the first pages."""
    head_end = len(first_pages(doc))
    match = _CODE_RE.search(doc.text, 0, head_end)
    if match:
        code = (match.group(1) or match.group(2)).zfill(5)
        out.put(
            "stock_code", code, doc.page_at(match.start()), doc.snippet(match.start(), match.end())
        )
    issuer = _issuer(doc)
    if issuer:
        name, offset = issuer
        out.put("issuer", name, doc.page_at(offset), name)


def _issuer(doc: Text) -> tuple[str, int] | None:
    if not doc.starts:
        return None
    page = doc.page_text(0)
    offset = 0
    for line in page.split("\n"):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        if not stripped or len(stripped) > 90 or stripped.startswith(("(", "[")):
            continue
        if _NOT_ISSUER.search(stripped) or not _SUFFIX_RE.search(stripped):
            continue
        if len(stripped.split()) > 12:
            continue
        return stripped.rstrip("*# "), start
    return None


def _norm_name(name: str) -> str:
    return re.sub(
        r"[\s.,()\-–'’&]|有限公司|股份|limited|ltd|inc|company|co\b|group", "", name.lower()
    )


def verify(
    out: DocumentFacts,
    expected_code: str | None = None,
    expected_names: Iterable[str] = (),
) -> None:
    """Add a problem when the document is not the expected company's: its printed stock
    code differs, or (no code printed) none of the expected names is its issuer."""
    code = out.value("stock_code")
    if expected_code:
        want = expected_code.zfill(5)
        if code and code != want:
            out.problems.append(OTHER_STOCK.compose(code=code, want=want))
            return
    names = [_norm_name(n) for n in expected_names if n and n.strip()]
    issuer = out.value("issuer")
    if names and not code and issuer:
        mine = _norm_name(issuer)
        if not any(n and (n in mine or mine in n) for n in names):
            out.problems.append(OTHER_ISSUER.compose(issuer=issuer))
    if expected_code and not code and not issuer:
        out.problems.append(NOTHING_TO_CHECK.compose())
