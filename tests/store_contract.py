"""What every progress store must do; each store's test module runs these against its own."""

from langbot.conversation import Conversation, Turn


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


class StoreContract:
    """Subclass in a test module that provides a `store` fixture."""

    def test_save_and_load_round_trip(self, store):
        conv = conversation(step=3, attempt=2)
        store.save("learner-one", conv)
        assert store.load("learner-one", "greetings") == conv
        assert store.load("learner-one", "cafe") is None

    def test_save_replaces_the_previous_state(self, store):
        store.save("learner-one", conversation(step=2))
        store.save("learner-one", conversation(step=5, attempt=3))
        loaded = store.load("learner-one", "greetings")
        assert (loaded.step, loaded.attempt) == (5, 3)
        assert list(store.statuses("learner-one")) == ["greetings"]

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
