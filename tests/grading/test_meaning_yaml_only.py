"""Steps graded by what they ask alone, with no `accept` patterns: the shipped steps of the
kinds read from numbers, places and questions, their patterns stripped, against their rows
of the tuning set; and lessons written in YAML alone (tests/data/authoring/medico.yaml,
hotel.yaml) against answers written in learners' style."""

from pathlib import Path

import pytest
from helpers import table

from langbot.evaluation import EVALS_DIR, load_eval_set
from langbot.grading import accepts_answer, grade_answer
from langbot.lessons import Lesson, load_lesson_file, load_lessons
from langbot.replies import follow_up_for

KINDS = ("number", "phone_number", "date", "location", "directions", "question", "activity")
AUTHORING = Path(__file__).resolve().parents[1] / "data" / "authoring"
YAML_ONLY = ("medico", "hotel")  # lessons with no patterns, answers in tests/data/cases/


def _without_patterns(lesson: Lesson, number: int) -> Lesson:
    """The lesson with one step's `accept` patterns (and the slots only they named) removed."""
    data = lesson.model_dump()
    step = data["steps"][number - 1]
    asked = {step["asks"]["of"] or step["asks"]["kind"]}
    step["accept"] = []
    step["slots"] = {name: kind for name, kind in step["slots"].items() if name in asked}
    return Lesson.model_validate(data)


def _steps() -> list[tuple[str, int]]:
    return [
        (lesson.id, number)
        for lesson in load_lessons().values()
        for number, step in enumerate(lesson.steps, 1)
        if step.asks is not None and step.asks.kind in KINDS
    ]


@pytest.mark.parametrize("lesson_id,number", _steps())
def test_a_step_without_its_patterns_grades_its_rows_no_worse(lesson_id, number):
    lesson = load_lessons()[lesson_id]
    bare = _without_patterns(lesson, number)
    rows = [r for r in load_eval_set(EVALS_DIR / f"{lesson_id}.yaml") if r.step == number]
    assert rows, f"evals/{lesson_id}.yaml has no row for step {number}"
    scores = {"patterns": [0, 0], "asks only": [0, 0]}
    for row in rows:
        right = row.expected == "correct"
        for name, version in (("patterns", lesson), ("asks only", bare)):
            scores[name][0 if right else 1] += (
                grade_answer(version, number, row.text).correct == right
            )
    with_patterns, asks_only = scores["patterns"], scores["asks only"]
    assert asks_only[0] >= with_patterns[0], (
        f"right answers accepted: {asks_only} < {with_patterns}"
    )
    assert asks_only[1] >= with_patterns[1], (
        f"wrong answers rejected: {asks_only} < {with_patterns}"
    )
    model = bare.step(number).model_answer
    assert grade_answer(bare, number, model).correct, model


def _lesson(name: str) -> Lesson:
    return load_lesson_file(AUTHORING / f"{name}.yaml")


@pytest.mark.parametrize("name", YAML_ONLY)
def test_a_yaml_only_lesson_has_no_patterns_and_takes_every_model_answer(name):
    lesson = _lesson(name)
    assert {step.asks.kind for step in lesson.steps if step.asks} == set(KINDS)
    assert all(not step.accept for step in lesson.steps)
    for number, step in enumerate(lesson.steps, 1):
        assert grade_answer(lesson, number, step.model_answer).correct, step.model_answer


def _cases(section: str, fields: str) -> list[tuple]:
    return [(name, *row) for name in YAML_ONLY for row in table(name, section, fields)]


@pytest.mark.parametrize("name,number,text", _cases("right", "step,text"))
def test_a_learners_right_answer_to_a_yaml_only_lesson_is_right(name, number, text):
    lesson = _lesson(name)
    verdict = grade_answer(lesson, number, text)
    assert verdict.correct, (verdict.category, verdict.errors)
    assert accepts_answer(lesson, number, text)


@pytest.mark.parametrize("name,number,text,why", _cases("wrong", "step,text,why"))
def test_a_wrong_answer_to_a_yaml_only_lesson_is_a_miss(name, number, text, why):
    lesson = _lesson(name)
    assert not grade_answer(lesson, number, text).correct, why
    assert not accepts_answer(lesson, number, text)


@pytest.mark.parametrize(
    "text,echoed",
    [
        ("Es el 612, 345, 789.", "612, 345, 789"),
        ("Sí, es el seis, uno, dos, tres, cuatro, cinco.", "seis, uno, dos, tres, cuatro, cinco"),
        ("Es el seis uno dos, tres cuatro cinco, gracias.", "seis uno dos, tres cuatro cinco"),
        ("Seis, uno, dos.", "Seis, uno, dos"),
    ],
)
def test_a_phone_number_said_with_commas_is_echoed_whole(text, echoed):
    # the value read goes on past the commas inside it, and stops at the clause after it
    data = _lesson("medico").model_dump()
    number = next(n for n, s in enumerate(data["steps"], 1) if s["asks"]["kind"] == "phone_number")
    data["steps"][number - 1]["follow_up"] = "Apunto el {phone_number}."
    lesson = Lesson.model_validate(data)
    verdict = grade_answer(lesson, number, text)
    assert verdict.correct, verdict
    assert follow_up_for(lesson.step(number), verdict, {})[0] == f"Apunto el {echoed}."
