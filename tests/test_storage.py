"""Progress stores: SQLite and memory, learner ids, and the fall-back to memory on failure."""

import sqlite3
import threading
import time
from contextlib import closing

import pytest
from store_contract import StoreContract, conversation

from langbot.config import Settings
from langbot.errors import DamagedProgress, StorageError
from langbot.practice import Practice
from langbot.storage import (
    FallbackStore,
    MemoryStore,
    SqliteStore,
    is_learner_id,
    new_learner_id,
    open_store,
)


@pytest.fixture
def damage(store):
    """Cut a stored conversation short in the store itself, as a torn write would."""

    def cut(learner: str, lesson_id: str) -> None:
        if isinstance(store, SqliteStore):
            with closing(sqlite3.connect(store.path)) as db, db:
                db.execute(
                    "UPDATE progress SET conversation = substr(conversation, 1, 40)"
                    " WHERE learner = ? AND lesson_id = ?",
                    (learner, lesson_id),
                )
        else:
            data, version = store._progress[(learner, lesson_id)]
            store._progress[(learner, lesson_id)] = (data[:40], version)

    return cut


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
        saved = conversation(step=1)
        for step in range(1, 6):
            saved = store.save(f"learner-{n:04d}", saved.model_copy(update={"step": step}))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(store.load(f"learner-{n:04d}", "greetings").step == 5 for n in range(8))


def _store_with_row(tmp_path, values: str) -> SqliteStore:
    """A store whose one progress row for learner-one holds these raw SQL values."""
    path = tmp_path / "progress.sqlite3"
    store = SqliteStore(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO progress (learner, lesson_id, conversation, updated_at, version)"
            f" VALUES ('learner-one', 'greetings', {values})"
        )
    return store


def test_a_row_that_no_longer_validates_is_reported_with_its_version(tmp_path):
    store = _store_with_row(tmp_path, "'{\"old\": true}', 0, 4")
    with pytest.raises(DamagedProgress) as info:
        store.load("learner-one", "greetings")
    assert info.value.version == 4  # what a save must match to replace it
    assert store.statuses("learner-one") == {}


def test_a_row_whose_version_is_damaged_too_is_replaced_by_a_forced_save(tmp_path, tutor):
    store = _store_with_row(tmp_path, "'{\"cut', 0, 'x'")
    practice = Practice(tutor, store)
    assert practice.resume("learner-one", "greetings").step == 1
    practice.answer("learner-one", "greetings", "Hola", expected_step=1)
    assert store.load("learner-one", "greetings").step == 2


def test_corrupt_file_falls_back_to_memory_with_a_warning_naming_no_path(tmp_path, caplog):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store, warning = open_store(Settings(store_path=path))
    assert isinstance(store, MemoryStore)
    assert "memory" in warning and str(tmp_path) not in warning and "sqlite" not in warning
    assert str(path) in caplog.text  # the operator reads which file in the log
    store.save("learner-one", conversation())
    assert store.load("learner-one", "greetings") is not None


def test_unwritable_location_falls_back_to_memory_with_a_warning(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store, warning = open_store(Settings(store_path=blocker / "progress.sqlite3"))
    assert isinstance(store, MemoryStore)
    assert "memory" in warning and "/" not in warning


def test_open_store_kinds(tmp_path):
    sqlite_store, warning = open_store(Settings(store_path=tmp_path / "p.sqlite3"))
    assert isinstance(sqlite_store, FallbackStore) and warning is None
    assert isinstance(sqlite_store.primary, SqliteStore)
    memory_store, warning = open_store(Settings(store="memory"))
    assert isinstance(memory_store, MemoryStore) and warning is None


def test_dynamodb_without_its_module_warns_instead_of_crashing(monkeypatch, caplog):
    import sys

    monkeypatch.setitem(sys.modules, "langbot.storage.dynamodb", None)
    store, warning = open_store(Settings(store="dynamodb", dynamodb_table="t"))
    assert isinstance(store, MemoryStore)
    assert "memory" in warning and "dynamodb" in caplog.text


class BrokenStore(MemoryStore):
    def save(self, learner, conversation, *, force=False):
        raise StorageError("The progress file x cannot be used (disk I/O error).")


def test_a_failed_save_is_kept_in_memory_with_a_warning_while_it_waits():
    primary = BrokenStore()
    store = FallbackStore(primary, retry_max=0.05)
    assert store.warning is None
    store.save("learner-one", conversation(step=2))
    assert "disk I/O error" in store.failure and "memory" in store.warning
    assert "progress file" not in store.warning
    assert store.load("learner-one", "greetings").step == 2
    assert primary.load("learner-one", "greetings") is None
    store.close()


def hold_write_lock(path, seconds: float) -> threading.Thread:
    """Hold the file's write lock from another connection, as a backup or admin query does."""
    held = threading.Event()

    def hold() -> None:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        db.execute("ROLLBACK")
        db.close()

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait()
    return thread


def test_a_short_lock_is_waited_out_and_nothing_falls_back(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store, _ = open_store(Settings(store_path=path))
    holder = hold_write_lock(path, 0.5)
    store.save("learner-one", conversation(step=2))  # waits for the lock, then writes
    holder.join()
    assert store.warning is None
    assert SqliteStore(path).load("learner-one", "greetings").step == 2


def test_a_long_lock_costs_one_save_a_wait_and_recovers_for_everyone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    file = SqliteStore(path, busy_timeout=0.1, retry_for=0.3)
    store = FallbackStore(file, retry_min=0.05, retry_max=0.1)
    other = store.save("learner-two", conversation(step=5))
    holder = hold_write_lock(path, 1.5)
    saved = store.save("learner-one", conversation(step=3))  # kept in memory meanwhile
    assert "database is locked" in store.failure and str(path) not in store.warning
    # Another learner who reloads still gets their place from the file, not an empty memory.
    assert store.load("learner-two", "greetings") == other
    assert store.load("learner-one", "greetings") == saved
    store.record_completion("learner-one", "greetings", {"first_try": 3})
    assert [c["lesson_id"] for c in store.completions("learner-one")] == ["greetings"]
    holder.join()
    assert store.wait_until_saved(timeout=5)
    assert store.warning is None
    assert file.load("learner-one", "greetings").step == 3
    assert len(file.completions("learner-one")) == 1
    later = store.save("learner-one", store.load("learner-one", "greetings"))
    assert file.load("learner-one", "greetings").version == later.version


def test_a_file_from_before_versions_is_upgraded_in_place(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE progress (learner TEXT NOT NULL, lesson_id TEXT NOT NULL,"
            " conversation TEXT NOT NULL, updated_at REAL NOT NULL,"
            " PRIMARY KEY (learner, lesson_id))"
        )
        db.execute(
            "INSERT INTO progress VALUES ('learner-one', 'greetings', ?, ?)",
            (conversation(step=4).model_dump_json(exclude={"version"}), time.time()),
        )
    store = SqliteStore(path)
    old = store.load("learner-one", "greetings")
    assert old.step == 4 and old.version == 0
    store.save("learner-one", old.model_copy(update={"step": 5}))
    assert store.load("learner-one", "greetings").step == 5


def test_abandoned_conversations_expire_and_completions_stay(tmp_path):
    now = [1_700_000_000.0]
    path = tmp_path / "progress.sqlite3"
    store = SqliteStore(path, clock=lambda: now[0])
    store.save("learner-old", conversation(step=2))
    store.record_completion("learner-old", "greetings", {"first_try": 7})
    now[0] += 60 * 86_400
    store.save("learner-new", conversation(step=3))
    now[0] += 31 * 86_400  # learner-old last saved 91 days ago, learner-new 31 days ago
    assert SqliteStore(path, clock=lambda: now[0]).expire() == 0  # done on opening already
    assert store.load("learner-old", "greetings") is None
    assert store.load("learner-new", "greetings").step == 3
    assert len(store.completions("learner-old")) == 1


def test_a_file_locked_at_start_up_is_opened_and_recovers_when_the_lock_goes(tmp_path):
    path = tmp_path / "progress.sqlite3"
    SqliteStore(path)
    holder = hold_write_lock(path, 1.0)
    store = FallbackStore(SqliteStore(path, busy_timeout=0.1, retry_for=0.2), retry_max=0.05)
    store.save("learner-one", conversation(step=2))  # waits in memory, not forever
    holder.join()
    assert store.wait_until_saved(timeout=5) and store.warning is None
    assert SqliteStore(path).load("learner-one", "greetings").step == 2


def test_a_corrupt_review_row_is_skipped_and_counted(tmp_path):
    from store_contract import review_item

    path = tmp_path / "progress.sqlite3"
    store = SqliteStore(path)
    store.save_review("learner-one", review_item(step=1))
    with sqlite3.connect(path) as db:
        rows = [("{not json", "greetings#2"), ('{"schema_version": 2}', "greetings#3")]
        db.executemany(
            "INSERT INTO reviews (learner, item_id, item, updated_at, version)"
            " VALUES ('learner-one', ?, ?, 0, 1)",
            [(key, data) for data, key in rows],
        )
    found = store.reviews("learner-one")
    assert [i.step for i in found.items] == [1] and found.skipped == 2
