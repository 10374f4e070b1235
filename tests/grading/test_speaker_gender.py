"""What the speaker says of themselves agrees with the gender of the name they give
(rules/everyday_names.py): «Soy Tom. Encantada.» is refused at an introduction step."""

from helpers import lesson_named

from langbot.grading import grade_answer


def test_a_greeting_of_the_other_gender_than_the_name_is_refused():
    lesson = lesson_named("vecino")
    verdict = grade_answer(lesson, 1, "Hola, Marta. Soy Tom. Encantada.")
    assert not verdict.correct and verdict.category == "grammar", verdict
    assert grade_answer(lesson, 1, "Hola, Marta. Soy Tom. Encantado.").correct
    assert grade_answer(lesson, 1, "Hola, Marta. Me llamo Sarah. Encantada.").correct
