"""Wrong answers that a lesson's `accept` pattern used to let through, though the meaning
readers refuse them: the pattern is gone or narrowed, and the step's right answers, read by
its `asks`, still pass. English around an answer is English, even the words a phrase list
keeps so that it can read them («thanks», «see you»)."""

import pytest

from langbot.grading import accepts_answer, grade_answer
from langbot.lessons import load_lessons

LESSONS = load_lessons()

WRONG = [
    ("directions", 1, "¿Dónde estás la estación?", "«estás»: where are you, the station"),
    ("directions", 2, "¿sigues todo recto y giras a la derecha?", "the bot's tú, not «sigo»"),
    ("family", 8, "Sí, tengo un pero.", "«pero» for «perro»"),
    ("likes", 2, "Sí, me gusta la música.", "says no kind of music"),
    ("likes", 6, "Sí, me gusta leer.", "says nothing read"),
    ("numbers", 2, "I'm 22", "English"),
    ("numbers", 5, "Mi número está seis, cero, cero, cuatro, cuatro, dos.", "«está»"),
    ("numbers", 6, "en mi clase tiene doce estudiantes", "«tiene» for «hay»"),
    ("routine", 6, "Me levanto a las siete.", "getting up, not the afternoon"),
    ("routine", 6, "Por la mañana me ducho", "the morning, asked the afternoon"),
]  # fmt: skip

RIGHT = [
    ("directions", 1, "¿La estación, por favor?"),
    ("directions", 1, "Sí, ¿dónde está la estación?"),
    ("directions", 2, "¿Y luego a la derecha?"),
    ("directions", 2, "Entonces, ¿giro a la derecha?"),
    ("directions", 2, "¿Todo recto y después a la derecha?"),
    ("family", 8, "Sí, tengo uno."),
    ("family", 8, "Sí, tengo."),
    ("family", 8, "Sí, tengo un perro."),
    ("likes", 2, "Me gusta toda la música."),
    ("likes", 2, "El pop."),
    ("likes", 2, "Me encanta el reguetón."),
    ("likes", 6, "Me gusta leer de todo."),
    ("likes", 6, "Me gusta leer novelas."),
    ("numbers", 2, "22 años"),
    ("numbers", 2, "Veinte."),
    ("numbers", 5, "Mi número es 612, 345, 789."),
    ("numbers", 5, "El seis, uno, dos, tres, cuatro, cinco, seis, siete, ocho."),
    ("numbers", 6, "Doce."),
    ("numbers", 6, "Veinte estudiantes."),
    ("routine", 6, "Por la tarde veo la tele."),
    ("routine", 6, "Juego al fútbol."),
]

ENGLISH = [
    ("cafe", 3, "A sandwich please"),
    ("cafe", 4, "no thanks"),
    ("weekend", 5, "ok see you at 8.30"),
]


@pytest.mark.parametrize("lesson,step,text,why", WRONG)
def test_a_wrong_answer_no_pattern_lets_through_is_a_miss(lesson, step, text, why):
    verdict = grade_answer(LESSONS[lesson], step, text)
    assert not verdict.correct, why
    assert not accepts_answer(LESSONS[lesson], step, text), why


@pytest.mark.parametrize("lesson,step,text", RIGHT)
def test_a_right_answer_to_a_step_whose_patterns_were_narrowed_is_still_right(lesson, step, text):
    verdict = grade_answer(LESSONS[lesson], step, text)
    assert verdict.correct, (verdict.category, verdict.errors)
    assert accepts_answer(LESSONS[lesson], step, text)


@pytest.mark.parametrize("lesson,step,text", ENGLISH)
def test_english_around_an_answer_is_answered_in_spanish_please(lesson, step, text):
    verdict = grade_answer(LESSONS[lesson], step, text)
    assert not verdict.correct
    assert verdict.errors == ("Try it in Spanish!",)
