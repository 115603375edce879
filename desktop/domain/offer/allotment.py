"""Allotment results announcements: SUMMARY / 摘要, ALLOTMENT RESULTS DETAILS / 配發結果詳情
(Hong Kong and international tranches), then the basis of allocation; cornerstones and
lock-ups are in `holders`. Read section by section; labels vary between issuers."""

from __future__ import annotations

from desktop.domain.offer.basis import check_pools, read_basis
from desktop.domain.offer.facts import DocumentFacts
from desktop.domain.offer.find import Span, heading_re, put_value, section
from desktop.domain.offer.holders import read_cornerstones, read_lockups
from desktop.domain.offer.text import Text
from desktop.domain.phrases import CHECK_CLAWBACK, CHECK_REALLOCATION

DETAILS = heading_re(("ALLOTMENT RESULTS DETAILS", "配發結果詳情", "分配結果詳情"))
HK = heading_re(
    (
        "HONG KONG PUBLIC OFFERING",
        "HONG KONG PUBLIC OFFER",
        "PUBLIC OFFER",
        "PUBLIC OFFERING",
        "香港公開發售",
        "公開發售",
    )
)
INTL = heading_re(
    (
        "INTERNATIONAL OFFERING",
        "INTERNATIONAL OFFER",
        "INTERNATIONAL PLACING",
        "PLACING",
        "國際發售",
        "國際配售",
        "配售",
    )
)
AFTER_DETAILS = heading_re(
    (
        "CORNERSTONE INVESTORS",
        "LOCK-UP UNDERTAKINGS",
        "PLACEE CONCENTRATION ANALYSIS",
        "SHAREHOLDER CONCENTRATION ANALYSIS",
        "BASIS OF ALLOCATION UNDER THE HONG KONG PUBLIC OFFERING",
        "BASIS OF ALLOCATION",
        "基石投資者",
        "禁售承諾",
        "承配人集中度分析",
        "股東集中度分析",
        "分配基準",
    )
)

_SUMMARY = {
    "stock_code": None,
    "listing_date": (
        (
            "Dealings commencement date",
            "Date of commencement of dealings",
            "Listing date",
            "開始買賣日期",
            "上市日期",
            "開始交易日期",
        ),
        "date",
    ),
    "offer_price": (
        ("Final Offer Price", "Offer Price", "最終發售價", "發售價"),
        "price",
    ),
    "offer_shares": (
        ("Number of Offer Shares", "No. of Offer Shares", "發售股份數目"),
        "int",
    ),
    "over_allocated_shares": (
        (
            "No. of Offer Shares over-allocated",
            "Number of Offer Shares over-allocated",
            "Over-allocated Offer Shares",
            "超額分配的發售股份數目",
            "超額分配發售股份數目",
        ),
        "int",
    ),
    "gross_proceeds_hkd": (
        ("Gross proceeds", "所得款項總額"),
        "amount",
    ),
    "net_proceeds_hkd": (
        ("Net proceeds", "所得款項淨額"),
        "amount",
    ),
}
_VALID = (
    "No. of valid applications",
    "Number of valid applications",
    "有效申請數目",
    "受理申請數目",
    "有效申請",
)
_SUCCESSFUL = (
    "No. of successful applications",
    "Number of successful applications",
    "成功申請數目",
    "獲接納申請數目",
    "成功申請",
)
_LEVEL = ("Subscription level", "Subscription", "認購水平", "認購額", "認購倍數", "認購")
_CLAWBACK = (
    "Claw-back triggered",
    "Clawback triggered",
    "Claw back triggered",
    "Reallocation triggered",
    "觸發回補機制",
    "觸發回撥機制",
    "回補機制",
    "回撥機制",
    "重新分配",
)
_HK_INITIAL = (
    "No. of Offer Shares initially available under the Hong Kong Public Offering",
    "No. of Offer Shares initially available under the Hong Kong Public Offer",
    "Number of Offer Shares initially available under the Hong Kong Public Offering",
    "最初於香港公開發售項下可供認購的發售股份數目",
    "香港公開發售項下初步可供認購的發售股份數目",
    "香港公開發售初步可供認購的發售股份數目",
)
_HK_REALLOCATED = (
    "No. of Offer Shares reallocated",
    "Number of Offer Shares reallocated",
    "No. of Offer Shares reallocated to the Hong Kong Public Offering",
    "重新分配的發售股份數目",
    "重新分配至香港公開發售的發售股份數目",
)
_HK_FINAL = (
    "Final no. of Offer Shares under the Hong Kong Public Offering",
    "Final no. of Offer Shares under the Hong Kong Public Offer",
    "Final number of Offer Shares under the Hong Kong Public Offering",
    "香港公開發售項下發售股份的最終數目",
    "香港公開發售的發售股份最終數目",
    "香港公開發售項下的最終發售股份數目",
)
_PLACEES = ("No. of placees", "Number of placees", "承配人數目", "承配人數量")
_INTL_FINAL = (
    "Final no. of Offer Shares under the International Offering",
    "Final no. of Offer Shares under the International Offer",
    "Final number of Offer Shares under the International Offering",
    "國際發售項下發售股份的最終數目",
    "國際發售的發售股份最終數目",
    "國際發售項下的最終發售股份數目",
)
_YES = {"yes", "是"}
_NO = {"no", "否", "無", "无", "nil", "none"}


def read_allotment(doc: Text, out: DocumentFacts) -> None:
    details = section(doc, DETAILS) or Span(0, len(doc.text))
    summary = Span(0, details.start) if details.start > 0 else None
    for key, spec in _SUMMARY.items():
        if spec is None:
            continue
        labels, kind = spec
        put_value(doc, out, key, labels, kind, summary)
        if key not in out.facts and summary is None:
            put_value(doc, out, key, labels, kind)
    _read_tranches(doc, out, details)
    read_cornerstones(doc, out)
    read_lockups(doc, out)
    pools = read_basis(doc, out)
    if pools is not None:
        check_pools(doc, out, pools)
    _check_shares(out)


def _read_tranches(doc: Text, out: DocumentFacts, details: Span) -> None:
    end = AFTER_DETAILS.search(doc.text, details.start + 1)
    stop = end.start() if end and end.start() > details.start else len(doc.text)
    hk_head = HK.search(doc.text, details.start, stop)
    intl_head = INTL.search(doc.text, hk_head.end() if hk_head else details.start, stop)
    hk = Span(
        hk_head.start() if hk_head else details.start, intl_head.start() if intl_head else stop
    )
    intl = Span(intl_head.start(), stop) if intl_head else None
    put_value(doc, out, "hk_valid_applications", _VALID, "int", hk)
    put_value(doc, out, "hk_successful_applications", _SUCCESSFUL, "int", hk)
    put_value(doc, out, "hk_subscription_times", _LEVEL, "times", hk)
    put_value(doc, out, "hk_initial_shares", _HK_INITIAL, "int", hk)
    put_value(doc, out, "hk_reallocated_shares", _HK_REALLOCATED, "int", hk)
    put_value(doc, out, "hk_final_shares", _HK_FINAL, "int", hk)
    if put_value(doc, out, "clawback_printed", _CLAWBACK, "yesno", hk):
        _clawback(out)
    if intl is not None:
        put_value(doc, out, "intl_placees", _PLACEES, "int", intl)
        put_value(doc, out, "intl_subscription_times", _LEVEL, "times", intl)
        put_value(doc, out, "intl_final_shares", _INTL_FINAL, "int", intl)
    over = out.value("over_allocated_shares")
    if over is not None:
        fact = out.facts["over_allocated_shares"]
        out.put("over_allotment_option", over > 0, fact.page, fact.snippet)


def _clawback(out: DocumentFacts) -> None:
    """Yes → true; No / 無 → false; N/A / 不適用 (Mechanism B, no clawback by design) → false
    when the Hong Kong tranche kept its initial size or the mechanism is B, else null."""
    fact = out.facts.pop("clawback_printed")
    word = str(fact.value).lower().replace(" ", "")
    value: bool | None
    if word in _YES:
        value = True
    elif word in _NO:
        value = False
    else:
        initial, final = out.value("hk_initial_shares"), out.value("hk_final_shares")
        value = False if out.value("mechanism") == "B" or (initial and initial == final) else None
    if value is not None:
        out.put("clawback", value, fact.page, fact.snippet)
    else:
        out.facts["clawback_printed"] = fact


def _check_shares(out: DocumentFacts) -> None:
    initial, moved, final = (
        out.value("hk_initial_shares"),
        out.value("hk_reallocated_shares"),
        out.value("hk_final_shares"),
    )
    if initial is None or final is None:
        return
    if moved is not None and initial + moved != final:
        out.checks.append(
            CHECK_REALLOCATION.compose(
                initial=f"{initial:,}",
                moved=f"{moved:,}",
                final=f"{final:,}",
                page=out.facts["hk_final_shares"].page,
            )
        )
    if out.value("clawback") is False and moved and initial != final:
        out.checks.append(CHECK_CLAWBACK.compose(initial=f"{initial:,}", final=f"{final:,}"))
