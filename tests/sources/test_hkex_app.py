"""HKEX application proofs: samples, large built files, hostile input, fetch over the mirror."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from random import Random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sources import hkex_app
from desktop.sources.base import ParseError, PollContext, SourceItem
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
KINDS = {
    "application_proof",
    "application_proof_update",
    "phip",
    "application_lapsed",
    "application_withdrawn",
    "application_rejected",
    "listed",
    "application_returned",
}


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def by_key(items: list[SourceItem]) -> dict[str, SourceItem]:
    return {item.key: item for item in items}


def check_items(items: list[SourceItem]) -> None:
    """What every item must satisfy, whatever the input."""
    for item in items:
        assert item.source == "hkex_app"
        assert item.kind in KINDS
        assert item.names and all(isinstance(n, str) and n for n in item.names)
        assert item.url is None or item.url.startswith("https://")
        assert item.published is None or 1990 <= item.published.year <= 2100
        json.dumps(item.raw)
        for scheme, code in item.codes:
            assert scheme == "hk" and len(code) == 5 and code.isdigit()


# ---------------------------------------------------------------------------- samples


def test_sample_active_chinese() -> None:
    items = hkex_app.parse(
        sample("hkexnews_appactive_app_sehk_c_real_trimmed.json"), document="appactive_app_sehk_c"
    )
    check_items(items)
    assert [i.key for i in items] == ["app:107796:proof", "app:108066:proof"]
    first = items[0]
    assert first.kind == "application_proof"
    assert first.names == ("思卓基礎設施私募資本開放式基金公司",)
    assert first.published == date(2025, 10, 17)
    assert first.ref == "107796"
    # The full-document PDF of the application proof, not the OC announcement.
    assert first.url == (
        "https://www1.hkexnews.hk/app/sehk/2025/107796/documents/sehk25101701816_c.pdf"
    )
    assert first.raw["board"] == "sehk"
    assert first.raw["language"] == "zh"
    assert first.raw["status"] == "A"
    assert first.raw["submission"] == 1
    assert len(first.raw["documents"]) == 2
    assert first.raw["documents"][1]["u2"] == (
        "https://www1.hkexnews.hk/app/sehk/2025/107796/2025101701813_c.htm"
    )
    assert "申請版本（第一次呈交）" in first.title


def test_sample_active_english_without_documents() -> None:
    (item,) = hkex_app.parse(
        sample("hkexnews_appactive_app_sehk_e_real_trimmed.json"), document="appactive_app_sehk_e"
    )
    assert item.kind == "application_proof"
    assert item.key == "app:108565:proof"
    assert item.names == ("EnjoyGo Technology Limited",)
    assert item.published == date(2026, 5, 22)
    # No documents listed: the warning statement is the only link.
    assert item.url == "https://www1.hkexnews.hk/app/sehk/2026/108565/documents/warn26052202199.pdf"
    assert item.raw["language"] == "en"
    assert item.raw["generated"] is not None


def test_sample_phip() -> None:
    items = hkex_app.parse(
        sample("hkexnews_appactive_appphip_sehk_e_real_trimmed.json"),
        document="appactive_appphip_sehk_e",
    )
    check_items(items)
    (item,) = items
    assert item.kind == "phip"
    assert item.key == "app:108337:phip"
    assert item.published == date(2026, 5, 21)
    assert item.raw["has_phip"] is True


def test_sample_inactive_lapsed() -> None:
    (item,) = hkex_app.parse(
        sample("hkexnews_appinactive_sehk_e_real_trimmed.json"), document="appinactive_sehk_e"
    )
    assert item.kind == "application_lapsed"
    assert item.key == "app:107831:lapsed"
    assert item.published == date(2026, 4, 21)
    assert item.raw["status"] == "LP"


def test_sample_listed() -> None:
    (item,) = hkex_app.parse(
        sample("hkexnews_applisted_sehk_e_real_trimmed.json"), document="applisted_sehk_e"
    )
    assert item.kind == "listed"
    assert item.key == "app:108182:listed"
    assert item.codes == (("hk", "06872"),)
    assert item.code("hk") == "06872"
    assert item.names == ("TenNor Therapeutics (Suzhou) Limited - B",)
    assert item.published == date(2026, 5, 6)


def test_sample_returned() -> None:
    (item,) = hkex_app.parse(
        sample("hkexnews_appreturned_sehk_e_real_trimmed.json"), document="appreturned_sehk_e"
    )
    assert item.kind == "application_returned"
    assert item.key == "returned:chinahuitongfinanceholdingslimited:2014-09-26"
    assert item.names == ("China Huitong Finance Holdings Limited",)
    assert item.raw["sponsor"] == "China Everbright Capital Limited"
    assert item.published == date(2014, 9, 26)
    assert item.ref is None


# ----------------------------------------------------------------- built, realistic files

EN_ORDINALS = ("1st", "2nd", "3rd", "4th")
ZH_ORDINALS = ("一", "二", "三", "四")


def proof_doc(app_id: int, board: str, lang: str, n: int, day: str) -> list[dict[str, Any]]:
    year = day[-4:]
    suffix = "_c" if lang == "c" else ""
    if lang == "e":
        label, full, multi = (
            f"Application Proof ({EN_ORDINALS[n - 1]} submission)",
            "Full Version",
            "Multi-Files",
        )
    else:
        label, full, multi = f"申請版本（第{ZH_ORDINALS[n - 1]}次呈交）", "全文檔案", "多檔案"
    return [
        {
            "d": day,
            "nF": label,
            "nS1": full,
            "nS2": multi,
            "u1": f"{board}/{year}/{app_id}/documents/{board}{n}{app_id}{suffix}.pdf",
            "u2": f"{board}/{year}/{app_id}/{n}{app_id}{suffix}.htm",
        }
    ]


def oc_doc(app_id: int, board: str, lang: str, day: str) -> dict[str, Any]:
    label = (
        "Overall Coordinator Announcement - Appointment" if lang == "e" else "整體協調人公告－委任"
    )
    return {"d": day, "nS1": label, "u1": f"{board}/{day[-4:]}/{app_id}/documents/oc{app_id}.pdf"}


def phip_doc(app_id: int, board: str, lang: str, day: str) -> dict[str, Any]:
    label = "Post Hearing Information Pack" if lang == "e" else "聆訊後資料集"
    full = "Full Version" if lang == "e" else "全文檔案"
    return {
        "d": day,
        "nF": label,
        "nS1": full,
        "u1": f"{board}/{day[-4:]}/{app_id}/documents/phip{app_id}.pdf",
    }


def company(app_id: int, lang: str) -> str:
    if lang == "e":
        return f"Example Applicant {app_id} Holdings Limited"
    return f"示例申請人{app_id}控股有限公司"


def day_of(i: int) -> str:
    return f"{1 + i % 28:02d}/{1 + i % 12:02d}/{2024 + i % 3}"


def build_file(kind: str, board: str, lang: str, count: int = 120) -> dict[str, Any]:
    """A file like the live ones: many applications, several versions, OC notices."""
    apps: list[dict[str, Any]] = []
    base = 100_000 if board == "sehk" else 200_000
    for i in range(count):
        app_id = base + i
        day = day_of(i)
        if kind == "appreturned":
            apps.append({"a": company(app_id, lang), "s": f"Sponsor {i % 7} Limited", "rd": day})
            continue
        versions = 1 + i % 3
        ls = [oc_doc(app_id, board, lang, day)]
        for n in range(1, versions + 1):
            ls += proof_doc(app_id, board, lang, n, day_of(i + 40 * (n - 1)))
        record: dict[str, Any] = {
            "id": app_id,
            "d": day,
            "a": company(app_id, lang),
            "s": "A",
            "w": f"{board}/{day[-4:]}/{app_id}/documents/warn{app_id}.pdf",
            "hasPhip": kind == "appactive_appphip",
            "ls": ls,
            "ps": [phip_doc(app_id, board, lang, day_of(i + 7))]
            if kind == "appactive_appphip"
            else [],
        }
        if kind == "appinactive":
            record["s"] = ("LP", "W", "RJ")[i % 3]
        if kind == "applisted":
            record["s"] = "LT"
            record["st"] = str(1000 + i) if board == "sehk" else str(8000 + i)
        apps.append(record)
    return {"genDate": "1783782010002", "uDate": "10/07/2026", "app": apps}


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("board", ["sehk", "gem"])
@pytest.mark.parametrize(
    "prefix", ["appactive_app", "appactive_appphip", "appinactive", "applisted", "appreturned"]
)
def test_both_languages_give_the_same_keys(prefix: str, board: str) -> None:
    english = hkex_app.parse(encode(build_file(prefix, board, "e")), document=f"{prefix}_{board}_e")
    chinese = hkex_app.parse(encode(build_file(prefix, board, "c")), document=f"{prefix}_{board}_c")
    check_items(english + chinese)
    assert english and len(english) == len(chinese)
    if prefix != "appreturned":  # returned applications are keyed by name, there is no id
        assert [i.key for i in english] == [i.key for i in chinese]
        pairs = zip(english, chinese, strict=True)
        for e_item, c_item in pairs:
            assert e_item.kind == c_item.kind
            assert e_item.published == c_item.published
            assert e_item.names[0].startswith("Example Applicant")
            assert c_item.names[0].startswith("示例申請人")
            assert e_item.raw["board"] == c_item.raw["board"] == board


def test_active_file_versions_become_updates() -> None:
    items = hkex_app.parse(
        encode(build_file("appactive_app", "sehk", "e")), document="appactive_app_sehk_e"
    )
    keyed = by_key(items)
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    assert counts == {"application_proof": 120, "application_proof_update": 40 * 1 + 40 * 2}
    # Application 100002 has three versions: proof, proof:2, proof:3.
    assert keyed["app:100002:proof"].kind == "application_proof"
    assert keyed["app:100002:proof:2"].kind == "application_proof_update"
    assert keyed["app:100002:proof:3"].raw["submission"] == 3
    assert keyed["app:100002:proof:3"].title.endswith("Application Proof (3rd submission)")
    assert keyed["app:100002:proof:2"].url.endswith("/documents/sehk2100002.pdf")
    assert "app:100000:proof:2" not in keyed
    assert all(i.ref == i.key.split(":")[1] for i in items)


def test_phip_file() -> None:
    items = hkex_app.parse(
        encode(build_file("appactive_appphip", "gem", "c")), document="appactive_appphip_gem_c"
    )
    phips = [i for i in items if i.kind == "phip"]
    assert len(phips) == 120
    first = by_key(items)["app:200000:phip"]
    assert first.published == date(2025, 8, 8)  # the PHIP document's date, not the record's
    assert first.url == "https://www1.hkexnews.hk/app/gem/2025/200000/documents/phip200000.pdf"
    assert first.raw["board"] == "gem"
    assert "聆訊後資料集" in first.title


def test_inactive_statuses() -> None:
    items = hkex_app.parse(
        encode(build_file("appinactive", "sehk", "e")), document="appinactive_sehk_e"
    )
    keyed = by_key(items)
    assert keyed["app:100000:lapsed"].kind == "application_lapsed"
    assert keyed["app:100001:withdrawn"].kind == "application_withdrawn"
    assert keyed["app:100002:rejected"].kind == "application_rejected"
    assert keyed["app:100002:rejected"].published == date(2026, 3, 3)
    # Their application proofs are still reported (dated by the documents).
    assert keyed["app:100001:proof"].published == date(2025, 2, 2)
    statuses = [i for i in items if i.kind.startswith("application_") and "proof" not in i.kind]
    assert len(statuses) == 120


def test_listed_codes_are_five_digits() -> None:
    items = hkex_app.parse(encode(build_file("applisted", "gem", "e")), document="applisted_gem_e")
    listed = [i for i in items if i.kind == "listed"]
    assert len(listed) == 120
    assert listed[0].codes == (("hk", "08000"),)
    assert listed[0].raw["stock_code"] == "08000"
    # Every item of a listed application carries the code, for matching.
    assert all(i.code("hk") for i in items)


def test_returned_file_keeps_the_sponsor() -> None:
    items = hkex_app.parse(
        encode(build_file("appreturned", "sehk", "c")), document="appreturned_sehk_c"
    )
    assert len(items) == 120
    assert all(i.kind == "application_returned" for i in items)
    assert items[3].raw["sponsor"] == "Sponsor 3 Limited"
    assert items[3].key == "returned:示例申請人100003控股有限公司:2024-04-04"
    assert len({i.key for i in items}) == 120


def application(**fields: Any) -> dict[str, Any]:
    record = {"id": 107000, "d": "02/01/2026", "a": "Example Robotics Co., Ltd.", "s": "A"}
    record.update(fields)
    return record


def parse_one(record: dict[str, Any], document: str = "appactive_app_sehk_e") -> list[SourceItem]:
    return hkex_app.parse(encode({"app": [record]}), document=document)


def test_unreadable_version_labels_are_counted() -> None:
    ls = [
        {"d": "05/01/2026", "nF": "Application Proof", "u1": "sehk/2026/107000/documents/a.pdf"},
        {"d": "02/03/2026", "nF": "Application Proof (Revised)", "u2": "sehk/2026/107000/b.htm"},
        {
            "d": "09/04/2026",
            "nF": "Application Proof (Amended)",
            "u1": "sehk/2026/107000/documents/c.pdf",
        },
    ]
    items = parse_one(application(ls=list(reversed(ls))))
    keyed = by_key(items)
    assert set(keyed) == {"app:107000:proof", "app:107000:proof:2", "app:107000:proof:3"}
    assert keyed["app:107000:proof"].published == date(2026, 1, 5)
    assert keyed["app:107000:proof:2"].url == "https://www1.hkexnews.hk/app/sehk/2026/107000/b.htm"
    assert keyed["app:107000:proof:2"].raw["submission"] is None


def test_ordinals_in_both_languages() -> None:
    assert hkex_app.ordinal("Application Proof (1st submission)") == 1
    assert hkex_app.ordinal("Application Proof (2nd Submission)") == 2
    assert hkex_app.ordinal("Application Proof (Third submission)") == 3
    assert hkex_app.ordinal("申請版本（第一次呈交）") == 1
    assert hkex_app.ordinal("申請版本（第十次呈交）") == 10
    assert hkex_app.ordinal("申請版本（第十二次呈交）") == 12
    assert hkex_app.ordinal("申请版本（第二十次呈交）") == 20
    assert hkex_app.ordinal("申請版本（第3次呈交）") == 3
    assert hkex_app.ordinal("Application Proof") is None
    assert hkex_app.ordinal("") is None


def test_first_version_may_be_a_later_submission() -> None:
    """A re-filed application has a new id; its first document says "2nd submission"."""
    ls = proof_doc(107000, "sehk", "e", 2, "02/01/2026") + proof_doc(
        107000, "sehk", "e", 3, "03/05/2026"
    )
    keyed = by_key(parse_one(application(ls=ls)))
    assert set(keyed) == {"app:107000:proof", "app:107000:proof:3"}
    assert keyed["app:107000:proof"].raw["submission"] == 2


def test_split_full_and_multi_documents_are_one_version() -> None:
    ls = [
        {
            "d": "02/01/2026",
            "nF": "Application Proof (1st submission)",
            "nS1": "Multi-Files",
            "u2": "sehk/2026/107000/m.htm",
        },
        {
            "d": "02/01/2026",
            "nF": "Application Proof (1st submission)",
            "nS1": "Full Version",
            "u1": "sehk/2026/107000/documents/f.pdf",
        },
    ]
    (item,) = parse_one(application(ls=ls))
    assert item.url == "https://www1.hkexnews.hk/app/sehk/2026/107000/documents/f.pdf"


def test_phip_flag_without_documents_in_the_application_file() -> None:
    items = parse_one(application(hasPhip=True))
    assert [i.kind for i in items] == ["application_proof"]  # the PHIP file gives its date
    items = parse_one(application(hasPhip=True), document="appactive_appphip_sehk_e")
    assert [i.kind for i in items] == ["phip"]
    items = parse_one(application(hasPhip=False, ps=[phip_doc(107000, "sehk", "e", "09/02/2026")]))
    assert by_key(items)["app:107000:phip"].published == date(2026, 2, 9)


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "107000"},
        {"id": True},
        {"id": None},
        {"id": -5},
        {"id": 1.5},
        {"d": "31/02/2026"},
        {"d": "00/00/0000"},
        {"d": "01/01/9999"},
        {"d": "01/01/1900"},
        {"d": 20260102},
        {"d": None},
        {"a": ""},
        {"a": None},
        {"a": ["list"]},
    ],
)
def test_bad_records_are_skipped(fields: dict[str, Any]) -> None:
    good = application(id=107001)
    items, skipped = hkex_app.parse_counted(
        encode({"app": [application(**fields), good, "not a record", 5]}),
        document="appactive_app_sehk_e",
    )
    assert [i.key for i in items] == ["app:107001:proof"]
    assert skipped == 3


def test_odd_field_types_do_not_break_a_record() -> None:
    record = application(
        s=["A"],
        hasPhip="yes",
        st={"x": 1},
        w=12,
        ls=[None, 3, "x", {"d": "99/99/2026", "nF": 5, "u1": "javascript:alert(1)"}, {}],
        ps="not a list",
    )
    items = parse_one(record)
    check_items(items)
    assert [i.key for i in items] == ["app:107000:proof"]


def test_links_stay_on_hkexnews() -> None:
    ls = [
        {
            "d": "02/01/2026",
            "nF": "Application Proof (1st submission)",
            "nS1": "Full Version",
            "u1": "https://evil.example/x.pdf",
        },
        {
            "d": "02/01/2026",
            "nF": "Application Proof (1st submission)",
            "u2": "//evil.example/y.htm",
        },
    ]
    (item,) = parse_one(application(ls=ls, w="http://www1.hkexnews.hk/app/sehk/2026/107000/w.pdf"))
    assert item.url == "https://www1.hkexnews.hk/app/sehk/2026/107000/w.pdf"


def test_html_entities_and_huge_names() -> None:
    items = parse_one(application(a="  A &amp; B <b>Holdings</b>\n Ltd  "))
    assert items[0].names == ("A & B Holdings Ltd",)
    items = parse_one(application(a="N" * 1_000_000))
    assert len(items[0].names[0]) <= 300


def test_envelope_errors() -> None:
    with pytest.raises(ParseError, match=r"not JSON|not complete"):
        hkex_app.parse(b'{"app": [', document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="HTML"):
        hkex_app.parse(
            b"<html><body>Service unavailable</body></html>", document="appactive_app_sehk_e"
        )
    with pytest.raises(ParseError, match="empty"):
        hkex_app.parse(b"  ", document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="'app'"):
        hkex_app.parse(b"[1, 2]", document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="'app'"):
        hkex_app.parse(b'{"app": {"id": 1}}', document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="'app'"):
        hkex_app.parse(b'{"genDate": 1}', document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="deeply"):
        hkex_app.parse(b"[" * 100_000 + b"]" * 100_000, document="appactive_app_sehk_e")
    with pytest.raises(ParseError, match="unknown"):
        hkex_app.parse(b'{"app": []}', document="appactive_foo")
    assert hkex_app.parse(b'{"app": null}', document="appactive_app_sehk_e") == []
    assert hkex_app.parse(b'{"app": []}', document="appinactive_gem_c") == []


@pytest.mark.parametrize("codec", ["utf-8-sig", "big5", "utf-16", "gb18030"])
def test_encodings(codec: str) -> None:
    data = {"app": [application(a="思卓基礎設施私募資本開放式基金公司")]}
    payload = json.dumps(data, ensure_ascii=False).encode(codec)
    items = hkex_app.parse(payload, document="appactive_app_sehk_c")
    check_items(items)
    if codec != "gb18030":  # GB18030 bytes of traditional characters may read as Big5
        assert items[0].names == ("思卓基礎設施私募資本開放式基金公司",)


def test_documents_cover_every_file() -> None:
    assert len(hkex_app.DOCUMENTS) == 20
    assert "appactive_app_gem_c" in hkex_app.DOCUMENTS
    assert "appreturned_sehk_e" in hkex_app.DOCUMENTS
    assert hkex_app.SOURCE_ID == "hkex_app" and hkex_app.DEFAULT_INTERVAL_MIN == 60


# ------------------------------------------------------------------ property tests

ALL_SAMPLES = [
    ("hkexnews_appactive_app_sehk_c_real_trimmed.json", "appactive_app_sehk_c"),
    ("hkexnews_appactive_app_sehk_e_real_trimmed.json", "appactive_app_sehk_e"),
    ("hkexnews_appactive_appphip_sehk_e_real_trimmed.json", "appactive_appphip_sehk_e"),
    ("hkexnews_appinactive_sehk_e_real_trimmed.json", "appinactive_sehk_e"),
    ("hkexnews_applisted_sehk_e_real_trimmed.json", "applisted_sehk_e"),
    ("hkexnews_appreturned_sehk_e_real_trimmed.json", "appreturned_sehk_e"),
]


def parse_or_error(payload: bytes, document: str) -> None:
    try:
        items = hkex_app.parse(payload, document=document)
    except ParseError:
        return
    assert isinstance(items, list)
    check_items(items)


@settings(max_examples=150, deadline=None)
@given(payload=st.binary(max_size=2000), index=st.integers(0, len(ALL_SAMPLES) - 1))
def test_random_bytes(payload: bytes, index: int) -> None:
    parse_or_error(payload, ALL_SAMPLES[index][1])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_bytes(data: st.DataObject) -> None:
    name, document = data.draw(st.sampled_from(ALL_SAMPLES))
    payload = bytearray(sample(name))
    cut = data.draw(st.integers(0, len(payload)))
    payload = payload[:cut] if data.draw(st.booleans()) else payload
    for _ in range(data.draw(st.integers(0, 5))):
        if payload:
            at = data.draw(st.integers(0, len(payload) - 1))
            payload[at] = data.draw(st.integers(0, 255))
    parse_or_error(bytes(payload), document)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


def swap_values(value: Any, rnd: Random, pool: list[Any]) -> Any:
    """A copy of ``value`` with some values replaced by others of any JSON type."""
    if isinstance(value, dict):
        return {
            k: rnd.choice(pool) if rnd.random() < 0.17 else swap_values(v, rnd, pool)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [swap_values(v, rnd, pool) for v in value]
    return value


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_type_swaps(data: st.DataObject) -> None:
    name, document = data.draw(st.sampled_from(ALL_SAMPLES))
    rnd = data.draw(st.randoms(use_true_random=False))
    pool = data.draw(st.lists(JSON_VALUES, min_size=1, max_size=6))
    mutated = swap_values(json.loads(sample(name)), rnd, pool)
    parse_or_error(json.dumps(mutated).encode(), document)


# ----------------------------------------------------------------- fetch over the mirror

PATH = "www1.hkexnews.hk/ncms/json/eds/{}.json"
TODAY = PollContext(today=date(2026, 7, 10))


def serve_all(mirror: MirrorServer) -> None:
    for document in hkex_app.DOCUMENTS:
        prefix, board, lang = document.rsplit("_", 2)
        body = encode(build_file(prefix, board, lang, count=30))
        mirror.add(PATH.format(document), body, etag=f'"{document}-1"')
    mirror.add_file(
        PATH.format("appactive_app_sehk_c"),
        "hkexnews_appactive_app_sehk_c_real_trimmed.json",
        etag='"c-1"',
    )


def test_fetch_everything(mirror: MirrorServer) -> None:
    serve_all(mirror)
    with HttpClient(retries=0) as client:
        result = hkex_app.fetch(client, TODAY)
    assert result.errors == []
    assert result.documents == 20 and result.unchanged == 0
    check_items(result.items)
    keys = {i.key for i in result.items}
    assert "app:107796:proof" in keys  # from the sample served as the Chinese file
    assert {i.raw["board"] for i in result.items} == {"sehk", "gem"}
    assert {i.raw["language"] for i in result.items} == {"en", "zh"}
    assert {i.kind for i in result.items} == KINDS
    assert len(mirror.requests) == 20
    assert all(r.method == "GET" for r in mirror.requests)


def test_fetch_one_document_missing(mirror: MirrorServer) -> None:
    serve_all(mirror)
    mirror.add(PATH.format("appinactive_gem_c"), b"not here", status=404)
    mirror.add(PATH.format("applisted_sehk_e"), b"<html>oops</html>")
    with HttpClient(retries=0) as client:
        result = hkex_app.fetch(client, TODAY)
    assert len(result.errors) == 2
    assert any("appinactive_gem_c.json" in e and "404" in e for e in result.errors)
    assert any(e.startswith("applisted_sehk_e.json") and "HTML" in e for e in result.errors)
    assert result.items
    assert not any(i.raw["document"] == "appinactive_gem_c" for i in result.items)


def test_fetch_second_time_unchanged(mirror: MirrorServer) -> None:
    serve_all(mirror)
    with HttpClient(retries=0) as client:
        first = hkex_app.fetch(client, TODAY)
        validators = dict(client.pending_validators)
    assert first.items and len(validators) == 20
    with HttpClient(retries=0, validators=validators) as client:
        second = hkex_app.fetch(client, TODAY)
    assert second.items == []
    assert second.unchanged == 20
    assert second.errors == []


def test_fetch_everything_failing_raises(mirror: MirrorServer) -> None:
    with HttpClient(retries=0) as client, pytest.raises(FetchError, match="404"):
        hkex_app.fetch(client, TODAY)
