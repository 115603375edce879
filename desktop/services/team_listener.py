"""Hearing what other desktops stored on a team database, at once.

``TeamListener`` keeps one connection that ``LISTEN``s on the store's channel; a
``QSocketNotifier`` on its socket wakes the GUI thread only when the server has sent
something (no polling loop).  Each notification is decoded and emitted as ``changed``
(a ``TeamChange``); a poll's change is turned into a ``SourceOutcome`` in the background
(``outcome_of``), so the app reloads and alerts exactly as after its own poll.

A write made on this desktop (``app_changes().written``: an operation, an import) is
told to the others as a ``change`` notification (``tell_others``); they announce it as
their own change signal, so their views reload (alert read state is each person's own
and is not sent).

A dropped connection is said once (``connection_lost``, in plain words) and tried again
every ``RETRY_MS``; once listening again, every view reloads (``reconnected``), so what
was stored meanwhile shows.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from desktop.services.changes import Change, app_changes
from desktop.store.db import NOTIFY_CHANNEL, NOTIFY_LIMIT, Database

log = logging.getLogger(__name__)

RETRY_MS = 30_000


@dataclass(frozen=True)
class TeamChange:
    what: str  # "poll", or "change" (a write made on another desktop)
    source: str | None = None
    event_ids: tuple[int, ...] = ()
    company_ids: tuple[int, ...] = ()
    origin: str = ""  # the desktop that made it (``Database.desktop_id``)
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def decode(cls, payload: str) -> TeamChange | None:
        try:
            data = json.loads(payload)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("what"), str):
            return None

        def ints(key: str) -> tuple[int, ...]:
            value = data.get(key) or []
            return tuple(int(v) for v in value if isinstance(v, int))

        return cls(
            what=data["what"],
            source=data.get("source") if isinstance(data.get("source"), str) else None,
            event_ids=ints("events"),
            company_ids=ints("companies"),
            origin=str(data.get("origin") or ""),
            raw=data,
        )


# What each person keeps for themselves on a team database: never sent to the others.
PERSONAL_SETTINGS = frozenset({"alert_rules"})


def change_payload(change: Change, origin: str) -> dict[str, Any] | None:
    """The notification that tells the other desktops of a write made here, or None
    when nothing in it is shared (alert read state is each person's own)."""
    if change.everything:
        return {"what": "change", "origin": origin, "everything": True}
    payload: dict[str, Any] = {
        "what": "change",
        "origin": origin,
        "companies": sorted(change.companies),
        "events": sorted(change.events),
        "funding": sorted(change.funding),
        "sources": sorted(change.sources),
        "settings": sorted(change.settings - PERSONAL_SETTINGS),
        "pipeline": change.pipeline,
        "market": change.market,
    }
    if not any(value for key, value in payload.items() if key not in ("what", "origin")):
        return None
    if len(json.dumps(payload, separators=(",", ":")).encode()) > NOTIFY_LIMIT:
        return {"what": "change", "origin": origin, "everything": True}  # too long: reload all
    return payload


def change_of(raw: dict[str, Any]) -> Change:
    """The ``Change`` another desktop's ``change`` notification stands for."""
    if raw.get("everything") is True:
        return Change.all()

    def ids(key: str) -> frozenset[int]:
        values = raw.get(key)
        return (
            frozenset(v for v in values if isinstance(v, int))
            if isinstance(values, list)
            else frozenset()
        )

    def names(key: str) -> frozenset[str]:
        values = raw.get(key)
        return (
            frozenset(v for v in values if isinstance(v, str))
            if isinstance(values, list)
            else frozenset()
        )

    return Change(
        companies=ids("companies"),
        events=ids("events"),
        funding=ids("funding"),
        sources=names("sources"),
        settings=names("settings"),
        pipeline=raw.get("pipeline") is True,
        market=raw.get("market") is True,
    )


def send_change(db: Database, payload: dict[str, Any]) -> None:
    """(worker thread) NOTIFY the other desktops; the write itself is committed."""
    with db.write() as session:
        db.notify_changed(session, payload)


class TeamListener(QObject):
    changed = Signal(object)  # TeamChange from another desktop
    connection_lost = Signal(str)  # why, in plain words
    connected = Signal()
    reconnected = Signal()  # listening again after a loss

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if db.url is None:
            raise ValueError("only a team database sends notifications")
        self.db = db
        self._con: Any = None
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.start)
        self._lost = False
        self._connecting = False

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        """Connect and LISTEN on a worker thread (the GUI thread never waits on the
        network); the socket notifier is attached on the GUI thread once connected.  A
        failure only schedules another try."""
        from desktop.services.tasks import run_task

        self.stop()
        self._connecting = True
        run_task(_open_listening, self.db.url or "", on_done=self._attach, on_error=self._failed)

    def _attach(self, con: Any) -> None:
        self._connecting = False
        self._con = con
        self._notifier = QSocketNotifier(con.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        was_lost, self._lost = self._lost, False
        self.connected.emit()
        if was_lost:
            self.reconnected.emit()
        self._readable()  # anything that arrived between LISTEN and now

    def tell_others(self, change: Change) -> None:
        """A write made on this desktop: tell the other desktops, in the background."""
        from desktop.services.tasks import run_task

        payload = change_payload(change, self.db.desktop_id)
        if payload is not None:
            run_task(send_change, self.db, payload, on_error=_log_unsent)

    def _failed(self, exc: BaseException) -> None:
        self._connecting = False
        from desktop.store.location import plain_problem

        self._drop(plain_problem(self.db.url or "", exc))

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._con is not None:
            with contextlib.suppress(Exception):
                self._con.close()
            self._con = None

    def _readable(self, *_args: Any) -> None:
        pgconn = self._con.pgconn if self._con is not None else None
        if pgconn is None:
            return
        try:
            pgconn.consume_input()
        except Exception as exc:
            log.warning("the listening connection failed: %s", " ".join(str(exc).split()))
            self._drop(lost_words(self.db.url or ""))
            return
        while (note := pgconn.notifies()) is not None:
            payload = bytes(note.extra).decode("utf-8", "replace")
            change = TeamChange.decode(payload)
            if change is None:
                log.warning("a notification this version does not understand: %.200s", payload)
                continue
            if change.origin and change.origin == self.db.desktop_id:
                continue  # this desktop's own poll: already handled as it finished
            self.changed.emit(change)

    def _drop(self, reason: str) -> None:
        self.stop()
        if not self._lost:
            log.warning("%s", reason)
            self.connection_lost.emit(reason)
        self._lost = True
        self._retry.start()


def lost_words(url: str) -> str:
    from desktop.store.location import account

    return QCoreApplication.translate(
        "TeamDatabase",
        "Lost the team database {account} (its server stopped, or the network is "
        "down); the app tries again every {seconds} seconds.",
    ).format(account=account(url), seconds=RETRY_MS // 1000)


def _open_listening(url: str) -> Any:
    from desktop.store.location import connect

    con = connect(url, autocommit=True)
    con.execute(f"LISTEN {NOTIFY_CHANNEL}")
    return con


def outcome_of(db: Database, change: TeamChange) -> Any:
    """The ``SourceOutcome`` another desktop's poll would have had here: its new events
    as this desktop reads them (names and stages), for the views and the alerts."""
    from sqlalchemy import select

    from desktop.services.polling import NewEvent, SourceOutcome
    from desktop.store.tables import Company, Event

    events: list[NewEvent] = []
    first, last = change.raw.get("first_event"), change.raw.get("last_event")
    if change.event_ids:
        chosen: Any = Event.id.in_(change.event_ids)  # type: ignore[union-attr]
    elif isinstance(first, int) and isinstance(last, int):  # a long list left out
        chosen = Event.id.between(first, last) & (Event.source == change.source)  # type: ignore[union-attr]
    else:
        chosen = None
    if chosen is not None:
        with db.session() as session:
            rows = session.execute(
                select(Event, Company.name, Company.stage)  # type: ignore[call-overload]
                .outerjoin(Company, Company.id == Event.company_id)  # type: ignore[arg-type]
                .where(chosen)
                .order_by(Event.id)  # type: ignore[arg-type]
            ).all()
        events = [
            NewEvent(
                id=int(event.id),
                company_id=event.company_id,
                company=name,
                kind=event.kind,
                stage=stage,
                published=event.published,
                title=event.title,
                url=event.url,
                source=event.source,
                subject=event.subject,
            )
            for event, name, stage in rows
        ]
    previous = change.raw.get("previous_success")
    try:
        since = datetime.fromisoformat(previous) if isinstance(previous, str) else None
    except ValueError:
        since = None
    return SourceOutcome(
        source_id=change.source or "", ok=True, new_events=events, previous_success=since
    )


def listen_to_team(db: Database, window: Any, poller: Any, alerts: Any) -> TeamListener:
    """Start listening; another desktop's poll reaches the window and the alerts as an
    outcome of this desktop's poller would (``poller.source_finished``), or straight to
    the alerts and the window when this desktop does not poll."""
    from desktop.services.tasks import run_task

    listener = TeamListener(db, parent=window)

    def deliver(outcome: Any) -> None:
        if poller is not None:
            poller.source_finished.emit(outcome)
            return
        alerts.on_source_finished(outcome)
        if hasattr(window, "refresh"):
            window.refresh()

    def heard(change: TeamChange) -> None:
        if change.what == "poll":
            run_task(outcome_of, db, change, on_done=deliver, on_error=_log_failure)
        elif change.what == "change":
            told = change_of(change.raw)
            app_changes().announce(told)
            if poller is not None and (told.sources or told.everything):
                poller.follow_source_table()  # a source turned off or its interval changed

    def say(text: str, ms: int) -> None:
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, ms)

    def back() -> None:
        app_changes().announce(Change.all())  # what others stored meanwhile
        say(
            QCoreApplication.translate("TeamDatabase", "Connected to the team database again."),
            8000,
        )

    listener.changed.connect(heard)
    listener.connection_lost.connect(lambda reason: say(reason, 30_000))
    listener.reconnected.connect(back)
    app_changes().written.connect(listener.tell_others)  # ends with the listener
    listener.start()
    return listener


def _log_failure(exc: BaseException) -> None:
    log.warning("could not read what another desktop stored: %s", exc)


def _log_unsent(exc: BaseException) -> None:
    # The write is stored: the others see it at their next reload.
    log.warning("could not tell the other desktops of a change: %s", exc)
