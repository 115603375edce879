"""The vocabulary every layer shares: pipeline stages and event kinds.

The string values are a contract (command line output, database rows, tests);
never rename one.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


class Stage(StrEnum):
    WATCHING = "watching"
    REPORTED = "reported"
    CSRC_FILED = "csrc_filed"
    APPLICATION_FILED = "application_filed"
    CSRC_CLEARED = "csrc_cleared"
    HEARING_PASSED = "hearing_passed"
    OFFERING = "offering"
    LISTED = "listed"
    # Off the path: a later application proof puts the company back on it.
    LAPSED = "lapsed"
    WITHDRAWN = "withdrawn"
    RETURNED = "returned"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return translate("Stages", STAGE_LABELS[self])

    @property
    def hint(self) -> str:
        """What the stage means, in a sentence (a tool tip)."""
        return translate("Stages", STAGE_HINTS[self])

    @property
    def on_path(self) -> bool:
        return self in PIPELINE_ORDER

    @property
    def rank(self) -> int:
        """Position on the pipeline; stages off the path sort just after `watching`."""
        if self in PIPELINE_ORDER:
            return PIPELINE_ORDER.index(self) * 10
        return 5


PIPELINE_ORDER: tuple[Stage, ...] = (
    Stage.WATCHING,
    Stage.REPORTED,
    Stage.CSRC_FILED,
    Stage.APPLICATION_FILED,
    Stage.CSRC_CLEARED,
    Stage.HEARING_PASSED,
    Stage.OFFERING,
    Stage.LISTED,
)
OFF_PATH: tuple[Stage, ...] = (Stage.LAPSED, Stage.WITHDRAWN, Stage.RETURNED, Stage.REJECTED)

STAGE_LABELS: dict[Stage, str] = {
    Stage.WATCHING: QT_TRANSLATE_NOOP("Stages", "Watching"),
    Stage.REPORTED: QT_TRANSLATE_NOOP("Stages", "Reported"),
    Stage.CSRC_FILED: QT_TRANSLATE_NOOP("Stages", "CSRC filed"),
    Stage.APPLICATION_FILED: QT_TRANSLATE_NOOP("Stages", "Application filed"),
    Stage.CSRC_CLEARED: QT_TRANSLATE_NOOP("Stages", "CSRC cleared"),
    Stage.HEARING_PASSED: QT_TRANSLATE_NOOP("Stages", "Hearing passed"),
    Stage.OFFERING: QT_TRANSLATE_NOOP("Stages", "Offering"),
    Stage.LISTED: QT_TRANSLATE_NOOP("Stages", "Listed"),
    Stage.LAPSED: QT_TRANSLATE_NOOP("Stages", "Lapsed"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("Stages", "Withdrawn"),
    Stage.RETURNED: QT_TRANSLATE_NOOP("Stages", "Returned"),
    Stage.REJECTED: QT_TRANSLATE_NOOP("Stages", "Rejected"),
}

STAGE_HINTS: dict[Stage, str] = {
    Stage.WATCHING: QT_TRANSLATE_NOOP(
        "Stages", "On the watchlist; no step towards a Hong Kong listing seen yet"
    ),
    Stage.REPORTED: QT_TRANSLATE_NOOP(
        "Stages", "News or the company itself says it plans a Hong Kong listing; nothing filed"
    ),
    Stage.CSRC_FILED: QT_TRANSLATE_NOOP(
        "Stages", "The CSRC has received the company's filing for an overseas listing"
    ),
    Stage.APPLICATION_FILED: QT_TRANSLATE_NOOP(
        "Stages",
        "An application proof is on HKEXnews: the company has applied to list; an "
        "application lapses six months after it was filed",
    ),
    Stage.CSRC_CLEARED: QT_TRANSLATE_NOOP(
        "Stages", "The CSRC has published its filing notice: the company may list abroad"
    ),
    Stage.HEARING_PASSED: QT_TRANSLATE_NOOP(
        "Stages",
        "HKEX has published the Post Hearing Information Pack: the Listing Committee has "
        "approved; the offer usually follows within weeks",
    ),
    Stage.OFFERING: QT_TRANSLATE_NOOP(
        "Stages", "The prospectus or formal notice is out: the public offer is open or set"
    ),
    Stage.LISTED: QT_TRANSLATE_NOOP("Stages", "The shares trade in Hong Kong"),
    Stage.LAPSED: QT_TRANSLATE_NOOP(
        "Stages",
        "The application lapsed six months after it was filed; a new application proof "
        "puts the company back on the path",
    ),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("Stages", "The company withdrew its application"),
    Stage.RETURNED: QT_TRANSLATE_NOOP(
        "Stages", "HKEX returned the application as incomplete; no new filing for eight weeks"
    ),
    Stage.REJECTED: QT_TRANSLATE_NOOP("Stages", "HKEX rejected the application"),
}


class EventKind(StrEnum):
    APPLICATION_PROOF = "application_proof"
    APPLICATION_PROOF_UPDATE = "application_proof_update"
    PHIP = "phip"
    APPLICATION_LAPSED = "application_lapsed"
    APPLICATION_WITHDRAWN = "application_withdrawn"
    APPLICATION_RETURNED = "application_returned"
    APPLICATION_REJECTED = "application_rejected"
    LISTED = "listed"
    PROSPECTUS = "prospectus"
    ALLOTMENT_RESULTS = "allotment_results"
    LISTING_ANNOUNCEMENT = "listing_announcement"
    CSRC_RECEIVED = "csrc_received"
    CSRC_SUPPLEMENTARY_REQUEST = "csrc_supplementary_request"
    CSRC_COMMENTS = "csrc_comments"
    CSRC_NOTICE = "csrc_notice"
    A_SHARE_ANNOUNCEMENT = "a_share_announcement"
    NEWS = "news"
    PRICE = "price"
    FUNDING_ROUND = "funding_round"  # a round a filing or the news states, to confirm
    STABILISATION_END = "stabilisation_end"  # the over-allotment outcome
    LOCKUP_EXPIRY = "lockup_expiry"  # a lock-up's last day is near or passed

    @property
    def label(self) -> str:
        return translate("EventKinds", KIND_LABELS[self])

    @property
    def is_filing(self) -> bool:
        """Official filings (not news, not prices): what alerts care most about."""
        return self not in (
            EventKind.NEWS,
            EventKind.PRICE,
            EventKind.A_SHARE_ANNOUNCEMENT,
            EventKind.FUNDING_ROUND,
        )


KIND_LABELS: dict[EventKind, str] = {
    EventKind.APPLICATION_PROOF: QT_TRANSLATE_NOOP("EventKinds", "Application Proof"),
    EventKind.APPLICATION_PROOF_UPDATE: QT_TRANSLATE_NOOP(
        "EventKinds", "Application Proof (new version)"
    ),
    EventKind.PHIP: QT_TRANSLATE_NOOP("EventKinds", "Post Hearing Information Pack"),
    EventKind.APPLICATION_LAPSED: QT_TRANSLATE_NOOP("EventKinds", "Application lapsed"),
    EventKind.APPLICATION_WITHDRAWN: QT_TRANSLATE_NOOP("EventKinds", "Application withdrawn"),
    EventKind.APPLICATION_RETURNED: QT_TRANSLATE_NOOP("EventKinds", "Application returned"),
    EventKind.APPLICATION_REJECTED: QT_TRANSLATE_NOOP("EventKinds", "Application rejected"),
    EventKind.LISTED: QT_TRANSLATE_NOOP("EventKinds", "Listed"),
    EventKind.PROSPECTUS: QT_TRANSLATE_NOOP("EventKinds", "Prospectus"),
    EventKind.ALLOTMENT_RESULTS: QT_TRANSLATE_NOOP("EventKinds", "Allotment results"),
    EventKind.LISTING_ANNOUNCEMENT: QT_TRANSLATE_NOOP("EventKinds", "Formal notice"),
    EventKind.CSRC_RECEIVED: QT_TRANSLATE_NOOP("EventKinds", "CSRC filing received"),
    EventKind.CSRC_SUPPLEMENTARY_REQUEST: QT_TRANSLATE_NOOP(
        "EventKinds", "CSRC asks for more material"
    ),
    EventKind.CSRC_COMMENTS: QT_TRANSLATE_NOOP("EventKinds", "CSRC soliciting opinions"),
    EventKind.CSRC_NOTICE: QT_TRANSLATE_NOOP("EventKinds", "CSRC filing notice"),
    EventKind.A_SHARE_ANNOUNCEMENT: QT_TRANSLATE_NOOP("EventKinds", "A-share announcement"),
    EventKind.NEWS: QT_TRANSLATE_NOOP("EventKinds", "News"),
    EventKind.PRICE: QT_TRANSLATE_NOOP("EventKinds", "Share price"),
    EventKind.FUNDING_ROUND: QT_TRANSLATE_NOOP("EventKinds", "Suggested funding round"),
    EventKind.STABILISATION_END: QT_TRANSLATE_NOOP("EventKinds", "Over-allotment outcome"),
    EventKind.LOCKUP_EXPIRY: QT_TRANSLATE_NOOP("EventKinds", "Lock-up expiry"),
}
