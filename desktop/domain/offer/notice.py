"""The terms of an offer: formal notice, and the cover, expected timetable and structure
of the offering of a prospectus (offer shares and split, price or range, board lot, entry
fee, allocation mechanism)."""

from __future__ import annotations

import re

from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.find import COUNT_RE, put_value
from desktop.domain.offer.text import NUMBER, Text, any_label, to_int, to_number
from desktop.domain.offer.timetable import read_timetable
from desktop.domain.phrases import CHECK_ENTRY_FEE

ENTRY_FEE_FACTOR = 1.010085
"""Price plus brokerage 1 %, SFC levy 0.0027 %, trading fee 0.00565 %, AFRC levy 0.00015 %."""

_SHARES = {
    "offer_shares": (
        "Number of Offer Shares under the Global Offering",
        "Number of Offer Shares under the Share Offer",
        "全球發售項下的發售股份數目",
        "全球發售的發售股份數目",
        "全球發售項下發售股份數目",
        "股份發售項下的發售股份數目",
    ),
    "hk_offer_shares": (
        "Number of Hong Kong Offer Shares",
        "Number of Public Offer Shares",
        "香港發售股份數目",
        "香港公開發售股份數目",
        "公開發售股份數目",
    ),
    "intl_offer_shares": (
        "Number of International Offer Shares",
        "Number of International Placing Shares",
        "Number of Placing Shares",
        "國際發售股份數目",
        "國際配售股份數目",
        "配售股份數目",
    ),
}
_MAX_PRICE = re.compile(any_label(("Maximum Offer Price", "最高發售價", "最高招股價")), re.I)
_FIXED_PRICE = re.compile(
    r"(?m)^[ \t]*(?:Offer\s*Price|Final\s*Offer\s*Price)\s*:"
    rf"|{any_label(('發售價', '最終發售價'))}\s*:",
    re.I,
)
_HKD = rf"(?:HK\$\s*({NUMBER})|({NUMBER})\s*港元)"
_PRICE_AT = re.compile(_HKD, re.I)
_RANGE = re.compile(
    rf"not\s*more\s*than\s*{_HKD}.{{0,160}}?not\s*less\s*than\s*{_HKD}"
    rf"|不超過\s*{_HKD}.{{0,120}}?不低於\s*{_HKD}|不超过\s*{_HKD}.{{0,120}}?不低于\s*{_HKD}",
    re.I | re.S,
)
_RANGE_DASH = re.compile(
    rf"(?:offer\s*price\s*range|price\s*range|發售價範圍|发售价范围|招股價範圍)\s*:?\s*"
    rf"{_HKD}\s*(?:to|-|–|—|至)\s*{_HKD}",
    re.I,
)
_BOARD_LOT = re.compile(
    rf"board\s*lots?\s*(?:size\s*)?(?:of\s*)?:?\s*({NUMBER})\s*(?:H\s*)?(?:Shares|Units)"
    rf"|每手(?:買賣單位)?\s*:?\s*({NUMBER})\s*股"
    rf"|以每手\s*({NUMBER})\s*股"
    rf"|{any_label(('買賣單位',))}\s*:?\s*({NUMBER})\s*股"
    rf"|({NUMBER})\s*(?:H\s*)?(?:Shares|股(?:H股)?)\s*(?:per\s*board\s*lot|為一手|为一手|一手)",
    re.I,
)
_AMOUNT_HEAD = re.compile(
    any_label(
        (
            "Amount payable on application",
            "Amount payable on application HK$",
            "申請時應繳款項",
            "申請認購時應繳款項",
            "應繳款項",
        )
    ),
    re.I,
)
_ROW = re.compile(rf"(?m)^[ \t]*({NUMBER})[ \t]+({NUMBER})\b")
_MECHANISM = re.compile(
    r"mechanism\s*([AB])\b|機制\s*([AB])\b|机制\s*([AB])\b",
    re.I,
)


def read_terms(doc: Text, out: DocumentFacts) -> None:
    for key, labels in _SHARES.items():
        put_value(doc, out, key, labels, "int")
    _read_price(doc, out)
    _read_board_lot(doc, out)
    _read_entry_fee(doc, out)
    read_mechanism(doc, out)
    read_timetable(doc, out)
    check_entry_fee(out)


def _price(match: re.Match[str], first: int) -> float | None:
    text = match.group(first) or match.group(first + 1)
    return to_number(text) if text else None


def _read_price(doc: Text, out: DocumentFacts) -> None:
    found = _RANGE.search(doc.text) or _RANGE_DASH.search(doc.text)
    if found:
        values = [to_number(g) for g in found.groups() if g]
        if len(values) >= 2:
            high, low = max(values[:2]), min(values[:2])
            page, snip = doc.page_at(found.start()), doc.snippet(found.start(), found.end())
            out.put("offer_price_max", high, page, snip)
            out.put("offer_price_min", low, page, snip)
            return
    label = _MAX_PRICE.search(doc.text)
    if label:
        price = _PRICE_AT.search(doc.text, label.end(), label.end() + 200)
        if price:
            value = _price(price, 1)
            snip = doc.snippet(label.start(), price.end())
            out.put("offer_price_max", value, doc.page_at(label.start()), snip)
            return
    label = _FIXED_PRICE.search(doc.text)
    if label:
        price = _PRICE_AT.search(doc.text, label.end(), label.end() + 200)
        if price:
            value = _price(price, 1)
            out.put(
                "offer_price",
                value,
                doc.page_at(label.start()),
                doc.snippet(label.start(), price.end()),
            )


def _read_board_lot(doc: Text, out: DocumentFacts) -> None:
    match = _BOARD_LOT.search(doc.text)
    if match:
        number = next(g for g in match.groups() if g)
        out.put(
            "board_lot",
            to_int(number),
            doc.page_at(match.start()),
            doc.snippet(match.start(), match.end()),
        )


def _read_entry_fee(doc: Text, out: DocumentFacts) -> None:
    """The first row of the "shares applied for / amount payable" table."""
    for head in _AMOUNT_HEAD.finditer(doc.text):
        row = _ROW.search(doc.text, head.end(), head.end() + 600)
        if not row:
            continue
        shares, amount = to_int(row.group(1)), to_number(row.group(2))
        lot = out.value("board_lot")
        if lot is not None and shares != lot:
            continue
        page, snip = doc.page_at(row.start()), doc.snippet(row.start(), row.end())
        if lot is None:
            out.put("board_lot", shares, page, snip)
        out.put("entry_fee", amount, page, snip)
        return


def read_mechanism(doc: Text, out: DocumentFacts) -> None:
    match = _MECHANISM.search(doc.text)
    if match:
        letter = next(g for g in match.groups() if g).upper()
        out.put(
            "mechanism", letter, doc.page_at(match.start()), doc.snippet(match.start(), match.end())
        )


def expected_entry_fee(lot: int, price: float) -> float:
    return round(lot * price * ENTRY_FEE_FACTOR, 2)


def check_entry_fee(out: DocumentFacts) -> None:
    fee, lot = out.value("entry_fee"), out.value("board_lot")
    price = out.value("offer_price") or out.value("offer_price_max")
    if fee is None or lot is None or price is None:
        return
    expected = expected_entry_fee(lot, price)
    if abs(expected - fee) > 0.02:
        out.checks.append(
            CHECK_ENTRY_FEE.compose(
                fee=f"HK${fee:,.2f}",
                page=out.facts["entry_fee"].page,
                lot=f"{lot:,}",
                price=f"HK${price:,.2f}",
                expected=f"HK${expected:,.2f}",
            )
        )


__all__ = [
    "COUNT_RE",
    "ENTRY_FEE_FACTOR",
    "check_entry_fee",
    "expected_entry_fee",
    "read_mechanism",
    "read_terms",
]
