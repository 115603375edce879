"""The stage machine: where a company stands on its way to a Hong Kong listing.

``stage_of(events, today)`` replays a company's events and returns its
:class:`StageStatus`: the current stage, since when, the status timeline (only the
events that changed the stage), the lapse date of the live Application Proof, and the
next expected step in plain words.

How events move a company (DESIGN.md §3, §4):

* Events are replayed in date order; within a day in pipeline order (an Application
  Proof before the PHIP of the same day, off-path outcomes after both), events without
  a date last.  They all count.
* ``news`` moves ``watching`` to ``reported`` and does nothing else.
* CSRC status rows (received / supplementary request / comments) mean ``csrc_filed``,
  the CSRC filing notice ``csrc_cleared``.  Being behind the HKEX stages in pipeline
  order, a CSRC row after an Application Proof never moves the company back.
* ``application_proof`` means ``application_filed``; ``phip`` ``hearing_passed``;
  ``prospectus``, ``listing_announcement`` and ``allotment_results`` ``offering``;
  ``listed`` ``listed``, which is final: nothing after it moves the company.
* ``a_share_announcement`` and ``price`` never change the stage.
* On the path, stages only move forward, with these exceptions:

  - An outcome (``application_lapsed`` / ``_withdrawn`` / ``_returned`` /
    ``_rejected``) of the *live* application takes the company off the path.  An
    outcome that names another application (a different ``ref``) is about an older
    filing and is ignored; one without a ``ref`` is taken to be about the live one.
  - An Application Proof with a new ``ref`` is a new application (a re-filing).  It
    puts a company that is off the path back on it, and it restarts a company that was
    already at ``application_filed`` or beyond (a hearing that was passed under an
    earlier application does not carry over), re-entering ``application_filed``.
    Only a dated re-filing on or after the current stage began can move a company back
    from ``hearing_passed``/``offering``; an undated proof cannot prove it came later.
  - CSRC progress belongs to the company, not to one HKEX application: a filing
    notice stays valid when the company re-files in Hong Kong.  So a re-filing after a
    CSRC notice resumes at ``csrc_cleared`` (the higher of ``application_filed`` and
    ``csrc_cleared``), while a mere CSRC receipt is below ``application_filed``.
  - A PHIP, prospectus, formal notice, allotment results or listing is proof of a live
    application: it brings a company that is off the path back to that stage, unless it
    names a ``ref`` known to belong to an older application.

* ``application_proof_update`` (a new version of the same ``ref``) changes nothing; the
  lapse date counts from the first Application Proof of that ``ref``.  An update of a
  ``ref`` never seen before is taken as that application's proof (the original was
  missed; its date is the best estimate of the filing date).
* A proof without a ``ref`` is the live application when there is one on the path,
  otherwise a new one.  While the live application has no ``ref``, the first ``ref``
  seen on a proof is taken to be its own.
* An Application Proof lapses six months after filing (Listing Rule 9.03).  Once that
  date has passed with the company still at ``application_filed`` or ``csrc_cleared``
  (no PHIP, offering or listing), it is ``lapsed`` from the lapse date on, even before
  HKEX's own files say so: at the end of the replay when ``today`` is past the date,
  and during the replay before any later event other than a PHIP, offer or listing
  (which prove the application alive) or an outcome of the live application (which
  speaks for itself).
* The date of a lapse is the date of the lapse: the status date of HKEX's inactive
  record, or the six-month date when derived.  An HKEX lapse dated on or before the
  filing day cannot be the lapse date (the file carried the filing date): it is dated
  six months after filing when that day has come, else left undated.  So the filed
  period keeps its length on the timeline.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.kinds import PIPELINE_ORDER, EventKind, Stage

__all__ = [
    "LAPSE_TITLE",
    "EventLike",
    "StageStatus",
    "Step",
    "headline",
    "lapse_date_of",
    "next_step_of",
    "stage_of",
]

LAPSE_TITLE = QT_TRANSLATE_NOOP("Stages", "Lapsed six months after filing (Listing Rule 9.03)")
RETURN_WAIT = timedelta(weeks=8)  # a returned applicant may not re-file for 8 weeks


class EventLike(Protocol):
    """Anything with these attributes: database rows, dataclasses, source items."""

    @property
    def kind(self) -> str: ...
    @property
    def published(self) -> date | None: ...
    @property
    def ref(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Step:
    """One change of stage on the status timeline, with the event that caused it."""

    stage: Stage
    date: date | None
    kind: str
    title: str
    url: str | None
    ref: str | None


@dataclass(frozen=True, slots=True)
class StageStatus:
    stage: Stage
    since: date | None  # date of the step that entered the current stage
    steps: tuple[Step, ...]  # the status timeline: stage changes, oldest first
    # When the live Application Proof lapses unless a hearing is passed; None once a
    # PHIP is posted, off the path, or without a dated proof.
    lapse_date: date | None
    next_step: str  # plain words for the board
    next_date: date | None
    # The filing day of the live application, or (when lapsed) of the one that lapsed.
    filed: date | None = None

    def days_in_stage(self, today: date) -> int | None:
        if self.since is None:
            return None
        return (today - self.since).days


def lapse_date_of(filed: date) -> date:
    """Six months after filing (Listing Rule 9.03); 31 Aug -> 28/29 Feb."""
    month0 = filed.month - 1 + 6
    year, month = filed.year + month0 // 12, month0 % 12 + 1
    day = min(filed.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


_E = EventKind
_KIND_ORDER: tuple[str, ...] = (
    _E.NEWS,
    _E.CSRC_RECEIVED,
    _E.CSRC_SUPPLEMENTARY_REQUEST,
    _E.CSRC_COMMENTS,
    _E.APPLICATION_PROOF,
    _E.APPLICATION_PROOF_UPDATE,
    _E.CSRC_NOTICE,
    _E.PHIP,
    _E.PROSPECTUS,
    _E.LISTING_ANNOUNCEMENT,
    _E.ALLOTMENT_RESULTS,
    _E.LISTED,
    _E.APPLICATION_LAPSED,
    _E.APPLICATION_WITHDRAWN,
    _E.APPLICATION_RETURNED,
    _E.APPLICATION_REJECTED,
    _E.A_SHARE_ANNOUNCEMENT,
    _E.PRICE,
)
_RANK = {str(kind): index for index, kind in enumerate(_KIND_ORDER)}
_NEWS = _E.NEWS.value

_CSRC: dict[str, Stage] = {
    _E.CSRC_RECEIVED.value: Stage.CSRC_FILED,
    _E.CSRC_SUPPLEMENTARY_REQUEST.value: Stage.CSRC_FILED,
    _E.CSRC_COMMENTS.value: Stage.CSRC_FILED,
    _E.CSRC_NOTICE.value: Stage.CSRC_CLEARED,
}
_FORWARD: dict[str, Stage] = {
    _E.PHIP.value: Stage.HEARING_PASSED,
    _E.PROSPECTUS.value: Stage.OFFERING,
    _E.LISTING_ANNOUNCEMENT.value: Stage.OFFERING,
    _E.ALLOTMENT_RESULTS.value: Stage.OFFERING,
    _E.LISTED.value: Stage.LISTED,
}
_OUTCOMES: dict[str, Stage] = {
    _E.APPLICATION_LAPSED.value: Stage.LAPSED,
    _E.APPLICATION_WITHDRAWN.value: Stage.WITHDRAWN,
    _E.APPLICATION_RETURNED.value: Stage.RETURNED,
    _E.APPLICATION_REJECTED.value: Stage.REJECTED,
}
_PROOFS = frozenset({str(_E.APPLICATION_PROOF), str(_E.APPLICATION_PROOF_UPDATE)})
_AT_RISK = (Stage.APPLICATION_FILED, Stage.CSRC_CLEARED)  # may still lapse


def _day(value: date | None) -> date | None:
    """The calendar day of a date or datetime (database rows may carry either)."""
    if isinstance(value, datetime):
        return value.date()
    return value


def _order(indexed: tuple[int, EventLike]) -> tuple[bool, date, int, int]:
    index, event = indexed
    published = _day(event.published)
    return (
        published is None,
        published or date.min,
        _RANK.get(str(event.kind), len(_RANK)),
        index,
    )


def _pos(stage: Stage) -> int:
    return PIPELINE_ORDER.index(stage)


class _Replay:
    def __init__(self, today: date) -> None:
        self.today = today
        self.lapsed_filed: date | None = None  # filing day of the application that lapsed
        self.stage = Stage.WATCHING
        self.steps: list[Step] = []
        self.app_ref: str | None = None  # ref of the latest application (live or not)
        self.has_app = False  # an application has been seen (even without a ref)
        self.filed: date | None = None  # first proof of the live application
        self.proof_refs: set[str] = set()  # refs seen on Application Proofs
        self.forward_refs: set[str] = set()  # refs seen on PHIPs, offers, listings
        self.csrc = Stage.WATCHING  # CSRC progress: watching, csrc_filed or csrc_cleared

    # -- helpers ----------------------------------------------------------------------

    @property
    def since(self) -> date | None:
        return self.steps[-1].date if self.steps else None

    @property
    def lapse_date(self) -> date | None:
        if self.stage in _AT_RISK and self.filed is not None:
            return lapse_date_of(self.filed)
        return None

    def enter(self, stage: Stage, event: EventLike) -> None:
        self.stage = stage
        self.steps.append(
            Step(
                stage=stage,
                date=_day(event.published),
                kind=str(event.kind),
                title=event.title,
                url=event.url,
                ref=event.ref,
            )
        )

    def advance(self, stage: Stage, event: EventLike) -> None:
        """Move forward along the path (never back, never from off the path)."""
        if self.stage.on_path and _pos(stage) > _pos(self.stage):
            self.enter(stage, event)

    def expire(self, day: date) -> None:
        """Lapse the live application by date once ``day`` is past its lapse date."""
        lapse = self.lapse_date
        if lapse is None or day <= lapse:
            return
        self.stage = Stage.LAPSED
        self.lapsed_filed, self.filed = self.filed, None
        self.steps.append(
            Step(
                stage=Stage.LAPSED,
                date=lapse,
                kind=str(_E.APPLICATION_LAPSED),
                title=translate("Stages", LAPSE_TITLE),
                url=None,
                ref=self.app_ref,
            )
        )

    def is_live_ref(self, ref: str | None) -> bool:
        """Whether an outcome naming ``ref`` is about the latest application."""
        if ref is None or ref == self.app_ref:
            return True
        if ref in self.proof_refs:
            return False  # an older application
        return self.app_ref is None

    # -- events -----------------------------------------------------------------------

    def feed(self, event: EventLike) -> None:
        if self.stage is Stage.LISTED:
            return
        kind = str(event.kind)
        day = _day(event.published)
        speaks_for_itself = kind in _FORWARD or (kind in _OUTCOMES and self.is_live_ref(event.ref))
        if day is not None and not speaks_for_itself:
            self.expire(day)

        if kind == _NEWS:
            if self.stage is Stage.WATCHING:
                self.enter(Stage.REPORTED, event)
        elif kind in _CSRC:
            target = _CSRC[kind]
            if _pos(target) > _pos(self.csrc):
                self.csrc = target
            self.advance(target, event)
        elif kind in _PROOFS:
            self.proof(event)
        elif kind in _OUTCOMES:
            self.outcome(event, _OUTCOMES[kind])
        elif kind in _FORWARD:
            self.forward(event, _FORWARD[kind])

    def proof(self, event: EventLike) -> None:
        ref = event.ref
        on_path = self.stage.on_path
        if ref is not None and ref in self.proof_refs:
            return  # the live application again (a new version), or an older one
        if on_path and self.has_app and (ref is None or self.app_ref is None):
            # The live application, one side not naming its ref.
            if ref is not None:
                self.app_ref = ref
                self.proof_refs.add(ref)
            return

        # A new application: the first one, or a re-filing.
        refiling = self.has_app or not on_path
        if ref is not None:
            self.proof_refs.add(ref)
        self.app_ref = ref
        self.has_app = True
        self.filed = _day(event.published)
        self.lapsed_filed = None
        target = Stage.CSRC_CLEARED if self.csrc is Stage.CSRC_CLEARED else Stage.APPLICATION_FILED
        if not on_path or _pos(self.stage) < _pos(target):
            self.enter(target, event)
        elif not refiling:
            return  # a first proof after a PHIP or offer already seen: nothing to undo
        elif self.stage in _AT_RISK:
            self.enter(target, event)  # a fresh application: the lapse clock restarts
        elif self.stage in (Stage.HEARING_PASSED, Stage.OFFERING):
            since, filed = self.since, self.filed
            later = filed is not None and (since is None or filed >= since)
            if later and ref not in self.forward_refs:  # not the PHIP's own application
                self.enter(target, event)

    def outcome(self, event: EventLike, target: Stage) -> None:
        if not self.is_live_ref(event.ref):
            return  # about an older application
        if self.stage is target:
            return
        if event.ref is not None and self.app_ref is None:
            self.app_ref = event.ref
            self.proof_refs.add(event.ref)
        filed, self.filed = self.filed, None
        self.lapsed_filed = filed if target is Stage.LAPSED else None
        self.enter(target, event)
        if target is Stage.LAPSED and filed is not None:
            self._date_lapse(filed)

    def _date_lapse(self, filed: date) -> None:
        """An HKEX lapse dated on or before the filing day: the six-month date (once it
        has come), else no date; never the filing day."""
        step = self.steps[-1]
        if step.date is not None and step.date > filed:
            return
        derived = lapse_date_of(filed)
        day = derived if derived <= self.today else None
        self.steps[-1] = Step(step.stage, day, step.kind, step.title, step.url, step.ref)

    def forward(self, event: EventLike, target: Stage) -> None:
        ref = event.ref
        if ref is not None and ref in self.proof_refs and ref != self.app_ref:
            return  # a document of an older application
        if ref is not None:
            self.forward_refs.add(ref)
        if not self.stage.on_path:
            self.enter(target, event)
        else:
            self.advance(target, event)

    # -- result -----------------------------------------------------------------------

    def status(self) -> StageStatus:
        text, when = _next_step(self.stage, self.lapse_date, self.since)
        filed = self.lapsed_filed if self.stage is Stage.LAPSED else self.filed
        return StageStatus(
            stage=self.stage,
            since=self.since,
            steps=tuple(self.steps),
            lapse_date=self.lapse_date,
            next_step=text,
            next_date=when,
            filed=filed if self.stage in (*_AT_RISK, Stage.LAPSED) else None,
        )


def next_step_of(stage: Stage, lapse: date | None, since: date | None) -> str:
    """The next expected step in the interface language, from what the stage summary
    keeps: the stage, its lapse date and since when (the words are never stored)."""
    return _next_step(stage, lapse, since)[0]


def _next_step(stage: Stage, lapse: date | None, since: date | None) -> tuple[str, date | None]:
    if stage is Stage.WATCHING:
        return translate("Stages", "Waiting for news of a listing plan"), None
    if stage is Stage.REPORTED:
        return translate("Stages", "CSRC filing or an Application Proof on HKEXnews"), None
    if stage is Stage.CSRC_FILED:
        return translate("Stages", "Application Proof on HKEXnews and the CSRC filing notice"), None
    if stage in _AT_RISK:
        if lapse is not None:
            return (
                translate(
                    "Stages", "Application proof lapses on {lapse} unless a hearing is passed"
                ).format(lapse=format_day(lapse)),
                lapse,
            )
        return translate("Stages", "Listing hearing (PHIP)"), None
    if stage is Stage.HEARING_PASSED:
        return translate("Stages", "Prospectus and launch of the offer"), None
    if stage is Stage.OFFERING:
        return translate("Stages", "Allotment results and first day of trading"), None
    if stage is Stage.LISTED:
        return translate("Stages", "Trading: share price against the offer price"), None
    if stage is Stage.RETURNED and since is not None:
        earliest = since + RETURN_WAIT
        return (
            translate(
                "Stages",
                "A new Application Proof, not before {earliest} (eight weeks after the return)",
            ).format(earliest=format_day(earliest)),
            earliest,
        )
    if stage is Stage.REJECTED:
        return translate("Stages", "A new Application Proof after the rejection"), None
    return translate("Stages", "A new Application Proof (re-filing)"), None


def stage_of(events: Iterable[EventLike], today: date | None = None) -> StageStatus:
    """Replay a company's events (any order) and say where it stands on ``today``.

    ``today`` defaults to the current date; it only matters for the lapse by date.
    """
    if today is None:
        today = date.today()
    replay = _Replay(today)
    for _, event in sorted(enumerate(events), key=_order):
        replay.feed(event)
    if replay.stage is not Stage.LISTED:
        replay.expire(today)
    return replay.status()


def _days(n: int) -> str:
    return translate("Stages", "%n day(s)", None, n)


def headline(status: StageStatus, today: date) -> str:
    """One plain paragraph for the company header: since when, what comes next, and the
    lapse said once (with the days left, or since when it lapsed)."""
    parts: list[str] = []
    days = status.days_in_stage(today)
    if status.stage is Stage.LAPSED:
        if status.since is not None and days is not None:
            lapsed = translate("Stages", "Lapsed on {since} ({days} ago)").format(
                since=format_day(status.since), days=_days(days)
            )
        else:
            lapsed = translate("Stages", "Lapsed (HKEX gives no date for the lapse)")
        if status.filed is not None:
            lapsed += translate("Stages", "; the Application Proof was filed on {filed}").format(
                filed=format_day(status.filed)
            )
        parts.append(lapsed + translate("Stages", "."))
    elif status.since is not None and days is not None:
        parts.append(
            translate("Stages", "In this stage since {since} ({days}).").format(
                since=format_day(status.since), days=_days(days)
            )
        )
    if status.stage in _AT_RISK and status.lapse_date is not None:
        left = (status.lapse_date - today).days
        parts.append(
            translate(
                "Stages",
                "Next: listing hearing (PHIP); the Application Proof lapses on {lapse} "
                "({left} left) unless a hearing is passed.",
            ).format(lapse=format_day(status.lapse_date), left=_days(left))
        )
    else:
        parts.append(translate("Stages", "Next: {step}.").format(step=status.next_step or "—"))
    return " ".join(parts)
