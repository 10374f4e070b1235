"""Answers the three blind lessons of 2026-12-07 (zoo, rastro, matricula; issue 19) showed
misread, each read at its general cause and tested here on other words: a description of
others asked in «they» («¿cómo son?»), agreeing with the animals the line named; a thing
offered by a pronoun and a verb of getting («¿se lo lleva?» «sí, me lo llevo»); what one
wants to study, to a question that chains «estudiar»; how a thing is «para mí»; and a
regularised stem («volvo») at a step whose answer says the verb in that person."""

import pytest
from helpers import check_yaml_lessons, grade_made_step

THEY = {"kind": "description", "who": "other"}
OFFER = {"kind": "accept_decline", "of": "thing"}
STUDY = {"kind": "job_or_studies"}
OPINION = {"kind": "opinion"}
WHEN = {"kind": "date"}

STEPS = [
    # others asked in «they»
    ("¿Cómo son tus hermanos?", THEY, "Son altos y simpáticos.", "Son altos y simpáticos.", True),
    ("Tengo dos gatos. ¿Cómo son?", THEY, "Son negros.", "Son negros y muy cariñosos.", True),
    ("Mira las jirafas. ¿Cómo son?", THEY, "Son altas.", "Son muy altas y bonitas.", True),
    ("Mira las jirafas. ¿Cómo son?", THEY, "Son altas.", "Son muy altos.", False),
    ("¿Cómo es tu hermano?", THEY, "Es alto.", "Son altos.", False),
    # a thing offered by a pronoun and a verb of getting, named before this line
    ("Son cinco euros. ¿Se lo lleva?", OFFER, "Sí, me lo llevo.", "Sí, me lo llevo, gracias.", True),
    ("Son quince euros. ¿La compra?", OFFER, "Sí, la compro.", "Vale, la compro.", True),
    ("Son cinco euros. ¿Se lo lleva?", OFFER, "Sí, me lo llevo.", "Sí, me las llevo.", False),
    # what one wants to study, to a question that chains estudiar
    ("¿Qué quieres estudiar en la universidad?", STUDY, "Quiero estudiar Derecho.",
     "Me gustaría estudiar Física.", True),
    ("¿Qué vas a estudiar el año que viene?", STUDY, "Voy a estudiar Medicina.",
     "Voy a estudiar Química.", True),
    ("¿Qué estudias?", STUDY, "Estudio Derecho.", "Quiero estudiar Derecho.", False),
    # how a thing is, for me
    ("Este abrigo cuesta cien euros. ¿Qué le parece?", OPINION, "Es demasiado caro.",
     "Es demasiado caro para mí.", True),
    ("Este abrigo cuesta cien euros. ¿Qué le parece?", OPINION, "Es demasiado caro.",
     "Es demasiado caro por mí.", False),
    # a regularised stem where the step's answer says the verb in that person
    ("¿Cuándo vuelves a casa?", WHEN, "Vuelvo el lunes.", "Volvo el lunes.", False),
    ("¿Cuándo vuelves a casa?", WHEN, "Vuelvo el lunes.", "Vuelvo el lunes por la tarde.", True),
]  # fmt: skip


@pytest.mark.parametrize("bot,asks,model,text,right", STEPS, ids=[s[3] for s in STEPS])
def test_a_step_of_the_blind_lessons_kinds_is_read(bot, asks, model, text, right):
    verdict = grade_made_step(bot, asks, model, text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


def test_a_regularised_stem_is_told_its_form():
    verdict = grade_made_step(
        "¿Cuándo vuelves a casa?", WHEN, "Vuelvo el lunes.", "Volvo el lunes."
    )
    assert verdict.category == "grammar" and "vuelvo" in " ".join(verdict.errors)


def test_the_three_lessons_model_answers_pass_the_start_up_check():
    check_yaml_lessons(("zoo", "rastro", "matricula"))


def test_a_description_of_animals_the_line_named_agrees_with_them():
    verdict = grade_made_step("Mira las jirafas. ¿Cómo son?", THEY, "Son altas.", "Son muy altos.")
    assert verdict.category == "grammar" and "altas" in " ".join(verdict.errors)


@pytest.mark.parametrize(
    "bot,text,right",
    [
        ("¿Quiere una bolsa?", "Vale.", True),
        ("¿Quiere una bolsa?", "¡Claro!", True),
        ("Son diez euros. ¿Se lo lleva?", "Vale, trato hecho.", True),
        ("¿Quiere una bolsa?", "Gracias.", False),  # a courtesy alone takes nothing
        ("¿Quiere una bolsa?", "Vale, un café.", False),  # another thing
    ],
)
def test_words_of_accepting_alone_take_an_offered_thing(bot, text, right):
    verdict = grade_made_step(bot, OFFER, "Sí, por favor.", text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


@pytest.mark.parametrize(
    "bot,text,right",
    [
        ("¿Cómo es tu perro?", "¡Qué bonito es!", True),
        ("Tengo dos gatos. ¿Cómo son?", "¡Qué simpáticos!", True),
        ("¿Cómo es tu perro?", "¡Qué bonito eres!", False),  # of the listener
        ("¿Cómo es tu perro?", "¡Qué perro!", False),  # nothing said of it
    ],
)
def test_what_someone_is_like_may_be_exclaimed(bot, text, right):
    verdict = grade_made_step(bot, THEY, "Es muy bonito.", text)
    assert verdict.correct == right, (text, verdict.category, verdict.errors)


@pytest.mark.parametrize(
    "bot,text,fix",
    [
        ("Es muy bonita, ¿verdad?", "Sí, es muy bonito.", "bonita"),
        ("Son baratos, ¿no?", "Sí, son muy baratas.", "baratos"),
    ],
)
def test_an_answer_agrees_with_what_the_bot_said_the_thing_is_like(bot, text, fix):
    verdict = grade_made_step(bot, OPINION, "Sí, es muy bonita.", text)
    assert not verdict.correct and fix in " ".join(verdict.errors), (text, verdict.errors)


def test_an_answer_that_says_it_again_in_its_gender_is_right():
    asks, model = {"kind": "price_question"}, "Sí. ¿Cuánto cuesta?"
    verdict = grade_made_step(
        "Es muy bonita, ¿verdad?", asks, model, "Sí, es preciosa. ¿Cuánto vale?"
    )
    assert verdict.correct, verdict.errors
