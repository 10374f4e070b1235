"""Reviews while the progress store fails: kept in memory as lesson turns are, written when
the store is back, and merged with a review another process saved meanwhile."""

import sqlite3

import pytest
from fsrs import Rating

from langbot.practice import Practice
from langbot.review import session
from langbot.review.reviewer import Reviewer
from langbot.storage import FallbackStore, SqliteStore

LEARNER = "review-faults-01"
DAY = 86400.0


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def play_a_miss(tutor, store) -> None:
    """Greetings steps 1-2, step 2 right only after a cue: one review item."""
    practice = Practice(tutor, store)
    for text in ["Hola", "Me llama Ana", "Me llamo Ana"]:
        practice.answer(LEARNER, "greetings", text)


def review_right_first(tutor, reviewer: Reviewer):
    (item,) = reviewer.due(LEARNER)
    turn = session.answer(tutor, item, session.ask(tutor, item), "Me llamo Ana")
    return reviewer.finish(LEARNER, item, turn)


@pytest.fixture
def garbled(tmp_path):
    """A SQLite file behind a FallbackStore, and a way to garble it and to mend it."""
    path = tmp_path / "progress.sqlite3"
    file = SqliteStore(path, retry_for=0.2)
    store = FallbackStore(file, retry_max=0.05)
    state = {}

    def garble() -> None:
        state["intact"] = path.read_bytes()
        path.write_bytes(b"garbage" * 1000)  # every read and write now fails

    def mend() -> None:
        path.write_bytes(state["intact"])

    yield file, store, garble, mend
    store.close()


def test_a_review_answered_while_the_store_fails_is_kept_and_saved_when_it_is_back(tutor, garbled):
    file, store, garble, mend = garbled
    play_a_miss(tutor, store)
    reviewer = Reviewer(tutor, store, Clock(file.reviews(LEARNER).items[0].due))
    reviewer.due(LEARNER)  # the Review page reads the queue, then the store fails
    garble()
    saved = review_right_first(tutor, reviewer)  # no error: kept in memory
    assert "kept" in store.warning and "not a database" in store.failure
    (shown,) = store.reviews(LEARNER).items  # what the pages read meanwhile
    assert shown.history == saved.history and shown.history[-1].rating == Rating.Good
    assert reviewer.due(LEARNER) == []  # answered: not asked again today
    mend()
    assert store.wait_until_saved(timeout=5)
    (stored,) = file.reviews(LEARNER).items
    assert [(r.source, r.rating) for r in stored.history] == [("lesson", 2), ("review", 3)]
    assert store.reviews(LEARNER).items == [stored] and store.warning is None


def test_a_lesson_miss_during_a_fault_keeps_its_item_until_the_store_is_back(tutor, garbled):
    file, store, garble, mend = garbled
    Practice(tutor, store).answer(LEARNER, "greetings", "Hola")
    garble()
    for text in ["Me llama Ana", "Me llamo Ana"]:  # step 2, right after a cue
        Practice(tutor, store).answer(LEARNER, "greetings", text)
    assert [i.step for i in store.reviews(LEARNER).items] == [2]
    mend()
    assert store.wait_until_saved(timeout=5)
    (stored,) = file.reviews(LEARNER).items
    assert (stored.step, stored.wrote, stored.history[-1].rating) == (2, "Me llama Ana", 2)


class ReadOnlySqlite(SqliteStore):
    """The progress file opened read-only, as after `chmod a-w` (the tests run as root)."""

    def _connect(self):
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)


def test_a_kept_review_and_one_saved_meanwhile_by_another_server_are_both_kept(tutor, tmp_path):
    path = tmp_path / "progress.sqlite3"
    file = SqliteStore(path, retry_for=0.2)
    play_a_miss(tutor, file)
    due = file.reviews(LEARNER).items[0].due
    store = FallbackStore(ReadOnlySqlite(path, retry_for=0.2), retry_max=0.05)
    this_server = Reviewer(tutor, store, Clock(due))  # it can read the file, not write it
    review_right_first(tutor, this_server)
    assert store.waiting() == 1
    other = Reviewer(tutor, SqliteStore(path), Clock(due + 60))  # another server, writing
    (item,) = other.due(LEARNER)
    turn = session.answer(tutor, item, session.ask(tutor, item), "Me llama Ana")
    turn = session.answer(tutor, item, turn.conversation, "Me llamo Ana")
    other.finish(LEARNER, item, turn)
    store.primary = SqliteStore(path, retry_for=0.2)  # this server can write again
    assert store.wait_until_saved(timeout=5)
    (stored,) = file.reviews(LEARNER).items
    assert sorted(r.rating for r in stored.history if r.source == "review") == [2, 3]
    assert stored.version == 3  # the lesson's, the other server's, then ours replayed on it
    store.close()
