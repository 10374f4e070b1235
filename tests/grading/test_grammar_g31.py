"""Verb-side errors of real learners (fresh COWS pairs and probes, second pass): the person
told, asked or written to takes «a»; waking up at a time is despertarse."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Yo dije mi amiga mejor que no.", "a mi"),
        ("Mi amiga dijo su abuela la verdad.", "a su"),
        ("Contesté mi padre muy rápido.", "a mi"),
    ],
)
def test_the_person_told_takes_a(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dijo mi madre que no.",
        "Me dijo mi hermano que sí.",
        "Le conté mi problema a mi madre.",
        "Ella me enseñó una foto de su madre de pequeña.",
    ],
)
def test_right_sentences_are_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Yo despierto a las siete.", "me despierto"),
        ("Mi hermano despierta temprano.", "se despierta"),
    ],
)
def test_waking_at_a_time_needs_its_pronoun(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text",
    ["Estoy despierto a las seis.", "Despierto a mi hermano a las siete.", "Me despierto tarde."],
)
def test_awake_and_waking_someone_are_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Cepillo los dientes después de comer.", "Me cepillo"),
        ("Yo lavo la cara con agua fría.", "me lavo"),
    ],
)
def test_ones_own_body_needs_the_pronoun(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text",
    ["Lavo los pies del niño.", "Le lavo las manos a mi hijo.", "Lavaos las manos antes de comer."],
)
def test_someone_elses_body_is_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Mi hermana es alta y siempre jugar al baloncesto.", "juega"),
        ("Mi padre trabaja mucho y correr por la tarde.", "corre"),
    ],
)
def test_an_infinitive_joined_to_a_conjugated_verb_is_conjugated(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


def test_an_infinitive_with_a_verb_of_its_own_is_its_subject():
    assert not sentence_errors("Es bonito y caminar por la playa es relajante.")


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Me encanta que bailar con mis amigos.", "encanta bailar"),
        ("Prefiero que leer en casa.", "Prefiero leer"),
    ],
)
def test_no_que_before_a_bare_infinitive(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text", ["Tengo que estudiar.", "Me gusta que cocines.", "No sé que hacer."]
)
def test_que_that_belongs_there_is_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Hoy me siento muy bueno.", "bien"), ("Me siento mala, gracias.", "mal")],
)
def test_how_one_feels_takes_the_adverb(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize("text", ["Me siento bien.", "Me siento buena madre."])
def test_feeling_well_and_what_one_feels_one_is_are_left(text):
    assert not sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Ayer llegé a las nueve.", "llegué"), ("Mi padre leió el periódico.", "leyó")],
)
def test_a_past_form_without_its_spelling_change_gets_the_real_form(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


def test_travelling_by_the_plane_is_in_it():
    errors = sentence_errors("Mis padres viajan por el tren a Madrid.")
    assert "en" in [e.fix for e in errors]


def test_going_for_the_car_is_left():
    assert not sentence_errors("Voy por el coche y vuelvo.")
