"""Export and import files on disk: where to offer saving, writing, reading back.

No Qt here: the dialogs in ``desktop.ui`` ask where, then call these."""

from __future__ import annotations

from pathlib import Path

from desktop.store.watchlist_import import ImportRefused


def export_folder(last_used: str | None, documents: str | None, home: Path | None = None) -> Path:
    """Where a save dialog opens: the folder last exported to, else Documents, else home
    (never the app's working folder).  Folders that no longer exist are skipped."""
    for candidate in (last_used, documents):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return home or Path.home()


def with_suffix(path: Path, selected_filter: str, default: str = ".csv") -> Path:
    """The chosen file, with the extension of the chosen filter when none was typed."""
    if path.suffix:
        return path
    extension = selected_filter.split("*")[-1].rstrip(")").strip() if "*" in selected_filter else ""
    return path.with_suffix(extension or default)


def format_of(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "csv"


def write_export(path: Path, text: str, *, bom: bool = False) -> None:
    """Write the file (UTF-8; with a BOM for CSV so Excel reads it).  Raises OSError."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        handle.write(text)


def read_import_file(path: Path) -> str:
    """The text of an import file; ImportRefused with a plain reason when it cannot be
    read or is not UTF-8."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise ImportRefused(
            f"{path.name} is not UTF-8 text. Save it as “CSV UTF-8” or JSON and try again."
        ) from None
    except OSError as exc:
        raise ImportRefused(f"Could not read {path}: {exc.strerror or exc}") from exc


def saved_words(path: Path, what: str, count: int | None) -> str:
    """The confirmation after an export: what, how many, where."""
    noun = {"watchlist": "company", "events": "event", "calendar": "date"}.get(what, "row")
    plural = {"company": "companies"}.get(noun, noun + "s")
    amount = "" if count is None else f"{count} {noun if count == 1 else plural} "
    return f"Saved {amount}to {path.name} in {path.parent}."


def count_rows(text: str, fmt: str) -> int | None:
    """How many records an export holds (CSV rows after the header, JSON list items,
    calendar events)."""
    if fmt == "ics":
        return text.count("BEGIN:VEVENT")
    if fmt == "json":
        import json

        data = json.loads(text)
        for key in ("companies", "events"):
            if isinstance(data, dict) and isinstance(data.get(key), list):
                return len(data[key])
        return None
    import csv
    import io

    return max(sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1, 0)
