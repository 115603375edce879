"""The interface language: the environment, then the user's choice, then the system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.services import language
from desktop.services.language import ENGLISH, SIMPLIFIED, TRADITIONAL

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh_HK", TRADITIONAL),
        ("zh-hk", TRADITIONAL),
        ("zh_TW.UTF-8", TRADITIONAL),
        ("zh_Hant_HK", TRADITIONAL),
        ("zh_CN", SIMPLIFIED),
        ("zh-Hans", SIMPLIFIED),
        ("zh", SIMPLIFIED),
        ("en_US.UTF-8", ENGLISH),
        ("C", ENGLISH),
        ("fr_FR", None),
        ("", None),
        (None, None),
    ],
)
def test_language_codes_are_read_in_every_spelling(code, expected) -> None:
    assert language.normalise(code) == expected


def test_the_environment_wins_then_the_saved_choice_then_the_system() -> None:
    env = {language.ENV_VAR: "zh_CN"}
    assert language.choose("zh_HK", env, system=ENGLISH) == SIMPLIFIED
    assert language.choose("zh_HK", {}, system=ENGLISH) == TRADITIONAL
    assert language.choose("", {}, system=SIMPLIFIED) == SIMPLIFIED
    assert language.choose(None, {language.ENV_VAR: "klingon"}, system=ENGLISH) == ENGLISH


def test_the_system_locale_decides_on_first_start() -> None:
    assert language.system_language(QLocale("zh_HK")) == TRADITIONAL
    assert language.system_language(QLocale("zh_TW")) == TRADITIONAL
    assert language.system_language(QLocale("zh_CN")) == SIMPLIFIED
    assert language.system_language(QLocale("de_DE")) == ENGLISH


def test_catalogues_are_compiled_and_every_entry_is_finished(tmp_path: Path) -> None:
    """Each .ts source compiles, and no entry is left unfinished or untranslated."""
    import xml.etree.ElementTree as ET

    sources = sorted((ROOT / "resources" / "translations").glob("ipo_watch_*.ts"))
    assert {p.stem for p in sources} == {"ipo_watch_zh_HK", "ipo_watch_zh_CN"}
    for ts in sources:
        root = ET.parse(ts).getroot()
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if (m.find("translation") is None)
            or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not (m.findtext("translation") or m.find("translation/numerusform") is not None)
        ]
        assert not unfinished, f"{ts.name}: unfinished {unfinished[:10]}"
        qm = tmp_path / (ts.stem + ".qm")
        tool = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
        assert qm.exists()


def test_installing_a_language_loads_qt_s_own_catalogue(qapp) -> None:
    translators = language.Translators()
    try:
        missing = translators.install(TRADITIONAL)
        assert "qtbase_zh_TW" not in missing
        # Qt's standard buttons speak the language.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QLocale().name() == "zh_HK"
    finally:
        translators.install(ENGLISH)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().name() == "en_HK"
