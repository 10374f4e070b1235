"""Misreads of the YAML-only lessons (issue 19), fixed at their general cause: to a «when»
asked in the past, that it never was («nunca, es mi primera vez»), the present of this first
time no slip of tense."""

import pytest
from helpers import grade_lesson


@pytest.mark.parametrize(
    "text,right",
    [
        ("Nunca, es mi primera revisión.", True),  # never: no day, and this is the first time
        ("No, nunca.", True),
        ("Jamás.", True),
        ("Es en mayo.", False),  # a day, told in the present to a past question
    ],
)
def test_never_answers_a_past_when(text: str, right: bool) -> None:
    """«Nunca» opening the answer says when it was: never."""
    assert grade_lesson("optica", 3, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("granja", 6, "Dos litros de leche y un trozo de queso.", True),  # the shop sells milk
        ("granja", 6, "Quiero medio litro de leche, por favor.", True),
        ("cafe", 3, "Un café con leche.", False),  # «¿y para comer?» offers no drink
    ],
)
def test_order_of_a_drink_the_bot_offers(lesson: str, number: int, text: str, right: bool) -> None:
    """Asked for food, a drink the bot's line offers is ordered too; one it does not, is not."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Sí, especialmente los caballos.", True),  # a yes, then the ones liked most
        ("Sí, sobre todo los cerdos.", True),
        ("Sí, sobre todo el queso.", False),  # no animal
    ],
)
def test_focus_after_a_yes(text: str, right: bool) -> None:
    """«Sí, sobre todo…» answers a liking with the kind liked most."""
    assert grade_lesson("granja", 3, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("granja", 4, "Están debajo de la mesa.", False),  # one cat: «está»
        ("granja", 4, "Está debajo de la mesa.", True),
        ("excursion", 7, "Duran tres horas y media.", False),  # one trip: «dura»
        ("excursion", 7, "Dura tres horas y media.", True),
    ],
)
def test_plural_verb_for_the_one_thing_asked(
    lesson: str, number: int, text: str, right: bool
) -> None:
    """With its subject left unsaid, the verb agrees with the one thing the question asks."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Me parece muy pequeño.", False),  # the room: «pequeña»
        ("Sí, me parece perfecto.", False),
        ("Me parece muy pequeña.", True),
        ("Me parece muy bien.", True),
    ],
)
def test_seeming_agrees_with_the_thing_asked(text: str, right: bool) -> None:
    """«¿Qué te parece (tu habitación)?»: the adjective after «me parece» agrees with it."""
    assert grade_lesson("acogida", 3, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Pago con tarjeta.", False),  # «aquí no aceptamos tarjeta»
        ("Con la tarjeta, por favor.", False),
        ("Pago en efectivo.", True),
    ],
)
def test_a_way_to_pay_the_bot_refused(text: str, right: bool) -> None:
    """A way to pay the bot's line has just refused does not answer how one pays."""
    assert grade_lesson("rastro", 7, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("¡Nada, hombre! Es para ti.", True),  # «nada» opening a reply to thanks
        ("Nada, nada.", True),
        ("No tengo nada.", False),  # «nada» not opening it is no reply
    ],
)
def test_nada_opening_a_reply_to_thanks(text: str, right: bool) -> None:
    """«¡Nada, nada!» plays the thanks down, like «de nada»."""
    assert grade_lesson("acogida", 8, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Vamos a quedarnos tres noches.", True),  # a couple at the desk: «we»
        ("Vamos a estar cinco noches.", True),
        ("Vamos a cenar tres noches.", False),  # no verb of staying
    ],
)
def test_a_stay_to_come_said_as_we(text: str, right: bool) -> None:
    """How long one stays, said with «ir a» in the «we» of who comes along."""
    assert grade_lesson("hotel", 2, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("¡Me encantan, gracias!", True),  # the model answer likes them too
        ("Sí, me gustan mucho.", True),
        ("Me gusta.", False),  # the glasses: «me gustan»
    ],
)
def test_liking_answers_how_it_fits_where_the_model_likes(text: str, right: bool) -> None:
    """«¿Qué tal le quedan?» where the model answer says «me gustan»: a liking answers too."""
    assert grade_lesson("optica", 5, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("optica", 6, "Sí, para ir a la piscina.", True),  # a yes, and what for
        ("optica", 6, "Sí, un café.", False),  # another thing than the one offered
        ("camping", 5, "Sí, para la luz.", True),
        ("camping", 5, "Sí, para cocinar.", True),
    ],
)
def test_a_yes_and_what_for(lesson: str, number: int, text: str, right: bool) -> None:
    """«Sí, para…» accepts the offer and says what for."""
    assert grade_lesson(lesson, number, text) is right


def test_what_for_answers_no_question_of_fact() -> None:
    """«¿Ve bien de lejos?» asks no offer: «sí, para hacer deporte» does not answer it."""
    assert not grade_lesson("optica", 2, "Sí, para jugar al tenis.")


@pytest.mark.parametrize(
    "text,right",
    [
        ("Soy alérgico a los frutos secos.", True),  # the question's «alérgico», no «sí»
        ("Sí, al látex.", True),  # «al»: the preposition joined with its article
        ("Es alérgica al látex.", False),  # of someone else
        ("Soy muy alto.", False),
    ],
)
def test_allergy_said_back(text: str, right: bool) -> None:
    """«¿Es alérgico a algún medicamento?» is answered by the allergy, with or without «sí»."""
    assert grade_lesson("dentista", 6, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Uso una treinta y ocho.", True),  # «una (talla) treinta y ocho»
        ("Normalmente una cuarenta.", True),
        ("Uso una, dos, tres.", False),  # a count, no size
    ],
)
def test_article_before_a_size(text: str, right: bool) -> None:
    """An article before a number that closes the answer stands for the size's noun."""
    assert grade_lesson("ropa", 2, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("dentista", 8, "De nada. ¡Hasta el jueves!", False),  # the bot thanked for nothing
        ("perdidos", 8, "No hay de qué. Adiós.", False),
        ("dentista", 8, "Gracias. ¡Hasta el jueves!", True),
    ],
)
def test_no_reply_to_thanks_not_given(lesson: str, number: int, text: str, right: bool) -> None:
    """«De nada» answers thanks; where the bot's line gives none it is no farewell."""
    assert grade_lesson(lesson, number, text) is right


@pytest.mark.parametrize(
    "text,right",
    [
        ("Voy a desayunar a las once.", False),  # «de siete a diez»
        ("A la una.", False),
        ("Voy a desayunar a las siete y media.", True),
        ("A las diez.", True),
    ],
)
def test_an_hour_outside_the_span_given(text: str, right: bool) -> None:
    """An hour outside the span the bot's line gives is no time the step allows."""
    assert grade_lesson("hotel", 4, text) is right


@pytest.mark.parametrize(
    "lesson,number,text,right",
    [
        ("camping", 1, "Somos cinco.", False),  # how many we are, to «¿cuántas noches?»
        ("camping", 1, "Cinco noches.", True),
        ("granja", 1, "Somos cinco.", True),  # «¿cuántos sois?» counts us
    ],
)
def test_how_many_we_are_counts_no_thing(lesson: str, number: int, text: str, right: bool) -> None:
    """«Somos cuatro» counts people, not the nights the bot asks about."""
    assert grade_lesson(lesson, number, text) is right


def test_how_many_we_are_counts_tickets() -> None:
    """«¿Cuántas entradas necesita?» «Somos cuatro»: one ticket each, an answer."""
    assert grade_lesson("teatro", 3, "Somos cuatro.")


@pytest.mark.parametrize(
    "text,right",
    [
        ("Vamos en coche.", False),  # how, not where to
        ("Vamos a la playa en coche.", True),
    ],
)
def test_where_to_asks_a_destination(text: str, right: bool) -> None:
    """«¿Adónde quieres ir?» wants where to; the way of going alone does not say it."""
    assert grade_lesson("excursion", 1, text) is right
