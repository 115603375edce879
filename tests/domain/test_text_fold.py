"""One folding for search, sort keys and duplicate checks: 繁/简 and full-width alike."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from desktop.domain import text_fold
from desktop.domain.company_rules import CompanyDraft, InvalidCompany, validate
from desktop.domain.text_fold import fold, fold_contains


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("智譜", "智谱"),
        ("東山精密", "东山精密"),
        ("ＭｉｎｉＭａｘ", "minimax"),
        ("中微半導體（深圳）", "中微半导体(深圳)"),
        ("Zhipu  AI", "zhipu ai"),
        ("壁仞科技\u3000", "壁仞科技"),
    ],
)
def test_both_spellings_fold_alike(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_search_finds_either_script() -> None:
    assert fold_contains("东山精密 Suzhou Dongshan", "東山")
    assert fold_contains("東山精密", "东山")
    assert fold_contains("智谱 Zhipu AI", "智譜")
    assert not fold_contains("智谱", "東山")
    assert fold_contains("anything", "")


def test_duplicate_check_folds_both_scripts() -> None:
    with pytest.raises(InvalidCompany) as caught:
        validate(CompanyDraft(name="智譜"), existing_names={"智谱"})
    assert "already on the watchlist" in caught.value.problems["name"]
    with pytest.raises(InvalidCompany) as caught:
        validate(CompanyDraft(name="Zhipu (new)", name_zh="智譜"), existing_names={"智谱"})
    assert "name_zh" in caught.value.problems
    with pytest.raises(InvalidCompany):
        validate(CompanyDraft(name="ＭｉｎｉＭａｘ"), existing_names={"minimax"})
    assert validate(CompanyDraft(name="智谱华章"), existing_names={"智谱"}).name == "智谱华章"


def test_docstring_examples() -> None:
    assert doctest.testmod(text_fold).failed == 0


def test_dialog_and_watchlist_search_fold_both_scripts(ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.companies import add_company
    from desktop.store.fastread import load_watchlist

    with pytest.raises(InvalidCompany):
        add_company(ctx.db, CompanyDraft(name="智譜"))  # Zhipu AI's Chinese name is 智谱
    rows = {row.name: row for row in load_watchlist(ctx.db.path)}
    assert fold("東山") in rows["Suzhou Dongshan Precision Manufacturing"].search_text()
    assert fold("智譜") in rows["Zhipu AI"].search_text()


def test_simplified_as_opencc_converts_it_phrases_and_all() -> None:
    """The fast path (one table, phrases looked for where they can start) gives what
    OpenCC's t2s gives: for every phrase key inside a name, and for names without one."""
    from opencc import OpenCC

    from desktop.domain import simplify

    simplify.to_simplified.cache_clear()
    simplify.to_simplified("蘇州")  # the tables are read
    converter = OpenCC("t2s")
    keys = [key for keys in simplify._phrases_by_start.values() for key in keys]
    assert len(keys) > 100
    texts = [f"北京{key}科技有限公司" for key in keys]
    texts += ["蘇州東山精密製造股份有限公司", "壁仞科技", "天數智芯", "MiniMax 稀宇"]
    for text in texts:
        assert simplify.to_simplified(text) == converter.convert(text), text


def test_the_tables_kept_aside_give_what_opencc_files_give(tmp_path: Path) -> None:
    from desktop.domain import simplify

    def fresh() -> None:
        simplify.to_simplified.cache_clear()
        simplify._loaded, simplify._t2s_table, simplify._phrases_by_start = False, None, {}

    kept = tmp_path / "cache" / "t2s.marshal"
    try:
        simplify.keep_tables_in(kept)
        fresh()
        first = simplify.to_simplified("蘇州東山精密製造")
        table, phrases = simplify._t2s_table, simplify._phrases_by_start
        assert kept.is_file() and table
        fresh()
        assert simplify.to_simplified("蘇州東山精密製造") == first == "苏州东山精密制造"
        assert (simplify._t2s_table, simplify._phrases_by_start) == (table, phrases)
        kept.write_bytes(b"not what was kept")  # damaged: OpenCC's files are read again
        fresh()
        assert simplify.to_simplified("乾隆") == "乾隆"
        assert simplify._t2s_table == table and kept.read_bytes() != b"not what was kept"
    finally:
        simplify.keep_tables_in(None)
        fresh()
