"""What every part of the running app shares: where the data is, and the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import environment
from desktop.store.location import ServerLocation, resolve
from desktop.store.schema import DB_FILENAME

if TYPE_CHECKING:
    from desktop.store.db import Database

# ``database`` left as this: ``--database``'s environment variable, else the choice saved
# in the data folder, else the SQLite file.
FROM_ENVIRONMENT = "from-environment"


@dataclass
class AppContext:
    data_dir: Path
    options: dict[str, object] = field(default_factory=dict)
    # A team database's ``postgresql://`` URL, None or "sqlite" for the SQLite file.
    database: str | None = FROM_ENVIRONMENT

    def __post_init__(self) -> None:
        explicit = None if self.database == FROM_ENVIRONMENT else (self.database or "sqlite")
        self.database_url: str | None = resolve(explicit, self.data_dir)

    def use_database(self, url: str | None) -> None:
        """From now on (this run, and the poll processes it starts) use ``url``, or the
        SQLite file for None; the database opened before is closed."""

        old = self.__dict__.pop("db", None)
        if old is not None:
            old.dispose()
        self.database_url = url
        environment.set_database_url(url or "sqlite")

    @property
    def db_path(self) -> Path:
        """The SQLite file; on a team database a ``ServerLocation`` (see store.location)."""
        if self.database_url is not None:
            return ServerLocation.of(self.data_dir, self.database_url)
        return self.data_dir / DB_FILENAME

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.ini"

    @cached_property
    def db(self) -> Database:
        """The SQLAlchemy side of the store, imported on first use (after the first paint)."""
        from desktop.store.db import Database

        return Database(self.db_path, url=self.database_url)
