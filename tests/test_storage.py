"""Progress stores: SQLite and memory, learner ids, and the fall-back to memory on failure."""

import sqlite3
import threading

import pytest
from store_contract import StoreContract, conversation

from langbot.config import Settings
from langbot.errors import StorageError
from langbot.storage import (
    FallbackStore,
    MemoryStore,
    SqliteStore,
    is_learner_id,
    new_learner_id,
    open_store,
)


@pytest.fixture(params=["sqlite", "memory"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return SqliteStore(tmp_path / "progress.sqlite3")
    return MemoryStore()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("abcdefgh", True),
        ("A1_b2-C3" * 8, True),
        ("abcdefg", False),
        ("a" * 65, False),
        ("abc def gh", False),
        ("abcdefgh'--", False),
        ("../../etc/passwd", False),
        ("", False),
        (None, False),
        (["abcdefgh"], False),
    ],
)
def test_learner_id_format(value, valid):
    assert is_learner_id(value) is valid


def test_new_learner_ids_are_valid_and_distinct():
    ids = {new_learner_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(is_learner_id(i) for i in ids)


class TestSqliteAndMemory(StoreContract):
    """The shared contract, on SQLite and in memory."""


def test_sqlite_survives_a_restart_and_uses_wal(tmp_path):
    path = tmp_path / "deep" / "dir" / "progress.sqlite3"
    SqliteStore(path).save("learner-one", conversation(step=6))
    assert SqliteStore(path).load("learner-one", "greetings").step == 6
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_is_safe_across_threads(tmp_path):
    store = SqliteStore(tmp_path / "progress.sqlite3")

    def work(n: int) -> None:
        for step in range(1, 6):
            store.save(f"learner-{n:04d}", conversation(step=step))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(store.load(f"learner-{n:04d}", "greetings").step == 5 for n in range(8))


def test_a_row_that_no_longer_validates_is_ignored(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store = SqliteStore(path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO progress VALUES ('learner-one', 'greetings', '{\"old\": true}', 0)")
    assert store.load("learner-one", "greetings") is None
    assert store.statuses("learner-one") == {}


def test_corrupt_file_falls_back_to_memory_with_a_warning(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store, warning = open_store(Settings(store_path=path))
    assert isinstance(store, MemoryStore)
    assert str(path) in warning and "memory" in warning
    store.save("learner-one", conversation())
    assert store.load("learner-one", "greetings") is not None


def test_unwritable_location_falls_back_to_memory_with_a_warning(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store, warning = open_store(Settings(store_path=blocker / "progress.sqlite3"))
    assert isinstance(store, MemoryStore)
    assert "cannot be used" in warning


def test_open_store_kinds(tmp_path):
    sqlite_store, warning = open_store(Settings(store_path=tmp_path / "p.sqlite3"))
    assert isinstance(sqlite_store, FallbackStore) and warning is None
    assert isinstance(sqlite_store.primary, SqliteStore)
    memory_store, warning = open_store(Settings(store="memory"))
    assert isinstance(memory_store, MemoryStore) and warning is None


def test_dynamodb_without_its_module_warns_instead_of_crashing(monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "langbot.storage.dynamodb", None)
    store, warning = open_store(Settings(store="dynamodb", dynamodb_table="t"))
    assert isinstance(store, MemoryStore)
    assert "dynamodb" in warning


class BrokenStore(MemoryStore):
    def save(self, learner, conversation):
        raise StorageError("The progress file x cannot be used (disk I/O error).")


def test_fallback_store_switches_to_memory_after_a_failure():
    primary = BrokenStore()
    store = FallbackStore(primary)
    assert store.warning is None
    store.save("learner-one", conversation(step=2))
    assert "disk I/O error" in store.warning and "memory" in store.warning
    assert store.load("learner-one", "greetings").step == 2
    assert primary.load("learner-one", "greetings") is None
