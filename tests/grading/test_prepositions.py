"""The preposition a verb, noun or adjective takes, on real learners' sentences (COWS-L2H
tuning pairs, evals/real-pairs/): the learner's sentence gets a preposition error with the
fix the corrector made, and the correction gets none. Each rule's own examples are in
tests/grading/test_rules.py."""

import pytest

from langbot.grading import sentence_errors
from langbot.real_eval import PAIRS_DIR, load_pairs

# learner sentence, corrected sentence, the fix the judge must give
CAUGHT = [
    (
        "Me gusta tocar música por The Beatles.",
        "Me gusta tocar música de The Beatles.",
        "de",
    ),
    (
        "También, me gusta mirar al basquetbol, específicamente los Sacramento Kings.",
        "También me gusta mirar el baloncesto, específicamente a los Sacramento Kings.",
        "el",
    ),
    ("Ella va la escuela los lunes y los miercoles.", None, "a la"),
    ("Aspiro ser como ella.", "Aspiro a ser como ella.", "Aspiro a"),
    ("El vecino decidió a ponerla en su sala.", "El vecino decidió ponerla en su sala.", "decidió"),
    (
        "En la mañana, me levanté y Ayude a mi abuela hacer el café.",
        "En la mañana, me levanté y ayudé a mi abuela a hacer el café.",
        "a hacer",
    ),
    (
        "No estoy segura si ella volverá a clase este jueves.",
        "No estoy segura de si volverá a clase este jueves.",
        "de si",
    ),
    (
        "Estoy agradecida que mi familia y yo podíamos lo cuidar.",
        "Estoy agradecida de que mi familia y yo lo podamos cuidar.",
        "de que",
    ),
    (
        "No tengo amigos, no tengo familia, no tengo nadie.",
        "No tengo amigos, no tengo familia, no tengo a nadie.",
        "a nadie",
    ),
    ("Bush se casa Laura Welch en 1977.", "Bush se casa con Laura Welch en 1977.", "con Laura"),
    ("Se casaron a 1992.", "Se casaron en 1992.", "en"),
    (
        "Su cumpleaños es el 4 de Agosto, 1961.",
        "Su cumpleaños es el 4 de agosto de 1961.",
        "de 1961",
    ),
    (
        "No le gusta ir a la escuela, pero trabajó mucho después las clases.",
        None,
        "después de",
    ),
]


def _preposition_fixes(text: str) -> list[str | None]:
    return [e.fix for e in sentence_errors(text) if e.kind == "preposition"]


@pytest.mark.parametrize("learner, corrected, fix", CAUGHT, ids=[c[0][:30] for c in CAUGHT])
def test_a_real_learners_preposition_error_is_caught_and_its_correction_is_not(
    learner, corrected, fix
):
    assert fix in _preposition_fixes(learner), sentence_errors(learner)
    if corrected is not None:
        assert not _preposition_fixes(corrected), sentence_errors(corrected)


def test_the_sentences_are_the_tuning_pairs_own():
    learners = {p.learner for p in load_pairs(PAIRS_DIR) if "preposition" in p.kinds}
    assert {c[0] for c in CAUGHT} <= learners


@pytest.mark.parametrize(
    "text",
    [
        "Ayer me llamó mi hermano.",
        "Me visitó mi abuela.",
        "Se fue a vivir a Madrid.",
        "Voy a trabajar a la oficina.",
        "Está a la derecha la farmacia.",
        "¿Qué piensas de mi casa?",
        "Me gusta jugar futbol.",
        "Escucho música por Spotify.",
        "Viajé a El Salvador.",
        "Leo un artículo de El País.",
    ],
)
def test_right_spanish_gets_no_error(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    "wrong, fix, name",
    [
        ("Voy a el cine.", "al", "Voy a El Salvador."),
        ("Soy de el norte.", "del", "Soy de El Paso."),
        ("Voy a El cine.", "al", "Leo un artículo de El País."),
    ],
)
def test_a_and_de_join_with_el_but_not_with_a_name_that_holds_it(wrong, fix, name):
    assert fix in [e.fix for e in sentence_errors(wrong)]
    assert not sentence_errors(name)
