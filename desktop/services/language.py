"""The interface language: which one, and Qt's translators for it.

English, Traditional Chinese (Hong Kong) and Simplified Chinese. `IPO_WATCH_LANG` wins,
then the user's choice in Preferences, then the system locale. The app's own catalogue
is `resources/translations/ipo_watch_<lang>.qm` (compiled from the `.ts` sources by the
set-up and by packaging); Qt's own `qtbase_zh_*.qm` translates standard buttons and
dialogs.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop import environment
from desktop.domain.i18n import set_date_hook, set_hook

log = logging.getLogger(__name__)

ENGLISH, TRADITIONAL, SIMPLIFIED = "en", "zh_HK", "zh_CN"
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    TRADITIONAL: "繁體中文",
    SIMPLIFIED: "简体中文",
}
"""Each language's own name for itself (shown untranslated in the language menu)."""

ENV_VAR = "IPO_WATCH_LANG"
SETTING_KEY = "language"
"""QSettings key of the user's choice ("" or missing: follow the system)."""

_QT_CATALOGUE = {TRADITIONAL: "qtbase_zh_TW", SIMPLIFIED: "qtbase_zh_CN"}
_LOCALES = {ENGLISH: "en_HK", TRADITIONAL: "zh_HK", SIMPLIFIED: "zh_CN"}

_current = ENGLISH
"""The language the installed translators speak (set by `Translators.install`)."""


def current_language() -> str:
    """The interface language in use: "en", "zh_HK" or "zh_CN"."""
    return _current


def normalise(code: str | None) -> str | None:
    """`zh-hk`, `zh_TW`, `zh_Hant`, `zh-CN.UTF-8`, `en_US`… to one of LANGUAGES, or None."""
    if not code:
        return None
    text = code.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if not text:
        return None
    if text.startswith("zh"):
        if any(tag in text for tag in ("hant", "_hk", "_tw", "_mo")):
            return TRADITIONAL
        return SIMPLIFIED
    if text.startswith("en") or text in ("c", "posix"):
        return ENGLISH
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language, English when it is none of ours."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.HongKong, QLocale.Country.Taiwan, QLocale.Country.Macau)
        )
        return TRADITIONAL if traditional else SIMPLIFIED
    return ENGLISH


def choose(
    saved: str | None,
    env: Mapping[str, str] | None = None,
    system: str | None = None,
) -> str:
    """The language to use: the environment, else the saved choice, else the system's."""
    env = {ENV_VAR: environment.LANG.value()} if env is None else env
    for candidate in (env.get(ENV_VAR), saved):
        found = normalise(candidate)
        if found is not None:
            return found
    return system or system_language()


def locale_for(language: str) -> QLocale:
    """Dates, numbers and money are formatted for this locale."""
    return QLocale(_LOCALES.get(language, _LOCALES[ENGLISH]))


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def catalogue_dir() -> Path:
    from desktop.paths import resource

    return resource("translations")


class Translators:
    """The translators installed on the application; replaced when the language changes."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    def install(self, language: str, folder: Path | None = None) -> list[str]:
        """Install the catalogues of `language`; returns the names that could not be
        loaded (a missing catalogue leaves that part in English, it is never fatal)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        global _current
        _current = language if language in LANGUAGES else ENGLISH
        QLocale.setDefault(locale_for(language))
        set_hook(_qt_translate)
        set_date_hook(format_date)
        if language == ENGLISH or app is None:
            return []
        missing: list[str] = []
        folder = folder or catalogue_dir()
        wanted = [
            (f"ipo_watch_{language}", str(folder)),
            (
                _QT_CATALOGUE[language],
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            ),
        ]
        for name, where in wanted:
            translator = QTranslator(app)
            if translator.load(name, where):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                missing.append(name)
                log.warning("no translation catalogue %s in %s", name, where)
        return missing


# --- names, dates, numbers and money in the interface language ------------------------


def display_name(text: str, language: str | None = None) -> str:
    """A company name, alias or title in the reader's script (智谱 → 智譜 for Hong Kong);
    English text and the English interface show it as published."""
    language = language or _current
    if language not in _QT_CATALOGUE:  # English: nothing to load
        return text
    from desktop.domain.chinese_script import in_script

    return in_script(text, language)


def _locale(language: str | None) -> QLocale:
    return locale_for(language or _current)


_DATE_FORMAT = {ENGLISH: "yyyy-MM-dd", TRADITIONAL: "yyyy年M月d日", SIMPLIFIED: "yyyy年M月d日"}


def format_date(day: dt.date | None, language: str | None = None) -> str:
    """2026-01-08 in English (the app's dates), 2026年1月8日 in Chinese; "—" if unknown."""
    if day is None:
        return "—"
    language = language or _current
    fmt = _DATE_FORMAT.get(language, _DATE_FORMAT[ENGLISH])
    return _locale(language).toString(QDate(day.year, day.month, day.day), fmt)


def format_datetime(moment: dt.datetime | None, language: str | None = None) -> str:
    """The date as `format_date` writes it and the 24-hour time: 2026年1月8日 14:05."""
    if moment is None:
        return "—"
    return f"{format_date(moment.date(), language)} {moment:%H:%M}"


def format_number(value: float | None, decimals: int = 0, language: str | None = None) -> str:
    """A number with the locale's separators: 1,234,567.89; "—" if unknown."""
    if value is None or not math.isfinite(value):
        return "—"
    return _locale(language).toString(float(value), "f", decimals)


# Chinese counts money in 萬 (10⁴) and 億 (10⁸); the currency follows the number.
_UNITS = {TRADITIONAL: ("萬", "億"), SIMPLIFIED: ("万", "亿")}
_CURRENCY_NAMES = {
    TRADITIONAL: {
        "USD": "美元",
        "HKD": "港元",
        "CNY": "元人民幣",
        "EUR": "歐元",
        "GBP": "英鎊",
        "JPY": "日圓",
        "SGD": "新加坡元",
    },
    SIMPLIFIED: {
        "USD": "美元",
        "HKD": "港元",
        "CNY": "元人民币",
        "EUR": "欧元",
        "GBP": "英镑",
        "JPY": "日元",
        "SGD": "新加坡元",
    },
}
_CURRENCY_ALIASES = {"RMB": "CNY", "US$": "USD", "HK$": "HKD"}


def format_money(
    amount: float | None, currency: str | None = "USD", language: str | None = None
) -> str:
    """Money as a reader of the language writes it: "US$1.50bn" in English (as
    `domain.money.format_money`), "15億美元" / "15亿美元", "5,000萬港元", "116.20港元" in
    Chinese; "—" when unknown."""
    from desktop.domain.money import format_money as english

    language = language or _current
    if language not in _UNITS:
        return english(amount, currency)
    if amount is None or isinstance(amount, bool) or not math.isfinite(amount):
        return "—"
    code = (currency or "").strip().upper()
    code = _CURRENCY_ALIASES.get(code, code)
    name = _CURRENCY_NAMES[language].get(code, f" {code}" if code else "")
    ten_thousand, hundred_million = _UNITS[language]
    size = abs(amount)
    if size >= 1e8:
        number, unit = _trimmed(amount / 1e8, 2, language), hundred_million
    elif size >= 1e4:
        number, unit = _trimmed(amount / 1e4, 2, language), ten_thousand
    else:
        whole = float(amount).is_integer()
        number, unit = format_number(amount, 0 if whole else 2, language), ""
    return f"{number}{unit}{name}"


def _trimmed(value: float, decimals: int, language: str) -> str:
    text = format_number(value, decimals, language)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_SPAN_WORDS = {
    ENGLISH: ("{n} min", "{n} h", "{n} h {m} min", "1 day", "{n} days"),
    TRADITIONAL: ("{n} 分鐘", "{n} 小時", "{n} 小時 {m} 分鐘", "1 日", "{n} 日"),
    SIMPLIFIED: ("{n} 分钟", "{n} 小时", "{n} 小时 {m} 分钟", "1 天", "{n} 天"),
}
_RELATIVE_WORDS = {
    ENGLISH: ("just now", "in under a minute", "in {span}", "{span} ago"),
    TRADITIONAL: ("剛剛", "一分鐘內", "{span}後", "{span}前"),
    SIMPLIFIED: ("刚刚", "一分钟内", "{span}后", "{span}前"),
}


def format_span(minutes: int, language: str | None = None) -> str:
    """A length of time, rounded as people say it: 45 min, 3 h 20 min, 2 days
    (45 分鐘, 3 小時 20 分鐘, 2 日 / 2 天)."""
    words = _SPAN_WORDS.get(language or _current, _SPAN_WORDS[ENGLISH])
    minutes = max(0, int(minutes))
    if minutes < 60:
        return words[0].format(n=minutes)
    if minutes < 24 * 60:
        hours, rest = divmod(minutes, 60)
        return words[1].format(n=hours) if rest == 0 else words[2].format(n=hours, m=rest)
    days = minutes // (24 * 60)
    return words[3] if days == 1 else words[4].format(n=days)


def format_relative(delta: dt.timedelta, language: str | None = None) -> str:
    """A moment against now: "in 5 min" / "5 分鐘後", "2 days ago" / "2 天前", "just now"."""
    words = _RELATIVE_WORDS.get(language or _current, _RELATIVE_WORDS[ENGLISH])
    seconds = delta.total_seconds()
    if abs(seconds) < 60:
        return words[0] if seconds <= 0 else words[1]
    span = format_span(int(abs(seconds) // 60), language)
    return (words[2] if seconds > 0 else words[3]).format(span=span)
