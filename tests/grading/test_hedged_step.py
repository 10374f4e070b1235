"""An opinion put before the answer («creo que», «me parece que», «la verdad es que») leaves
the clause after it the answer itself: the step's thing is its subject and the person the
step asks for its verb's («¿Qué tal está el pescado?» «Creo que está muy rica» is wrong)."""

from pathlib import Path

import pytest

from langbot.grading import grade_answer
from langbot.lessons import load_lesson_file, load_lessons

LESSON_DIR = Path(__file__).resolve().parents[2] / "evals" / "yaml-only" / "lessons"


def _lesson(name: str):
    found = load_lessons()
    return found[name] if name in found else load_lesson_file(LESSON_DIR / f"{name}.yaml")


WRONG = [
    ("restaurante", 5, "Creo que está muy rica."),  # «¿Qué tal está el pescado?»
    ("restaurante", 5, "Yo creo que está muy rica."),
    ("restaurante", 5, "Me parece que está sabrosa."),
    ("routine", 7, "Creo que cena a las diez."),  # «¿A qué hora cenas?»
    ("routine", 7, "Yo creo que cena a las diez."),
    ("routine", 7, "La verdad es que cena a las diez."),
    ("routine", 7, "Pues creo que cena a las once."),
]
RIGHT = [
    ("restaurante", 5, "Creo que está riquísimo."),
    ("restaurante", 5, "Me parece que está delicioso."),
    ("restaurante", 5, "Creo que está muy bueno, gracias."),
    ("routine", 7, "Creo que ceno a las diez."),
    ("routine", 7, "Creo que a las once."),
]


@pytest.mark.parametrize(("lesson", "step", "text"), WRONG)
def test_the_clause_after_a_hedge_answers_the_step(lesson, step, text):
    verdict = grade_answer(_lesson(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_a_hedged_right_answer_stays_right(lesson, step, text):
    assert grade_answer(_lesson(lesson), step, text).correct
