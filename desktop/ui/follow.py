"""A view follows the app-wide change signal.

    self._follow = follow_changes(self, lambda change: change.watchlist, self.refresh)

When a change concerns the view it reloads (in the background: ``reload`` only starts a
read).  A view that is not on screen only notes it and reloads when it is next shown, so
a hidden tab costs nothing and is never stale.  Changes that arrive together cause one
reload, and a view reloads at most once every ``COALESCE_MS``: a burst (nine sources
starting and finishing within seconds) reloads it a few times, not once per change; the
first change after a quiet spell reloads at once, the last one is never lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.services.changes import Change, app_changes

COALESCE_MS = 300


class Follower(QObject):
    def __init__(
        self,
        view: QWidget,
        concerns: Callable[[Change], bool],
        reload: Callable[[], None],
        *,
        even_hidden: bool = False,
    ) -> None:
        super().__init__(view)
        self._even_hidden = even_hidden
        self._view = view
        self._concerns = concerns
        self._reload = reload
        self._stale = False
        self._scheduled = False
        self._last_run = -1e9  # time.monotonic() of the last reload: long ago
        app_changes().changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if not self._concerns(change):
            return
        shown = self._view.isVisible() or (self._even_hidden and self._view.window().isVisible())
        if shown:
            self._schedule()
        elif not self._stale:
            self._stale = True
            self._view.installEventFilter(self)  # only while stale: no cost otherwise

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            since_ms = (time.monotonic() - self._last_run) * 1000
            QTimer.singleShot(max(0, int(COALESCE_MS - since_ms)), self, self._run)

    def _run(self) -> None:
        self._scheduled = False
        self._last_run = time.monotonic()
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._view.removeEventFilter(self)
            self._schedule()
        return False


def follow_changes(
    view: QWidget,
    concerns: Callable[[Change], bool],
    reload: Callable[[], None],
    *,
    even_hidden: bool = False,
) -> Follower:
    """Reload ``view`` whenever a change ``concerns`` it (see the module's docstring);
    ``even_hidden``: at once while its window is on screen, even when the view is not
    (what other parts of the window show depends on it, such as the status bar's
    count)."""
    return Follower(view, concerns, reload, even_hidden=even_hidden)
