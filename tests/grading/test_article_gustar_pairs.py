"""Real learners' article and gustar errors (COWS-L2H tuning pairs) the judge names, and the
experts' corrections and natives' sentences it must leave alone."""

import pytest

from langbot.grading import sentence_errors

# (learner sentence, its expert correction): the learner's gets an error, the correction none
PAIRS = [
    ("Él es un americano.", "Es americano."),
    ("Yo soy un vegetariano.", "Soy vegetariano."),
    (
        "Mi comida favorita es la comida china, pero me encanta sushi también.",
        "Mi comida favorita es la comida china, pero me encanta el sushi también.",
    ),
    ("Él es poco viejo.", "Es un poco viejo."),
    (
        "Escuela intermedia no fue divertida, fue muy aburrida.",
        "La escuela intermedia no fue divertida, fue muy aburrida.",
    ),
    ("Ella habla con hombre.", "Habla con el hombre."),
    ("Frida comenzó escuela tarde.", "Frida comenzó la escuela tarde."),
    (
        "Creo que a veces actores no dicen la verdad.",
        "Creo que a veces los actores no dicen la verdad.",
    ),
    ("Sábado vamos a la playa.", "El sábado vamos a la playa."),
]

NATIVE = [
    "Tom es un ingeniero.",  # said of someone else; «Soy un ingeniero» is job_with_article's
    "Ella es una enfermera.",  # natives put «un» before a job: Tatoeba, CC-BY 2.0 FR
    "Tom es un banquero de inversiones.",  # Tatoeba, CC-BY 2.0 FR
    "Él también es un estudiante de psicología.",
    "Leonard Nimoy era un actor.",
    "Soy estudiante.",
    "Es profesora.",
    "Es un médico excelente.",
    "Es una persona que ayuda mucho.",
    "Antes de actuar, Alexis era una modelo.",
    "Anna Kendrick es una actriz y cantante.",
    "Me gustan perros y gatos.",
    "Juego al fútbol los sábados.",
    "Soy de Madrid.",
    "Tengo hambre y tengo sed.",
    "Era poco común.",
    "Me gusta pasar el día leyendo y escribiendo.",
    "Mi hermano gusta a las chicas.",
    "Errores fatales surgen de la falta de atención.",
    "Hoy es lunes y trabajo de lunes a viernes.",
    "Estudian inglés con profesora nativa.",
    "Mañana hay escuela.",
    "Es uno de tantos.",
]


@pytest.mark.parametrize("learner,corrected", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_real_learners_error_is_named_and_the_correction_is_not(learner, corrected):
    assert sentence_errors(learner), learner
    assert not sentence_errors(corrected), corrected


@pytest.mark.parametrize("text", NATIVE)
def test_what_natives_say_gets_no_error(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Me gusta bailar y cantando.", "gustar"),
        ("Me gusta de bailar.", "gustar"),
        ("Me gusta muchas cosas.", "gustar"),
        ("Me gustan leer y bailar.", "gustar"),
        ("Mi hermano gusta el fútbol.", "gustar"),
    ],
)
def test_a_gustar_construction_error_is_named_as_one(text, kind):
    assert kind in {e.kind for e in sentence_errors(text)}
