"""Writing one poll: new events, codes learned and the source's state, in one transaction.

A crash anywhere before the commit leaves the database as it was (events *and* the
HTTP validators), so the next poll fetches the same documents again and stores each
event exactly once (the fingerprint is unique).
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.identity import HK_CODE
from desktop.domain.kinds import EventKind
from desktop.sources.base import SourceItem
from desktop.store.db import Database
from desktop.store.identity import learn_from_stored, was_removed
from desktop.store.tables import Company, Event, SourceState, utcnow

_CHUNK = 500
# The columns a poll writes, in the order of the INSERT's parameters (``seen_at`` last:
# the same for every row of one poll).
_INSERT_COLUMNS = (
    "company_id",
    "kind",
    "source",
    "published",
    "title",
    "url",
    "fingerprint",
    "ref",
    "subject",
    "subject_key",
    "names",
    "match_reason",
    "raw",
    "seen_at",
)
# Where published, names and raw are: the only columns converted on SQLite.
_CONVERTED = (3, 10, 12)
assert tuple(_INSERT_COLUMNS[i] for i in _CONVERTED) == ("published", "names", "raw")


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    item: SourceItem
    company_id: int | None
    match_reason: str | None
    subject_key: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    company_id: int | None
    item: SourceItem


def _driver_connection(session: Any) -> Any:
    """The sqlite3 connection under the session's connection: what runs on it is part of
    the session's transaction (committed or rolled back with it)."""
    return session.connection().connection.driver_connection


def _mark(session: Any) -> str:
    """The driver's parameter mark: ``?`` for sqlite3, ``%s`` for psycopg."""
    return "?" if session.connection().dialect.paramstyle == "qmark" else "%s"


def _fingerprint_rows(session: Any, columns: str, fingerprints: Sequence[str]) -> Iterator[Any]:
    cursor = _driver_connection(session).cursor()
    mark = _mark(session)
    try:
        for start in range(0, len(fingerprints), _CHUNK):
            chunk = list(fingerprints[start : start + _CHUNK])
            marks = ",".join([mark] * len(chunk))
            yield from cursor.execute(
                f"SELECT {columns} FROM event WHERE fingerprint IN ({marks})", chunk
            )
    finally:
        cursor.close()


def existing_fingerprints(session: Any, fingerprints: Sequence[str]) -> set[str]:
    return {row[0] for row in _fingerprint_rows(session, "fingerprint", fingerprints)}


def _json_text(dialect: Any) -> Any:
    """What the JSON columns' bind processor returns on SQLite (``json.dumps`` with its
    default settings), from one C encoder for every value: ``json.dumps`` builds an
    encoder per call, which for a poll's thousands of small ``names`` lists costs more
    than encoding them.  None where the driver binds JSON another way (psycopg's ``Json``)
    or the engine has a serializer of its own."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None or dialect.name != "sqlite" or dialect._json_serializer is not None:
        return None
    default = json.JSONEncoder().default
    # Arguments as json.dumps passes them: no markers (a value from a payload has no
    # cycles), ": " and ", ", no sorting, no skipped keys, NaN allowed.
    encode = make(
        None, default, json.encoder.encode_basestring_ascii, None, ": ", ", ", False, False, True
    )

    def dumps(value: Any) -> str:
        return "".join(encode(value, 0))

    return dumps


def _memo(convert: Any) -> Any:
    """``convert`` remembered per value: a poll's dates are a few hundred distinct days."""
    known: dict[Any, Any] = {}

    def cached(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            result = known[value] = convert(value)
            return result

    return cached


def _same(value: Any) -> Any:
    return value


def _event_rows(fresh: list[tuple[str, PreparedEvent]]) -> list[tuple[Any, ...]]:
    """Every column of ``_INSERT_COLUMNS`` but ``seen_at``, as stored (title, subject
    and names cut to their limits)."""
    return [
        (p.company_id, item.kind, item.source, item.published, item.title[:1000], item.url,
         fp, item.ref, item.subject[:300], p.subject_key, list(item.names)[:20],
         p.match_reason, item.raw)
        for fp, p in fresh
        for item in (p.item,)
    ]  # fmt: skip


def _insert_events(session: Any, fresh: list[tuple[str, PreparedEvent]], seen_at: datetime) -> None:
    """One ``executemany`` on the driver's connection, in the session's transaction.

    ``fresh`` holds each new event with its fingerprint; ``seen_at`` is the same for all
    of them.  Each value goes through its column's own bind processor (dates, JSON, the
    UTC timestamp), so rows are stored exactly as an ORM insert would store them, without
    the ORM's per-row bookkeeping.  On SQLite the rows' parameters are built in one pass,
    as ``_event_rows`` and the processors would give them.
    """
    connection = session.connection()
    dialect = connection.dialect
    table = Event.__table__  # type: ignore[attr-defined]

    def processor(name: str) -> Any:
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

    convert_seen = processor("seen_at")
    seen = convert_seen(seen_at) if convert_seen else seen_at
    converters = [processor(name) for name in _INSERT_COLUMNS[:-1]]
    dumps = _json_text(dialect)
    if dumps is not None and not any(
        convert for i, convert in enumerate(converters) if i not in _CONVERTED
    ):
        day = _memo(converters[3] or _same)
        params: list[Any] = [
            (p.company_id, item.kind, item.source, day(item.published), item.title[:1000],
             item.url, fp, item.ref, item.subject[:300], p.subject_key,
             dumps(list(item.names)[:20]), p.match_reason, dumps(item.raw), seen)
            for fp, p in fresh
            for item in (p.item,)
        ]  # fmt: skip
    else:
        processors = [(i, convert) for i, convert in enumerate(converters) if convert]
        params = []
        for row in _event_rows(fresh):
            values = list(row)
            for i, convert in processors:
                values[i] = convert(values[i])
            values.append(seen)
            params.append(values)
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, _INSERT_COLUMNS))})"
        f" VALUES ({', '.join([_mark(session)] * len(_INSERT_COLUMNS))})"
    )
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


def ensure_state(session: Any, source_id: str, interval_min: int) -> SourceState:
    state = session.get(SourceState, source_id)
    if state is None:
        state = SourceState(source_id=source_id, interval_min=interval_min)
        session.add(state)
        session.flush()
    return state


def store_poll(
    db: Database,
    source_id: str,
    events: Iterable[PreparedEvent],
    *,
    validators: dict[str, Any],
    memory: dict[str, Any] | None,
    items_seen: int,
    warning: str | None,
    interval_min: int,
    now: datetime | None = None,
) -> list[StoredEvent]:
    now = now or utcnow()
    prepared = list(events)
    fingerprints = [p.item.fingerprint for p in prepared]  # a hash each: computed once
    with db.write() as session:
        known = existing_fingerprints(session, fingerprints)
        fresh = [(fp, p) for fp, p in zip(fingerprints, prepared, strict=True) if fp not in known]
        stored: list[StoredEvent] = []
        if fresh:
            _insert_events(session, fresh, now)
            ids = _ids_of(session, [fp for fp, _ in fresh])
            stored = [StoredEvent(ids[fp], p.company_id, p.item) for fp, p in fresh]
            learn_from_stored(session, stored)  # official names and code, with sources
            _learn_codes(session, stored)
        state = ensure_state(session, source_id, interval_min)
        merged = dict(state.validators or {})
        merged.update(validators)
        state.validators = merged
        if memory is not None:
            state.memory = memory
        state.last_run = now
        state.last_success = now
        state.last_error = warning
        state.last_error_at = now if warning else None
        state.items_seen = items_seen
        state.new_events = len(stored)
        session.add(state)
    return stored


def record_failure(db: Database, source_id: str, message: str, interval_min: int) -> None:
    """The source failed as a whole: say why, keep everything it stored before."""
    now = utcnow()
    with db.write() as session:
        state = ensure_state(session, source_id, interval_min)
        state.last_run = now
        state.last_error = message[:2000]
        state.last_error_at = now
        state.new_events = 0
        session.add(state)


def _ids_of(session: Any, fingerprints: Sequence[str]) -> dict[str, int]:
    """The ids of the rows just inserted, by fingerprint.

    SQLite gives each row of one ``executemany`` the next rowid (the largest one plus
    one; no other writer can insert inside our write transaction), so the new rows are
    the last ``len(fingerprints)`` ids in their order: checked on the first and the last
    row, else (or on other databases) looked up by fingerprint."""
    if fingerprints and session.connection().dialect.name == "sqlite":
        cursor = _driver_connection(session).cursor()
        try:
            (last,) = cursor.execute("SELECT max(id) FROM event").fetchone()
            first = last - len(fingerprints) + 1
            ends = dict(
                cursor.execute(
                    "SELECT id, fingerprint FROM event WHERE id IN (?, ?)", (first, last)
                )
            )
        finally:
            cursor.close()
        if ends.get(first) == fingerprints[0] and ends.get(last) == fingerprints[-1]:
            return {fp: first + i for i, fp in enumerate(fingerprints)}
    return dict(_fingerprint_rows(session, "fingerprint, id", fingerprints))


def _learn_codes(session: Any, stored: Sequence[StoredEvent]) -> None:
    """A listing tells us the HK stock code; keep it on the company if it has none."""
    for event in stored:
        if event.company_id is None or event.item.kind != EventKind.LISTED:
            continue
        code = event.item.code("hk")
        if not code:
            continue
        company = session.get(Company, event.company_id)
        if company is not None and not company.hk_code:
            if was_removed(session, event.company_id, HK_CODE, code.zfill(5)):
                continue  # the user removed this code: never learned again
            company.hk_code = code.zfill(5)
            session.add(company)


def today_or(value: date | None) -> date:
    return value or date.today()
