"""Moving onto a team database: check the connection, and copy this desktop's data into
an empty team database in one transaction, verified by counts.

Every row keeps its id (events, alerts and funding rounds point at companies by id);
the server's id sequences are moved past the copied ids.  Nothing is committed unless
every table holds as many rows on the server as in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, text

from desktop.domain.i18n import translate
from desktop.store.db import Database, record_writer

# Parents before children (foreign keys).
TABLES = ("company", "event", "funding_round", "source_state", "alert", "alert_state", "setting")
_CHUNK = 1000


class CopyError(RuntimeError):
    """The copy could not be made; nothing was written to the team database."""


@dataclass(frozen=True)
class ServerCheck:
    revision: str | None  # None: an empty database (the app sets it up)
    companies: int
    events: int

    @property
    def empty(self) -> bool:
        return self.companies == 0 and self.events == 0

    def summary(self) -> str:
        if self.revision is None:
            return translate(
                "TeamDatabase", "Connected. The database is empty: the app will set it up."
            )
        return translate(
            "TeamDatabase",
            "Connected. It holds {companies} companies and {events} events (schema {revision}).",
        ).format(companies=self.companies, events=self.events, revision=self.revision)


def check_server(db: Database) -> ServerCheck:
    """Connect and look (raises the driver's error when the server cannot be used)."""
    with db.engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return ServerCheck(None, 0, 0)
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        companies = connection.execute(text("SELECT count(*) FROM company")).scalar_one()
        events = connection.execute(text("SELECT count(*) FROM event")).scalar_one()
    return ServerCheck(revision, int(companies), int(events))


def copy_into(source: Database, target: Database) -> dict[str, int]:
    """Copy every row of ``source`` into the empty team database ``target`` (migrated
    first).  Returns the rows per table; raises CopyError and writes nothing when the
    target is not empty or a count differs."""
    from sqlmodel import SQLModel

    import desktop.store.tables  # noqa: F401  (the tables' metadata)

    if not target.is_server:
        raise CopyError(
            translate("TeamDatabase", "The copy goes into a team database on a PostgreSQL server.")
        )
    target.migrate()
    tables = [SQLModel.metadata.tables[name] for name in TABLES]
    counts: dict[str, int] = {}
    with source.engine.connect() as reading, target.engine.begin() as writing:
        for table in (tables[0], tables[1]):
            if writing.execute(select(func.count()).select_from(table)).scalar_one():
                raise CopyError(
                    translate(
                        "TeamDatabase",
                        "The team database already holds a watchlist: only an empty one can "
                        "take this desktop's data. Nothing was copied.",
                    )
                )
        # The seed flag and other settings of an empty, just set-up database give way.
        writing.execute(tables[-1].delete())
        for table in tables:
            rows = [dict(row._mapping) for row in reading.execute(select(table))]
            for start in range(0, len(rows), _CHUNK):
                writing.execute(insert(table), rows[start : start + _CHUNK])
            counts[table.name] = len(rows)
        for table in tables:
            found = writing.execute(select(func.count()).select_from(table)).scalar_one()
            if found != counts[table.name]:
                raise CopyError(
                    translate(
                        "TeamDatabase",
                        "The copy of {table} holds {found} rows instead of {expected}: "
                        "nothing was copied.",
                    ).format(table=table.name, found=found, expected=counts[table.name])
                )
            _move_sequence(writing, table)
        record_writer(writing)  # which version set the team database up
    return counts


def _move_sequence(connection: Any, table: Any) -> None:
    if "id" not in table.c:
        return
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
            f" COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )
    )
