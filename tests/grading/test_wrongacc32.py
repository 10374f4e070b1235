"""Wrong answers the YAML-only lessons accepted (issue 19), fixed at their general cause and
tested on other words: a subject with a «de» phrase whose article reads like an object
pronoun («el enchufe de la pared están…»)."""

import pytest

from langbot.native_eval import sentence_fires


def _rules(text: str) -> set[str]:
    return {rule for rule, _, _ in sentence_fires(text)}


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("El enchufe de la pared están roto.", True),  # «la» is the wall's article
        ("El cajón de la mesa están abierto.", True),
        ("El marco de la ventana están sucio.", True),
        ("Las manzanas las compra mi madre.", False),  # an object said first, doubled
        ("La foto de la playa la tienen mis padres.", False),
    ],
)
def test_subject_with_a_de_phrase_agrees(text: str, wrong: bool) -> None:
    """The verb after «noun de la noun» takes the first noun's number."""
    assert ("noun_subject_person" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Vale, a los once está bien.", True),  # a time judged: «las once»
        ("A los cuatro es perfecto.", True),
        ("A las once está bien.", False),
        ("A los dos les va bien.", False),  # the two of them
        ("A los dieciocho eres adulto.", False),  # an age, said of someone
    ],
)
def test_hour_article_before_a_copula(text: str, wrong: bool) -> None:
    """«a los» and an hour before «está bien» or «es perfecto» is a clock time."""
    assert ("hour_article" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Mi artista favorito son Picasso.", True),  # «artista», of both genders
        ("Mi estudiante nueva tienen diez años.", True),
        ("Mi artista favorito es Picasso.", False),
        ("Mi comida favorita son las patatas.", False),  # ser agrees with the plural after
    ],
)
def test_noun_of_both_genders_with_its_adjective(text: str, wrong: bool) -> None:
    """A noun of both genders keeps its adjective in the subject; the verb agrees with it."""
    assert ("noun_subject_person" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Mi equipo es ganado tres partidos.", True),  # ser for haber before an object
        ("Soy leído dos libros este mes.", True),
        ("Somos comprado una casa.", True),
        ("Ha ganado tres partidos.", False),
        ("Es vendido un coche cada minuto.", False),  # a passive, its subject after it
        ("Es considerado un buen médico.", False),
    ],
)
def test_ser_as_the_perfect_auxiliary(text: str, wrong: bool) -> None:
    """Ser's present, a participle and its object: the compound tense takes haber."""
    assert ("ser_perfect" in _rules(text)) is wrong


OFFER = {"kind": "accept_decline", "of": "thing"}


@pytest.mark.parametrize(
    "bot,model,text,right",
    [
        ("¿Quiere una bolsa?", "No, gracias.", "No, gracias, no quiere bolsa.", False),
        ("¿Quiere una bolsa?", "No, gracias.", "No, gracias, no quiero bolsa.", True),
        ("¿Necesita algo más?", "No, nada más.", "No, gracias, no necesita nada más.", False),
        ("¿Necesita algo más?", "No, nada más.", "No, gracias, no necesito nada más.", True),
        ("¿Quiere también un postre?", "Sí, un flan.", "Sí, quiere un flan.", False),
    ],
)
def test_an_offer_opened_by_its_verb_is_answered_by_the_learner(bot, model, text, right):
    """«¿Quiere una bolsa?» speaks to the learner: the answer's verb is theirs («quiero»)."""
    from helpers import grade_made_step

    verdict = grade_made_step(bot, OFFER, model, text)
    assert verdict.correct is right, (text, verdict.category, verdict.errors)


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("¿Puedo pagar de tarjeta?", True),  # «con tarjeta»
        ("Normalmente pago a efectivo.", True),  # «en efectivo»
        ("¿Puedo pagar con tarjeta?", False),
        ("Pagué la factura de tarjeta ayer.", False),  # the card's bill
    ],
)
def test_how_one_pays(text: str, wrong: bool) -> None:
    """A verb of paying, then the means with the wrong little word."""
    assert ("paying_how" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Ayer visité el museo. Es muy antigua.", True),  # the museum: «antiguo»
        ("Tengo un gato. Es muy cariñosa.", True),
        ("Ayer visité la catedral. Es muy antigua.", False),
        ("Vamos al río. Es muy bonito.", False),  # the masculine may say it of the plan
        ("Voy al cine con mi prima. Es muy simpática.", False),
    ],
)
def test_an_adjective_of_a_thing_named_before(text: str, wrong: bool) -> None:
    """«Es muy bonita» after naming only masculine things agrees with none of them."""
    assert ("named_before_adjective" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("En casa hablamos Japón.", True),  # the language: «japonés»
        ("Hablo español, Rusia y un poco de inglés.", True),
        ("Hablamos mucho de Japón.", False),
        ("En Rusia hablan ruso.", False),
    ],
)
def test_a_country_said_for_its_language(text: str, wrong: bool) -> None:
    """After «hablar», a country named where its language belongs."""
    assert ("country_for_language" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Buenas tardes. Querer una mesa para dos.", True),  # «quiero»
        ("Necesitar un taxi, por favor.", True),
        ("Querer un perro es normal.", False),  # the infinitive is the subject
        ("Quiero una mesa para dos.", False),
    ],
)
def test_a_request_opened_by_an_infinitive(text: str, wrong: bool) -> None:
    """A request opened by «querer» or «necesitar» and its object, with no conjugated verb."""
    assert ("wanting_infinitive" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Perdone, ¿tienes aparcamiento el hotel?", True),  # the hotel has: «tiene»
        ("¿Tienes jardín el piso?", True),
        ("¿Tiene jardín el piso?", False),
        ("¿Tienes tiempo el sábado?", False),  # a day: when, not who
    ],
)
def test_a_question_ending_on_the_place_it_asks_about(text: str, wrong: bool) -> None:
    """«¿Tienes X el edificio?»: the place is the subject of the verb."""
    assert ("question_place_subject" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Voy a ser dos semanas en Lima.", True),  # how long one stays: «estar»
        ("Somos tres días en la playa.", True),
        ("Voy a estar dos semanas en Lima.", False),
        ("Soy tres años mayor que mi hermano.", False),
        ("Somos cuatro.", False),
    ],
)
def test_how_long_one_stays_takes_estar(text: str, wrong: bool) -> None:
    """Ser of the speaker, a number and a plural noun of time: estar."""
    assert ("ser_for_stay" in _rules(text)) is wrong


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Vale, nos quedamos a las seis delante del cine.", True),  # to meet: «quedamos»
        ("Quedamos a las seis delante del cine.", False),
        ("Nos quedamos a comer en casa.", False),  # to stay
        ("Me quedo a las ocho con mi sobrino.", False),
    ],
)
def test_meeting_at_a_time_takes_no_pronoun(text: str, wrong: bool) -> None:
    """«Nos quedamos a las seis»: to meet is «quedar»; «quedarse» is to stay."""
    assert ("meeting_with_pronoun" in _rules(text)) is wrong
