"""Bring the interface's .ts catalogues up to date and fill them from the term list.

    python scripts/update_translations.py            # update both catalogues
    python scripts/update_translations.py --check    # also fail if anything is untranslated

1. `pyside6-lupdate` (next to this Python) reads every Python file under `desktop/`
   (`self.tr("…")`, `QCoreApplication.translate("Context", "…")`,
   `QT_TRANSLATE_NOOP("Context", "…")`, numerus `tr("%n …", "", n)`) and creates or
   updates `resources/translations/ipo_watch_zh_HK.ts` and `ipo_watch_zh_CN.ts`; the
   translations already there are kept, strings no longer in the code are dropped.
2. Every message whose translation is empty or unfinished is filled from
   `resources/translations/terms.tsv` (`english<TAB>zh_HK<TAB>zh_CN<TAB>note`): first the
   exact source, then the source without its `&` accelerator and trailing `…`/`...`/`:`;
   the accelerator comes back at the end as Chinese applications write it
   (`&Export…` → `匯出(&E)…`), the colon as a full-width `：`. Numerus messages (`%n`) get
   the text in each `<numerusform>` (Chinese has one form). A filled entry is finished;
   an entry someone translated by hand is never touched.
3. The sources still without a translation are printed; `--check` exits 1 if there are any.

In terms.tsv a line starting with `#` is a comment, `Context::source` is a translation for
that context only (it wins over the plain source), `\\n` and `\\t` stand for a line break
and a tab, and a translation keeps the source's placeholders (`{name}`, `%n`, `%1`).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_HK", "zh_CN")
_COLUMNS = {"zh_HK": 1, "zh_CN": 2}

_ACCEL = re.compile(r"&(?=[^&\s])")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|L?\d+)")
_TRAILERS = ("…", "...", ":", "：")
CONTEXT_SEPARATOR = "::"
"""`Context::source` in the term list: that translation only in that context."""


@dataclass
class Terms:
    """The term list of one language: exact sources and normalised ones."""

    exact: dict[str, str] = field(default_factory=dict)
    normalised: dict[str, str] = field(default_factory=dict)

    def find(self, source: str, context: str = "") -> str | None:
        """The translation of `source`; a row for `context` (`Context::source`) wins."""
        for key in ([f"{context}{CONTEXT_SEPARATOR}{source}"] if context else []) + [source]:
            found = self.exact.get(key)
            if found:
                return found
        core, accel, trailer = split(source)
        base = None
        for key in ([f"{context}{CONTEXT_SEPARATOR}{core}"] if context else []) + [core]:
            base = base or self.normalised.get(key)
        if not base:
            return None
        if accel is not None:
            base += f"(&{accel.upper()})"
        return base + (_trailer_in_chinese(trailer) if trailer else "")


def _trailer_in_chinese(trailer: str) -> str:
    return "：" if trailer in (":", "：") else "…"


def strip_accelerator(text: str) -> tuple[str, str | None]:
    """`&Export` → (`Export`, `E`); `匯出(&E)` → (`匯出`, `E`); `&&` is a plain `&`."""
    bracketed = re.search(r"\(&(\w)\)", text)
    if bracketed:
        return text[: bracketed.start()] + text[bracketed.end() :], bracketed.group(1)
    hidden = text.replace("&&", "\0")
    match = _ACCEL.search(hidden)
    if match is None:
        return text, None
    letter = hidden[match.end()]
    plain = hidden[: match.start()] + hidden[match.end() :]
    return plain.replace("\0", "&&"), letter


def split(text: str) -> tuple[str, str | None, str]:
    """A source or translation as (core, accelerator letter, trailing `…`/`:`)."""
    core, accel = strip_accelerator(text.strip())
    trailer = ""
    for ending in _TRAILERS:
        if core.endswith(ending) and len(core) > len(ending):
            core, trailer = core[: -len(ending)].rstrip(), ending
            break
    return core, accel, trailer


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_terms(path: Path, language: str) -> tuple[Terms, list[str]]:
    """The terms of `language` in the file, and the problems found in it (a translation
    whose placeholders differ from its source's, a line with too few columns)."""
    column = _COLUMNS[language]
    terms = Terms()
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            problems.append(f"{path.name}:{number}: needs english, zh_HK and zh_CN")
            continue
        english, translation = _unescape(cells[0]), _unescape(cells[column])
        if not english.strip() or not translation.strip():
            continue
        if placeholders(english) != placeholders(translation):
            problems.append(f"{path.name}:{number}: placeholders differ in {language}: {english!r}")
            continue
        terms.exact.setdefault(english, translation)
        context, separator, text = english.rpartition(CONTEXT_SEPARATOR)
        core = context + separator + split(text)[0]
        terms.normalised.setdefault(core, split(translation)[0])
    return terms, problems


# --- lupdate --------------------------------------------------------------------------


def tool(name: str) -> Path:
    """A Qt tool of the PySide6 in this Python's environment."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} not found next to {sys.executable}")


def python_files(sources: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for source in sources:
        if source.is_file():
            found.append(source)
        else:
            found.extend(p for p in sorted(source.rglob("*.py")) if "__pycache__" not in p.parts)
    return found


def run_lupdate(files: Sequence[Path], ts: Path, language: str) -> None:
    if not ts.exists():
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}">\n</TS>\n',
            encoding="utf-8",
        )
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(f.resolve()) for f in files) + "\n", encoding="utf-8")
        subprocess.run(
            [
                str(tool("pyside6-lupdate")),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                f"@{listing}",
                "-ts",
                str(ts),
            ],
            check=True,
            timeout=600,
        )


# --- filling --------------------------------------------------------------------------


def _is_done(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def fill(ts: Path, terms: Terms) -> tuple[int, list[str]]:
    """Fill the unfinished messages of `ts` from `terms`; returns how many were filled and
    the sources (as `context: source`) still untranslated."""
    tree = ET.parse(ts)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if _is_done(translation):
                continue
            source = message.findtext("source") or ""
            found = terms.find(source, name)
            if not found:
                missing.append(f"{name}: {source}")
                continue
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]
                translation.text = None
                for form in forms:
                    form.text = found
            else:
                translation.text = found
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled, missing


def update(
    sources: Sequence[Path], terms_file: Path, ts_files: Sequence[Path]
) -> tuple[dict[Path, list[str]], list[str]]:
    """Update and fill each catalogue; the untranslated sources of each and the problems
    of the term list."""
    files = python_files(sources)
    missing: dict[Path, list[str]] = {}
    problems: list[str] = []
    for ts in ts_files:
        language = language_of(ts)
        terms, found_problems = read_terms(terms_file, language)
        problems.extend(found_problems)
        run_lupdate(files, ts, language)
        filled, missing[ts] = fill(ts, terms)
        if filled:
            run_lupdate(files, ts, language)  # lupdate's own layout, for quiet diffs
        print(f"{ts.name}: {filled} filled, {len(missing[ts])} missing")
    return missing, problems


def language_of(ts: Path) -> str:
    for language in LANGUAGES:
        if ts.stem.endswith(language):
            return language
    raise SystemExit(f"{ts.name}: not a zh_HK or zh_CN catalogue")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any is missing")
    parser.add_argument(
        "--sources", type=Path, nargs="+", default=[ROOT / "desktop"], help="Python sources"
    )
    parser.add_argument("--terms", type=Path, default=TRANSLATIONS / "terms.tsv")
    parser.add_argument(
        "--ts",
        type=Path,
        nargs="+",
        default=[TRANSLATIONS / f"ipo_watch_{lang}.ts" for lang in LANGUAGES],
    )
    args = parser.parse_args(argv)
    missing, problems = update(args.sources, args.terms, args.ts)
    for problem in dict.fromkeys(problems):
        print(f"terms: {problem}", file=sys.stderr)
    for ts, sources in missing.items():
        for source in sources:
            print(f"{ts.name}: missing: {source}")
    if args.check and (problems or any(missing.values())):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
