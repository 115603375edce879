"""The words the app stores for itself, read in Chinese: the database is set up and the
events written in English (as the poll child and the first start write them), then the
interface starts in Traditional or Simplified Chinese.  The watchlist's "Last event" and
"Next expected step" cells, the company page's header, timeline, events, facts and
identity panel, the pipeline's events and an operation's failure hold no English word of
the app's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidget

from desktop.domain import phrases as p
from desktop.services.operations import operation_events
from desktop.ui.watchlist_model import COL_LAST, COL_NEXT
from tests.ui.helpers import open_main_window
from tests.ui.i18n_check import (
    compile_catalogues,
    english_leftovers,
    english_words,
    installed_language,
)

LANGUAGES = ("zh_HK", "zh_CN")
OFFICIAL_EN = "Shanghai StepFun Intelligent Technology Co., Ltd."
OFFICIAL_ZH = "上海階躍星辰智能科技有限公司"
PROPER = ["Intel", "C+", "Yang Yong", "STAR", "PitchBook"]
"""Names the seed's facts give as the articles write them."""


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


def _store(db: Any, company: str, item: Any, reason: str) -> None:
    from sqlmodel import select

    from desktop.services.polling import subject_key
    from desktop.store.ingest import PreparedEvent, store_poll
    from desktop.store.tables import Company

    with db.session() as session:
        company_id = session.exec(select(Company.id).where(Company.name == company)).one()
    store_poll(
        db,
        item.source,
        [PreparedEvent(item, company_id, reason, subject_key(item.names))],
        validators={},
        memory=None,
        items_seen=1,
        warning=None,
        interval_min=60,
    )


def _written_in_english(data_dir: Path) -> dict[str, int]:
    """The seed, a CSRC filing, a typed listing and a learned official name, all written
    before any translator is installed; the company ids by name."""
    from sqlmodel import select

    from desktop.bootstrap import prepare_database
    from desktop.context import AppContext
    from desktop.sources.base import SourceItem
    from desktop.store.events import refresh_every_stage
    from desktop.store.identity import LearnedFact, learn
    from desktop.store.tables import Company
    from desktop.store.user_listing import sync_listing_event

    ctx = AppContext(data_dir)
    prepare_database(ctx)
    db = ctx.db
    csrc = SourceItem(
        source="csrc",
        kind="csrc_supplementary_request",
        key="csrc:stepfun:supplementary",
        names=("StepFun",),
        published=date(2026, 3, 2),
        title=p.CSRC_STATUS.compose(
            status="补充材料", english=p.CSRC_STATUS_WORDS["补充材料"], venue=p.VENUE_NOT_GIVEN
        ),
        raw={"listing_plan": True},
    )
    _store(db, "StepFun", csrc, p.BY_ALIAS.compose(name="StepFun", alias="StepFun"))
    with db.write() as session:
        ids = {c.name: c.id for c in session.exec(select(Company)).all()}
        moonshot = session.get(Company, ids["Moonshot AI"])
        moonshot.hk_code, moonshot.listing_date, moonshot.offer_price = (
            "02513",
            date(2026, 1, 8),
            12.0,
        )
        session.add(moonshot)
    sync_listing_event(db, ids["Moonshot AI"])
    with db.write() as session:
        learn(
            session,
            [
                LearnedFact(ids["StepFun"], field, value, "hkex_app", None, date(2026, 3, 2), None)
                for field, value in (("name_en", OFFICIAL_EN), ("name_zh", OFFICIAL_ZH))
            ],
        )
    refresh_every_stage(db)
    db.dispose()
    return ids


@pytest.fixture(params=LANGUAGES)
def chinese_window(request: pytest.FixtureRequest, qtbot, qapp, data_dir: Path, catalogues):
    ids = _written_in_english(data_dir)
    with installed_language(request.param, catalogues) as missing:
        assert missing == []
        window = open_main_window(qtbot, data_dir)
        yield window, ids, request.param


def _names(window: Any) -> list[str]:
    rows = window.model.all_rows()
    return [n for r in rows for n in (r.name, r.name_zh, *r.aliases) if n]


def _tree_texts(tree: QTreeWidget) -> list[str]:
    texts = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        for column in range(tree.columnCount()):
            texts += [item.text(column), item.toolTip(column)]
    return [t for t in texts if t]


def test_the_watchlist_says_last_event_and_next_step_in_chinese(chinese_window) -> None:
    window, _ids, _language = chinese_window
    data = _names(window)
    model = window.model
    cells = [
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in (COL_LAST, COL_NEXT)
    ]
    assert all(cells[1::2]), "every company has a next step"
    found = [f"{c!r} {english_words(c, data)}" for c in cells if english_words(c, data)]
    assert found == []


def test_the_company_page_in_chinese_timeline_events_and_identity(qtbot, chinese_window) -> None:
    window, ids, _language = chinese_window
    data = [*_names(window), OFFICIAL_EN, OFFICIAL_ZH, *PROPER]
    found: list[str] = []
    for name in ("StepFun", "Moonshot AI", "Zhipu AI", "Mech-Mind Robotics Technologies"):
        assert window.select_company(ids[name])
        qtbot.waitUntil(
            lambda name=name: (
                window.company_page is not None and window.company_page.title.text() == name
            )
        )
        page = window.company_page
        if name == "StepFun":
            qtbot.waitUntil(lambda page=page: page.identity.isVisible())
            assert OFFICIAL_EN in " ".join(t for _w, t in _visible(page.identity))
        for tree in (page.timeline, page.events, page.facts):
            found += [t for t in _tree_texts(tree) if english_words(t, data)]
        for label in (page.subtitle, page.next_step):
            found += [label.text()] if english_words(label.text(), data) else []
        found += english_leftovers(page.identity, data)
    assert found == []


def _visible(widget: Any) -> list[tuple[str, str]]:
    from tests.ui.i18n_check import visible_texts

    return visible_texts(widget)


def test_a_failed_operation_is_named_in_chinese(qtbot, chinese_window) -> None:
    window, _ids, language = chinese_window
    operation_events().failed.emit("Save company", "disk full")
    shown = window.statusBar().currentMessage()
    assert shown.startswith("儲存公司失敗" if language == "zh_HK" else "保存公司失败"), shown
    assert english_words(shown, ["disk full"]) == []


def test_the_pipeline_shows_the_events_the_app_titled_in_chinese(chinese_window) -> None:
    from desktop.services.polling import subject_key
    from desktop.store.pipeline import applicant_events

    window, _ids, _language = chinese_window
    titles = [e.title for e in applicant_events(window.ctx.db_path, subject_key(("StepFun",)))]
    assert titles and all(english_words(t, ["StepFun"]) == [] for t in titles)
