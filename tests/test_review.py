"""Spaced review: FSRS scheduling with an injected clock, outcome to rating, the due queue,
lesson misses becoming items, and asking an item with the lesson's own tutor."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from store_contract import review_item

from langbot.errors import InputRejected, SaveConflict
from langbot.practice import Practice
from langbot.review import session
from langbot.review.items import Review, ReviewItem, item_key
from langbot.review.progress import practice_days, streak
from langbot.review.queue import describe_next, due_count, due_queue, end_of_day, next_due
from langbot.review.reviewer import Reviewer
from langbot.review.scheduling import CLOCK_SHIFT, outcome_rating, schedule, system_clock
from langbot.storage import MemoryStore

DAY = 86400.0
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()  # a Monday morning
LEARNER = "review-learner-01"


def item(lesson_id: str = "greetings", step: int = 2, due: float = T0, **more) -> ReviewItem:
    return review_item(
        step, lesson_id, **{"wrote": "Me llama Ana", "due": due, "created_at": T0, **more}
    )


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("outcome", "last", "rating"),
    [
        ("first_try", None, Rating.Good),
        ("first_try", int(Rating.Hard), Rating.Good),
        ("first_try", int(Rating.Again), Rating.Good),
        ("first_try", int(Rating.Good), Rating.Easy),
        ("first_try", int(Rating.Easy), Rating.Easy),
        ("after_cue", None, Rating.Hard),
        ("after_cue", int(Rating.Good), Rating.Hard),
        ("revealed", None, Rating.Again),
        ("revealed", int(Rating.Easy), Rating.Again),
    ],
)
def test_an_outcome_becomes_its_fsrs_rating(outcome, last, rating):
    assert outcome_rating(outcome, last) == rating


def test_fsrs_schedules_by_the_injected_clock_not_the_wall_clock():
    again = schedule(item(), Rating.Again, T0, "lesson")
    assert again.due == T0 + DAY and again.history[-1].rating == 1
    good = schedule(again, Rating.Good, again.due)
    easy = schedule(good, Rating.Easy, good.due)
    # each right answer spaces the next review further out; a reveal brings it back tomorrow
    assert good.due - again.due > DAY and easy.due - good.due > good.due - again.due
    missed = schedule(easy, Rating.Again, easy.due)
    assert missed.due == easy.due + DAY
    assert [r.rating for r in missed.history] == [1, 3, 4, 1]


def test_a_hard_review_comes_back_sooner_than_a_good_one():
    start = schedule(item(), Rating.Again, T0, "lesson")
    hard = schedule(start, Rating.Hard, start.due)
    good = schedule(start, Rating.Good, start.due)
    assert hard.due < good.due


def test_the_shift_setting_moves_only_the_review_clock(monkeypatch):
    monkeypatch.setenv(CLOCK_SHIFT, "2")
    import time

    assert system_clock() - time.time() == pytest.approx(2 * DAY, abs=5)
    monkeypatch.setenv(CLOCK_SHIFT, "soon")
    assert system_clock() == pytest.approx(time.time(), abs=5)


def test_the_queue_holds_todays_items_longest_overdue_first():
    items = [
        item(step=1, due=T0 + 3 * DAY),
        item(step=2, due=T0 + 5 * 3600),  # later today
        item(step=3, due=T0 - 2 * DAY),
        item(step=4, due=end_of_day(T0)),  # tomorrow, midnight
    ]
    assert [i.step for i in due_queue(items, T0)] == [3, 2]
    assert due_count(items, T0) == 2
    assert next_due(items, T0) == end_of_day(T0)
    assert describe_next(next_due(items, T0), T0).endswith("is tomorrow.")
    assert "in 3 days (Thu 05 Mar)" in describe_next(T0 + 3 * DAY, T0)
    assert "no reviews yet" in describe_next(None, T0)


def test_a_lesson_miss_becomes_an_item_due_tomorrow(tutor):
    store, clock = MemoryStore(), Clock()
    practice = Practice(tutor, store)
    for text in ["Hola", "Me llama Ana", "Me llamo Ana"]:
        practice.answer(LEARNER, "greetings", text)
    (only,) = store.reviews(LEARNER).items
    assert (only.lesson_id, only.step, only.wrote, only.correction) == (
        "greetings",
        2,
        "Me llama Ana",
        "Me llamo Ana",
    )
    assert only.bot == tutor.lesson("greetings").steps[1].bot
    assert "reflexive" in only.kinds or "verb" in only.kinds
    assert only.history[-1].source == "lesson" and only.history[-1].rating == Rating.Hard
    reviewer = Reviewer(tutor, store, clock)
    assert reviewer.due(LEARNER) == []  # not before tomorrow
    clock.now = only.due
    assert [i.id for i in reviewer.due(LEARNER)] == [item_key("greetings", 2)]


def test_a_step_right_first_time_makes_no_item(tutor):
    store = MemoryStore()
    Practice(tutor, store).answer(LEARNER, "greetings", "Hola")
    assert store.reviews(LEARNER).items == []


def test_a_revealed_step_is_rated_again(tutor):
    store = MemoryStore()
    practice = Practice(tutor, store)
    for text in ["Hola", "¿Qué hora es?", "My name is Ana", "me gusta el café"]:
        practice.answer(LEARNER, "greetings", text)
    (only,) = store.reviews(LEARNER).items
    assert only.history[-1].rating == Rating.Again and only.wrote == "me gusta el café"


def test_a_review_keeps_the_three_try_rule_and_never_leaks_the_answer(tutor):
    it, answer = item(), tutor.lesson("greetings").steps[1].model_answer
    conv = session.ask(tutor, it)
    assert [t.text for t in conv.transcript] == [tutor.lesson("greetings").steps[1].bot]
    shown = []
    for number, text in enumerate(["¿Qué hora es?", "My name is Ana", "me gusta el café"], 1):
        turn = session.answer(tutor, it, conv, text)
        shown += [m.text for m in turn.messages]
        conv = turn.conversation
        if number < 3:
            assert not turn.finished and conv.attempt == number + 1
            assert not any(answer in line for line in shown)  # no answer before the third miss
    assert turn.outcome == "revealed" and any(answer in line for line in shown)
    # the tutor's next lesson line never appears in a review
    assert all(t.step == 2 for t in conv.transcript)


def test_right_after_a_cue_and_right_first_time(tutor):
    it = item()
    turn = session.answer(tutor, it, session.ask(tutor, it), "Me llama Ana")
    turn = session.answer(tutor, it, turn.conversation, "Me llamo Ana")
    assert turn.outcome == "after_cue"
    first = session.answer(tutor, it, session.ask(tutor, it), "Me llamo Ana")
    assert first.outcome == "first_try" and first.messages[0].kind == "followup"


def test_empty_input_costs_no_try(tutor):
    it = item()
    with pytest.raises(InputRejected):
        session.answer(tutor, it, session.ask(tutor, it), "   ")


def test_an_answer_from_a_second_tab_is_applied_not_lost(tutor):
    store, clock = MemoryStore(), Clock(T0 + 2 * DAY)
    saved = store.save_review(LEARNER, schedule(item(), Rating.Again, T0, "lesson"))
    reviewer = Reviewer(tutor, store, clock)
    tab_a, tab_b = saved, saved  # both tabs loaded the same version
    turn = session.answer(tutor, tab_a, session.ask(tutor, tab_a), "Me llamo Ana")
    reviewer.finish(LEARNER, tab_a, turn)
    reviewer.finish(LEARNER, tab_b, turn)  # conflicts, reloads, applies again
    (stored,) = store.reviews(LEARNER).items
    assert [r.rating for r in stored.history] == [1, 3, 4] and stored.version == 3
    with pytest.raises(SaveConflict):
        store.save_review(LEARNER, tab_b)


def test_an_item_whose_step_is_gone_is_left_out(tutor):
    store = MemoryStore()
    store.save_review(LEARNER, item(step=99))
    store.save_review(LEARNER, item(lesson_id="gone"))
    assert Reviewer(tutor, store, Clock()).due(LEARNER) == []


class LosesReviewSaves(MemoryStore):
    """A store whose review saves fail for a while, as in an outage mid-lesson."""

    failing = True

    def save_review(self, learner, item):
        if self.failing:
            from langbot.errors import StorageError

            raise StorageError("The progress store cannot be used (database is locked).")
        return super().save_review(learner, item)


def test_an_item_lost_to_an_outage_mid_lesson_is_made_at_the_lessons_end(tutor):
    store = LosesReviewSaves()
    practice = Practice(tutor, store)
    for text in ["Hola", "Me llama Ana", "Me llamo Ana"]:
        practice.answer(LEARNER, "greetings", text)  # the turn is saved; the item is not
    assert store.reviews(LEARNER).items == []
    store.failing = False
    for text in ["Soy de Londres", "Estoy bien", "Sí, soy estudiante"]:
        practice.answer(LEARNER, "greetings", text)
    for text in ["Hablo un poco de español", "Adiós"]:
        practice.answer(LEARNER, "greetings", text)
    assert store.completions(LEARNER)
    (only,) = store.reviews(LEARNER).items
    assert (only.step, only.wrote, only.history[-1].rating) == (2, "Me llama Ana", Rating.Hard)


def finish_before_reviews_existed(tutor, store, answers: list[str]) -> None:
    """A whole greetings lesson saved as the app saved it before review items existed."""
    conv = tutor.start("greetings")
    for text in answers:
        conv = store.save(LEARNER, tutor.respond(conv, text).conversation)
    assert conv.completed
    store.record_completion(LEARNER, "greetings", {"steps": 7, "first_try": 5})


OLD_LESSON = [
    "Hola", "Me llama Ana", "Me llamo Ana", "Soy de Londres", "soy bien", "¿Qué hora es?",
    "me gusta el café", "Sí, soy estudiante", "Hablo un poco de español", "Adiós",
]  # fmt: skip


def test_lessons_finished_before_reviews_existed_get_their_items_once(tutor):
    store = MemoryStore()
    finish_before_reviews_existed(tutor, store, OLD_LESSON)
    assert store.reviews(LEARNER).items == []
    finished_at = store.completions(LEARNER)[0]["completed_at"]
    reviewer = Reviewer(tutor, store, Clock(finished_at + 2 * DAY))
    assert reviewer.backfill(LEARNER) == 2
    made = {i.step: i for i in store.reviews(LEARNER).items}
    assert (made[2].wrote, made[2].correction) == ("Me llama Ana", "Me llamo Ana")
    assert made[4].wrote == "me gusta el café"
    # rated as the lesson would have (Hard after a cue, Again when shown), on the day it was
    # finished: due since the day after, and no new practice day today
    assert [(i.history[0].rating, i.history[0].at) for i in made.values()] == [
        (Rating.Hard, finished_at),
        (Rating.Again, finished_at),
    ]
    assert [i.step for i in reviewer.due(LEARNER)] == [2, 4]
    (first,) = [i for i in reviewer.due(LEARNER) if i.step == 2]
    turn = session.answer(tutor, first, session.ask(tutor, first), "Me llamo Ana")
    reviewer.finish(LEARNER, first, turn)
    before = {i.id: (i.version, i.history) for i in store.reviews(LEARNER).items}
    assert reviewer.backfill(LEARNER) == 0  # again: nothing made, nothing touched
    assert {i.id: (i.version, i.history) for i in store.reviews(LEARNER).items} == before


def test_a_lesson_in_progress_or_right_throughout_makes_no_backfilled_items(tutor):
    store = MemoryStore()
    conv = tutor.start("greetings")
    for text in ["Hola", "Me llama Ana"]:  # a miss, but the lesson is not finished
        conv = store.save(LEARNER, tutor.respond(conv, text).conversation)
    assert Reviewer(tutor, store, Clock()).backfill(LEARNER) == 0
    assert store.reviews(LEARNER).items == []


LA, TOKYO = ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Tokyo")


def at(zone, *when) -> float:
    return datetime(*when, tzinfo=zone).timestamp()


def test_days_in_a_row_count_the_learners_own_midnight_not_utcs():
    # 23:30 and 00:30 in Los Angeles: two days practised there, one UTC day (the 2nd)
    done = item(history=[Review(at(LA, 2026, 3, 1, 23, 30), 2, "lesson"),
                         Review(at(LA, 2026, 3, 2, 0, 30), 3)])  # fmt: skip
    now = at(LA, 2026, 3, 2, 1, 0)
    assert streak(practice_days([], [done], LA), now, LA) == 2
    assert streak(practice_days([], [done]), now) == 1  # what counting in UTC said
    # a day later in LA, still no practice today: the two days before still count
    assert streak(practice_days([], [done], LA), at(LA, 2026, 3, 3, 23, 59), LA) == 2
    assert streak(practice_days([], [done], LA), at(LA, 2026, 3, 4, 0, 1), LA) == 0


def test_due_today_ends_at_the_learners_midnight():
    now = at(TOKYO, 2026, 3, 2, 23, 0)  # 14:00 UTC
    tonight = item(step=2, due=at(TOKYO, 2026, 3, 2, 23, 50))
    tomorrow = item(step=3, due=at(TOKYO, 2026, 3, 3, 1, 0))  # still the 2nd in UTC
    assert [i.step for i in due_queue([tonight, tomorrow], now, TOKYO)] == [2]
    assert due_count([tonight, tomorrow], now, TOKYO) == 1
    assert next_due([tonight, tomorrow], now, TOKYO) == tomorrow.due
    assert describe_next(tomorrow.due, now, TOKYO).endswith("is tomorrow.")
    clock = Clock(now)
    reviewer = Reviewer(None, MemoryStore(), clock, TOKYO)  # type: ignore[arg-type]
    reviewer.store.save_review(LEARNER, tonight)
    reviewer.store.save_review(LEARNER, tomorrow)
    assert reviewer.due_today(LEARNER) == 1
    clock.now = at(TOKYO, 2026, 3, 3, 0, 0)  # past the learner's midnight
    assert reviewer.due_today(LEARNER) == 2
