"""The status bar's polling part: which source is being polled, a busy bar, and a line
on each poll's outcome in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

if TYPE_CHECKING:
    from desktop.services.poller import Poller
    from desktop.services.polling import SourceOutcome


class PollStatus:
    def __init__(self, status_bar: QStatusBar) -> None:
        self.status_bar = status_bar
        self.poller: Poller | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.hide()
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)

    def attach(self, poller: Poller) -> None:
        self.poller = poller
        poller.source_started.connect(self._started)
        poller.busy_changed.connect(self._busy_changed)
        poller.source_finished.connect(self._finished)
        poller.start_failed.connect(lambda message: self.status_bar.showMessage(message))

    def _started(self, source_id: str) -> None:
        from desktop.domain.source_errors import source_title  # not needed before a poll

        self.label.setText(
            QCoreApplication.translate("PollStatus", "Polling {source}…").format(
                source=source_title(source_id)
            )
        )

    def _busy_changed(self, running: frozenset[str]) -> None:
        # Signals from several workers can arrive out of order: ask for the truth.
        if self.poller is not None:
            running = self.poller.running()
        self.bar.setVisible(bool(running))
        if not running:
            self.label.setText("")

    def _finished(self, outcome: SourceOutcome) -> None:
        from desktop.domain.source_errors import source_title

        title = source_title(outcome.source_id)
        watched = [e for e in outcome.new_events if e.company_id is not None]
        if not outcome.ok:
            from desktop.domain.source_errors import explain

            said = explain(outcome.source_id, outcome.error or "")  # detail: tool tip, log
            self.status_bar.showMessage(
                QCoreApplication.translate("PollStatus", "{source}: {problem} {next}").format(
                    source=title, problem=said.short, next=said.next_step
                ),
                15000,
            )
            self.status_bar.setToolTip(said.tooltip)
        elif watched:
            count = len(watched)
            text = QCoreApplication.translate(
                "PollStatus", "{source}: %n new filing(s) for the watchlist", None, count
            )
            text = text.replace("(s)", "" if count == 1 else "s").format(source=title)
            self.status_bar.showMessage(text, 10000)
