"""Step meaning leftovers (issue 19), read at their general cause: to «¿cuántos…?» a count of
another thing that shares only the catch-all class of objects, or an hour alone («las
nueve»), says not how many of what was asked."""

import pytest
from helpers import grade_made_step

_COUNT = {"kind": "number"}


@pytest.mark.parametrize(
    "text,right",
    [
        ("Tres billetes, por favor.", True),
        ("Tres, por favor.", True),
        ("Tres sillas, por favor.", False),  # a count of another thing
        ("Necesito cuatro cuadernos.", False),
        ("Las nueve, por favor.", False),  # an hour, not how many
        ("Las dos, por favor.", True),  # both of them
    ],
)
def test_count_of_what_was_asked(text: str, right: bool) -> None:
    """«¿Cuántos billetes quiere?» takes a count of tickets, not of chairs or an hour."""
    verdict = grade_made_step("¿Cuántos billetes quiere?", _COUNT, "Tres, por favor.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Ya está, muchas gracias.", True),  # that is all
        ("No, ya está.", True),
        ("El paquete ya está listo.", False),  # «ya está» of something else
        ("Mi hermano ya está aquí.", False),
    ],
)
def test_that_is_all_opening_the_answer(text: str, right: bool) -> None:
    """«Ya está», opening the answer and closing its clause, declines «¿necesita algo más?»."""
    asks = {"kind": "accept_decline", "of": "thing"}
    verdict = grade_made_step("¿Necesita algo más?", asks, "No, nada más, gracias.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("La cuarenta y dos, por favor.", True),  # a size, no hour
        ("La treinta y seis.", True),
        ("Las once.", False),  # an hour
    ],
)
def test_size_with_its_article_is_no_hour(text: str, right: bool) -> None:
    """«¿Qué número calza?» takes «la cuarenta y dos»: past the hours of a day, no hour."""
    verdict = grade_made_step("¿Qué número calza?", _COUNT, "Calzo el cuarenta y dos.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "bot,text,right",
    [
        ("¿Tiene la tarjeta del hotel?", "Sí, tengo la tarjeta.", True),
        ("¿Tiene la tarjeta del hotel?", "Tengo treinta años.", False),  # an age
        ("¿Tiene la tarjeta del hotel?", "Sí, tengo mucha sed.", False),  # a bodily state
        ("¿Tienes tiempo esta tarde?", "Sí, tengo tiempo.", True),  # the question's own noun
    ],
)
def test_having_an_age_or_a_state_is_no_thing_had(bot: str, text: str, right: bool) -> None:
    """«¿Tiene…?» a thing takes the thing had, not an age or how one feels said with tener."""
    asks = {"kind": "possession", "of": "thing", "yes_no": True}
    assert grade_made_step(bot, asks, "Sí, aquí tiene.", text).correct is right


_EATS = {"kind": "routine", "action": "comer", "of": "food", "who": "other"}


@pytest.mark.parametrize(
    "text,right",
    [
        ("Le doy zanahorias.", True),  # what I give it is what it eats
        ("Le damos lechuga y fruta.", True),
        ("Le gusta comer zanahorias.", True),  # what it likes to eat
        ("Le gusta jugar en el jardín.", False),  # no eating
        ("Le doy un beso.", False),  # no food
    ],
)
def test_what_it_is_fed_says_what_it_eats(text: str, right: bool) -> None:
    """«¿Qué come su conejo?» takes what the speaker gives it or what it likes to eat."""
    verdict = grade_made_step("¿Qué come su conejo?", _EATS, "Come zanahorias.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Sí, me encanta.", False),  # the question's thing is plural: «me encantan»
        ("Sí, me encantan.", True),
        ("No, no me interesa.", False),
        ("Sí, me encantan los perros grandes.", True),  # the thing said: its own agreement
    ],
)
def test_another_liking_verb_takes_the_questions_number(text: str, right: bool) -> None:
    """To «¿te gustan los perros?», a bare «me encanta» is in the number of the question's
    thing, as «me gusta» is."""
    asks = {"kind": "liking", "yes_no": True}
    verdict = grade_made_step("¿Te gustan los perros?", asks, "Sí, me gustan mucho.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Iré el viernes sin falta.", True),  # «falta» after «sin»: a noun, no «faltar»
        ("Llego el martes sin duda.", True),
        ("El viernes como paella.", False),  # another action in the clause
    ],
)
def test_a_verb_form_after_a_preposition_is_no_other_action(text: str, right: bool) -> None:
    """A word right after a preposition is no finite verb: «sin falta» names no other action
    beside the day answered."""
    asks = {"kind": "date"}
    verdict = grade_made_step("¿Qué día puede venir?", asks, "Puedo venir el jueves.", text)
    assert verdict.correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Sí, tenemos una.", True),  # the household has one
        ("Sí, tiene una.", True),
        ("Sí, tenéis una.", False),  # the asker's household
    ],
)
def test_we_have_it_answers_what_another_of_the_household_has(text: str, right: bool) -> None:
    """«¿Tiene Lucía una mochila?» takes «sí, tenemos una»: what the family shares."""
    asks = {"kind": "possession", "of": "thing", "yes_no": True, "who": "other"}
    model = "Sí, tiene una mochila roja."
    assert grade_made_step("¿Tiene Lucía una mochila?", asks, model, text).correct is right
