"""The stage machine: every kind, ordering, re-filings, lapse by date, odd data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from desktop.domain.kinds import EventKind as K
from desktop.domain.kinds import Stage
from desktop.domain.stages import LAPSE_TITLE, StageStatus, headline, lapse_date_of, stage_of

TODAY = date(2026, 1, 15)


@dataclass(frozen=True)
class Ev:
    kind: str
    published: date | datetime | None
    ref: str | None = None
    title: str = ""
    url: str | None = None


def ev(kind: K, day: str | None, ref: str | None = None, title: str = "") -> Ev:
    published = date.fromisoformat(day) if day else None
    return Ev(kind.value, published, ref, title or kind.value, f"https://x/{kind.value}")


def run(*events: Ev, today: date = TODAY) -> StageStatus:
    return stage_of(list(events), today=today)


def stages(status: StageStatus) -> list[Stage]:
    return [step.stage for step in status.steps]


# --- lapse date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filed", "lapse"),
    [
        ("2025-10-17", "2026-04-17"),
        ("2025-08-31", "2026-02-28"),
        ("2023-08-31", "2024-02-29"),  # leap year
        ("2025-12-31", "2026-06-30"),
        ("2025-07-31", "2026-01-31"),
        ("2025-03-31", "2025-09-30"),
        ("2025-06-30", "2025-12-30"),
        ("2025-01-01", "2025-07-01"),
    ],
)
def test_lapse_date_is_six_months_later_clamped_to_month_end(filed: str, lapse: str) -> None:
    assert lapse_date_of(date.fromisoformat(filed)) == date.fromisoformat(lapse)


# --- single kinds ----------------------------------------------------------------------


def test_no_events_is_watching() -> None:
    status = run()
    assert status.stage is Stage.WATCHING
    assert status.since is None
    assert status.steps == ()
    assert status.lapse_date is None
    assert status.next_step == "Waiting for news of a listing plan"
    assert status.next_date is None
    assert status.days_in_stage(TODAY) is None


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        (K.NEWS, Stage.REPORTED),
        (K.CSRC_RECEIVED, Stage.CSRC_FILED),
        (K.CSRC_SUPPLEMENTARY_REQUEST, Stage.CSRC_FILED),
        (K.CSRC_COMMENTS, Stage.CSRC_FILED),
        (K.APPLICATION_PROOF, Stage.APPLICATION_FILED),
        (K.APPLICATION_PROOF_UPDATE, Stage.APPLICATION_FILED),
        (K.CSRC_NOTICE, Stage.CSRC_CLEARED),
        (K.PHIP, Stage.HEARING_PASSED),
        (K.PROSPECTUS, Stage.OFFERING),
        (K.LISTING_ANNOUNCEMENT, Stage.OFFERING),
        (K.ALLOTMENT_RESULTS, Stage.OFFERING),
        (K.LISTED, Stage.LISTED),
        (K.APPLICATION_LAPSED, Stage.LAPSED),
        (K.APPLICATION_WITHDRAWN, Stage.WITHDRAWN),
        (K.APPLICATION_RETURNED, Stage.RETURNED),
        (K.APPLICATION_REJECTED, Stage.REJECTED),
        (K.A_SHARE_ANNOUNCEMENT, Stage.WATCHING),
        (K.PRICE, Stage.WATCHING),
    ],
)
def test_each_kind_alone(kind: K, stage: Stage) -> None:
    status = run(ev(kind, "2026-01-10", "r1"))
    assert status.stage is stage
    if stage is Stage.WATCHING:
        assert status.steps == ()
    else:
        (step,) = status.steps
        assert (step.stage, step.date, step.kind, step.ref) == (
            stage,
            date(2026, 1, 10),
            kind.value,
            "r1",
        )
        assert step.url == f"https://x/{kind.value}"
        assert status.since == date(2026, 1, 10)
        assert status.days_in_stage(TODAY) == 5


def test_enum_kinds_and_unknown_kinds_are_accepted() -> None:
    status = run(
        Ev(K.APPLICATION_PROOF, date(2026, 1, 2), "r1", "AP"),
        Ev("something_new", date(2026, 1, 3), None, "?"),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert status.steps[0].kind == "application_proof"


def test_full_path_in_order() -> None:
    status = run(
        ev(K.NEWS, "2025-01-05"),
        ev(K.CSRC_RECEIVED, "2025-02-01"),
        ev(K.CSRC_SUPPLEMENTARY_REQUEST, "2025-03-01"),
        ev(K.APPLICATION_PROOF, "2025-03-10", "r1"),
        ev(K.CSRC_COMMENTS, "2025-04-01"),
        ev(K.APPLICATION_PROOF_UPDATE, "2025-04-20", "r1"),
        ev(K.CSRC_NOTICE, "2025-05-01"),
        ev(K.PHIP, "2025-06-01", "r1"),
        ev(K.PROSPECTUS, "2025-06-10"),
        ev(K.LISTING_ANNOUNCEMENT, "2025-06-10"),
        ev(K.ALLOTMENT_RESULTS, "2025-06-17"),
        ev(K.LISTED, "2025-06-18"),
        ev(K.PRICE, "2025-06-19"),
    )
    assert stages(status) == [
        Stage.REPORTED,
        Stage.CSRC_FILED,
        Stage.APPLICATION_FILED,
        Stage.CSRC_CLEARED,
        Stage.HEARING_PASSED,
        Stage.OFFERING,
        Stage.LISTED,
    ]
    assert status.since == date(2025, 6, 18)
    assert status.lapse_date is None
    assert status.next_date is None
    assert [s.kind for s in status.steps] == [
        "news",
        "csrc_received",
        "application_proof",
        "csrc_notice",
        "phip",
        "prospectus",
        "listed",
    ]


def test_input_order_does_not_matter() -> None:
    events = [
        ev(K.LISTED, "2025-06-18"),
        ev(K.PHIP, "2025-06-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-03-10", "r1"),
        ev(K.NEWS, "2025-01-05"),
    ]
    forward = run(*events)
    backward = run(*reversed(events))
    assert forward == backward
    assert stages(forward) == [
        Stage.REPORTED,
        Stage.APPLICATION_FILED,
        Stage.HEARING_PASSED,
        Stage.LISTED,
    ]


def test_same_day_is_ordered_by_pipeline_rank() -> None:
    status = run(
        ev(K.PHIP, "2025-06-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-06-01", "r1"),
        ev(K.NEWS, "2025-06-01"),
    )
    assert stages(status) == [Stage.REPORTED, Stage.APPLICATION_FILED, Stage.HEARING_PASSED]


def test_same_day_proof_then_withdrawal() -> None:
    status = run(
        ev(K.APPLICATION_WITHDRAWN, "2025-06-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-06-01", "r1"),
    )
    assert status.stage is Stage.WITHDRAWN


def test_datetimes_count_as_their_day() -> None:
    status = run(
        Ev("application_proof", datetime(2025, 10, 17, 9, 30), "r1", "AP"),
        Ev("news", date(2025, 9, 1), None, "news"),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert status.since == date(2025, 10, 17)
    assert status.lapse_date == date(2026, 4, 17)


# --- forward only ----------------------------------------------------------------------


def test_news_only_moves_watching_forward() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-01", "r1"),
        ev(K.NEWS, "2025-10-05"),
        ev(K.NEWS, "2025-11-05"),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert stages(status) == [Stage.APPLICATION_FILED]


def test_news_does_not_bring_back_a_withdrawn_company() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-08-01", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-09-01", "r1"),
        ev(K.NEWS, "2025-10-05"),
    )
    assert status.stage is Stage.WITHDRAWN


def test_csrc_after_application_proof_does_not_move_back() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-01", "r1"),
        ev(K.CSRC_RECEIVED, "2025-10-10"),
        ev(K.CSRC_SUPPLEMENTARY_REQUEST, "2025-11-10"),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert status.since == date(2025, 10, 1)


def test_csrc_notice_moves_application_filed_forward() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-01", "r1"),
        ev(K.CSRC_NOTICE, "2025-12-01"),
    )
    assert status.stage is Stage.CSRC_CLEARED
    assert status.since == date(2025, 12, 1)
    assert status.lapse_date == date(2026, 4, 1)
    assert status.next_step == "Application proof lapses on 2026-04-01 unless a hearing is passed"
    assert status.next_date == date(2026, 4, 1)


def test_csrc_notice_before_any_proof() -> None:
    status = run(ev(K.CSRC_NOTICE, "2025-12-01"), ev(K.APPLICATION_PROOF, "2025-12-20", "r1"))
    assert status.stage is Stage.CSRC_CLEARED
    assert stages(status) == [Stage.CSRC_CLEARED]
    assert status.lapse_date == date(2026, 6, 20)


def test_listed_is_terminal() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-01", "r1"),
        ev(K.LISTED, "2025-06-18"),
        ev(K.APPLICATION_LAPSED, "2025-07-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-08-01", "r2"),
        ev(K.NEWS, "2025-08-02"),
        ev(K.CSRC_RECEIVED, "2025-08-03"),
        ev(K.PROSPECTUS, "2025-08-04"),
        ev(K.APPLICATION_WITHDRAWN, "2025-08-05"),
        today=date(2027, 1, 1),
    )
    assert status.stage is Stage.LISTED
    assert status.since == date(2025, 6, 18)
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LISTED]
    assert status.next_step.startswith("Trading")


def test_phip_after_offer_does_not_move_back() -> None:
    status = run(ev(K.PROSPECTUS, "2025-06-10"), ev(K.PHIP, "2025-06-12", "r1"))
    assert status.stage is Stage.OFFERING


# --- the live application --------------------------------------------------------------


def test_application_filed_next_step_and_lapse() -> None:
    status = run(ev(K.APPLICATION_PROOF, "2025-10-17", "r1"))
    assert status.stage is Stage.APPLICATION_FILED
    assert status.lapse_date == date(2026, 4, 17)
    assert status.next_step == "Application proof lapses on 2026-04-17 unless a hearing is passed"
    assert status.next_date == date(2026, 4, 17)
    assert status.days_in_stage(TODAY) == 90


def test_update_does_not_reset_lapse_date() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-17", "r1"),
        ev(K.APPLICATION_PROOF_UPDATE, "2025-12-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-12-02", "r1"),  # same ref seen again
    )
    assert status.lapse_date == date(2026, 4, 17)
    assert stages(status) == [Stage.APPLICATION_FILED]
    assert status.since == date(2025, 10, 17)


def test_update_of_unseen_ref_counts_as_the_filing() -> None:
    status = run(ev(K.APPLICATION_PROOF_UPDATE, "2025-12-01", "r1"))
    assert status.stage is Stage.APPLICATION_FILED
    assert status.lapse_date == date(2026, 6, 1)


def test_proof_without_ref_is_the_live_application() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-17", None),
        ev(K.APPLICATION_PROOF, "2025-11-17", "r1"),
        ev(K.APPLICATION_PROOF_UPDATE, "2025-12-17", None),
    )
    assert stages(status) == [Stage.APPLICATION_FILED]
    assert status.lapse_date == date(2026, 4, 17)


def test_phip_stops_the_lapse_clock() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.PHIP, "2025-06-01", "r1"),
        today=date(2026, 1, 1),
    )
    assert status.stage is Stage.HEARING_PASSED
    assert status.lapse_date is None
    assert status.next_step == "Prospectus and launch of the offer"


def test_offering_next_step() -> None:
    status = run(ev(K.ALLOTMENT_RESULTS, "2025-06-17"))
    assert status.next_step == "Allotment results and first day of trading"


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        (K.NEWS, Stage.REPORTED),
        (K.CSRC_COMMENTS, Stage.CSRC_FILED),
    ],
)
def test_next_step_before_filing(kind: K, stage: Stage) -> None:
    status = run(ev(kind, "2025-06-17"))
    assert status.stage is stage
    assert "Application Proof" in status.next_step
    assert status.next_date is None


# --- lapse by date ---------------------------------------------------------------------


def test_lapse_is_derived_from_the_date() -> None:
    status = run(ev(K.APPLICATION_PROOF, "2025-06-10", "r1", "AP"), today=date(2025, 12, 11))
    assert status.stage is Stage.LAPSED
    last = status.steps[-1]
    assert last.stage is Stage.LAPSED
    assert last.kind == "application_lapsed"
    assert last.title == LAPSE_TITLE
    assert last.date == date(2025, 12, 10)
    assert last.url is None
    assert last.ref == "r1"
    assert status.since == date(2025, 12, 10)
    assert status.lapse_date is None
    assert status.next_step == "A new Application Proof (re-filing)"


def test_not_lapsed_on_the_lapse_date_itself() -> None:
    status = run(ev(K.APPLICATION_PROOF, "2025-06-10", "r1"), today=date(2025, 12, 10))
    assert status.stage is Stage.APPLICATION_FILED


def test_derived_lapse_clamped_at_month_end() -> None:
    status = run(ev(K.APPLICATION_PROOF, "2025-08-31", "r1"), today=date(2026, 3, 1))
    assert status.stage is Stage.LAPSED
    assert status.since == date(2026, 2, 28)
    on_the_day = run(ev(K.APPLICATION_PROOF, "2025-08-31", "r1"), today=date(2026, 2, 28))
    assert on_the_day.stage is Stage.APPLICATION_FILED
    assert on_the_day.next_date == date(2026, 2, 28)


def test_derived_lapse_after_csrc_clearance() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.CSRC_NOTICE, "2025-03-01"),
        today=date(2025, 8, 1),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.CSRC_CLEARED, Stage.LAPSED]


def test_no_derived_lapse_after_a_phip_or_offer() -> None:
    for kind in (K.PHIP, K.PROSPECTUS, K.LISTED):
        status = run(
            ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
            ev(kind, "2025-05-01", "r1"),
            today=date(2026, 8, 1),
        )
        assert status.stage is not Stage.LAPSED, kind


def test_hkex_lapse_after_derived_lapse_adds_no_step() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.CSRC_RECEIVED, "2025-08-01"),  # replayed after the lapse date
        ev(K.APPLICATION_LAPSED, "2025-08-05", "r1"),
        today=date(2025, 9, 1),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED]
    assert status.steps[-1].title == LAPSE_TITLE
    assert status.since == date(2025, 7, 10)


def test_hkex_lapse_on_time_is_the_step() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1", "Lapsed"),
        today=date(2025, 9, 1),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED]
    assert status.steps[-1].title == "Lapsed"


def test_lapse_is_derived_before_a_later_refiling() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-08-01", "r2"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED, Stage.APPLICATION_FILED]
    assert status.steps[1].date == date(2025, 7, 10)
    assert status.lapse_date == date(2026, 2, 1)


def test_refiling_without_ref_after_derived_lapse() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10"),
        ev(K.APPLICATION_PROOF, "2025-09-01"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED, Stage.APPLICATION_FILED]
    assert status.lapse_date == date(2026, 3, 1)


def test_proof_without_date_has_no_lapse() -> None:
    status = run(ev(K.APPLICATION_PROOF, None, "r1"), today=date(2030, 1, 1))
    assert status.stage is Stage.APPLICATION_FILED
    assert status.since is None
    assert status.lapse_date is None
    assert status.next_step == "Listing hearing (PHIP)"
    assert status.days_in_stage(TODAY) is None


def test_today_defaults_to_the_current_date() -> None:
    assert stage_of([ev(K.APPLICATION_PROOF, "2001-01-01", "r1")]).stage is Stage.LAPSED


# --- re-filings and outcomes -----------------------------------------------------------


def test_refile_after_hkex_lapse() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-07-20", "r2"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED, Stage.APPLICATION_FILED]
    assert status.steps[-1].ref == "r2"
    assert status.since == date(2025, 7, 20)
    assert status.lapse_date == date(2026, 1, 20)


def test_refile_after_withdrawal() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-03-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-05-01", "r1"),
        ev(K.APPLICATION_PROOF, "2025-11-01", "r2"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.WITHDRAWN, Stage.APPLICATION_FILED]
    assert status.lapse_date == date(2026, 5, 1)


def test_refile_after_return_and_the_eight_week_wait() -> None:
    returned = run(
        ev(K.APPLICATION_PROOF, "2025-10-10", "r1"),
        ev(K.APPLICATION_RETURNED, "2025-11-20", "r1"),
    )
    assert returned.stage is Stage.RETURNED
    assert returned.next_date == date(2026, 1, 15)
    assert "2026-01-15" in returned.next_step
    refiled = run(
        ev(K.APPLICATION_PROOF, "2025-10-10", "r1"),
        ev(K.APPLICATION_RETURNED, "2025-11-20", "r1"),
        ev(K.APPLICATION_PROOF, "2026-01-15", "r2"),
    )
    assert refiled.stage is Stage.APPLICATION_FILED


def test_refile_after_rejection() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_REJECTED, "2025-04-10", "r1"),
    )
    assert status.stage is Stage.REJECTED
    assert "rejection" in status.next_step
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_REJECTED, "2025-04-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-10-10", "r2"),
    )
    assert status.stage is Stage.APPLICATION_FILED


def test_refile_after_csrc_clearance_resumes_at_csrc_cleared() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.CSRC_NOTICE, "2025-04-01"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-08-01", "r2"),
    )
    assert status.stage is Stage.CSRC_CLEARED
    assert status.steps[-1].kind == "application_proof"
    assert status.lapse_date == date(2026, 2, 1)


def test_refile_after_csrc_receipt_is_application_filed() -> None:
    status = run(
        ev(K.CSRC_RECEIVED, "2024-12-01"),
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-08-01", "r2"),
    )
    assert status.stage is Stage.APPLICATION_FILED


def test_csrc_progress_while_off_path_is_kept_for_the_refiling() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-03-01", "r1"),
        ev(K.CSRC_NOTICE, "2025-04-01"),
        ev(K.APPLICATION_PROOF, "2025-05-01", "r2"),
        today=date(2025, 6, 1),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.WITHDRAWN, Stage.CSRC_CLEARED]


def test_outcome_of_an_older_ref_does_not_knock_off_the_live_one() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-05-01", "r2"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-07-11", "r1"),
        ev(K.APPLICATION_RETURNED, "2025-07-12", "r0"),  # never seen: not the live one
        today=date(2025, 8, 1),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert status.lapse_date == date(2025, 11, 1)
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.APPLICATION_FILED]


def test_outcome_without_ref_is_about_the_live_application() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-02-10"),
    )
    assert status.stage is Stage.WITHDRAWN


def test_outcome_after_a_hearing_takes_the_company_off_the_path() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.PHIP, "2025-05-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
    )
    assert status.stage is Stage.LAPSED


def test_outcome_then_a_different_outcome_of_the_same_application() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_LAPSED, "2025-07-11", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-07-12", "r1"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED, Stage.WITHDRAWN]


def test_outcome_without_any_proof_seen() -> None:
    status = run(
        ev(K.NEWS, "2025-01-01"),
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_PROOF, None, "r1"),  # its own proof, undated: stays lapsed
    )
    assert status.stage is Stage.LAPSED
    status = run(
        ev(K.APPLICATION_LAPSED, "2025-07-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-08-10", "r2"),
    )
    assert status.stage is Stage.APPLICATION_FILED


def test_same_ref_proof_does_not_revive_an_outcome() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-02-10", "r1"),
        ev(K.APPLICATION_PROOF_UPDATE, "2025-03-10", "r1"),
    )
    assert status.stage is Stage.WITHDRAWN


def test_refiling_after_a_passed_hearing_restarts() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.PHIP, "2025-05-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-12-01", "r2"),
    )
    assert stages(status) == [
        Stage.APPLICATION_FILED,
        Stage.HEARING_PASSED,
        Stage.APPLICATION_FILED,
    ]
    assert status.lapse_date == date(2026, 6, 1)


def test_undated_new_proof_does_not_undo_a_hearing() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.PHIP, "2025-05-10", "r2"),
        ev(K.APPLICATION_PROOF, None, "r2"),
        ev(K.APPLICATION_PROOF, None, "r3"),
    )
    assert status.stage is Stage.HEARING_PASSED


def test_first_proof_after_a_phip_changes_nothing() -> None:
    status = run(ev(K.PHIP, "2025-05-10", "r1"), ev(K.APPLICATION_PROOF, "2025-05-10", "r1"))
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.HEARING_PASSED]
    status = run(ev(K.PHIP, "2025-05-10"), ev(K.APPLICATION_PROOF, None, "r1"))
    assert stages(status) == [Stage.HEARING_PASSED]


def test_refiling_while_the_first_is_still_live_restarts_the_clock() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-03-10", "r2"),
        today=date(2025, 8, 1),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.APPLICATION_FILED]
    assert status.since == date(2025, 3, 10)
    assert status.lapse_date == date(2025, 9, 10)


def test_older_ref_proof_is_ignored() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_PROOF, "2025-03-10", "r2"),
        ev(K.APPLICATION_PROOF_UPDATE, "2025-04-10", "r1"),
        ev(K.PHIP, "2025-05-10", "r1"),  # an older application's document
        today=date(2025, 8, 1),
    )
    assert status.stage is Stage.APPLICATION_FILED
    assert status.lapse_date == date(2025, 9, 10)


def test_phip_or_offer_after_an_outcome_brings_the_company_back() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.APPLICATION_WITHDRAWN, "2025-02-10", "r1"),
        ev(K.PROSPECTUS, "2025-09-10"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.WITHDRAWN, Stage.OFFERING]


def test_events_without_dates_go_last_but_count() -> None:
    status = run(
        ev(K.LISTED, None),
        ev(K.APPLICATION_PROOF, "2025-01-10", "r1"),
        ev(K.PHIP, "2025-05-10", "r1"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.HEARING_PASSED, Stage.LISTED]
    assert status.since is None
    status = run(ev(K.NEWS, None), ev(K.A_SHARE_ANNOUNCEMENT, None))
    assert status.stage is Stage.REPORTED


def test_a_share_announcements_and_prices_change_nothing() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-10", "r1"),
        ev(K.A_SHARE_ANNOUNCEMENT, "2025-10-11"),
        ev(K.PRICE, "2025-10-12"),
    )
    assert stages(status) == [Stage.APPLICATION_FILED]


# --- the date of a lapse ---------------------------------------------------------------


def test_hkex_lapse_dated_on_the_filing_day_is_dated_six_months_later() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2026-02-27", "r1"),
        ev(K.APPLICATION_LAPSED, "2026-02-27", "r1", "Lapsed"),
        today=date(2026, 12, 4),
    )
    assert stages(status) == [Stage.APPLICATION_FILED, Stage.LAPSED]
    assert status.since == date(2026, 8, 27)
    assert status.filed == date(2026, 2, 27)
    # The filed period keeps its length: filing day to lapse day.
    assert status.steps[1].date - status.steps[0].date == timedelta(days=181)


def test_hkex_lapse_before_its_six_month_date_has_come_is_undated() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2026-08-31", "r1"),
        ev(K.APPLICATION_LAPSED, "2026-08-31", "r1"),
        today=date(2026, 12, 4),
    )
    assert status.stage is Stage.LAPSED
    assert status.steps[-1].date is None and status.since is None
    assert status.steps[0].date == date(2026, 8, 31)


def test_hkex_lapse_with_its_status_date_keeps_it() -> None:
    status = run(
        ev(K.APPLICATION_PROOF, "2025-10-21", "r1"),
        ev(K.APPLICATION_LAPSED, "2026-04-21", "r1"),
        today=date(2026, 12, 4),
    )
    assert status.since == date(2026, 4, 21)
    assert status.filed == date(2025, 10, 21)


def test_headline_states_the_lapse_once() -> None:
    filed = run(ev(K.APPLICATION_PROOF, "2026-01-10", "r1"), today=date(2026, 1, 20))
    text = headline(filed, date(2026, 1, 20))
    assert text.count("lapses") == 1 and "2026-07-10" in text and "171 days left" in text
    assert "In this stage since 2026-01-10 (10 days)." in text

    lapsed = run(ev(K.APPLICATION_PROOF, "2025-06-10", "r1"), today=date(2026, 1, 20))
    text = headline(lapsed, date(2026, 1, 20))
    assert text.startswith("Lapsed on 2025-12-10 (41 days ago)")
    assert "filed on 2025-06-10" in text
    assert text.count("apse") == 1
    one = run(ev(K.APPLICATION_PROOF, "2026-01-19", "r1"), today=date(2026, 1, 20))
    assert "(1 day)" in headline(one, date(2026, 1, 20))
