"""What every progress store must do; each store's test module runs these against its own."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from langbot.conversation import Conversation, Turn
from langbot.errors import SaveConflict, StaleTurn, StorageError
from langbot.practice import DAMAGED, Practice
from langbot.review.items import ReviewItem
from langbot.storage import FallbackStore


def conversation(lesson_id: str = "greetings", step: int = 1, attempt: int = 1) -> Conversation:
    return Conversation(
        lesson_id=lesson_id,
        step=step,
        attempt=attempt,
        transcript=[
            Turn(role="bot", kind="line", text="¡Hola! Soy Sofía.", step=1, gloss="Hi!"),
            Turn(role="learner", kind="answer", text="**hola** <script>", step=1),
        ],
        facts={"name": "Ana"},
    )


def moved(conv: Conversation, **changes) -> Conversation:
    """The conversation one turn later, still at the version it was loaded at."""
    return conv.model_copy(update=changes)


class Flaky:
    """Wraps a store; while `broken` is set writes fail as on a locked file (reads too if asked)."""

    WRITES = ("save", "record_completion")

    def __init__(self, store) -> None:
        self.store, self.broken, self.reads_too = store, threading.Event(), False

    def __getattr__(self, name):
        method = getattr(self.store, name)

        def call(*args, **kwargs):
            if self.broken.is_set() and (self.reads_too or name in self.WRITES):
                raise StorageError("The progress store cannot be used (database is locked).")
            return method(*args, **kwargs)

        return call


def notices(conv: Conversation) -> list[str]:
    return [t.text for t in conv.transcript if t.kind == "notice"]


class StoreContract:
    """Subclass in a test module that provides a `store` fixture and a `damage` fixture
    (a function that cuts a stored conversation short, as a torn write would)."""

    def test_save_and_load_round_trip(self, store):
        saved = store.save("learner-one", conversation(step=3, attempt=2))
        loaded = store.load("learner-one", "greetings")
        assert loaded == saved and loaded.step == 3 and loaded.attempt == 2
        assert loaded.transcript[1].text == "**hola** <script>"
        assert store.load("learner-one", "cafe") is None

    def test_save_replaces_the_previous_state(self, store):
        first = store.save("learner-one", conversation(step=2))
        store.save("learner-one", moved(first, step=5, attempt=3))
        loaded = store.load("learner-one", "greetings")
        assert (loaded.step, loaded.attempt) == (5, 3)
        assert list(store.statuses("learner-one")) == ["greetings"]

    def test_a_save_from_an_older_version_is_refused(self, store):
        old = store.save("learner-one", conversation(step=2))
        store.save("learner-one", moved(old, step=3))
        with pytest.raises(SaveConflict):
            store.save("learner-one", moved(old, step=4))  # a tab that did not reload
        with pytest.raises(SaveConflict):
            store.save("learner-one", conversation(step=9))  # a second "first answer"
        assert store.load("learner-one", "greetings").step == 3

    def test_a_forced_save_restarts_and_outdates_every_open_copy(self, store):
        old = store.save("learner-one", conversation(step=5))
        restarted = store.save("learner-one", conversation(step=1), force=True)
        assert store.load("learner-one", "greetings").step == 1
        assert restarted.version > old.version
        with pytest.raises(SaveConflict):
            store.save("learner-one", moved(old, step=6))

    def test_answers_sent_at_once_keep_exactly_one_and_refuse_the_rest(self, store):
        base = store.save("learner-one", conversation(step=2))
        barrier = threading.Barrier(8)

        def answer(n: int) -> str:
            mine = moved(
                store.load("learner-one", "greetings"), attempt=1 + n % 3, facts={"n": str(n)}
            )
            barrier.wait()
            try:
                store.save("learner-one", mine)
                return str(n)
            except SaveConflict:
                return "refused"

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(answer, range(8)))
        winners = [r for r in results if r != "refused"]
        assert len(winners) == 1  # one answer saved, seven told to reload: none silently lost
        stored = store.load("learner-one", "greetings")
        assert stored.facts == {"n": winners[0]} and stored.version == base.version + 1

    def test_learners_never_see_each_other(self, store):
        store.save("learner-one", conversation(step=4))
        store.save("learner-two", conversation(lesson_id="cafe", step=2))
        assert store.load("learner-two", "greetings") is None
        assert set(store.statuses("learner-one")) == {"greetings"}
        assert set(store.statuses("learner-two")) == {"cafe"}
        store.record_completion("learner-one", "greetings", {"first_try": 7})
        assert store.completions("learner-two") == []

    def test_completions_keep_their_summary(self, store):
        summary = {"first_try": 6, "mistakes": [{"text": "¿Qué?"}]}
        store.record_completion("learner-one", "greetings", summary)
        store.record_completion("learner-one", "cafe", {"first_try": 8, "mistakes": []})
        done = store.completions("learner-one")
        assert [c["lesson_id"] for c in done] == ["greetings", "cafe"]
        assert done[0]["summary"] == summary

    def test_an_outage_loses_no_turn_and_no_completion_and_recovers(self, store):
        flaky = Flaky(store)
        fallback = FallbackStore(flaky, retry_min=0.01, retry_max=0.05)
        learners = [f"learner-{n:02d}" for n in range(6)]

        def play(learner: str, turns: range) -> None:
            for _ in turns:
                conv = fallback.load(learner, "greetings") or conversation(step=1)
                fallback.save(learner, moved(conv, step=conv.step + 1))
            fallback.record_completion(learner, "greetings", {"turns": len(turns)})

        with ThreadPoolExecutor(6) as pool:
            list(pool.map(play, learners, [range(5)] * 6))
            flaky.broken.set()  # the store goes away mid-lesson
            list(pool.map(play, learners, [range(5)] * 6))
            assert "memory" in fallback.warning
            # Reads still see every learner's place, never an empty memory.
            assert all(fallback.load(n, "greetings").step == 11 for n in learners)
            flaky.broken.clear()
            assert fallback.wait_until_saved(timeout=10)
        assert fallback.warning is None
        for learner in learners:
            assert store.load(learner, "greetings").step == 11
            assert len(store.completions(learner)) == 2

    def test_a_failed_read_answers_from_memory_and_never_overwrites_the_store(self, store):
        flaky = Flaky(store)
        fallback = FallbackStore(flaky, retry_min=0.01, retry_max=0.05)
        mine = fallback.save("learner-one", conversation(step=4))
        store.save("learner-two", conversation(step=6))  # saved by another app process
        flaky.reads_too = True
        flaky.broken.set()
        # A learner this process has seen keeps their place; one it has not starts afresh.
        assert fallback.load("learner-one", "greetings") == mine
        assert fallback.load("learner-two", "greetings") is None
        assert set(fallback.statuses("learner-one")) == {"greetings"}
        assert fallback.completions("learner-one") == []
        assert "kept" in fallback.warning and "locked" in fallback.failure
        fallback.save("learner-one", moved(mine, step=5))
        fallback.save("learner-two", conversation(step=1))  # practising afresh meanwhile
        flaky.broken.clear()
        assert fallback.wait_until_saved(timeout=10)
        assert store.load("learner-one", "greetings").step == 5
        assert store.load("learner-two", "greetings").step == 6  # their saved place won
        assert fallback.load("learner-two", "greetings").step == 6
        assert fallback.warning is None  # reads work again: no notice

    @pytest.mark.parametrize("wrapped", [False, True], ids=["bare", "fallback"])
    def test_a_damaged_row_gives_a_fresh_lesson_that_saves_with_one_notice(
        self, store, damage, tutor, wrapped
    ):
        practice = Practice(tutor, FallbackStore(store) if wrapped else store)
        practice.answer("learner-one", "greetings", "Hola", expected_step=1)
        practice.answer("learner-one", "greetings", "Me llamo Ana", expected_step=2)
        damage("learner-one", "greetings")
        conv = practice.resume("learner-one", "greetings")
        assert (conv.step, conv.attempt) == (1, 1) and notices(conv) == [DAMAGED]
        assert store.statuses("learner-one") == {}  # nothing was written on a page view
        # The first answer is judged and saved: not "moved on in another tab" for ever.
        outcome = practice.answer("learner-one", "greetings", "Hola", expected_step=1)
        assert outcome.conversation.step == 2
        practice.answer("learner-one", "greetings", "Me llamo Ana", expected_step=2)
        stored = store.load("learner-one", "greetings")
        assert stored.step == 3 and notices(stored) == [DAMAGED]  # told once, not each turn

    def test_two_tabs_on_a_damaged_row_keep_one_answer_and_reload_the_other(
        self, store, damage, tutor
    ):
        practice = Practice(tutor, store)
        practice.answer("learner-one", "greetings", "Hola", expected_step=1)
        damage("learner-one", "greetings")
        first, second = (practice.resume("learner-one", "greetings") for _ in range(2))
        practice.commit("learner-one", tutor.respond(first, "Hola"))
        with pytest.raises(StaleTurn):
            practice.commit("learner-one", tutor.respond(second, "Buenos días"))
        assert store.load("learner-one", "greetings").transcript[-3].text == "Hola"

    # --- review items (spaced review of the learner's misses) ----------------------------

    def test_review_items_round_trip_with_their_schedule(self, store):
        saved = store.save_review("learner-one", review_item(step=2))
        assert saved.version == 1
        (loaded,) = store.reviews("learner-one").items
        assert loaded == saved and loaded.wrote == "**me llama** <b>Ana</b>"
        assert loaded.due == saved.due and loaded.schema_version == 1
        assert store.reviews("learner-one").skipped == 0
        assert store.reviews("learner-two").items == []
        # review items are not conversations and not completions
        assert store.statuses("learner-one") == {} and store.completions("learner-one") == []

    def test_a_review_saved_from_an_older_version_is_refused(self, store):
        first = store.save_review("learner-one", review_item(step=2))
        second = store.save_review("learner-one", first.model_copy(update={"wrote": "b"}))
        assert second.version == 2
        with pytest.raises(SaveConflict):
            store.save_review("learner-one", first.model_copy(update={"wrote": "c"}))
        with pytest.raises(SaveConflict):
            store.save_review("learner-one", review_item(step=2))  # a second "new" item
        (loaded,) = store.reviews("learner-one").items
        assert loaded.wrote == "b" and loaded.version == 2

    def test_reviews_sent_at_once_keep_exactly_one(self, store):
        base = store.save_review("learner-one", review_item(step=3))
        barrier = threading.Barrier(6)

        def review(n: int) -> bool:
            barrier.wait()
            try:
                store.save_review("learner-one", base.model_copy(update={"wrote": str(n)}))
                return True
            except SaveConflict:
                return False

        with ThreadPoolExecutor(6) as pool:
            assert sum(pool.map(review, range(6))) == 1

    def test_many_review_items_per_learner(self, store):
        for step in range(1, 8):
            store.save_review("learner-one", review_item(step=step))
        store.save("learner-one", conversation(step=2))
        assert sorted(i.step for i in store.reviews("learner-one").items) == list(range(1, 8))
        assert list(store.statuses("learner-one")) == ["greetings"]


def review_item(step: int = 2, lesson_id: str = "greetings", **more) -> ReviewItem:
    """A review item (greetings step 2 by default) with learner text that must stay plain."""
    values = {
        "bot": "Me llamo Sofía. ¿Cómo te llamas?",
        "gloss": "My name is Sofía. What's your name?",
        "cue": "Tell Sofía your name.",
        "wrote": "**me llama** <b>Ana</b>",
        "correction": "Me llamo Ana",
        "kinds": ["reflexive"],
        "due": 1_780_000_000.5,
        "created_at": 1_779_900_000.25,
    }
    return ReviewItem(lesson_id=lesson_id, step=step, **{**values, **more})
