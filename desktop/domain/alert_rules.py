"""Which new events become alerts, and when and how they are shown.  Pure Python.

Rules are stored as JSON in the ``Setting`` table under ``RULES_KEY``.  A company's
level is "all", "filings" (the default: official filings and stage changes) or
"none"; muted kinds never alert.  Quiet hours (local wall-clock time, may wrap
midnight) and a pause hold notifications back; the alerts themselves are still
recorded and shown in the inbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, Protocol

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.kinds import EventKind
from desktop.domain.phrases import shown as shown_title

RULES_KEY = "alert_rules"
LEVELS = ("all", "filings", "none")
DEFAULT_LEVEL = "filings"
DIGEST_AFTER = 3

# Short kind names for the digest line, where space is tight.
SHORT_KIND: dict[str, str] = {
    EventKind.APPLICATION_PROOF: QT_TRANSLATE_NOOP("AlertRules", "Application Proof"),
    EventKind.APPLICATION_PROOF_UPDATE: QT_TRANSLATE_NOOP("AlertRules", "new Application Proof"),
    EventKind.PHIP: QT_TRANSLATE_NOOP("AlertRules", "PHIP"),
    EventKind.APPLICATION_LAPSED: QT_TRANSLATE_NOOP("AlertRules", "lapsed"),
    EventKind.APPLICATION_WITHDRAWN: QT_TRANSLATE_NOOP("AlertRules", "withdrawn"),
    EventKind.APPLICATION_RETURNED: QT_TRANSLATE_NOOP("AlertRules", "returned"),
    EventKind.APPLICATION_REJECTED: QT_TRANSLATE_NOOP("AlertRules", "rejected"),
    EventKind.LISTED: QT_TRANSLATE_NOOP("AlertRules", "Listed"),
    EventKind.PROSPECTUS: QT_TRANSLATE_NOOP("AlertRules", "Prospectus"),
    EventKind.ALLOTMENT_RESULTS: QT_TRANSLATE_NOOP("AlertRules", "allotment results"),
    EventKind.LISTING_ANNOUNCEMENT: QT_TRANSLATE_NOOP("AlertRules", "formal notice"),
    EventKind.CSRC_RECEIVED: QT_TRANSLATE_NOOP("AlertRules", "CSRC received"),
    EventKind.CSRC_SUPPLEMENTARY_REQUEST: QT_TRANSLATE_NOOP("AlertRules", "CSRC request"),
    EventKind.CSRC_COMMENTS: QT_TRANSLATE_NOOP("AlertRules", "CSRC comments"),
    EventKind.CSRC_NOTICE: QT_TRANSLATE_NOOP("AlertRules", "CSRC notice"),
    EventKind.A_SHARE_ANNOUNCEMENT: QT_TRANSLATE_NOOP("AlertRules", "A-share announcement"),
    EventKind.NEWS: QT_TRANSLATE_NOOP("AlertRules", "news"),
    EventKind.PRICE: QT_TRANSLATE_NOOP("AlertRules", "price"),
    EventKind.FUNDING_ROUND: QT_TRANSLATE_NOOP("AlertRules", "suggested round"),
}
# A leading place name says little: "Suzhou Dongshan …" is shortened to two words.
_PLACES = {"china", "beijing", "shanghai", "shenzhen", "suzhou", "hangzhou", "hong", "guangzhou"}


@dataclass(frozen=True)
class AlertRules:
    company_levels: dict[int, str] = field(default_factory=dict)
    muted_kinds: frozenset[str] = frozenset()
    quiet_start: time | None = None
    quiet_end: time | None = None
    paused_until: datetime | None = None
    # Opt-in: the formal notice of every Hong Kong offer (the day it opens), watched or not.
    every_offer_opening: bool = False

    def level(self, company_id: int | None) -> str:
        if company_id is None:
            return DEFAULT_LEVEL
        return self.company_levels.get(company_id, DEFAULT_LEVEL)

    def to_json(self) -> dict[str, Any]:
        return {
            "company_levels": {str(k): v for k, v in sorted(self.company_levels.items())},
            "muted_kinds": sorted(self.muted_kinds),
            "quiet_start": self.quiet_start.strftime("%H:%M") if self.quiet_start else None,
            "quiet_end": self.quiet_end.strftime("%H:%M") if self.quiet_end else None,
            "paused_until": self.paused_until.isoformat() if self.paused_until else None,
            "every_offer_opening": self.every_offer_opening,
        }

    @classmethod
    def from_json(cls, data: Any) -> AlertRules:
        """Tolerant: anything missing or malformed falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        levels: dict[int, str] = {}
        raw_levels = data.get("company_levels")
        for key, value in raw_levels.items() if isinstance(raw_levels, dict) else ():
            try:
                company_id = int(key)
            except (TypeError, ValueError):
                continue
            if value in LEVELS:
                levels[company_id] = value
        muted = data.get("muted_kinds")
        return cls(
            company_levels=levels,
            muted_kinds=frozenset(str(k) for k in muted)
            if isinstance(muted, list)
            else frozenset(),
            quiet_start=_parse_time(data.get("quiet_start")),
            quiet_end=_parse_time(data.get("quiet_end")),
            paused_until=_parse_datetime(data.get("paused_until")),
            every_offer_opening=data.get("every_offer_opening") is True,
        )


def _parse_time(value: Any) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _parse_datetime(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _local(moment: datetime) -> datetime:
    """Aware moments are converted to local time; naive ones are taken as local."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def is_filing(kind: str) -> bool:
    try:
        return EventKind(kind).is_filing
    except ValueError:
        return False


def may_alert(event_kind: str, company_id: int | None) -> bool:
    """Whether any rule could want this event: a watched company's, or an offer opening
    (a formal notice) of any company."""
    return company_id is not None or event_kind == EventKind.LISTING_ANNOUNCEMENT


def wants(rules: AlertRules, event_kind: str, company_id: int | None) -> bool:
    """Whether an event of this kind for this company (None: not on the watchlist) should
    become an alert.  Muted kinds never alert; of a company nobody watches only its offer
    opening does, when `every_offer_opening` is on."""
    if event_kind in rules.muted_kinds:
        return False
    if company_id is None:
        return rules.every_offer_opening and event_kind == EventKind.LISTING_ANNOUNCEMENT
    level = rules.level(company_id)
    if level == "none":
        return False
    # A suggested funding round waits for the user's decision: told at the default level.
    return level == "all" or is_filing(event_kind) or event_kind == EventKind.FUNDING_ROUND


def in_quiet_hours(rules: AlertRules, now: datetime) -> bool:
    start, end = rules.quiet_start, rules.quiet_end
    if start is None or end is None or start == end:
        return False
    clock = _local(now).time().replace(tzinfo=None)
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end  # wraps midnight, e.g. 22:00–07:00


def is_paused(rules: AlertRules, now: datetime) -> bool:
    if rules.paused_until is None:
        return False
    return _aware(now) < _aware(rules.paused_until)


class AlertEvent(Protocol):
    """What notifications need: a ``NewEvent`` or an ``AlertView`` both fit."""

    company_id: int | None
    company: str | None
    kind: str
    title: str


@dataclass(frozen=True)
class Notification:
    title: str
    body: str
    event_ids: tuple[int, ...]
    company_id: int | None = None  # set for a single event, so a click can open it
    event_id: int | None = None


def _event_id(event: Any) -> int:
    value = getattr(event, "event_id", None)
    return int(value if value is not None else event.id)


def kind_label(kind: str) -> str:
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


def short_name(name: str | None) -> str:
    words = (name or "").split()
    if not words:
        return "?"
    if words[0].lower() in _PLACES and len(words) > 1:
        return " ".join(words[:2])
    return words[0]


def digest(events: list[Any]) -> tuple[str, str]:
    """(title, body) of one notification for the events."""
    if not events:
        return "", ""
    if len(events) == 1:
        event = events[0]
        company = event.company or translate("AlertRules", "Unknown company")
        title = translate("AlertRules", "{company}: {kind}").format(
            company=company, kind=kind_label(event.kind)
        )
        return title, shown_title(event.title)
    shown = [
        f"{short_name(e.company)} {translate('AlertRules', SHORT_KIND.get(e.kind, e.kind))}"
        for e in events
    ]
    body = translate("AlertRules", ", ").join(shown[:DIGEST_AFTER])
    if len(shown) > DIGEST_AFTER:
        body += translate("AlertRules", " and {more} more").format(more=len(shown) - DIGEST_AFTER)
    count = len(events)  # (a plain name: lupdate skips a call whose count is an expression)
    if all(is_filing(e.kind) for e in events):
        return translate("AlertRules", "%n new filing(s)", None, count), body
    return translate("AlertRules", "%n new alert(s)", None, count), body


def plan_notifications(events: list[Any], rules: AlertRules, now: datetime) -> list[Notification]:
    """One notification per wanted event when there are at most ``DIGEST_AFTER``, else one
    digest.  Nothing while paused or in quiet hours: the caller keeps the alerts
    undelivered and plans again later."""
    if is_paused(rules, now) or in_quiet_hours(rules, now):
        return []
    chosen = [e for e in events if wants(rules, e.kind, e.company_id)]
    if len(chosen) <= DIGEST_AFTER:
        notes = []
        for event in chosen:
            title, body = digest([event])
            eid = _event_id(event)
            notes.append(Notification(title, body, (eid,), event.company_id, eid))
        return notes
    title, body = digest(chosen)
    return [Notification(title, body, tuple(_event_id(e) for e in chosen))]
