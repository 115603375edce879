"""One poll of one source, from the network to stored events.  No Qt: the scheduler
runs it in a worker thread, and ``ipo-watch poll --once`` runs it directly.

fetch → merge the same filing seen in several files → match to watched companies →
store new events, validators and memory in one transaction → recompute stages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.domain.matching import Candidate, Match, Matcher
from desktop.domain.names import cjk_count, core
from desktop.domain.text_match import TextMatcher
from desktop.services import collector
from desktop.sources import registry
from desktop.sources.base import ParseError, PollContext, SourceItem, WatchedCompany
from desktop.store.db import Database
from desktop.store.funding_proposals import offer_documents, propose_rounds
from desktop.store.ingest import PreparedEvent, StoredEvent, record_failure, store_poll

log = logging.getLogger(__name__)

# Items of these kinds are only worth keeping for companies on the watchlist; every
# other kind is part of the Hong Kong pipeline and kept for every applicant.
WATCHED_ONLY = {EventKind.NEWS.value, EventKind.PRICE.value, EventKind.A_SHARE_ANNOUNCEMENT.value}


@dataclass(frozen=True, slots=True)
class NewEvent:
    id: int
    company_id: int | None
    company: str | None  # watchlist name
    kind: str
    stage: str | None  # the company's stage after this poll
    published: date | None
    title: str
    url: str | None
    source: str
    subject: str


@dataclass
class SourceOutcome:
    source_id: str
    ok: bool
    error: str | None = None  # whole-source failure, or per-document problems
    items_seen: int = 0
    documents: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    new_events: list[NewEvent] = field(default_factory=list)
    # When this source last succeeded before this poll (None: its first run).  Alerts
    # use it to record a first run, or a newly added company's history, silently.
    previous_success: datetime | None = None
    # On a team database another desktop was polling this source: skipped this round.
    polled_elsewhere: bool = False


def watched_companies(db: Database) -> list[WatchedCompany]:
    from desktop.store.poll_reads import watched_company_rows

    return [
        WatchedCompany(
            id=cid,
            name=name,
            names=tuple(n for n in (name, name_zh, *(aliases or ())) if n),
            hk_code=hk_code,
            a_code=a_code,
            a_exchange=a_exchange,
        )
        for cid, name, name_zh, aliases, hk_code, a_code, a_exchange in watched_company_rows(db)
    ]


def _polled_this_round(db: Database, source_id: str) -> bool:
    from desktop.store.poll_reads import polled_this_round

    return polled_this_round(db, source_id)


def last_success(db: Database, source_id: str) -> datetime | None:
    from desktop.store.poll_reads import last_success as read

    return read(db, source_id)


def subject_key(names: Iterable[str]) -> str:
    """Groups one applicant's events across sources: the Chinese name if there is one."""
    names = [n for n in names if n]
    chinese = [n for n in names if cjk_count(n) >= 2]
    chosen = (chinese or names or [""])[0]
    return core(chosen) if chosen else ""


def merge_items(items: Iterable[SourceItem]) -> list[SourceItem]:
    """The same filing in several files (English and Chinese) becomes one item with
    every name."""
    # Keyed by (source, key), which the fingerprint is a hash of: no hash to compute.
    merged: dict[tuple[str, str], SourceItem] = {}
    for item in items:
        fp = (item.source, item.key)
        seen = merged.get(fp)
        if seen is None:
            merged[fp] = item
            continue
        names = tuple(dict.fromkeys((*seen.names, *item.names)))
        codes = tuple(dict.fromkeys((*seen.codes, *item.codes))) if seen.codes or item.codes else ()
        raw = dict(seen.raw)
        if not item.raw.keys() <= raw.keys():  # the other language's file: the same keys
            for key, value in item.raw.items():
                raw.setdefault(key, value)
        if item.raw.get("language") and seen.raw.get("language") != item.raw.get("language"):
            raw[f"title_{item.raw['language']}"] = item.title
        merged[fp] = SourceItem(
            source=seen.source,
            kind=seen.kind,
            key=seen.key,
            names=names,
            published=seen.published or item.published,
            title=seen.title or item.title,
            url=seen.url or item.url,
            codes=codes,
            ref=seen.ref or item.ref,
            raw=raw,
        )
    return list(merged.values())


class CompanyMatcher:
    def __init__(self, companies: list[WatchedCompany]) -> None:
        self.names = {c.id: c.name for c in companies}
        self._by_name = Matcher(
            Candidate(
                company_id=c.id,
                names=c.names,
                codes=tuple(
                    (scheme, code) for scheme, code in (("hk", c.hk_code), ("a", c.a_code)) if code
                ),
            )
            for c in companies
        )
        self._text: TextMatcher | None = None
        self._companies = companies
        # One applicant's items (proof, PHIP, updates) carry the same names and codes:
        # each distinct combination is matched, and its subject key derived, once.
        self._matched: dict[tuple[Any, ...], Match | None] = {}
        self._subjects: dict[tuple[str, ...], str] = {}

    def _text_matcher(self) -> TextMatcher:
        if self._text is None:
            self._text = TextMatcher((c.id, c.names) for c in self._companies)
        return self._text

    def prepare(self, item: SourceItem) -> PreparedEvent | None:
        if item.kind == EventKind.NEWS:
            text = f"{item.title}\n{item.raw.get('text', '')}"
            prefer = item.raw.get("query_company_id")
            found = self._text_matcher().match(text, prefer if isinstance(prefer, int) else None)
        else:
            found = self._match_names(item)
        if found is None and item.kind in WATCHED_ONLY:
            return None
        return PreparedEvent(
            item=item,
            company_id=found.company_id if found else None,
            match_reason=found.reason if found else None,
            subject_key=self._subject_key(item.names),
        )

    def _match_names(self, item: SourceItem) -> Match | None:
        evidence = (item.names, item.codes)
        try:
            return self._matched[evidence]
        except KeyError:
            found = self._matched[evidence] = self._by_name.match(item.names, item.codes)
            return found
        except TypeError:  # not tuples: nothing to remember it by
            return self._by_name.match(item.names, item.codes)

    def _subject_key(self, names: tuple[str, ...]) -> str:
        try:
            return self._subjects[names]
        except KeyError:
            key = self._subjects[names] = subject_key(names)
            return key
        except TypeError:
            return subject_key(names)


def poll_source(
    db: Database,
    source_id: str,
    *,
    today: date | None = None,
    client_factory: Callable[..., Any] | None = None,
    scheduled: bool = False,
) -> SourceOutcome:
    """Poll one source and store what is new.  Never raises for a source's failure: the
    outcome says what went wrong, and the source state records it.

    On a team database a ``scheduled`` run (not one a person asked for) is skipped when
    another desktop polled the source this round, whether it is polling it right now
    (the lock) or has just done so (desktops' schedules are seconds apart)."""
    try:
        with collector.paused(), db.source_lock(source_id) as ours:
            if not ours:  # a team database: another desktop is polling it right now
                log.info("%s is being polled by another desktop: skipped", source_id)
                return SourceOutcome(source_id, ok=True, polled_elsewhere=True)
            if scheduled and db.is_server and _polled_this_round(db, source_id):
                log.info("%s was polled this round by another desktop: skipped", source_id)
                return SourceOutcome(source_id, ok=True, polled_elsewhere=True)
            outcome = _poll_source(db, source_id, today=today, client_factory=client_factory)
            if outcome.ok:
                _tell_other_desktops(db, outcome)
            return outcome
    except Exception as exc:  # the team database server stopped, or the network is down
        problem = db.server_problem(exc)
        if problem is None:
            raise
        log.warning("%s not polled: %s", source_id, problem)
        return SourceOutcome(source_id, ok=False, error=problem)


def _tell_other_desktops(db: Database, outcome: SourceOutcome) -> None:
    """On a team database: NOTIFY what this poll stored, once its stages are recomputed
    too (a desktop that reloads on it sees the new stages)."""
    if not db.is_server:
        return
    change = {
        "what": "poll",
        "source": outcome.source_id,
        "events": [e.id for e in outcome.new_events],
        # When the list is too long for a notification: the range, all of this source.
        "first_event": min((e.id for e in outcome.new_events), default=None),
        "last_event": max((e.id for e in outcome.new_events), default=None),
        "companies": sorted({e.company_id for e in outcome.new_events if e.company_id}),
        "origin": db.desktop_id,
        "previous_success": (
            outcome.previous_success.isoformat() if outcome.previous_success else None
        ),
    }
    try:
        with db.write() as session:
            db.notify_changed(session, change)
    except Exception:  # the data is stored: the others see it after their own next poll
        log.warning("could not tell the other desktops about %s", outcome.source_id, exc_info=True)


def _poll_source(
    db: Database,
    source_id: str,
    *,
    today: date | None,
    client_factory: Callable[..., Any] | None,
) -> SourceOutcome:
    from desktop.services.source_settings import source_settings
    from desktop.sources.http import FetchError, HttpClient
    from desktop.store.events import refresh_stages
    from desktop.store.offer_market import recent_listings
    from desktop.store.sources import read_settings

    started = time.monotonic()
    module = registry.load(source_id)
    settings = source_settings(db, source_id)
    previous_success = last_success(db, source_id)
    companies = watched_companies(db)
    ctx_today = today or date.today()
    ctx = PollContext(
        today=ctx_today,
        companies=tuple(companies),
        feeds=tuple(settings.feeds),
        memory=dict(settings.memory),
        documents=offer_documents(db) if getattr(module, "NEEDS_DOCUMENTS", False) else (),
        settings=read_settings(db, getattr(module, "SETTINGS", ())),
        listings=recent_listings(db, ctx_today) if getattr(module, "NEEDS_LISTINGS", False) else (),
    )
    factory = client_factory or HttpClient
    try:
        with factory(validators=dict(settings.validators)) as client:
            result = module.fetch(client, ctx)
            pending = dict(client.pending_validators)
    except (FetchError, ParseError) as exc:
        return _failed(db, source_id, str(exc), settings.interval_min, started)
    except Exception as exc:  # a bug must not stop the other sources
        log.exception("source %s crashed", source_id)
        return _failed(
            db,
            source_id,
            f"internal error: {exc.__class__.__name__}: {exc}",
            settings.interval_min,
            started,
        )

    items = merge_items(result.items)
    matcher = CompanyMatcher(companies)
    prepared = [p for p in (matcher.prepare(item) for item in items) if p is not None]
    prepared = propose_rounds(db, source_id, prepared)  # suggested funding rounds
    warning = _summarise(result.errors)
    try:
        stored = store_poll(
            db,
            source_id,
            prepared,
            validators=pending,
            memory=result.memory,
            items_seen=len(items),
            warning=warning,
            interval_min=settings.interval_min,
        )
    except Exception as exc:  # nothing of this poll was stored; the next one tries again
        log.exception("could not store the results of %s", source_id)
        message = (
            db.server_problem(exc) or f"could not store results: {exc.__class__.__name__}: {exc}"
        )
        try:
            return _failed(db, source_id, message, settings.interval_min, started)
        except Exception:
            log.exception("could not record the failure of %s", source_id)
            return SourceOutcome(
                source_id, ok=False, error=message, seconds=time.monotonic() - started
            )
    if source_id == "offer_documents":  # the documents read move into the offer tables
        from desktop.store.offer_sync import flush_pending_safely

        flush_pending_safely(db)
    touched = {s.company_id for s in stored if s.company_id is not None}
    stages: dict[int, str] = {}
    if touched:
        refresh_stages(db, touched, today=ctx.today)
        stages = _stages_of(db, touched)
    return SourceOutcome(
        source_id=source_id,
        ok=True,
        error=warning,
        items_seen=len(items),
        documents=result.documents,
        unchanged=result.unchanged,
        seconds=time.monotonic() - started,
        new_events=[_new_event(s, matcher.names, stages) for s in stored],
        previous_success=previous_success,
    )


def _failed(
    db: Database, source_id: str, message: str, interval: int, started: float
) -> SourceOutcome:
    record_failure(db, source_id, message, interval)
    return SourceOutcome(source_id, ok=False, error=message, seconds=time.monotonic() - started)


def _summarise(errors: list[str]) -> str | None:
    if not errors:
        return None
    shown = "; ".join(errors[:3])
    more = len(errors) - 3
    return shown + (f"; and {more} more" if more > 0 else "")


def _stages_of(db: Database, ids: set[int]) -> dict[int, str]:
    from desktop.store.poll_reads import stages_of

    return stages_of(db, ids)


def _new_event(stored: StoredEvent, names: dict[int, str], stages: dict[int, str]) -> NewEvent:
    item = stored.item
    cid = stored.company_id
    return NewEvent(
        id=stored.id,
        company_id=cid,
        company=names.get(cid) if cid is not None else None,
        kind=item.kind,
        stage=stages.get(cid) if cid is not None else None,
        published=item.published,
        title=item.title,
        url=item.url,
        source=item.source,
        subject=item.subject,
    )


def poll_all(
    db: Database, source_ids: Iterable[str] | None = None, **kwargs: Any
) -> list[SourceOutcome]:
    from desktop.services.source_settings import enabled_sources

    chosen = list(source_ids) if source_ids is not None else enabled_sources(db)
    return [poll_source(db, source_id, **kwargs) for source_id in chosen]
