"""Noun-phrase agreement a learner notices (grammar D, round 9): a colour and its shade."""

import pytest

from langbot.grading import sentence_errors


def _agreement(text: str) -> list[str]:
    return [e.message for e in sentence_errors(text) if e.kind == "gender_number"]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Tiene ojos azules claras.", "«claros»"),
        ("Mi hermana tiene los ojos verdes oscuras.", "«oscuros»"),
        ("Compré unas botas marrones oscuros.", "«oscuras»"),
    ],
)
def test_a_shade_in_its_own_form_agrees_with_the_noun(text, fix):
    assert any(fix in message for message in _agreement(text))


@pytest.mark.parametrize(
    "text",
    ["Tiene los ojos azul claro.", "Tengo los ojos verde oscuro.", "Lleva pantalones azul marino."],
)
def test_a_colour_and_its_shade_in_one_form_are_left_alone(text):
    assert not _agreement(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Hay casas bonitos en mi barrio.", "«bonitas»"), ("Hay viajes baratas.", "«baratos»")],
)
def test_a_plural_also_read_as_a_verb_after_a_verb_is_the_noun(text, fix):
    assert any(fix in message for message in _agreement(text))


def test_a_singular_after_a_relative_clause_may_be_the_main_verb():
    assert not _agreement("Lo que Tom comió era delicioso.")


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Mucha de los niños fueron a pedir ayuda.", "«Muchos»"),
        ("Es unas de las mejores películas.", "«una»"),
        ("En mucho de los casos no es así.", "«muchos»"),
    ],
)
def test_a_part_counted_out_of_a_group_takes_the_groups_number(text, fix):
    assert any(fix in message for message in _agreement(text))


@pytest.mark.parametrize(
    "text",
    ["Disfruté mucho de los conciertos.", "Dame un poco de los dos.", "Mucha de la gente vino."],
)
def test_how_much_after_a_verb_or_of_one_thing_is_left_alone(text):
    assert not _agreement(text)


def test_one_out_of_a_feminine_group_whose_noun_is_also_a_verb_is_feminine():
    assert any("«Ninguna»" in m for m in _agreement("Ninguno de las casas es bonita."))


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Este buena casa es mía.", "«esta»"), ("Este malas notas no importan.", "«estas»")],
)
def test_a_determiner_disagrees_with_a_noun_also_read_as_a_verb_after_its_adjective(text, fix):
    assert any(fix in message for message in _agreement(text))


def test_some_of_a_group_said_of_a_plural_subject_is_left_alone():
    assert not _agreement("Ellos son unos de los mejores jugadores.")
    assert any("«Uno»" in m for m in _agreement("Unos de mis mejores amigos es Pedro."))


def test_a_second_verb_of_the_subject_also_read_as_a_noun_is_the_verb():
    errors = sentence_errors("Él es costarricense y visita a Costa Rica cada año.")
    assert [e for e in errors if e.kind == "preposition"]


@pytest.mark.parametrize("text", ["Es una chica bajo.", "Es una mujer bajo y delgada."])
def test_a_word_also_a_preposition_with_nothing_to_take_is_the_adjective(text):
    assert any("«baja»" in m for m in _agreement(text))


def test_the_preposition_before_its_noun_is_left_alone():
    assert not _agreement("La mujer bajo la lluvia.")


def test_things_with_their_de_phrase_take_no_personal_a():
    errors = sentence_errors("Quiero ver a los cuadros de Goya.")
    assert [e for e in errors if e.kind == "preposition"]
    assert not [e for e in sentence_errors("Como a la hora de la cena.") if e.kind == "preposition"]


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Es un muy buena persona.", "«una»"), ("Es un muy bonita casa.", "«una»")],
)
def test_a_determiner_agrees_with_its_noun_past_a_degree_word(text, fix):
    assert any(fix in message for message in _agreement(text))


def test_esta_without_its_accent_before_a_degree_word_is_no_determiner():
    assert not _agreement("esta muy rico gracias")
