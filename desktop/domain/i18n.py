"""Translation for the layers that do not use Qt (domain, store).

`translate("Context", "text")` returns the text as it is until the interface installs
its translators (`desktop.services.language.Translators.install` sets the hook to
`QCoreApplication.translate`). `pyside6-lupdate` finds these calls by their name, so
call it `translate` (not an alias) with the context and the text written out.

Module-level tables mark their texts with `QT_TRANSLATE_NOOP("Context", "text")` (which
returns the text unchanged) and translate them where they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Hook = Callable[[str, str, "str | None", int], str]

_hook: Hook | None = None
_date_hook: Callable[[dt.date], str] | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language (identity while no hook is set); `%n` in a
    numerus text is replaced by `n`, and an English "(s)" follows it ("1 day", "2 days").
    Pass `n` positionally: lupdate reads the call by its arguments."""
    if _hook is not None:
        out = _hook(context, text, disambiguation, n)
    else:
        out = text.replace("%n", str(n)) if n >= 0 else text
    if n >= 0 and "(s)" in out:  # the English source itself: "1 day", "2 days"
        out = out.replace("(s)", "" if n == 1 else "s")
    return out


def set_hook(fn: Hook | None) -> None:
    """Use `fn(context, text, disambiguation, n)` to translate (None: English again)."""
    global _hook
    _hook = fn


def translating() -> bool:
    """Whether a translator is installed (else every text is shown as written)."""
    return _hook is not None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue; it is translated where it is shown."""
    return text


def set_date_hook(fn: Callable[[dt.date], str] | None) -> None:
    """Use `fn(day)` to write a date a person reads (None: ISO, 2026-01-08)."""
    global _date_hook
    _date_hook = fn


def format_day(day: dt.date) -> str:
    """A date as the interface language writes it (2026-01-08, 2026年1月8日)."""
    return _date_hook(day) if _date_hook is not None else day.isoformat()
