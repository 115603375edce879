"""Deciding which watched company, if any, an item from a source is about.

Evidence is tried from strongest to weakest; the first level with any hit decides:

1. **Stock code**: an HK code (compared as five digits, so ``2513`` = ``02513``) or an
   A-share code (six digits).
2. **Full name**: the item's name equals a watched name or alias after
   :func:`~desktop.domain.names.normalize` (case, width, traditional/simplified
   characters, brackets, spacing, listing markers), ignoring spaces.
3. **Core name**: equal after :func:`~desktop.domain.names.core` as well (legal
   suffixes, bracketed regions and leading region words removed), ignoring spaces.
4. **Alias prefix**: a watched alias's core begins the item's core, and the rest of the
   item's core says nothing more -- see below.  ``梅卡曼德(北京)机器人科技有限公司``
   begins with alias ``梅卡曼德`` and continues with ``机器人科技``.

A watched company whose code is known is never matched by name to an item that carries a
different code of the same kind: once the exchange has told us a company's stock code,
later sources match it by that code, and a look-alike name under another code is
someone else.

Two companies hit at the same level means the item is ambiguous: no match rather than a
guess.  At the prefix level the longest alias wins before ties are counted, so with
``东山`` and ``东山精密`` both watched, ``东山精密制造`` belongs to ``东山精密``.  At the
core and prefix levels, a name that states a region (``(深圳)``, ``Suzhou ...``) does not
match an alias that states a different one.

The prefix rule
---------------
A short name is shared by different companies (``中微半导体`` in Shenzhen makes
microcontrollers, ``中微半导体设备`` in Shanghai makes etching tools), so an alias may
only begin a longer name when

* the alias is **distinctive**: at least two Chinese characters, or at least four Latin
  letters, and not itself made of industry words only (an alias ``科技`` begins nothing);
* a Latin alias ends at a **word boundary** of the item (``Biren`` does not begin
  ``Birenbaum Foods``);
* everything after the alias is **generic**: it splits entirely into industry and
  descriptive words (科技, 技术, 智能, 机器人, 半导体, 精密, 制造, 信息, 电子, 芯片, ...;
  Technology, Robotics, Semiconductor, Intelligent, AI, Precision, Manufacturing,
  Therapeutics, ...).  Such words describe what a company does, not which company it
  is; any other word (``华章`` in ``智谱华章``, ``Foods``, ``设备``, a number) may name a
  different company, so the alias alone is not enough and the user has to add the longer
  name as an alias.  The list leans short on purpose: a missed match is mended by
  adding an alias; a wrong match puts someone else's filing on a company's timeline.

Speed: building the matcher indexes every alias in hash maps (codes, full forms, core
forms, and prefix cores grouped by their first three characters with the lengths
present).  ``match`` then costs a few lookups per name plus one slice-and-lookup per
length of the aliases that begin like the name; it never scans the candidates.  The
forms of a name are computed once and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.names import (
    cjk_count,
    is_cjk,
    is_generic,
    latin_letter_count,
    name_forms,
)
from desktop.domain.phrases import BY_ALIAS, BY_CODE, BY_CORE, BY_PREFIX, CODES

__all__ = ["Candidate", "Match", "Matcher", "code_key"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A watched company as the matcher sees it: every name and alias, and its codes."""

    company_id: int
    names: tuple[str, ...]
    codes: tuple[tuple[str, str], ...] = ()  # ("hk", "02513"), ("a", "688380")


@dataclass(frozen=True, slots=True)
class Match:
    company_id: int
    reason: str  # shown to the user: why this item was put on this company


_DIGITS_RE = re.compile(r"\D")
_CODE_WIDTH = {"hk": 5, "a": 6}
_CODE_LABEL = CODES


def code_key(scheme: str, code: str) -> tuple[str, str] | None:
    """A code in comparable form: HK codes as five digits, A-share codes as six."""
    scheme = scheme.strip().casefold()
    width = _CODE_WIDTH.get(scheme)
    if width is None:
        value = code.strip().casefold()
        return (scheme, value) if value else None
    digits = _DIGITS_RE.sub("", code)
    if not digits:
        return None
    return scheme, digits.lstrip("0").zfill(width)


@lru_cache(maxsize=1 << 16)
def _forms(name: str) -> tuple[str, str, str, frozenset[str]]:
    """(full key, core, core key, regions) of one name; keys ignore spaces.  The forms
    come from ``name_forms``'s cache, which ``core()`` (subject keys) shares."""
    full, item_core, item_regions = name_forms(name)
    return full.replace(" ", ""), item_core, item_core.replace(" ", ""), item_regions


def _distinctive(alias_core: str) -> bool:
    if cjk_count(alias_core) < 2 and latin_letter_count(alias_core) < 4:
        return False
    return not is_generic(alias_core)


def _continues(item_core: str, k: int) -> bool:
    """Whether item_core[:k] is an alias the item's name may be matched on."""
    rest = item_core[k:]
    if not rest:
        return True
    last, nxt = item_core[k - 1], rest[0]
    if nxt.isalnum() and last.isalnum() and not is_cjk(nxt) and not is_cjk(last):
        return False  # a Latin word goes on: "biren" in "birenbaum"
    return is_generic(rest.strip())


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both names state a region, and not the same one."""
    return bool(a and b) and a.isdisjoint(b)


# company id -> (the alias as the user wrote it, the regions it states)
_Hits = dict[int, tuple[str, frozenset[str]]]


class Matcher:
    """Matches source items to watched companies; build once per poll, then ``match``."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._codes: dict[tuple[str, str], dict[int, str]] = {}
        self._known: dict[int, dict[str, set[str]]] = {}  # company -> scheme -> codes
        self._full: dict[str, _Hits] = {}
        self._core: dict[str, _Hits] = {}
        self._prefix: dict[str, _Hits] = {}
        lengths: dict[str, set[int]] = {}
        for candidate in candidates:
            cid = candidate.company_id
            for scheme, code in candidate.codes:
                key = code_key(scheme, code)
                if key is not None:
                    self._codes.setdefault(key, {}).setdefault(cid, code)
                    self._known.setdefault(cid, {}).setdefault(key[0], set()).add(key[1])
            for name in candidate.names:
                if not name or not name.strip():
                    continue
                full_key, alias_core, core_key, alias_regions = _forms(name)
                if not full_key:
                    continue
                entry = (name, alias_regions)
                self._full.setdefault(full_key, {}).setdefault(cid, entry)
                self._core.setdefault(core_key, {}).setdefault(cid, entry)
                if _distinctive(alias_core):
                    self._prefix.setdefault(alias_core, {}).setdefault(cid, entry)
                    lengths.setdefault(alias_core[:3], set()).add(len(alias_core))
        # Prefix aliases by their first three characters (a two-character alias by
        # both), each with its lengths, longest first: a name's core is only sliced at
        # the lengths of aliases that begin like it.
        self._lengths: dict[str, tuple[int, ...]] = {
            start: tuple(sorted(sizes, reverse=True)) for start, sizes in lengths.items()
        }

    def match(self, names: Sequence[str], codes: Sequence[tuple[str, str]] = ()) -> Match | None:
        """The watched company the item is about, or None (no evidence, or ambiguous)."""
        item_codes: dict[str, set[str]] = {}
        if codes:
            found: dict[int, str] = {}
            for scheme, code in codes:
                key = code_key(scheme, code)
                if key is None:
                    continue
                item_codes.setdefault(key[0], set()).add(key[1])
                for cid in self._codes.get(key, ()):
                    label = _CODE_LABEL.get(key[0], f"{key[0]} code")
                    found.setdefault(cid, BY_CODE.compose(label=label, code=key[1]))
            if found:
                return _decide(found)

        items = [(name, _forms(name)) for name in names if name and not name.isspace()]
        if not items:
            return None

        found = {}
        full_index = self._full
        for name, (full_key, _, _, _) in items:
            hits = full_index.get(full_key)
            if hits:
                for cid, (alias, _) in hits.items():
                    found.setdefault(cid, BY_ALIAS.compose(name=name, alias=alias))
        if found:
            return self._filtered(found, item_codes)

        core_index = self._core
        for name, (_, item_core, core_key, item_regions) in items:
            hits = core_index.get(core_key)
            if hits:
                for cid, (alias, alias_regions) in hits.items():
                    if _conflict(item_regions, alias_regions):
                        continue
                    reason = BY_CORE.compose(name=name, alias=alias, core=item_core)
                    found.setdefault(cid, reason)
        if found:
            return self._filtered(found, item_codes)

        best = 0
        prefix_index, lengths = self._prefix, self._lengths
        for name, (_, item_core, _, item_regions) in items:
            sizes = lengths.get(item_core[:3], ())
            if len(item_core) > 2 and item_core[:2] in lengths:
                sizes = (*sizes, 2)
            for k in sizes:
                if k < best:
                    break
                if k > len(item_core):
                    continue
                hits = prefix_index.get(item_core[:k])
                if not hits or not _continues(item_core, k):
                    continue
                usable = [
                    (cid, alias)
                    for cid, (alias, alias_regions) in hits.items()
                    if not _conflict(item_regions, alias_regions)
                ]
                if not usable:
                    continue
                if k > best:
                    best, found = k, {}
                for cid, alias in usable:
                    found.setdefault(cid, BY_PREFIX.compose(alias=alias, name=name))
                break
        if found:
            return self._filtered(found, item_codes)
        return None

    def _filtered(self, found: dict[int, str], item_codes: dict[str, set[str]]) -> Match | None:
        """Decide after dropping companies whose known code contradicts the item's."""
        if item_codes:
            for cid in list(found):
                known = self._known.get(cid)
                if known and any(
                    scheme in known and not (known[scheme] & values)
                    for scheme, values in item_codes.items()
                ):
                    del found[cid]
        return _decide(found)


def _decide(found: dict[int, str]) -> Match | None:
    if len(found) != 1:
        return None
    ((cid, reason),) = found.items()
    return Match(cid, reason)
