"""Background reads: the newest answer wins, whatever order the answers come back in."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from desktop.services.tasks import LatestOnly


def test_an_answer_that_comes_back_after_a_newer_one_is_dropped(qtbot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    release = threading.Event()
    first_returned = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait()
        first_returned.set()
        return "old"

    reads = LatestOnly()
    reads.run(slow, on_done=shown.append, pool=pool)
    reads.run(lambda: "new", on_done=shown.append, pool=pool)
    qtbot.waitUntil(lambda: shown == ["new"])
    release.set()
    qtbot.waitUntil(first_returned.is_set)
    # Answers reach the GUI thread in the order they were sent: once a read started
    # after the slow one returned is shown, the slow one's answer has been dealt with.
    reads.run(lambda: "newest", on_done=shown.append, pool=pool)
    qtbot.waitUntil(lambda: shown[-1] == "newest")
    assert shown == ["new", "newest"]


def test_drop_pending_forgets_what_is_on_its_way(qtbot) -> None:
    shown: list[int] = []
    reads = LatestOnly()
    release = threading.Event()
    reads.run(lambda: release.wait() and 1, on_done=shown.append)
    reads.drop_pending()
    release.set()
    reads.run(lambda: 2, on_done=shown.append)
    qtbot.waitUntil(lambda: shown == [2])


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot) -> None:
    """A widget whose last reference is a task's function or callback is freed on the GUI
    thread, never on the worker (freed there, its timers would fire on freed memory)."""
    import weakref

    from PySide6.QtWidgets import QWidget

    from desktop.services import tasks

    class Panel(QWidget):
        def read(self) -> int:
            return 1

        def show_answer(self, value: int) -> None:
            self.answer = value

    freed: list[str] = []
    started: list[object] = []
    pool = QThreadPool()

    def start(task) -> None:
        started.append(task)
        QThreadPool.start(pool, task)

    pool.start = start  # type: ignore[method-assign]
    panel = Panel()
    weakref.finalize(panel, lambda: freed.append(threading.current_thread().name))
    answers: list[int] = []

    def show(value: int, panel: Panel = panel) -> None:
        panel.show_answer(value)
        answers.append(value)

    tasks.run_task(panel.read, on_done=show, pool=pool)
    [task] = started
    # The worker borrows the function and the callback; the task itself holds neither.
    assert set(vars(task)) == {"_key", "_relay"}
    started.clear()
    del panel, show, task
    assert pool.waitForDone(120_000)
    qtbot.waitUntil(lambda: freed == ["MainThread"])
    assert answers == [1] and tasks._jobs == {}
