"""The interface language: the environment, then the user's choice, then the system."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
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


# --- names, dates, numbers and money in the interface language ------------------------


def test_the_installed_language_is_the_current_one(qapp) -> None:
    translators = language.Translators()
    try:
        translators.install(SIMPLIFIED)
        assert language.current_language() == SIMPLIFIED
        assert language.display_name("東山精密") == "东山精密"
        assert language.format_date(date(2026, 1, 8)) == "2026年1月8日"
    finally:
        translators.install(ENGLISH)
    assert language.current_language() == ENGLISH
    assert language.display_name("東山精密") == "東山精密"  # English shows it as published
    assert language.format_date(date(2026, 1, 8)) == "2026-01-08"


@pytest.mark.parametrize(
    ("lang", "name", "shown"),
    [
        (TRADITIONAL, "北京智谱华章科技股份有限公司", "北京智譜華章科技股份有限公司"),
        (SIMPLIFIED, "東山精密", "东山精密"),
        (TRADITIONAL, "Zhipu AI", "Zhipu AI"),
        (ENGLISH, "智谱", "智谱"),
    ],
)
def test_names_show_in_the_reader_s_script(lang, name, shown) -> None:
    assert language.display_name(name, lang) == shown


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ENGLISH, ("2026-01-08", "2026-01-08 09:30")),
        (TRADITIONAL, ("2026年1月8日", "2026年1月8日 09:30")),
        (SIMPLIFIED, ("2026年1月8日", "2026年1月8日 09:30")),
    ],
)
def test_dates_are_written_as_each_language_writes_them(lang, expected) -> None:
    assert language.format_date(date(2026, 1, 8), lang) == expected[0]
    assert language.format_datetime(datetime(2026, 1, 8, 9, 30), lang) == expected[1]
    assert language.format_date(None, lang) == "—"


@pytest.mark.parametrize(
    ("amount", "currency", "hk", "cn"),
    [
        (1_500_000_000, "USD", "15億美元", "15亿美元"),
        (138_000_000, "USD", "1.38億美元", "1.38亿美元"),
        (50_000_000, "HKD", "5,000萬港元", "5,000万港元"),
        (300_000_000, "CNY", "3億元人民幣", "3亿元人民币"),
        (300_000_000, "RMB", "3億元人民幣", "3亿元人民币"),
        (116.2, "HKD", "116.20港元", "116.20港元"),
        (2_000, "EUR", "2,000歐元", "2,000欧元"),
        (12_345, "SGD", "1.23萬新加坡元", "1.23万新加坡元"),
        (-25_000_000, "USD", "-2,500萬美元", "-2,500万美元"),
        (None, "USD", "—", "—"),
        (float("nan"), "USD", "—", "—"),
    ],
)
def test_money_is_counted_in_wan_and_yi_in_chinese(amount, currency, hk, cn) -> None:
    assert language.format_money(amount, currency, TRADITIONAL) == hk
    assert language.format_money(amount, currency, SIMPLIFIED) == cn


def test_money_in_english_is_the_app_s_short_form() -> None:
    from desktop.domain.money import format_money

    for amount, currency in ((1.5e9, "USD"), (5e7, "HKD"), (116.2, "HKD"), (None, "USD")):
        assert language.format_money(amount, currency, ENGLISH) == format_money(amount, currency)


def test_an_unknown_currency_keeps_its_code() -> None:
    assert language.format_money(2_000_000, "XYZ", TRADITIONAL) == "200萬 XYZ"


def test_numbers_use_the_locale_s_separators() -> None:
    assert language.format_number(1234567.891, 2, TRADITIONAL) == "1,234,567.89"
    assert language.format_number(None) == "—"


@pytest.mark.parametrize(
    ("minutes", "en", "hk", "cn"),
    [
        (0, "0 min", "0 分鐘", "0 分钟"),
        (45, "45 min", "45 分鐘", "45 分钟"),
        (60, "1 h", "1 小時", "1 小时"),
        (200, "3 h 20 min", "3 小時 20 分鐘", "3 小时 20 分钟"),
        (1440, "1 day", "1 日", "1 天"),
        (3 * 1440 + 70, "3 days", "3 日", "3 天"),
    ],
)
def test_spans_of_time(minutes, en, hk, cn) -> None:
    assert language.format_span(minutes, ENGLISH) == en
    assert language.format_span(minutes, TRADITIONAL) == hk
    assert language.format_span(minutes, SIMPLIFIED) == cn


@pytest.mark.parametrize(
    ("delta", "en", "hk", "cn"),
    [
        (timedelta(seconds=-20), "just now", "剛剛", "刚刚"),
        (timedelta(seconds=30), "in under a minute", "一分鐘內", "一分钟内"),
        (timedelta(minutes=5), "in 5 min", "5 分鐘後", "5 分钟后"),
        (timedelta(days=-2, hours=-3), "2 days ago", "2 日前", "2 天前"),
    ],
)
def test_moments_against_now(delta, en, hk, cn) -> None:
    assert language.format_relative(delta, ENGLISH) == en
    assert language.format_relative(delta, TRADITIONAL) == hk
    assert language.format_relative(delta, SIMPLIFIED) == cn
