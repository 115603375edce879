"""The catalogue tool: real lupdate over Python code, filled from a term list, compiled
by real lrelease and read back by Qt's own translator; and the term list itself."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "update_translations.py"
TERMS = ROOT / "resources" / "translations" / "terms.tsv"

SAMPLE = """
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

STAGES = [QT_TRANSLATE_NOOP("Stages", "Hearing passed"), QT_TRANSLATE_NOOP("Stages", "Listed")]


class Pane(QWidget):
    def build(self, count: int) -> list[str]:
        return [
            self.tr("&Export…"),
            self.tr("Refresh"),
            self.tr("Search:"),
            self.tr("%n new filing(s)", "", count),
            self.tr("Lapses in {days} days"),
            self.tr("Kept by hand"),
            self.tr("Nobody translated this"),
        ]


def status() -> list[str]:
    return [
        QCoreApplication.translate("Status", "Export finished: %1 rows"),
        QCoreApplication.translate("Status", "&Refresh"),
    ]
"""

TERM_LINES = [
    "# a comment line\tignored\tignored\t",
    "Export\t匯出\t导出\tnormalised match",
    "Refresh\t重新整理\t刷新\t",
    "Status::Refresh\t更新狀態\t更新状态\tthis context only",
    "Search\t搜尋\t搜索\t",
    "%n new filing(s)\t%n 份新文件\t%n 份新文件\tnumerus",
    "Lapses in {days} days\t{days} 日後失效\t{days} 天后失效\tpython field",
    "Export finished: %1 rows\t匯出完成：%1 行\t导出完成：%1 行\t",
    "Hearing passed\t已通過聆訊\t已通过聆讯\t",
    "Listed\t已上市\t已上市\t",
    "Kept by hand\t不應使用\t不应使用\t",
    "Broken {name}\t壞了\t坏了\tplaceholder lost",
]


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source") or "": m for m in root.iter("message")}


@pytest.fixture()
def project(tmp_path: Path) -> dict[str, Path]:
    code = tmp_path / "code"
    code.mkdir()
    (code / "pane.py").write_text(SAMPLE, encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    terms.write_text("\n".join(TERM_LINES) + "\n", encoding="utf-8")
    hk = tmp_path / "ipo_watch_zh_HK.ts"
    # A translation made by hand is kept, whatever the term list says.
    hk.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="zh_HK">\n<context>\n    <name>Pane</name>\n    <message>\n'
        "        <source>Kept by hand</source>\n        <translation>人手翻譯</translation>\n"
        "    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    return {"code": code, "terms": terms, "hk": hk, "cn": tmp_path / "ipo_watch_zh_CN.ts"}


def _update(project: dict[str, Path], *extra: str) -> subprocess.CompletedProcess[str]:
    return _run(
        "--sources",
        str(project["code"]),
        "--terms",
        str(project["terms"]),
        "--ts",
        str(project["hk"]),
        str(project["cn"]),
        *extra,
    )


def test_catalogues_are_made_filled_compiled_and_read_by_qt(project, qapp, tmp_path) -> None:
    result = _update(project)
    assert result.returncode == 0, result.stderr
    assert "Nobody translated this" in result.stdout  # reported as missing
    assert "placeholders differ" in result.stderr  # the broken term is refused

    hk = _messages(project["hk"])
    assert hk["&Export…"].findtext("translation") == "匯出(&E)…"
    assert hk["Search:"].findtext("translation") == "搜尋："
    assert hk["Kept by hand"].findtext("translation") == "人手翻譯"
    forms = hk["%n new filing(s)"].findall("translation/numerusform")
    assert [f.text for f in forms] == ["%n 份新文件"]
    for source, message in hk.items():
        if source != "Nobody translated this":
            assert message.find("translation").get("type") is None, source
    assert hk["Nobody translated this"].find("translation").get("type") == "unfinished"

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang, ts in (("zh_HK", project["hk"]), ("zh_CN", project["cn"])):
        qm = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        try:
            tr = QCoreApplication.translate
            if lang == "zh_HK":
                assert tr("Pane", "&Export…") == "匯出(&E)…"
                assert tr("Pane", "Refresh") == "重新整理"
                assert tr("Pane", "%n new filing(s)", "", 3) == "3 份新文件"
                assert tr("Pane", "Lapses in {days} days").format(days=39) == "39 日後失效"
                assert tr("Stages", "Hearing passed") == "已通過聆訊"
                assert tr("Status", "Export finished: %1 rows") == "匯出完成：%1 行"
                assert tr("Status", "&Refresh") == "更新狀態(&R)"  # its context's own row
            else:
                assert tr("Pane", "&Export…") == "导出(&E)…"
                assert tr("Pane", "Refresh") == "刷新"
                assert tr("Pane", "%n new filing(s)", "", 1) == "1 份新文件"
                assert tr("Pane", "Kept by hand") == "不应使用"
                assert tr("Stages", "Listed") == "已上市"
            assert tr("Pane", "Nobody translated this") == "Nobody translated this"
        finally:
            qapp.removeTranslator(translator)


def test_check_fails_while_anything_is_missing_and_reruns_keep_the_work(project) -> None:
    assert _update(project, "--check").returncode == 1
    project["terms"].write_text(
        "\n".join([*TERM_LINES[:-1], "Nobody translated this\t終於有人翻譯\t终于有人翻译\t"])
        + "\n",
        encoding="utf-8",
    )
    result = _update(project, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 missing" in result.stdout
    before = project["hk"].read_text(encoding="utf-8")
    assert _update(project, "--check").returncode == 0
    assert project["hk"].read_text(encoding="utf-8") == before  # nothing moves on a rerun


def test_strings_gone_from_the_code_leave_the_catalogue(project) -> None:
    _update(project)
    (project["code"] / "pane.py").write_text(
        SAMPLE.replace('self.tr("Refresh"),', ""), encoding="utf-8"
    )
    _update(project)
    assert "Refresh" not in _messages(project["hk"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&Export…", ("Export", "E", "…")),
        ("Export...", ("Export", None, "...")),
        ("Search:", ("Search", None, ":")),
        ("Save && close", ("Save && close", None, "")),
        ("匯出(&E)…", ("匯出", "E", "…")),
        ("…", ("…", None, "")),
    ],
)
def test_sources_are_normalised_without_accelerator_and_trailer(text, expected) -> None:
    assert _load_script().split(text) == expected


def test_the_term_list_is_well_formed() -> None:
    """Every line has its columns, both translations keep the source's placeholders,
    no source is listed twice, and the Chinese columns are not left in English."""
    script = _load_script()
    seen: dict[str, int] = {}
    for number, line in enumerate(TERMS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == 4, f"line {number}: {cells}"
        english, hk, cn, _note = cells
        assert english and hk and cn, f"line {number}"
        assert english not in seen, f"line {number} repeats line {seen[english]}: {english}"
        seen[english] = number
        for translation in (hk, cn):
            assert script.placeholders(translation) == script.placeholders(english), number
    for language in ("zh_HK", "zh_CN"):
        _, problems = script.read_terms(TERMS, language)
        assert not problems
    assert len(seen) > 300


def _only_in_one_script(table: str) -> set[str]:
    """Characters OpenCC's table converts and that the other script never writes
    (才 is both simplified and traditional; 说 is simplified only)."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / table
    found: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and key not in values.split():
            found.add(key)
    return found


def test_the_two_scripts_differ_where_they_should() -> None:
    """Hong Kong vocabulary in one column, the mainland's in the other."""
    rows = {
        line.split("\t")[0]: line.split("\t")
        for line in TERMS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    simplified_only = _only_in_one_script("STCharacters.txt")
    traditional_only = _only_in_one_script("TSCharacters.txt")
    for english, (_, hk, cn, _note) in rows.items():
        assert not set(hk) & simplified_only, f"simplified characters in zh_HK: {english}: {hk}"
        assert not set(cn) & traditional_only, f"traditional characters in zh_CN: {english}: {cn}"
    assert rows["Export"][1:3] == ["匯出", "导出"]
    assert rows["Preferences"][1:3] == ["偏好設定", "设置"]
