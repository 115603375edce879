"""The watchlist as the table shows it (see ``item_table``: painted, sorted and
filtered by Qt alone)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.kinds import Stage
from desktop.domain.text_fold import fold
from desktop.services.language import display_name, format_date
from desktop.store.fastread import WatchlistRow
from desktop.ui.item_table import ALIGN_RIGHT, Cell, ItemTable, Prepared

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Chinese name"),
    QT_TRANSLATE_NOOP("Columns", "Stage"),
    QT_TRANSLATE_NOOP("Columns", "Last event"),
    QT_TRANSLATE_NOOP("Columns", "Days"),
    QT_TRANSLATE_NOOP("Columns", "Next expected step"),
)
COL_NAME, COL_ZH, COL_STAGE, COL_LAST, COL_DAYS, COL_NEXT = range(len(COLUMNS))


class WatchlistModel(ItemTable[WatchlistRow]):
    """The companies the filter lets through, in the order the user sorted them by.
    Keys are company ids."""

    columns = COLUMNS
    header_tips = {
        COL_ZH: QT_TRANSLATE_NOOP("Columns", "The company's name in Chinese"),
        COL_STAGE: QT_TRANSLATE_NOOP(
            "Columns",
            "Where the company stands on the way to a Hong Kong listing: reported, "
            "CSRC filing, application filed, hearing passed, offering, listed",
        ),
        COL_LAST: QT_TRANSLATE_NOOP("Columns", "The newest event seen for the company"),
        COL_DAYS: QT_TRANSLATE_NOOP("Columns", "Days in the current stage"),
        COL_NEXT: QT_TRANSLATE_NOOP("Columns", "What usually comes next, and when"),
    }
    alignments = {COL_DAYS: ALIGN_RIGHT}

    def __init__(self, rows: Sequence[WatchlistRow] = (), parent: Any = None) -> None:
        self._today = date.today()
        self._stages: dict[str, tuple[str, int, str]] = {}
        self._also = ""
        super().__init__(rows, parent)

    def prepare(
        self, rows: Sequence[WatchlistRow], *, partial: bool = False, build: bool = False
    ) -> Prepared[WatchlistRow]:
        """As ``ItemTable.prepare``, counting "Days" up to today."""
        self._today = date.today()
        # What is the same on every row, looked up once per read (in the interface language).
        self._stages = {stage.value: (stage.label, stage.rank, stage.hint) for stage in Stage}
        self._also = QCoreApplication.translate("WatchlistModel", "Also known as: {aliases}")
        return super().prepare(rows, partial=partial, build=build)

    def key(self, row: WatchlistRow) -> Hashable:
        return row.id

    def search_text(self, row: WatchlistRow) -> str:
        return row.search_text()

    def cells(self, row: WatchlistRow) -> tuple[Cell, ...]:
        stage_label, stage_rank, stage_tip = self._stages.get(row.stage, (row.stage, -1, ""))
        when, title = row.last_event_date, row.last_event_title
        if not title:
            last = ""
        elif when is None:
            last = title
        else:
            last = f"{when.isoformat()} · {title}"
        days = (self._today - row.stage_since).days if row.stage_since else None
        since = ""
        if row.stage_since is not None and days is not None:
            since = QCoreApplication.translate(
                "WatchlistModel", "%n day(s) in this stage, since {date}", None, days
            ).replace("(s)", "" if days == 1 else "s")
            since = since.format(date=format_date(row.stage_since))
        aliases = self._also.format(aliases=", ".join(row.aliases)) if row.aliases else ""
        name, review = row.name, row.rounds_to_review
        if review:  # suggested funding rounds waiting on the Funding tab: shown first
            name = f"● {review}  {row.name}"
            note = QCoreApplication.translate(
                "WatchlistModel",
                "%n suggested funding round(s) to accept or reject on the Funding tab",
                None,
                review,
            ).replace("(s)", "" if review == 1 else "s")
            aliases = f"{aliases}\n{note}" if aliases else note
        return (
            (name, fold(row.name), aliases),
            (display_name(row.name_zh), fold(row.name_zh), row.name_zh),
            (stage_label, stage_rank, stage_tip),
            (last, when.toordinal() if when else 0, title),
            ("" if days is None else str(days), -1 if days is None else days, since),
            (row.next_step, row.next_date.toordinal() if row.next_date else 10**7, row.next_step),
        )

    def all_rows(self) -> list[WatchlistRow]:
        """Every company, shown or filtered out, by name."""
        return sorted(self.rows(), key=lambda item: (item.name.casefold(), item.id))
