"""The interface language: which one, and Qt's translators for it.

English, Traditional Chinese (Hong Kong) and Simplified Chinese. `IPO_WATCH_LANG` wins,
then the user's choice in Preferences, then the system locale. The app's own catalogue
is `resources/translations/ipo_watch_<lang>.qm` (compiled from the `.ts` sources by the
set-up and by packaging); Qt's own `qtbase_zh_*.qm` translates standard buttons and
dialogs.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    env = os.environ if env is None else env
    for candidate in (env.get(ENV_VAR), saved):
        found = normalise(candidate)
        if found is not None:
            return found
    return system or system_language()


def locale_for(language: str) -> QLocale:
    """Dates, numbers and money are formatted for this locale."""
    return QLocale(_LOCALES.get(language, _LOCALES[ENGLISH]))


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
        QLocale.setDefault(locale_for(language))
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
