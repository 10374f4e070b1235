"""Wrong answers accepted at a step, found by probe (issue 19; scripts/cross_step_probe.py and
scripts/wrong_variant_probe.py), fixed at their general cause and tested on steps and
sentences of their own: a thing that takes up no offer of one named thing («¿Quiere una
bolsa?» «Dos entradas.»); an hour none of those the bot offers («Hay autobuses a las ocho y
a las once.» «A las diez.»); a bare no to an invitation, whatever follows it («No, por
supuesto.»); a time alone for an order («¿En qué puedo ayudarle?» «El lunes.»); a place
for a count («¿Cuántas habitaciones tiene?» «En el centro de la ciudad.»); the verb before
the step's infinitive in another person («¿Cómo quiere pagar?» «Prefiere pagar…»); the
bot's possessive for the learner's own («¿Cuál es su número?» «Su número es…»); an English
word opening the answer is no name («Sure, 612 345 678.»)."""

import pytest
from helpers import grade_made_step

OFFER = ("Aquí tiene el pan. ¿Quiere una bolsa?", {"kind": "accept_decline", "of": "thing"})


@pytest.mark.parametrize(
    "text,right",
    [
        ("Dos entradas, por favor.", False),  # a thing of another step: no offer taken up
        ("Un kilo de tomates.", False),
        ("Una bolsa grande, por favor.", True),
        ("Sí, una bolsa, gracias.", True),
        ("No, gracias.", True),
        ("Sí, por favor.", True),
    ],
)
def test_an_offer_of_one_thing_is_taken_up_by_that_thing(text: str, right: bool) -> None:
    """To an offer of one named thing, another thing alone neither takes nor refuses it."""
    assert grade_made_step(*OFFER, "Sí, una bolsa, por favor.", text).correct is right


BUSES = "Hay autobuses a las ocho y a las once. ¿A qué hora quiere salir?"
OPEN = "Abrimos a las nueve y cerramos a las ocho. ¿A qué hora viene?"


@pytest.mark.parametrize(
    "bot,text,right",
    [
        (BUSES, "A las diez.", False),  # no bus then
        (BUSES, "El de las tres, por favor.", False),
        (BUSES, "A las once, por favor.", True),
        (BUSES, "Quiero salir a las ocho.", True),
        (BUSES, "El de las once.", True),
        (OPEN, "A las once.", True),  # an opening and a closing hour offer no choice
    ],
)
def test_an_hour_offered_is_one_of_the_hours_offered(bot: str, text: str, right: bool) -> None:
    """Where the bot's line offers hours to choose from, another hour is no choice."""
    step = (bot, {"kind": "routine_time"}, "A las ocho.")
    assert grade_made_step(*step, text).correct is right


INVITATION = "El viernes hay un concierto en el parque. ¿Quieres venir conmigo?"


@pytest.mark.parametrize(
    "text,right",
    [
        ("No, por supuesto!", False),  # the no said first answers
        ("¡No, por supuesto!", False),
        ("Sí, claro que sí.", True),
        ("Vale, voy contigo.", True),
    ],
)
def test_a_bare_no_first_accepts_no_invitation(text: str, right: bool) -> None:
    """To an invitation that wants a yes, a «no» and a comma says no, whatever follows."""
    step = (INVITATION, {"kind": "accept"}, "Sí, claro, me encantaría.")
    assert grade_made_step(*step, text).correct is right


SHOP = ("Hola, buenas tardes. ¿En qué puedo ayudarle?", {"kind": "order"})
ROOMS = ("¿Cuántas habitaciones tiene tu piso?", {"kind": "number", "of": "place"})
ORDER = (*SHOP, "Busco un abrigo para el invierno.")  # a time noun in the model's thing
COUNT = (*ROOMS, "Tiene tres.")


@pytest.mark.parametrize(
    "step,text,right",
    [
        (ORDER, "El sábado por la mañana.", False),
        (ORDER, "El lunes.", False),
        (ORDER, "Un abrigo, por favor.", True),
        (COUNT, "En el centro de la ciudad.", False),
        (COUNT, "Una habitación.", True),
        (COUNT, "Tiene muchas habitaciones.", True),
    ],
)
def test_an_answer_to_another_question_word(step, text: str, right: bool) -> None:
    """When it is (a day) answers no order; where it is answers no how many."""
    assert grade_made_step(*step, text).correct is right


PAYING = ("Son veinte euros. ¿Cómo quiere pagar?", {"kind": "payment"}, "Pago con tarjeta.")


@pytest.mark.parametrize(
    "text,right",
    [
        ("Prefiere pagar con tarjeta, gracias.", False),  # who prefers is who pays: yo
        ("Tiene que pagar en efectivo.", False),
        ("Puede pagar con tarjeta.", False),
        ("Prefiero pagar con tarjeta.", True),
        ("Mi hermana quiere pagar con tarjeta.", True),  # a subject of its own
    ],
)
def test_the_verb_before_the_steps_infinitive_is_the_speakers(text: str, right: bool) -> None:
    """A verb that takes the step's verb as its infinitive («prefiere pagar») is said by
    the one who does it: the learner, where the step's verb is the learner's."""
    assert grade_made_step(*PAYING, text).correct is right


PHONE = (
    "¿Cuál es su número de teléfono?",
    {"kind": "phone_number"},
    "Mi número es el 612 345 678.",
)


@pytest.mark.parametrize(
    "text,right",
    [
        ("Su número es el seis, uno, dos, tres, cuatro.", False),  # the bot's «su», echoed
        ("Su teléfono es el 612 345 678.", False),
        ("Mi teléfono es el 612 345 678.", True),
        ("Es el 612 345 678.", True),
    ],
)
def test_the_learners_own_number_is_mine_not_su(text: str, right: bool) -> None:
    """Asked for their own number with «su», the learner says «mi»: «su número» is another's."""
    assert grade_made_step(*PHONE, text).correct is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Yes, its 645 20 31 12.", False),  # English around the digits
        ("Sure, 612 345 678.", False),
        ("Es el 612 345 678.", True),
    ],
)
def test_english_opening_a_number_is_english(text: str, right: bool) -> None:
    """A common English word opening the answer, capitalised, is English, not a name."""
    assert grade_made_step(*PHONE, text).correct is right
