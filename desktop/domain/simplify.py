"""Traditional Chinese to simplified, for matching, folding and sorting.

Its own small module so that what folds a name for the watchlist filter at start-up does
not import the name rules (``names``) and their many regular expressions.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

_CACHE = 1 << 16
# OpenCC's ``t2s``: one group of two tables, phrases before single characters.
_PHRASES, _CHARACTERS = "TSPhrases.txt", "TSCharacters.txt"


_converter: Any = None  # OpenCC("t2s"), made for text that holds a phrase key
_t2s_table: dict[int, str] | None = None  # character -> simplified character
# The phrase keys by their first character (a few hundred keys of a few characters).
_phrases_by_start: dict[str, tuple[str, ...]] = {}
_loaded = False


def _dictionary_dir() -> Path | None:
    """OpenCC's dictionary folder, found without importing the package."""
    from importlib.util import find_spec

    spec = find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def _read_table(path: Path) -> dict[str, str]:
    """``key<TAB>candidates`` lines, as OpenCC reads them: key -> its first candidate."""
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        key, tab, value = line.strip().partition("\t")
        if not tab or not key:
            raise ValueError(f"unexpected line in {path.name}: {line!r}")
        table.setdefault(key, value.split(" ", 1)[0])
    return table


def _load_tables() -> None:
    """Read the ``t2s`` tables once, for a fast path.

    OpenCC ``t2s`` replaces the longest phrase key it finds, then single characters
    (first candidate).  Text containing no phrase key therefore converts character by
    character, which ``str.translate`` does in C; only text with a phrase key (乾隆,
    反覆, ...) goes through OpenCC itself.  The tables are read straight from OpenCC's
    files (its own loader takes several times as long), or from the copy ``keep_tables_in``
    made of what they held; if they look different than expected, all text goes through
    OpenCC.
    """
    global _t2s_table, _phrases_by_start, _loaded
    _loaded = True
    try:
        folder = _dictionary_dir()
        if folder is None:
            raise FileNotFoundError("opencc")
        files = (folder / _CHARACTERS, folder / _PHRASES)
        stamp = [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files]
        kept = _kept_tables(stamp)
        if kept is not None:
            _t2s_table, _phrases_by_start = kept
            return
        characters, phrases = (_read_table(f) for f in files)
        if any(len(key) != 1 for key in characters) or any(len(key) < 2 for key in phrases):
            raise ValueError("unexpected t2s tables")
    except (OSError, ValueError):
        _t2s_table = None
        return
    _t2s_table = {ord(key): value for key, value in characters.items()}
    by_start: dict[str, list[str]] = {}
    for key in phrases:
        by_start.setdefault(key[0], []).append(key)
    _phrases_by_start = {start: tuple(keys) for start, keys in by_start.items()}
    _keep_tables(stamp)


# -- a copy of the tables as read (marshal: loads in a fraction of a millisecond)
_kept_file: Path | None = None


def keep_tables_in(path: Path | None) -> None:
    """Keep a copy of the tables in the file ``path`` (made on the first read, read
    instead of OpenCC's files while those stay as they were)."""
    global _kept_file
    _kept_file = path


def _kept_tables(stamp: list[Any]) -> tuple[dict[int, str], dict[str, tuple[str, ...]]] | None:
    if _kept_file is None:
        return None
    import marshal

    try:
        kept = marshal.loads(_kept_file.read_bytes())
        if kept[0] == _KEPT_VERSION and kept[1] == stamp:
            return kept[2], kept[3]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    return None


def _keep_tables(stamp: list[Any]) -> None:
    if _kept_file is None:
        return
    import marshal
    import os

    data = marshal.dumps((_KEPT_VERSION, stamp, _t2s_table, _phrases_by_start))
    partial = _kept_file.with_name(f"{_kept_file.name}.{os.getpid()}.part")
    try:
        _kept_file.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        partial.replace(_kept_file)
    except OSError:  # a read-only folder: read OpenCC's files every time
        partial.unlink(missing_ok=True)


_KEPT_VERSION = 1


def _has_phrase(text: str) -> bool:
    """Whether a phrase key occurs in ``text``: looked for only where a key can start."""
    starts = _phrases_by_start
    for at, char in enumerate(text):
        keys = starts.get(char)
        if keys is not None and any(text.startswith(key, at) for key in keys):
            return True
    return False


def _opencc(text: str) -> str:
    global _converter
    if _converter is None:
        from opencc import OpenCC

        _converter = OpenCC("t2s")
    return str(_converter.convert(text))


@lru_cache(maxsize=_CACHE)
def to_simplified(text: str) -> str:
    """Traditional Chinese characters to simplified; other text is returned as is."""
    if text.isascii():
        return text
    if not _loaded:
        _load_tables()
    table = _t2s_table
    if table is None or _has_phrase(text):
        return _opencc(text)
    return text.translate(table)
