"""What every part of the running app shares: where the data is, and the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.schema import DB_FILENAME

if TYPE_CHECKING:
    from desktop.store.db import Database


@dataclass
class AppContext:
    data_dir: Path
    options: dict[str, object] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.ini"

    @cached_property
    def db(self) -> Database:
        """The SQLAlchemy side of the store, imported on first use (after the first paint)."""
        from desktop.store.db import Database

        return Database(self.db_path)
