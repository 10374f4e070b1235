"""Grading time has a bound: adversarial or odd answers of up to 500 characters never stall
a turn (matching holds the GIL, so one slow answer would freeze every session)."""

import time

import pytest

from langbot.grading import grade_answer
from langbot.grading.language import warm_up

# Generous on a shared, noisy machine, yet far below the 16-60 s these inputs once took.
BOUND_SECONDS = 1.0

ADVERSARIAL = [
    "¿" * 64 + "a",
    "¿" * 499 + "a",
    "hola" + "," * 496,
    "hola" + "-" * 496,
    "sí" + ", " * 249,
    "Mi número es 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0",
    ("uno, dos, " * 50)[:500],
    ("me llamo " * 60)[:500],
    ("a " * 250)[:500],
    ("de la de la " * 50)[:500],
    ("las siete y media " * 30)[:500],
    ("el café " * 70)[:500],
    "a" * 500,
    ("hola sofía " * 50)[:500],
]


@pytest.fixture(scope="module", autouse=True)
def _warm():
    warm_up()  # the one-off word-list load is not a turn's cost


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_every_step_grades_adversarial_text_quickly(lessons, text):
    slowest = 0.0
    for lesson in lessons.values():
        for number in range(1, len(lesson.steps) + 1):
            start = time.perf_counter()
            verdict = grade_answer(lesson, number, text)
            slowest = max(slowest, time.perf_counter() - start)
            assert verdict.category  # it was judged, not dropped
    assert slowest < BOUND_SECONDS, f"one turn took {slowest:.2f} s"
