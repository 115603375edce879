"""A user's write never loses an edit to a poll child holding SQLite's write lock: the
write takes the lock before it reads, waits its turn, is tried again when the database
stayed busy, and says so in words only when it finally could not be saved."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text

from desktop.services import operations
from desktop.services.operations import DatabaseBusy, Operation, operation_events
from desktop.store.db import is_busy


def locked() -> sqlite3.OperationalError:
    return sqlite3.OperationalError("database is locked")


def test_a_write_takes_the_write_lock_before_its_first_read(ctx) -> None:
    """Another process cannot commit between the write's read and its first change
    (which would make the write fail at once, its snapshot stale)."""
    other = sqlite3.connect(ctx.db_path, timeout=0)
    with ctx.db.write() as session:
        session.exec(text("SELECT count(*) FROM company")).one()  # a read only, so far
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the write is done
    other.rollback()
    other.close()


def test_a_write_waits_for_a_child_that_holds_the_lock(ctx) -> None:
    child = sqlite3.connect(ctx.db_path)
    child.execute("BEGIN IMMEDIATE")
    child.execute("UPDATE company SET notes = 'child' WHERE id = 1")
    done = threading.Event()

    def user_edit() -> None:
        with ctx.db.write() as session:
            (notes,) = session.exec(text("SELECT notes FROM company WHERE id = 1")).one()
            session.exec(
                text("UPDATE company SET notes = :n WHERE id = 1"), params={"n": notes + "+user"}
            )
        done.set()

    worker = threading.Thread(target=user_edit)
    worker.start()
    assert not done.wait(0.3)  # waiting its turn
    child.commit()
    worker.join(10)
    assert done.is_set()
    (notes,) = child.execute("SELECT notes FROM company WHERE id = 1").fetchone()
    assert notes == "child+user"  # read after the child's commit: nothing lost
    child.close()


def test_busy_is_told_from_other_failures() -> None:
    assert is_busy(locked()) and not is_busy(sqlite3.OperationalError("no such table: x"))
    assert not is_busy(ValueError("database is locked"))


def test_an_operation_tries_again_while_the_database_is_busy(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(operations, "BUSY_PAUSE_S", 0.0)
    tries: list[int] = []
    done: list[str] = []

    def write() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise locked()
        return "saved"

    Operation("Save company", write).success(done.append).run()
    qtbot.waitUntil(lambda: done == ["saved"])
    assert len(tries) == 3


def test_an_operation_that_stays_busy_fails_in_words(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(operations, "BUSY_PAUSE_S", 0.0)
    failures: list[tuple[str, str]] = []
    operation_events().failed.connect(lambda name, words: failures.append((name, words)))

    def write() -> None:
        raise locked()

    Operation("Mark read", write).run()
    qtbot.waitUntil(lambda: bool(failures))
    name, words = failures[-1]
    assert name == "Mark read" and "not saved" in words and "locked" not in words
    with pytest.raises(DatabaseBusy):
        Operation("Save company", write).run_and_wait()
