"""Import and export on real databases: round trips, problems by line, .ics files."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company, all_companies
from desktop.store.events import refresh_stages
from desktop.store.tables import Company, Event, Setting
from desktop.store.transfer import (
    WATCHLIST_FIELDS,
    ImportRefused,
    apply_import,
    company_record,
    detect_format,
    export_calendar,
    export_events,
    export_watchlist,
    fold_line,
    ics_text,
    preview_import,
)

NOTES = 'Line one, with a comma; and "quotes".\nLine two: 第二行\n\n  indented third line'
FACTS = [
    {
        "text": 'Raised US$300m, "Series C+"; backers include Intel.',
        "source": "SCMP",
        "date": "2025",
    },
    {
        "text": "总部位于北京，成立于2016年。",
        "source": "36氪",
        "date": "2024-03",
        "url": "https://example.com/a?b=1,2",
    },
]


def empty_db(folder: Path) -> AppContext:
    context = AppContext(folder)
    context.db.migrate()
    with context.db.write() as session:
        session.add(Setting(key="seed_loaded", value=True))
    return context


def set_facts(ctx: AppContext, company_id: int, facts: list[dict]) -> None:
    with ctx.db.write() as session:
        company = session.get(Company, company_id)
        assert company is not None
        company.facts = facts
        session.add(company)


def tricky_watchlist(ctx: AppContext) -> None:
    mech = add_company(
        ctx.db,
        CompanyDraft(
            name="Mech-Mind Robotics, Inc.",
            name_zh="梅卡曼德（北京）機器人",
            aliases=("Mech-Mind", 'The "Mech" one', "梅卡; semicolon", "Comma, Alias"),
            sector="AI robotics; industrial 3D cameras",
            headquarters="Beijing, Shanghai",
            founded=2016,
            hk_code="2513",
            a_code="688123",
            notes=NOTES,
            tags=("robotics", "AI, vision", "标签"),
        ),
    )
    set_facts(ctx, mech.id, FACTS)  # type: ignore[arg-type]
    add_company(ctx.db, CompanyDraft(name="Bare Minimum"))
    add_company(
        ctx.db,
        CompanyDraft(
            name="智谱",
            aliases=("Zhipu AI",),
            a_code="300433",
            a_exchange="szse",
            notes="\\ backslash \\n not a newline",
        ),
    )


def records(ctx: AppContext) -> list[dict]:
    return [company_record(c) for c in all_companies(ctx.db)]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_keeps_every_field(empty_ctx: AppContext, tmp_path: Path, fmt: str) -> None:
    tricky_watchlist(empty_ctx)
    first = export_watchlist(empty_ctx.db, fmt)

    other = empty_db(tmp_path / "other")
    preview = preview_import(other.db, first, fmt)
    assert preview.errors == []
    assert sorted(p.name for p in preview.to_add) == sorted(r["name"] for r in records(empty_ctx))
    result = apply_import(other.db, preview)
    assert len(result.added) == 3 and result.updated == []

    assert export_watchlist(other.db, fmt) == first
    assert records(other) == records(empty_ctx)
    mech = next(r for r in records(other) if r["name"].startswith("Mech"))
    assert mech["notes"] == NOTES
    assert mech["facts"] == FACTS
    assert mech["aliases"] == ["Mech-Mind", 'The "Mech" one', "梅卡; semicolon", "Comma, Alias"]
    assert mech["hk_code"] == "02513" and mech["a_exchange"] == "sse"
    assert set(mech) == set(WATCHLIST_FIELDS)

    # Importing the same file again changes nothing.
    again = preview_import(other.db, first, fmt)
    assert (again.to_add, again.to_update, again.errors) == ([], [], [])
    assert len(again.unchanged) == 3
    assert not again.can_apply
    other.db.dispose()


def test_csv_and_json_carry_the_same_data(empty_ctx: AppContext, tmp_path: Path) -> None:
    tricky_watchlist(empty_ctx)
    other = empty_db(tmp_path / "other")
    apply_import(other.db, preview_import(other.db, export_watchlist(empty_ctx.db, "json"), "json"))
    assert export_watchlist(other.db, "csv") == export_watchlist(empty_ctx.db, "csv")
    other.db.dispose()


def test_csv_cells_are_readable_and_import_back(empty_ctx: AppContext, tmp_path: Path) -> None:
    tricky_watchlist(empty_ctx)
    text = export_watchlist(empty_ctx.db, "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(WATCHLIST_FIELDS)
    mech = next(r for r in rows if r["name"].startswith("Mech"))
    # Names holding a separator stay whole: that cell is a JSON list.
    assert json.loads(mech["aliases"])[1] == 'The "Mech" one'
    # Facts: one per line, text | source | date | url.
    assert mech["facts"].splitlines() == [
        'Raised US$300m, "Series C+"; backers include Intel. | SCMP | 2025',
        "总部位于北京，成立于2016年。 | 36氪 | 2024-03 | https://example.com/a?b=1,2",
    ]
    zhipu = next(r for r in rows if r["name"] == "智谱")
    assert zhipu["aliases"] == "Zhipu AI"
    assert mech["founded"] == "2016"
    assert text.endswith("\r\n")
    document = json.loads(export_watchlist(empty_ctx.db, "json"))
    assert document["format"] == "ipo-pipeline-watch/watchlist"
    assert document["version"] == 1


def test_plain_list_cells_are_joined_with_semicolons(empty_ctx: AppContext, tmp_path: Path) -> None:
    add_company(
        empty_ctx.db,
        CompanyDraft(name="Zhipu AI", aliases=("智谱", "Zhipu"), tags=("AI", "LLM")),
    )
    text = export_watchlist(empty_ctx.db, "csv")
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert (row["aliases"], row["tags"]) == ("智谱; Zhipu", "AI; LLM")
    other = empty_db(tmp_path / "other")
    apply_import(other.db, preview_import(other.db, text, "csv"))
    assert records(other) == records(empty_ctx)
    other.db.dispose()


def test_seed_watchlist_round_trips(ctx: AppContext, tmp_path: Path) -> None:
    for fmt in ("csv", "json"):
        text = export_watchlist(ctx.db, fmt)
        other = empty_db(tmp_path / fmt)
        apply_import(other.db, preview_import(other.db, text, fmt))
        assert export_watchlist(other.db, fmt) == text
        other.db.dispose()


def test_csv_problems_are_reported_with_their_line(empty_ctx: AppContext) -> None:
    add_company(empty_ctx.db, CompanyDraft(name="Already Here"))
    text = (
        "name,notes,hk_code,founded,aliases,facts\r\n"  # line 1
        'Good One,"two\nlines",,,,\r\n'  # lines 2-3
        "Bad Code,,12345678,,,\r\n"  # line 4
        'Bad Year,"a\nb\nc",,1500,,\r\n'  # lines 5-7
        ",no name,,,,\r\n"  # line 8
        "good one,,,,,\r\n"  # line 9: same name as line 2
        'Bad Facts,,,,,[{"no": 1}]\r\n'  # line 10
        "Bad Alias,,,,Already Here,\r\n"  # line 11
        "Bad Json,,,,[oops,\r\n"  # line 12
        "Fine Too,,700,2016,One; Two,\r\n"  # line 13
    )
    preview = preview_import(empty_ctx.db, text, "csv")
    lines = [line for line, _message in preview.errors]
    assert lines == [4, 5, 8, 9, 10, 11, 12]
    messages = dict(preview.errors)
    assert "1 to 5 digits" in messages[4]
    assert "1800 and 2100" in messages[5]
    assert "name" in messages[8]
    assert "also on line 2" in messages[9]
    assert "Fact 1" in messages[10]
    assert "Already Here" in messages[11]
    assert "JSON" in messages[12]
    assert [p.name for p in preview.to_add] == ["Good One", "Fine Too"]
    fine = preview.to_add[1].draft
    assert (fine.hk_code, fine.founded, fine.aliases) == ("00700", 2016, ("One", "Two"))
    assert not preview.can_apply

    before = records(empty_ctx)
    with pytest.raises(ImportRefused, match="Nothing was imported"):
        apply_import(empty_ctx.db, preview)
    assert records(empty_ctx) == before


def test_csv_header_problems(empty_ctx: AppContext) -> None:
    assert preview_import(empty_ctx.db, "", "csv").errors == [(1, "The file is empty.")]
    [(line, message)] = preview_import(empty_ctx.db, "name,stage\r\nA Co,listed\r\n", "csv").errors
    assert line == 1 and "Unknown column “stage”" in message
    [(line, message)] = preview_import(empty_ctx.db, "notes\r\nhello\r\n", "csv").errors
    assert line == 1 and "name" in message
    [(line, message)] = preview_import(empty_ctx.db, "name\r\nA,B\r\n", "csv").errors
    assert line == 2


def test_json_problems_are_reported_with_their_line(empty_ctx: AppContext) -> None:
    text = json.dumps(
        {
            "format": "ipo-pipeline-watch/watchlist",
            "version": 1,
            "companies": [
                {"name": "Good", "aliases": ["G1"]},
                {"name": "Bad Zh", "name_zh": "no chinese here"},
                "not an object",
                {"name": "Typo", "hk code": "700"},
                {"name": "Wrong Types", "founded": "soon", "tags": [1, 2]},
            ],
        },
        indent=2,
    )
    preview = preview_import(empty_ctx.db, text, "json")
    text_lines = text.splitlines()
    expected = [
        next(i for i, t in enumerate(text_lines, 1) if '"name": "Bad Zh"' in t) - 1,
        next(i for i, t in enumerate(text_lines, 1) if '"not an object"' in t),
        next(i for i, t in enumerate(text_lines, 1) if '"name": "Typo"' in t) - 1,
        next(i for i, t in enumerate(text_lines, 1) if '"name": "Wrong Types"' in t) - 1,
    ]
    assert [line for line, _m in preview.errors] == expected
    assert "Chinese characters" in preview.errors[0][1]
    assert "Unknown field “hk code”" in preview.errors[2][1]
    assert "founded" in preview.errors[3][1] and "tags" in preview.errors[3][1]
    assert [p.name for p in preview.to_add] == ["Good"]

    [(line, message)] = preview_import(empty_ctx.db, '{"companies": [\n{"name": }]}', "json").errors
    assert line == 2 and "not valid JSON" in message
    bare = preview_import(empty_ctx.db, '[{"name": "Bare List Co"}]', "json")
    assert [p.name for p in bare.to_add] == ["Bare List Co"] and bare.errors == []


def test_updates_match_names_ignoring_case_and_keep_missing_columns(
    empty_ctx: AppContext,
) -> None:
    tricky_watchlist(empty_ctx)
    before = {r["name"]: r for r in records(empty_ctx)}
    text = 'name,hk_code,tags\r\n"mech-mind robotics, INC.",00700,"[""new tag""]"\r\nBare Minimum,,\r\nNew Co,,\r\n'
    preview = preview_import(empty_ctx.db, text, "csv")
    assert preview.errors == []
    [update] = preview.to_update
    assert update.current_name == "Mech-Mind Robotics, Inc."
    assert update.changes == ("name", "hk_code", "tags")  # the file's spelling wins
    assert preview.unchanged == ["Bare Minimum"]
    assert [p.name for p in preview.to_add] == ["New Co"]
    result = apply_import(empty_ctx.db, preview)
    assert result.updated == [update.company_id]
    after = {r["name"]: r for r in records(empty_ctx)}
    mech = after["mech-mind robotics, INC."]
    old = before["Mech-Mind Robotics, Inc."]
    assert (mech["hk_code"], mech["tags"]) == ("00700", ["new tag"])
    for kept in ("name_zh", "aliases", "notes", "facts", "founded", "a_code", "sector"):
        assert mech[kept] == old[kept], kept


def test_blank_cells_keep_what_the_watchlist_has(empty_ctx: AppContext) -> None:
    tricky_watchlist(empty_ctx)
    before = {r["name"]: r for r in records(empty_ctx)}["Mech-Mind Robotics, Inc."]
    text = (
        "name,aliases,sector,hk_code,tags,founded,facts\r\n"
        '"Mech-Mind Robotics, Inc.",,,02513,,,\r\n'
    )
    preview = preview_import(empty_ctx.db, text, "csv")
    assert preview.errors == [] and preview.to_update == []
    assert preview.unchanged == ["Mech-Mind Robotics, Inc."]
    json_text = '[{"name": "Mech-Mind Robotics, Inc.", "sector": "", "tags": [], "founded": null}]'
    assert preview_import(empty_ctx.db, json_text, "json").to_update == []

    # Chosen explicitly: blank cells clear their field, and the preview says old -> new.
    clearing = preview_import(empty_ctx.db, text, "csv", blank_clears=True)
    [update] = clearing.to_update
    assert update.changes == ("aliases", "sector", "founded", "tags", "facts")
    by_field = {d.field: d for d in update.diffs}
    assert by_field["sector"].before == "AI robotics; industrial 3D cameras"
    assert by_field["sector"].after == "(empty)"
    assert str(by_field["founded"]) == "Founded: 2016 → (empty)"
    assert by_field["facts"].before == "2 facts"
    apply_import(empty_ctx.db, clearing)
    after = {r["name"]: r for r in records(empty_ctx)}["Mech-Mind Robotics, Inc."]
    assert (after["sector"], after["aliases"], after["tags"]) == ("", [], [])
    assert after["name_zh"] == before["name_zh"]  # not a column of the file: kept


def test_preview_shows_old_and_new_of_each_field(empty_ctx: AppContext) -> None:
    tricky_watchlist(empty_ctx)
    text = "name,sector,hk_code\r\nBare Minimum,Robotics,700\r\n"
    [update] = preview_import(empty_ctx.db, text, "csv").to_update
    assert [str(d) for d in update.diffs] == [
        "Sector: (empty) → Robotics",
        "HK code: (empty) → 00700",
    ]


def test_a_checked_backup_is_made_before_the_import(empty_ctx: AppContext, tmp_path: Path) -> None:
    from desktop.store.backup import list_backups, verify

    tricky_watchlist(empty_ctx)
    backups = tmp_path / "backups"
    preview = preview_import(empty_ctx.db, "name,sector\r\nBare Minimum,Robotics\r\n", "csv")
    result = apply_import(empty_ctx.db, preview, backup_dir=backups)
    assert result.backup is not None and verify(result.backup) is None
    [info] = list_backups(backups)
    assert info.path == result.backup and info.companies == 3
    # The backup holds the watchlist as it was before the import.
    import sqlite3

    con = sqlite3.connect(result.backup)
    sector = con.execute("SELECT sector FROM company WHERE name = 'Bare Minimum'").fetchone()
    con.close()
    assert sector == (None,)


def test_no_backup_no_import(empty_ctx: AppContext, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the backup folder should be")
    preview = preview_import(empty_ctx.db, "name\r\nNew Co\r\n", "csv")
    with pytest.raises(ImportRefused, match="No backup could be made"):
        apply_import(empty_ctx.db, preview, backup_dir=blocked)
    assert records(empty_ctx) == []


def test_apply_is_all_or_nothing_when_the_watchlist_changed(empty_ctx: AppContext) -> None:
    preview = preview_import(empty_ctx.db, "name\r\nFirst Co\r\nSecond Co\r\n", "csv")
    assert preview.can_apply
    add_company(empty_ctx.db, CompanyDraft(name="second co"))  # meanwhile, elsewhere
    with pytest.raises(ImportRefused, match="Line 3"):
        apply_import(empty_ctx.db, preview)
    assert [r["name"] for r in records(empty_ctx)] == ["second co"]


def test_imported_company_takes_up_its_unmatched_filings(empty_ctx: AppContext) -> None:
    filed = date.today() - timedelta(days=10)
    with empty_ctx.db.write() as session:
        session.execute(
            insert(Event),
            [
                {
                    "kind": "application_proof",
                    "source": "hkex_app",
                    "fingerprint": "fp-1",
                    "published": filed,
                    "title": "宇樹科技股份有限公司: 申請版本",
                    "names": ["宇樹科技股份有限公司", "Unitree Robotics Co., Ltd."],
                    "ref": "1",
                    "subject": "宇樹科技股份有限公司",
                    "raw": {},
                },
                {
                    "kind": "application_proof",
                    "source": "hkex_app",
                    "fingerprint": "fp-2",
                    "published": date(2026, 3, 2),
                    "title": "Someone Else Ltd: Application Proof",
                    "names": ["Someone Else Ltd"],
                    "ref": "2",
                    "subject": "Someone Else Ltd",
                    "raw": {},
                },
            ],
        )
    text = json.dumps([{"name": "Unitree Robotics", "name_zh": "宇樹科技"}])
    result = apply_import(empty_ctx.db, preview_import(empty_ctx.db, text, "json"))
    with empty_ctx.db.session() as session:
        owner = dict(session.execute(select(Event.fingerprint, Event.company_id)).all())
        company = session.get(Company, result.added[0])
    assert owner == {"fp-1": result.added[0], "fp-2": None}
    assert company is not None and company.stage == "application_filed"

    # An update that gives a company a new alias claims the filings under that name.
    other = add_company(empty_ctx.db, CompanyDraft(name="Someone"))
    text = json.dumps([{"name": "Someone", "aliases": ["Someone Else Ltd"]}])
    apply_import(empty_ctx.db, preview_import(empty_ctx.db, text, "json"))
    with empty_ctx.db.session() as session:
        owner = dict(session.execute(select(Event.fingerprint, Event.company_id)).all())
    assert owner == {"fp-1": result.added[0], "fp-2": other.id}


def test_detect_format() -> None:
    assert detect_format("name\r\n", "list.CSV") == "csv"
    assert detect_format("", "a.json") == "json"
    assert detect_format('\ufeff  [{"name": "x"}]') == "json"
    assert detect_format("name,notes\r\n") == "csv"


def test_events_export(empty_ctx: AppContext) -> None:
    company = add_company(empty_ctx.db, CompanyDraft(name="Listed, Co"))
    with empty_ctx.db.write() as session:
        session.execute(
            insert(Event),
            [
                {
                    "company_id": company.id,
                    "kind": "listed",
                    "source": "hkex_app",
                    "published": date(2026, 5, 1),
                    "title": 'Listed, "finally"\nsecond line',
                    "url": "https://example.com/x",
                    "ref": "9",
                    "fingerprint": "fp-listed",
                    "subject": "Listed Co Ltd",
                    "names": [],
                    "raw": {},
                },
                {
                    "kind": "phip",
                    "source": "hkex_app",
                    "published": None,
                    "title": "Undated",
                    "fingerprint": "fp-undated",
                    "subject": "Other Ltd",
                    "names": [],
                    "raw": {},
                },
            ],
        )
    rows = list(csv.DictReader(io.StringIO(export_events(empty_ctx.db, "csv"), newline="")))
    assert [r["fingerprint"] for r in rows] == ["fp-listed", "fp-undated"]
    assert rows[0] == {
        "company": "Listed, Co",
        "subject": "Listed Co Ltd",
        "kind": "listed",
        "source": "hkex_app",
        "published": "2026-05-01",
        "title": 'Listed, "finally"\nsecond line',
        "url": "https://example.com/x",
        "ref": "9",
        "fingerprint": "fp-listed",
    }
    assert rows[1]["company"] == "" and rows[1]["published"] == ""
    data = json.loads(export_events(empty_ctx.db, "json"))
    assert data["events"][1]["published"] is None and data["events"][1]["url"] is None
    only = json.loads(export_events(empty_ctx.db, "json", watchlist_only=True))
    assert [e["fingerprint"] for e in only["events"]] == ["fp-listed"]


# -- iCalendar ----------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
        assert "\n" not in line and "\r" not in line
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_ics(text: str) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            # Escaped TEXT never has a bare , or ; that a parser would split on.
            if name in ("SUMMARY", "DESCRIPTION"):
                assert not re.search(r"(?<!\\)[,;]", value.replace("\\\\", "")), value
            current[name] = value
    return events


def test_fold_line_counts_octets_and_keeps_characters_whole() -> None:
    line = "SUMMARY:" + "梅卡曼德" * 30 + "x" * 3
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
    assert fold_line("x" * 75) == "x" * 75
    assert fold_line("x" * 76) == "x" * 75 + "\r\n x"
    assert ics_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_calendar_has_filings_lapses_and_listings(empty_ctx: AppContext) -> None:
    long_name = "深圳市超长名字的机器人与人工智能科技股份有限公司, Robotics; Inc. \\ Ltd"
    filer = add_company(empty_ctx.db, CompanyDraft(name=long_name))
    lister = add_company(empty_ctx.db, CompanyDraft(name="Listed Co"))
    add_company(empty_ctx.db, CompanyDraft(name="Quiet Co"))
    with empty_ctx.db.write() as session:
        session.execute(
            insert(Event),
            [
                {
                    "company_id": filer.id,
                    "kind": "application_proof",
                    "source": "hkex_app",
                    "published": date(2026, 3, 31),
                    "title": "申請版本（第一次呈交）, with; marks",
                    "url": "https://www1.hkexnews.hk/app/sehk/2026/1/a.pdf",
                    "ref": "1",
                    "fingerprint": "fp-proof",
                    "subject": long_name,
                    "names": [],
                    "raw": {},
                },
                {
                    "company_id": lister.id,
                    "kind": "listed",
                    "source": "hkex_app",
                    "published": date(2026, 1, 8),
                    "title": "Listed Co: listed (02513)",
                    "fingerprint": "fp-listed",
                    "subject": "Listed Co",
                    "names": [],
                    "raw": {},
                },
                {
                    "company_id": lister.id,
                    "kind": "news",
                    "source": "news",
                    "published": date(2026, 1, 2),
                    "title": "Not a key date",
                    "fingerprint": "fp-news",
                    "subject": "Listed Co",
                    "names": [],
                    "raw": {},
                },
                {
                    "kind": "application_proof",
                    "source": "hkex_app",
                    "published": date(2026, 2, 1),
                    "title": "Not on the watchlist",
                    "fingerprint": "fp-other",
                    "subject": "Other",
                    "names": [],
                    "raw": {},
                },
            ],
        )
    refresh_stages(empty_ctx.db, [filer.id, lister.id], today=date(2026, 4, 1))  # type: ignore[list-item]

    text = export_calendar(empty_ctx.db, now=datetime(2026, 4, 1, 8, 0, tzinfo=UTC))
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = parse_ics(text)
    assert len(events) == 3
    by_summary = {unescape(e["SUMMARY"]): e for e in events}
    listed = by_summary["Listed Co: listed in Hong Kong"]
    assert listed["DTSTART;VALUE=DATE"] == "20260108"
    assert listed["DTEND;VALUE=DATE"] == "20260109"
    proof = by_summary[f"{long_name}: Application Proof filed"]
    assert proof["DTSTART;VALUE=DATE"] == "20260331"
    assert unescape(proof["DESCRIPTION"]) == (
        "申請版本（第一次呈交）, with; marks\nhttps://www1.hkexnews.hk/app/sehk/2026/1/a.pdf"
    )
    assert proof["URL"] == "https://www1.hkexnews.hk/app/sehk/2026/1/a.pdf"
    lapse = by_summary[f"{long_name}: Application Proof lapses"]
    assert lapse["DTSTART;VALUE=DATE"] == "20260930"  # six months after 31 March
    for event in events:
        assert event["DTSTAMP"] == "20260401T080000Z"
    uids = [e["UID"] for e in events]
    assert len(set(uids)) == 3 and all(u.endswith("@ipo-pipeline-watch") for u in uids)
    # Stable: the same data gives the same calendar.
    assert export_calendar(empty_ctx.db, now=datetime(2026, 4, 1, 8, 0, tzinfo=UTC)) == text


def test_calendar_has_hearings_and_real_lapses(empty_ctx: AppContext) -> None:
    heard = add_company(empty_ctx.db, CompanyDraft(name="Heard Co"))
    lapsed = add_company(empty_ctx.db, CompanyDraft(name="Lapsed Co"))

    def event(company_id, kind, day, fp, ref="1"):
        return {
            "company_id": company_id,
            "kind": kind,
            "source": "hkex_app",
            "published": day,
            "title": kind,
            "ref": ref,
            "fingerprint": fp,
            "subject": "x",
            "names": [],
            "raw": {},
        }

    with empty_ctx.db.write() as session:
        session.execute(
            insert(Event),
            [
                event(heard.id, "application_proof", date(2026, 1, 5), "h1"),
                event(heard.id, "phip", date(2026, 5, 20), "h2"),
                event(lapsed.id, "application_proof", date(2025, 10, 21), "l1", "9"),
                # HKEX's inactive record, dated (wrongly) on the filing day.
                event(lapsed.id, "application_lapsed", date(2025, 10, 21), "l2", "9"),
            ],
        )
    refresh_stages(empty_ctx.db, [heard.id, lapsed.id], today=date(2026, 6, 1))  # type: ignore[list-item]
    text = export_calendar(empty_ctx.db, now=datetime(2026, 6, 1, tzinfo=UTC))
    events = [block for block in text.split("BEGIN:VEVENT")[1:]]
    summaries = {
        re.search(r"SUMMARY:(.*)\r\n", b).group(1): re.search(r"DTSTART;VALUE=DATE:(\d+)", b).group(
            1
        )  # type: ignore[union-attr]
        for b in events
    }
    assert summaries["Heard Co: listing hearing passed (PHIP posted)"] == "20260520"
    assert (
        summaries["Lapsed Co: Application Proof lapsed"] == "20260421"
    )  # the lapse, not the filing
    assert not any("lapses" in s for s in summaries)  # neither is live any more
