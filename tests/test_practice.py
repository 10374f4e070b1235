"""Practising with saved progress: first-answer saves, stale tabs, races, repaired rows."""

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from langbot.errors import StaleTurn
from langbot.practice import STALE_TURN, Practice
from langbot.storage import FallbackStore, SqliteStore


@pytest.fixture
def practice(tutor, store):
    return Practice(tutor, store)


def test_opening_a_lesson_saves_nothing_and_the_first_answer_does(practice, store):
    conv = practice.resume("learner-one", "greetings")
    assert conv.step == 1 and store.statuses("learner-one") == {}
    practice.answer("learner-one", "greetings", "Hola", expected_step=1)
    assert store.load("learner-one", "greetings").step == 2


def test_an_answer_for_a_step_no_longer_current_is_refused_before_grading(practice, store):
    practice.answer("learner-one", "greetings", "Hola", expected_step=1)  # tab A moves on
    with pytest.raises(StaleTurn) as info:  # tab B still shows step 1
        practice.answer("learner-one", "greetings", "Hola", expected_step=1)
    assert str(info.value) == STALE_TURN and "no try was used" in str(info.value)
    stored = store.load("learner-one", "greetings")
    assert (stored.step, stored.attempt) == (2, 1)
    assert sum(t.role == "learner" for t in stored.transcript) == 1


def test_answers_sent_at_once_from_tabs_keep_one_and_refuse_the_rest(practice, store):
    practice.answer("learner-one", "greetings", "Hola", expected_step=1)
    barrier = threading.Barrier(8)
    real_commit = practice.commit

    def commit_together(learner, outcome):
        barrier.wait()  # every tab has judged its answer before any saves
        return real_commit(learner, outcome)

    practice.commit = commit_together

    def answer(n: int) -> str:
        try:
            practice.answer("learner-one", "greetings", f"Me llamo Ana{'a' * n}", expected_step=2)
            return "saved"
        except StaleTurn:
            return "reload"

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(answer, range(8)))
    assert results.count("saved") == 1 and results.count("reload") == 7
    stored = store.load("learner-one", "greetings")
    assert stored.step == 3 and sum(t.role == "learner" for t in stored.transcript) == 2


def test_a_finish_is_recorded_with_its_summary(practice, store, tutor):
    lesson = tutor.lesson("greetings")
    for number, step in enumerate(lesson.steps, 1):
        practice.answer("learner-one", "greetings", step.model_answer, expected_step=number)
    (done,) = store.completions("learner-one")
    assert done["lesson_id"] == "greetings" and done["summary"]["first_try"] == len(lesson.steps)


def test_a_step_past_the_lessons_end_is_repaired_not_a_crash(practice, store, tutor):
    conv = tutor.start("greetings").model_copy(update={"step": 40, "attempt": 2})
    store.save("learner-one", conv)
    last = len(tutor.lesson("greetings").steps)
    assert practice.resume("learner-one", "greetings").step == last
    assert practice.statuses("learner-one")["greetings"].step == last
    outcome = practice.answer("learner-one", "greetings", "Adiós", expected_step=last)
    assert outcome.conversation.completed


def test_rows_for_lessons_that_no_longer_exist_are_left_out(practice, store, tutor):
    store.save("learner-one", tutor.start("greetings").model_copy(update={"lesson_id": "gone"}))
    assert practice.statuses("learner-one") == {}


def read_only(path):
    """Connections to the file from now on are read-only, as after `chmod a-w` (we run as root)."""

    def connect(self):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)

    return connect


def test_a_file_that_turns_read_only_mid_lesson_never_restarts_it(tutor, tmp_path, monkeypatch):
    path = tmp_path / "progress.sqlite3"
    store = FallbackStore(SqliteStore(path, retry_for=0.2), retry_max=0.05)
    practice = Practice(tutor, store)
    for number, text in enumerate(["Hola", "Me llamo Ana"], 1):
        practice.answer("learner-one", "greetings", text, expected_step=number)
    monkeypatch.setattr(SqliteStore, "_connect", read_only(path))
    outcome = practice.answer("learner-one", "greetings", "Soy de Lima", expected_step=3)
    assert outcome.verdict.correct  # judged against step 3, not step 1
    assert practice.resume("learner-one", "greetings").step == 4
    assert "readonly" in store.failure and "kept" in store.warning
    monkeypatch.undo()
    assert store.wait_until_saved(timeout=5) and store.warning is None
    assert SqliteStore(path).load("learner-one", "greetings").step == 4


def test_a_file_garbled_mid_lesson_keeps_the_learner_practising_from_memory(tutor, tmp_path):
    path = tmp_path / "progress.sqlite3"
    file = SqliteStore(path, retry_for=0.2)
    store = FallbackStore(file, retry_max=0.05)
    practice = Practice(tutor, store)
    practice.answer("learner-one", "greetings", "Hola", expected_step=1)
    intact = path.read_bytes()
    path.write_bytes(b"garbage" * 1000)  # every read and write now fails
    assert practice.resume("learner-one", "greetings").step == 2  # not a restarted lesson
    outcome = practice.answer("learner-one", "greetings", "Me llamo Ana", expected_step=2)
    assert outcome.verdict.correct and outcome.conversation.step == 3
    assert "not a database" in store.failure and "kept" in store.warning
    path.write_bytes(intact)
    assert store.wait_until_saved(timeout=5)
    assert file.load("learner-one", "greetings").step == 3
    store.close()
