"""Answers the three blind lessons of 2026-12-07 (heladeria, averia, futbol; issue 19) showed
misread, each read at its general cause and tested here on other words: a verb a model answer
says in two persons sets no person for the step («está bien. Estoy en casa»); a time proposed
takes a bare yes («¿te va bien?» «sí») and a counter-proposal asked with «¿puede venir…?»; to
a question asked in «we», «podemos» + an infinitive proposes a plan or a time, and «¿qué
hacemos?» takes an infinitive alone; a tub or a cone is a measure («una tarrina de vainilla»);
an address may open with the question's «es» and an article («es la calle Mayor, doce»); a
copula in «they» describing the one thing the bot named is a verb error («están muy ricas» of
la horchata); and
five grammar rules: «gracias a ti para…» and «gracias por usted» (prepositions after thanks),
«a lado de» (al lado de), «estoy mucho frío» (tener), «¿cuánto le deber?» (a pronoun before an
infinitive)."""

import pytest

from langbot.evaluation import YAML_ONLY_DIR
from langbot.grading import grade_answer, sentence_errors
from langbot.lessons import Lesson, load_lesson_file


def _lesson(bot: str, asks: dict, model: str) -> Lesson:
    """Tiempo with its first step put in place by this one."""
    data = load_lesson_file(YAML_ONLY_DIR / "lessons" / "tiempo.yaml").model_dump()
    data["steps"][0].update(bot=bot, asks=asks, model_answer=model)
    data["steps"][0]["cues"] = {"general": "Answer in Spanish.", "specific": "A whole sentence."}
    return Lesson.model_validate(data)


TIME_OFFERED = {"kind": "accept_decline", "of": "time"}
PLAN = {"kind": "plan"}
WHEN = {"kind": "routine_time"}
FOOD = {"kind": "order", "of": "food"}
CALL = "Te llamo el martes a las seis. ¿Te va bien?"
TONIGHT = "¿Qué hacemos esta noche?"
MEET = "¿A qué hora quedamos mañana?"

STEPS = [
    # a verb in two persons in the model answer: neither person is wrong
    (CALL, TIME_OFFERED, "Sí, el martes está bien. Estoy libre toda la tarde.",
     "Sí, el martes está bien. Estoy libre toda la tarde.", True),
    (CALL, TIME_OFFERED, "Sí, el martes está bien. Estoy libre toda la tarde.",
     "Sí, está bien. Estoy en casa.", True),
    # a time proposed: a bare yes, or a counter-proposal asked with «¿puede venir…?»
    (CALL, TIME_OFFERED, "Sí, a las seis me va bien.", "Sí.", True),
    (CALL, TIME_OFFERED, "Sí, a las seis me va bien.", "Sí, muy bien, gracias.", True),
    (CALL, TIME_OFFERED, "Sí, a las seis me va bien.", "Sí, tengo un perro.", False),
    ("Puedo pasar el lunes por la mañana. ¿Le va bien?", TIME_OFFERED, "Sí, el lunes me va bien.",
     "Lo siento, el lunes trabajo. ¿Puede venir el miércoles?", True),
    ("Puedo pasar el lunes por la mañana. ¿Le va bien?", TIME_OFFERED, "Sí, el lunes me va bien.",
     "¿Puede venir?", False),
    # «podemos» + an infinitive, and an infinitive alone, to a question asked in «we»
    (TONIGHT, PLAN, "Vamos a ver una película.", "Podemos cenar en casa de Luis.", True),
    (TONIGHT, PLAN, "Vamos a ver una película.", "Ver una serie en el sofá.", True),
    (TONIGHT, PLAN, "Vamos a ver una película.", "Podemos.", False),
    (TONIGHT, PLAN, "Vamos a ver una película.", "Hacer.", False),
    (MEET, WHEN, "Quedamos a las cinco.", "Podemos quedar a las cinco y media.", True),
    (MEET, WHEN, "Quedamos a las cinco.", "Podemos quedar en el parque.", False),
    # an address said with the question's «es» or an article before the street
    ("¿Cuál es tu dirección?", {"kind": "residence"}, "Vivo en la calle Luna, número cinco.",
     "Es la avenida Central, veinte.", True),
    ("¿Cuál es tu dirección?", {"kind": "residence"}, "Vivo en la calle Luna, número cinco.",
     "La plaza Mayor, tres, segundo.", True),
    ("¿Cuál es tu dirección?", {"kind": "residence"}, "Vivo en la calle Luna, número cinco.",
     "Es la plaza.", False),
    # one thing the bot named and asks how it is: a copula in «they» is a verb error
    ("Yo tomo una sopa de tomate. Pruébala. ¿Qué tal está?", {"kind": "opinion"},
     "Está muy buena.", "Están muy buenas.", False),
    ("Yo tomo una sopa de tomate. Pruébala. ¿Qué tal está?", {"kind": "opinion"},
     "Está muy buena.", "Está muy buena, gracias.", True),
    # a tub or a cone of something is a measure of it
    ("¿Qué le pongo?", FOOD, "Un helado de fresa, por favor.", "Una tarrina de vainilla, por favor.", True),
    ("¿Qué le pongo?", FOOD, "Un helado de fresa, por favor.", "Un cucurucho de turrón.", True),
]  # fmt: skip


@pytest.mark.parametrize("bot,asks,model,text,right", STEPS, ids=[s[3] for s in STEPS])
def test_a_step_of_the_blind_lessons_kinds_is_read(bot, asks, model, text, right):
    verdict = grade_answer(_lesson(bot, asks, model), 1, text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


WRONG = [
    ("Muchas gracias a usted para la ayuda.", "por"),
    ("Gracias a vosotros de la fiesta.", "por"),
    ("Bueno, gracias por usted.", "a"),
    ("La farmacia está a lado de la panadería.", "al lado"),
    ("Mi hermano vive en lado del parque.", "al lado"),
    ("En clase estamos mucho frío.", "tenemos"),
    ("¿Y cuánto te pagar por la clase?", "pagarte"),
    ("Nos llamar mañana, ¿vale?", "llamarnos"),
]
RIGHT = ["Gracias a usted por la ayuda.", "Vive al lado del parque.", "Los niños tienen mucho calor.",
         "Gracias por todo.", "Se fue de lado a lado.", "Estoy mucho mejor.",
         "¿Cuánto te pago por la clase?", "No se nadar muy bien.", "Quiero llamarte mañana."]  # fmt: skip


@pytest.mark.parametrize("text,fix", WRONG)
def test_a_learner_error_after_thanks_or_beside_is_named_with_its_fix(text, fix):
    errors = sentence_errors(text)
    assert any(e.fix and fix in e.fix for e in errors), (text, errors)


@pytest.mark.parametrize("text", RIGHT)
def test_the_right_forms_get_no_error(text):
    assert not sentence_errors(text), text
