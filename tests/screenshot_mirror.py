"""Everything the screenshot tool's poll asks for, in the real layouts the tests build.

The New Listing Report, application records and share prices of ``real_layouts``; the
CSRC status table of the CSRC poll test; the news feeds of the news tests; the offer
documents (formal notice, allotment results) of the offer tests, for the made-up issuer
``Example Atlas Technology`` those fixtures name, under the code the offer screenshots
give a made-up issuer (the fixtures' own code is a watched company's, whose offer they
are not); the proof the funding tests read, for
the seed filing that points at it.  Codes, dates, prices and amounts are the tests'
values.  Files the exchange does not publish for a board (GEM application records, GEM
New Listing Reports) stay unserved, so the app says so.
"""

from __future__ import annotations

import json

from tests.mirror import MirrorServer
from tests.mirror_data import EDS, serve_real_listings, serve_samples

OFFER_ISSUER = "Example Atlas Technology"
OFFER_ISSUER_ZH = "北京示例圖譜科技股份有限公司"
OFFER_CODE = "09981"
# The seed filings of ``mirror_data`` point at these proofs.
MECH_MIND_PROOF = "www1.hkexnews.hk/app/sehk/2026/990001/documents/sehk26100200001.pdf"
CHINA_MICRO_PHIP = "www1.hkexnews.hk/app/sehk/2026/990002/documents/sehk26111000003.pdf"
# The documents of ``real_layouts``' Biren application record.
BIREN_DOCUMENTS = "www1.hkexnews.hk/app/sehk/2025/108100/documents/"
PDF = "application/pdf"


def _empty_application_file() -> bytes:
    return json.dumps({"genDate": "1779642010003", "uDate": "20/11/2026", "app": []}).encode()


def _empty_latest_file() -> bytes:
    return json.dumps({"genDate": 1767000000000, "maxNumOfFile": 1, "newsInfoLst": []}).encode()


def serve_everything(server: MirrorServer, *, year: int = 2026) -> None:
    from tests.funding_docs import full_pdf, make_pdf
    from tests.real_layouts import NLR_PATH, nlr_workbook
    from tests.sources import test_csrc_poll, test_news

    serve_samples(server)
    serve_real_listings(server, year=year)
    # Last year's report: served in its layout with no rows (the fixtures hold no 2025
    # listings, and none is claimed).
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    server.add(
        NLR_PATH.format(year=year - 1),
        nlr_workbook([], year=year - 1, up_to=f"31 December {year - 1}"),
        content_type=xlsx,
        etag='"n0"',
    )
    # The Chinese Main Board files the samples have no copy of: published, no records.
    for name in ("appinactive_sehk_c.json", "appreturned_sehk_c.json"):
        server.add(EDS + name, _empty_application_file(), etag='"e0"')
    # Latest listing documents: the offer in the Main Board files, the others empty.
    for name in ("lcisehk7relsde_1", "lcisehk7relsdc_1", "lcigem1relsde_1", "lcigem1relsdc_1"):
        server.add(f"{EDS}{name}.json", _empty_latest_file(), etag='"l0"')
    for name in ("lcigem7relsde_1", "lcigem7relsdc_1"):
        server.add(f"{EDS}{name}.json", _empty_latest_file(), etag='"l0"')
    _serve_offer(server)
    test_csrc_poll.serve(server)
    test_news.serve(server)
    # No watched code is in the recorded prefix.do answer; the active-stock list the app
    # falls back on is served without entries (no stockId is known for them).
    server.add("www1.hkexnews.hk/ncms/script/eds/activestock_sehk_e.json", b"[]")
    cover = make_pdf([["Post Hearing Information Pack"]])
    for name in ("phip", "phip_c", "r", "r_c", "a1", "a1_c", "a1m", "a1m_c", "oc", "oc_c"):
        server.add(BIREN_DOCUMENTS + name + ".pdf", cover, content_type=PDF)
    server.add(MECH_MIND_PROOF, full_pdf(), content_type=PDF)
    server.add(CHINA_MICRO_PHIP, cover, content_type=PDF)


def _serve_offer(server: MirrorServer) -> None:
    """The offer tests' notice, allotment results (English, Chinese) in the Main Board latest-documents files, under ``OFFER_CODE``."""
    from tests.offer import served
    from tests.offer.pdfs import fixture_text, make_pdf

    def pdf(name: str) -> bytes:
        text = fixture_text(name).replace("02513", OFFER_CODE).replace("2513", OFFER_CODE[1:])
        return make_pdf(text.split("\f"))

    def record(news_id: int, path: str, title: str, t2: str, when: str) -> dict[str, object]:
        return served.record(news_id, path, title, "10000", t2, when, OFFER_CODE)

    english = [
        record(1, served.NOTICE, "GLOBAL OFFERING", "15200", "30/12/2025 07:00"),
        record(2, served.RESULTS, "ANNOUNCEMENT OF ALLOTMENT RESULTS", "15100", "07/01/2026 22:00"),
    ]
    chinese = [record(2, served.RESULTS_ZH, "配發結果公告", "15100", "07/01/2026 22:00")]
    server.add(f"{EDS}lcisehk1relsde_1.json", served.latest(english))
    server.add(f"{EDS}lcisehk1relsdc_1.json", served.latest(chinese))
    for path, name in (
        (served.NOTICE, "notice_en.txt"),
        (served.RESULTS, "allotment_en.txt"),
        (served.RESULTS_ZH, "allotment_zh_hant.txt"),
    ):
        server.add(served.BASE + path, pdf(name), content_type=PDF)


def watch_offer_issuer(db: object) -> None:
    """Watch the issuer the offer fixtures name, so its offer is read."""
    from desktop.store.tables import Company

    with db.write() as session:  # type: ignore[attr-defined]
        session.add(Company(name=OFFER_ISSUER, name_zh=OFFER_ISSUER_ZH))
