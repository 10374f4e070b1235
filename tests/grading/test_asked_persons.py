"""The person the learner answers in, read from the bot's question (langbot/grading/asked_persons.py):
«¿Cómo quiere pagar?» is answered «pago», not «paga», though the model answer has no verb."""

import pytest
from helpers import lesson_named

from langbot.grading import grade_answer
from langbot.grading.asked_persons import asked_persons
from langbot.grading.knowledge import knowledge

# (lesson, step, answer): the bot asks the learner; the answer's verb is in another person.
WRONG = [
    ("correos", 8, "Paga en efectivo."),  # «¿Cómo quiere pagar?»
    ("farmacia", 8, "Pagar en efectivo."),
    ("tren", 4, "Sale a las nueve."),  # «¿A qué hora quiere salir?»
    ("gimnasio", 3, "Puede venir los lunes."),  # «¿Qué días puedes venir?»
    ("mudanza", 7, "Sí, claro. Te ayuda."),  # «¿Me ayudas con él?»
    # a group is asked («¿dónde prefieren sentarse?», «ponemos»): others are no answer
    ("teatro", 4, "Prefieren el patio."),
    ("cocina", 3, "Ponéis cinco huevos."),
    # in the past: «¿con quién la pasaste?», «¿qué hiciste?» are answered «pasé», «hice»
    ("navidad", 2, "La pasó con mi familia."),
    ("navidad", 6, "Hizo una fiesta en casa."),
    # a phrase a preposition opens is no subject: «¿prefiere por la mañana…?» «…trabajo»
    ("telefono", 6, "Por la tarde. En la mañana trabaja."),
]
RIGHT = [
    ("correos", 8, "Pago en efectivo."),
    ("farmacia", 8, "Quiero pagar con tarjeta."),
    ("correos", 8, "Con tarjeta, por favor."),
    ("tren", 4, "Salgo a las nueve."),
    ("tren", 4, "Salgo a las nueve con mi hermana."),
    ("mudanza", 7, "Sí, claro. Te ayudo."),
    ("teatro", 4, "Preferimos el patio."),
    ("restaurante", 2, "Queremos agua, por favor."),
    ("gimnasio", 3, "Puedo venir los lunes."),
    ("navidad", 2, "La pasé con mis abuelos."),
    ("navidad", 6, "Hice una fiesta."),
    ("concierto", 8, "Me gustó mucho."),  # «gustó», not the present «gusto»
    ("telefono", 6, "Por la tarde, gracias. Mi madre trabaja por la mañana."),
]


@pytest.mark.parametrize(("lesson", "step", "text"), WRONG)
def test_another_person_than_the_question_asks_is_wrong(lesson, step, text):
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict


@pytest.mark.parametrize(("lesson", "step", "text"), RIGHT)
def test_the_first_person_or_someone_named_is_right(lesson, step, text):
    assert grade_answer(lesson_named(lesson), step, text).correct


def test_others_named_as_the_subject_are_no_wrong_person():
    verdict = grade_answer(lesson_named("teatro"), 4, "Mis amigos prefieren el patio.")
    assert verdict.category != "grammar", verdict


def test_a_question_about_a_thing_or_someone_else_gives_no_person():
    kb = knowledge()
    step = lesson_named("concierto").step(5)  # «¿Y cuánto cuesta cada entrada?»: the ticket costs
    assert asked_persons(step, kb) == {}
    about = step.model_copy(update={"bot": "¿Qué hace tu hermano los sábados?"})
    assert asked_persons(about, kb) == {}
    usted = step.model_copy(update={"bot": "¿Dónde vive usted?"})
    assert asked_persons(usted, kb) == {"vivir": "1s"}


@pytest.mark.parametrize(
    ("lesson", "step", "text"),
    [("camping", 2, "Son cinco: tres adultos y dos niños."), ("tren", 5, "Son tres.")],
)
def test_a_group_counted_in_the_third_person_is_wrong_where_the_step_says_somos(lesson, step, text):
    """«¿Cuántas personas son?» «Somos cuatro»: the speaker counts a group they are in."""
    verdict = grade_answer(lesson_named(lesson), step, text)
    assert not verdict.correct and verdict.category == "grammar", verdict
    assert grade_answer(lesson_named(lesson), step, text.replace("Son", "Somos")).correct


def test_the_imperfect_of_yo_and_el_alike_is_the_speakers_where_the_step_asks_them():
    """«¿Estaba usted con alguien?» «Sí, estaba con mi hermana»: «estaba» is yo (the step
    asks the learner), so «estabas» is the wrong person; of the thief it is no one's."""
    verdict = grade_answer(lesson_named("robo"), 6, "Sí, estabas con un amigo.")
    assert not verdict.correct and verdict.category == "grammar", verdict
    assert grade_answer(lesson_named("robo"), 6, "Sí, estaba con un amigo.").correct
    assert not grade_answer(lesson_named("robo"), 4, "Estabas esperando el metro.").correct
