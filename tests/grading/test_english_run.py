"""English mixed into a Spanish answer (surroundings.english_run): two clearly English words
in a row, the first a frequent one («the mountains», «my dog»), make the answer English
wherever they stand; a loanword, a title or a name in lower case does not."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer

MIXED = [
    ("excursion", 1, "Quiero ir a the mountains."),
    ("mascota", 7, "Me gusta jugar con my dog en el parque."),
    ("cine", 5, "Quedamos en the cinema door."),
    ("gimnasio", 5, "Quiero estar más fuerte y perder peso y I want to run."),
]
SPANISH = [
    ("concierto", 1, "Me gusta mucho el hip hop."),  # a loanword
    ("concierto", 2, "Mi grupo favorito es The Beatles."),  # a name
    ("telefono", 2, "me llamo peter brown"),  # a name in lower case
]


@pytest.mark.parametrize("lesson, step, text", MIXED)
def test_english_mixed_in_is_refused_as_english(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "english", verdict


@pytest.mark.parametrize("lesson, step, text", SPANISH)
def test_a_loanword_or_a_name_stays_spanish(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct, text
