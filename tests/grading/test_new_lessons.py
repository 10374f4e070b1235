"""Two more lessons written in YAML alone from the README (tests/data/authoring/tienda.yaml:
a clothes shop; tiempo.yaml: the weather and the seasons), with learner answers written blind
and committed before the judge ran on them. A row is tuning when the SHA-1 of
"<lesson>|<step>|<text>" starts with an even hex digit (<lesson>_eval.yaml), held out otherwise
(<lesson>_eval-heldout.yaml, which no test reads: its figures were read once, for a report)."""

import hashlib
from pathlib import Path

import pytest

import langbot.wiring  # noqa: F401  (names the built-in judge a bare Tutor uses)
from langbot.evaluation import check_eval_set, load_eval_set, run_row
from langbot.grading.checks import check_lessons
from langbot.lessons import load_lesson_file
from langbot.tutor import Tutor

AUTHORING = Path(__file__).resolve().parents[1] / "data" / "authoring"
LESSONS = ("tienda", "tiempo")
# Floors from the figures measured on the tuning rows (right accepted, wrong rejected):
# tienda 31/32 and 43/50, tiempo 37/37 and 41/42. The wrong answers still accepted are
# grammar the rules do not catch yet (see the report of branch issue-newlesson).
FLOORS = {"tienda": (0.96, 0.86), "tiempo": (1.0, 0.97)}


def _lessons():
    return {name: load_lesson_file(AUTHORING / f"{name}.yaml") for name in LESSONS}


def test_the_new_lessons_pass_the_start_up_check():
    lessons = _lessons()
    check_lessons(lessons, AUTHORING)  # raises naming the step if a model answer is refused
    assert all(not step.accept for lesson in lessons.values() for step in lesson.steps)


@pytest.mark.parametrize("name", LESSONS)
def test_the_rows_are_split_by_their_hash(name):
    lessons = _lessons()
    for half, even in (("_eval", True), ("_eval-heldout", False)):
        rows = load_eval_set(AUTHORING / f"{name}{half}.yaml")
        check_eval_set(rows, lessons)
        for row in rows:
            digit = hashlib.sha1(f"{row.lesson}|{row.step}|{row.text}".encode()).hexdigest()[0]
            assert (digit in "02468ace") == even, row.where


@pytest.mark.parametrize("name", LESSONS)
def test_the_tutor_grades_the_tuning_rows_at_least_as_well_as_measured(name):
    tutor = Tutor(_lessons())
    rows = load_eval_set(AUTHORING / f"{name}_eval.yaml")
    results = [run_row(tutor, row) for row in rows]
    right = [r for r in results if r.row.expected == "correct"]
    wrong = [r for r in results if r.row.expected == "incorrect"]
    accepted = sum(r.accepted for r in right) / len(right)
    rejected = sum(not r.accepted for r in wrong) / len(wrong)
    misses = [r.row.text for r in results if not r.right]
    assert accepted >= FLOORS[name][0], (accepted, misses)
    assert rejected >= FLOORS[name][1], (rejected, misses)
