"""The change signal says what changed; an operation runs its write off the GUI thread
and ends in the change signal, or in a failure said in words."""

from __future__ import annotations

import threading
from datetime import date

from desktop.services.changes import Change, app_changes
from desktop.services.operations import Operation, operation_events, wait_for_operations
from desktop.services.poller import poll_change
from desktop.services.polling import NewEvent, SourceOutcome


def new_event(company_id: int | None) -> NewEvent:
    return NewEvent(
        1, company_id, None, "application_proof", None, date(2026, 1, 2), "", None, "hkex_app", ""
    )


def test_a_change_says_whom_it_concerns() -> None:
    edit = Change.of_company(7)
    assert edit.concerns_company(7) and not edit.concerns_company(8)
    assert edit.watchlist and edit.any_pipeline and not edit.any_market
    assert Change.all().concerns_company(8) and Change.all().any_sources
    both = Change(funding=frozenset({3})) | Change(alerts=True)
    assert both.concerns_company(3) and both.any_alerts and both.any_funding
    assert Change().is_empty() and not Change().watchlist


def test_a_poll_changes_its_source_and_the_companies_it_found_news_for() -> None:
    quiet = poll_change(SourceOutcome("csrc", ok=True))
    assert quiet.sources == {"csrc"} and not quiet.watchlist and not quiet.any_pipeline
    found = poll_change(
        SourceOutcome("hkex_app", ok=True, new_events=[new_event(4), new_event(None)])
    )
    assert found.events == {4} and found.concerns_company(4) and found.any_pipeline


def test_an_operation_writes_off_the_gui_thread_then_announces(qtbot) -> None:
    gui = threading.get_ident()
    ran_on: list[int] = []
    changes: list[Change] = []
    done: list[int] = []
    app_changes().changed.connect(changes.append)

    def write(value: int) -> int:
        ran_on.append(threading.get_ident())
        return value * 2

    Operation("Double", write, 21, changes=lambda r: Change.of_company(r)).success(
        done.append
    ).run()
    qtbot.waitUntil(lambda: done == [42])
    assert ran_on and ran_on[0] != gui
    assert changes[-1] == Change.of_company(42)  # announced before success ran
    app_changes().changed.disconnect(changes.append)


def test_a_failed_operation_says_so_in_words_and_announces_nothing(qtbot) -> None:
    failures: list[tuple[str, str]] = []
    changes: list[Change] = []
    operation_events().failed.connect(lambda name, text: failures.append((name, text)))
    app_changes().changed.connect(changes.append)

    def refuse() -> None:
        raise ValueError("The company no longer exists.")

    Operation("Save company", refuse, changes=Change.all()).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[-1] == ("Save company", "The company no longer exists.")
    assert changes == []
    app_changes().changed.disconnect(changes.append)


def test_run_and_wait_returns_the_result_or_raises_the_error(qtbot) -> None:
    assert Operation("Add", lambda: 5).run_and_wait() == 5

    def bad() -> None:
        raise LookupError("gone")

    try:
        Operation("Edit", bad).run_and_wait()
    except LookupError as exc:
        assert str(exc) == "gone"
    else:
        raise AssertionError("the error did not come back")
    wait_for_operations()


def test_operations_run_in_the_order_they_were_asked(qtbot) -> None:
    order: list[int] = []
    for n in range(5):
        Operation(f"w{n}", order.append, n).run()
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_every_operation_is_named_by_a_phrase_of_the_catalogue() -> None:
    """An operation's name shows in failure messages: each `Operation(…)` in the app
    names it with `QT_TRANSLATE_NOOP("Operations", "…")`, and it reads in the interface
    language through `operation_label`."""
    import ast
    from pathlib import Path

    from desktop.services.operations import operation_label

    root = Path(__file__).resolve().parents[2] / "desktop"
    names, wrong = [], []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Operation"):
                continue
            first = node.args[0] if node.args else None
            marked = (
                isinstance(first, ast.Call)
                and getattr(first.func, "id", None) == "QT_TRANSLATE_NOOP"
                and [getattr(a, "value", None) for a in first.args[:1]] == ["Operations"]
                and isinstance(first.args[1], ast.Constant)
            )
            if marked:
                names.append(first.args[1].value)  # type: ignore[union-attr]
            else:
                wrong.append(f"{path.relative_to(root)}:{node.lineno}")
    assert wrong == []
    assert len(names) >= 10 and "Save company" in names
    assert operation_label("Save company") == "Save company"  # English: as named
