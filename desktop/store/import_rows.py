"""Reading the rows of a watchlist import file (CSV or JSON) into validated records.

Problems are reported with the line they start on (the file's physical line, the header
being line 1)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from desktop.domain.company_rules import (
    CompanyDraft,
    parse_listing_date,
    parse_price,
    split_list,
)
from desktop.domain.i18n import translate
from desktop.store.watchlist_export import (
    LIST_FIELDS,
    WATCHLIST_FIELDS,
    WATCHLIST_FORMAT,
    facts_of_cell,
)

MAX_FACTS = 200


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One row of an import file, validated."""

    line: int
    draft: CompanyDraft
    facts: tuple[dict[str, Any], ...] | None  # None: the file has no facts for it
    present: frozenset[str]  # the fields the file gives (blank cells are not given)


def clean_name(value: Any) -> str:
    """A name as the watchlist compares names: NFC, spaces collapsed, case folded."""
    if not isinstance(value, str):
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def is_blank(value: Any) -> bool:
    """An empty cell: "", only spaces, null, or an empty list."""
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def record_of_row(line: int, values: dict[str, Any], *, blank_clears: bool = False) -> ImportRecord:
    """One row's raw values (strings from CSV, JSON types from JSON) as a draft.

    A blank cell keeps what the watchlist has (it is not "present"), unless
    ``blank_clears``: then it empties that field."""
    if not blank_clears:
        values = {k: v for k, v in values.items() if k == "name" or not is_blank(v)}
    problems: list[str] = []
    kwargs: dict[str, Any] = {}
    for name in (
        "name",
        "name_zh",
        "sector",
        "headquarters",
        "hk_code",
        "a_code",
        "a_exchange",
        "notes",
    ):
        if name in values:
            value = values[name]
            if value is None:
                value = ""
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and name
                in (
                    "hk_code",
                    "a_code",
                )
            ):
                value = str(int(value)) if float(value).is_integer() else str(value)
            if not isinstance(value, str):
                problems.append(
                    translate("ImportRows", "“{name}” should be text.").format(name=name)
                )
                continue
            kwargs[name] = value
    if "founded" in values:
        try:
            kwargs["founded"] = _year(values["founded"])
        except ValueError as exc:
            problems.append(str(exc))
    if "listing_date" in values:
        try:
            value = values["listing_date"]
            kwargs["listing_date"] = parse_listing_date("" if value is None else str(value))
        except ValueError as exc:
            problems.append(translate("ImportRows", "“listing_date”: {exc}").format(exc=exc))
    if "offer_price" in values:
        try:
            value = values["offer_price"]
            if isinstance(value, bool):
                raise ValueError(
                    translate("ImportRows", "The offer price should be a number, e.g. 116.20.")
                )
            kwargs["offer_price"] = (
                float(value) if isinstance(value, int | float) else parse_price(value or "")
            )
        except ValueError as exc:
            problems.append(translate("ImportRows", "“offer_price”: {exc}").format(exc=exc))
    for name in LIST_FIELDS:
        if name in values:
            try:
                kwargs[name] = _string_list(name, values[name])
            except ValueError as exc:
                problems.append(str(exc))
    facts: tuple[dict[str, Any], ...] | None = None
    if "facts" in values:
        try:
            facts = _facts(values["facts"])
        except ValueError as exc:
            problems.append(str(exc))
    if not isinstance(values.get("name"), str) or not values["name"].strip():
        problems.insert(0, translate("ImportRows", "Give the company a name."))
    if problems:
        raise ValueError(" ".join(problems))
    draft = CompanyDraft(**kwargs)
    return ImportRecord(line, draft, facts, frozenset(values))


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("“founded” should be a year, e.g. 2016.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().removesuffix(".0").isdigit():
        return int(value.strip().removesuffix(".0"))
    raise ValueError(
        translate("ImportRows", "“founded” should be a year, e.g. 2016 (found “{value}”).").format(
            value=value
        )
    )


def _string_list(name: str, value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError as exc:
                raise ValueError(
                    translate("ImportRows", "“{name}” is not a valid JSON list ({reason}).").format(
                        name=name, reason=exc.args[0]
                    )
                ) from exc
        else:
            return split_list(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(
            translate("ImportRows", "“{name}” should be a list of text.").format(name=name)
        )
    return tuple(value)


def _facts(value: Any) -> tuple[dict[str, Any], ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        if not value.lstrip().startswith("["):
            value = facts_of_cell(value)  # one per line: text | source | date | url
        else:
            try:
                value = json.loads(value)
            except ValueError as exc:
                raise ValueError(
                    translate("ImportRows", "“facts” is not a valid JSON list ({reason}).").format(
                        reason=exc.args[0]
                    )
                ) from exc
    if not isinstance(value, list):
        raise ValueError("“facts” should be a list of objects with a “text”.")
    if len(value) > MAX_FACTS:
        raise ValueError(
            translate("ImportRows", "At most {MAX_FACTS} facts per company.").format(
                MAX_FACTS=MAX_FACTS
            )
        )
    facts = []
    for number, fact in enumerate(value, start=1):
        if (
            not isinstance(fact, dict)
            or not isinstance(fact.get("text"), str)
            or not fact["text"].strip()
        ):
            raise ValueError(
                translate(
                    "ImportRows", "Fact {number} should be an object with a non-empty “text”."
                ).format(number=number)
            )
        for key, item in fact.items():
            if not isinstance(key, str) or not (
                item is None or isinstance(item, str | int | float)
            ):
                raise ValueError(
                    translate("ImportRows", "Fact {number}: “{key}” should be text.").format(
                        number=number, key=key
                    )
                )
        facts.append(dict(fact))
    return tuple(facts)


def rows_of_csv(text: str, errors: list[tuple[int, str]]) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        errors.append((1, translate("ImportRows", "The file is empty.")))
        return []
    except csv.Error as exc:
        errors.append(
            (1, translate("ImportRows", "The header row could not be read: {exc}.").format(exc=exc))
        )
        return []
    columns = [h.strip().lower().replace(" ", "_") for h in header]
    unknown = [h for h, c in zip(header, columns, strict=True) if c not in WATCHLIST_FIELDS]
    if unknown:
        errors.append(
            (
                1,
                translate(
                    "ImportRows", "Unknown column “{column}”; the columns are: {columns}."
                ).format(column=unknown[0], columns=", ".join(WATCHLIST_FIELDS)),
            )
        )
        return []
    if "name" not in columns:
        errors.append((1, translate("ImportRows", "The header row has no “name” column.")))
        return []
    if len(set(columns)) != len(columns):
        errors.append((1, translate("ImportRows", "A column appears twice in the header row.")))
        return []
    rows: list[tuple[int, dict[str, Any]]] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(
                (line, translate("ImportRows", "The row could not be read: {exc}.").format(exc=exc))
            )
            break
        if cells and any(c.strip() for c in cells):
            if len(cells) > len(columns):
                errors.append(
                    (
                        line,
                        translate(
                            "ImportRows", "The row has {cells} cells but the header {columns}."
                        ).format(cells=len(cells), columns=len(columns)),
                    )
                )
            else:
                rows.append((line, dict(zip(columns, cells, strict=False))))
        line = reader.line_num + 1
    return rows


def rows_of_json(text: str, errors: list[tuple[int, str]]) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        lineno = getattr(exc, "lineno", 1)
        errors.append(
            (
                lineno,
                translate("ImportRows", "The file is not valid JSON: {reason}.").format(
                    reason=getattr(exc, "msg", exc)
                ),
            )
        )
        return []
    if isinstance(data, dict):
        if data.get("format") not in (None, WATCHLIST_FORMAT):
            errors.append(
                (
                    1,
                    translate(
                        "ImportRows", "This is not a watchlist file (format {format})."
                    ).format(format=repr(data["format"])),
                )
            )
            return []
        items = data.get("companies")
    else:
        items = data
    if not isinstance(items, list):
        errors.append(
            (1, translate("ImportRows", "Expected a list of companies (a “companies” list)."))
        )
        return []
    lines = _element_lines(text)
    rows = []
    for index, item in enumerate(items):
        line = lines[index] if index < len(lines) else 1
        if not isinstance(item, dict):
            errors.append(
                (
                    line,
                    translate("ImportRows", "Company {number} is not an object.").format(
                        number=index + 1
                    ),
                )
            )
            continue
        unknown = [k for k in item if k not in WATCHLIST_FIELDS]
        if unknown:
            errors.append(
                (
                    line,
                    translate(
                        "ImportRows", "Unknown field “{field}”; the fields are: {fields}."
                    ).format(field=unknown[0], fields=", ".join(WATCHLIST_FIELDS)),
                )
            )
            continue
        rows.append((line, item))
    return rows


def _element_lines(text: str) -> list[int]:
    """The line each element of the company list starts on (``text`` is valid JSON):
    the elements of a top-level list, or of the top-level object's "companies" list."""
    lines: list[int] = []
    stack: list[str] = []
    key: str | None = None
    line = 1
    i, n = 0, len(text)
    pending_value = False  # an element of the wanted list may start here
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if _in_wanted_list(stack, key) and pending_value:
                lines.append(line)
                pending_value = False
            elif len(stack) == 1 and stack[0] == "{":
                rest = text[j + 1 : j + 64].lstrip()
                if rest.startswith(":"):
                    key = json.loads(text[i : j + 1])
            i = j
        elif ch in "{[":
            if _in_wanted_list(stack, key) and pending_value:
                lines.append(line)
                pending_value = False
            stack.append(ch)
            pending_value = _in_wanted_list(stack, key)
        elif ch in "}]":
            stack.pop()
        elif ch == ",":
            pending_value = _in_wanted_list(stack, key)
        elif not ch.isspace() and _in_wanted_list(stack, key) and pending_value:
            lines.append(line)  # a number, true, false or null
            pending_value = False
        i += 1
    return lines


def _in_wanted_list(stack: list[str], key: str | None) -> bool:
    return stack == ["["] or (stack == ["{", "["] and key == "companies")
