"""Step meaning leftovers (issue 19), read at their general cause: to «¿cuántos…?» a count of
another thing that shares only the catch-all class of objects, or an hour alone («las
nueve»), says not how many of what was asked."""

import pytest
from helpers import grade_made_step, judged_at_made_step

_COUNT = {"kind": "number"}

test_count_of_what_was_asked = judged_at_made_step(
    "¿Cuántos billetes quiere?",
    _COUNT,
    "Tres, por favor.",
    [
        ("Tres billetes, por favor.", True),
        ("Tres, por favor.", True),
        ("Tres sillas, por favor.", False),  # a count of another thing
        ("Necesito cuatro cuadernos.", False),
        ("Las nueve, por favor.", False),  # an hour, not how many
        ("Las dos, por favor.", True),  # both of them
    ],
    "«¿Cuántos billetes quiere?» takes a count of tickets, not of chairs or an hour.",
)

test_that_is_all_opening_the_answer = judged_at_made_step(
    "¿Necesita algo más?",
    {"kind": "accept_decline", "of": "thing"},
    "No, nada más, gracias.",
    [
        ("Ya está, muchas gracias.", True),  # that is all
        ("No, ya está.", True),
        ("El paquete ya está listo.", False),  # «ya está» of something else
        ("Mi hermano ya está aquí.", False),
    ],
    "«Ya está», opening the answer and closing its clause, declines «¿necesita algo más?».",
)

test_size_with_its_article_is_no_hour = judged_at_made_step(
    "¿Qué número calza?",
    _COUNT,
    "Calzo el cuarenta y dos.",
    [
        ("La cuarenta y dos, por favor.", True),  # a size, no hour
        ("La treinta y seis.", True),
        ("Las once.", False),  # an hour
    ],
    "«¿Qué número calza?» takes «la cuarenta y dos»: past the hours of a day, no hour.",
)


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


test_what_it_is_fed_says_what_it_eats = judged_at_made_step(
    "¿Qué come su conejo?",
    {"kind": "routine", "action": "comer", "of": "food", "who": "other"},
    "Come zanahorias.",
    [
        ("Le doy zanahorias.", True),  # what I give it is what it eats
        ("Le damos lechuga y fruta.", True),
        ("Le gusta comer zanahorias.", True),  # what it likes to eat
        ("Le gusta jugar en el jardín.", False),  # no eating
        ("Le doy un beso.", False),  # no food
    ],
    "«¿Qué come su conejo?» takes what the speaker gives it or what it likes to eat.",
)

test_another_liking_verb_takes_the_questions_number = judged_at_made_step(
    "¿Te gustan los perros?",
    {"kind": "liking", "yes_no": True},
    "Sí, me gustan mucho.",
    [
        ("Sí, me encanta.", False),  # the question's thing is plural: «me encantan»
        ("Sí, me encantan.", True),
        ("No, no me interesa.", False),
        ("Sí, me encantan los perros grandes.", True),  # the thing said: its own agreement
    ],
    "To «¿te gustan los perros?», a bare «me encanta» is in the number of the question's "
    "thing, as «me gusta» is.",
)

test_a_verb_form_after_a_preposition_is_no_other_action = judged_at_made_step(
    "¿Qué día puede venir?",
    {"kind": "date"},
    "Puedo venir el jueves.",
    [
        ("Iré el viernes sin falta.", True),  # «falta» after «sin»: a noun, no «faltar»
        ("Llego el martes sin duda.", True),
        ("El viernes como paella.", False),  # another action in the clause
    ],
    "A word right after a preposition is no finite verb: «sin falta» names no other action "
    "beside the day answered.",
)

test_we_have_it_answers_what_another_of_the_household_has = judged_at_made_step(
    "¿Tiene Lucía una mochila?",
    {"kind": "possession", "of": "thing", "yes_no": True, "who": "other"},
    "Sí, tiene una mochila roja.",
    [
        ("Sí, tenemos una.", True),  # the household has one
        ("Sí, tiene una.", True),
        ("Sí, tenéis una.", False),  # the asker's household
    ],
    "«¿Tiene Lucía una mochila?» takes «sí, tenemos una»: what the family shares.",
)
