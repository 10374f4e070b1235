"""Readers the lessons16 round's tuning halves led to (issue 19), tried on other words: a
language as the medium of a thing («la prefiero en francés»), a pet named where the question
asks by its kind («mi conejo se llama…» to «¿cómo se llama su mascota?»), and an English
sentence ending in a name is English, not a name."""

import pytest
from helpers import accepted_at_steps, grade_lesson

_grade = grade_lesson


@pytest.mark.parametrize("text", ["La prefiero en francés.", "En alemán, por favor."])
def test_a_language_as_the_medium_answers_which_language(text):
    # «¿En qué idioma la quiere?» is answered by the language the book is wanted in
    assert _grade("libreria", 5, text), text


@pytest.mark.parametrize(
    "text",
    [
        "La quiere en francés.",  # said of another
        "En la mesa.",  # «en» and no language
    ],
)
def test_stays_a_miss_at_which_language(text):
    assert not _grade("libreria", 5, text), text


@pytest.mark.parametrize(
    "text", ["Mi conejo se llama Tambor.", "Mi gato se llama Simba.", "Mi perrita se llama Chispa."]
)
def test_a_pet_of_the_kind_asked_answers_its_name(text):
    # «su mascota» names a kind: any pet is the one asked about
    assert _grade("veterinario", 1, text), text


def test_a_person_is_not_the_pet_asked_about():
    assert not _grade("veterinario", 1, "Mi hermano se llama Pablo.")


@pytest.mark.parametrize(
    "lesson,number,text",
    [("veterinario", 1, "His name is Max."), ("hotel", 1, "Name is Pedro.")],
)
def test_english_words_before_a_name_are_no_name(lesson, number, text):
    assert not _grade(lesson, number, text), text
    assert _grade("veterinario", 1, "Max."), "a name alone still answers"


@pytest.mark.parametrize(
    "lesson,number,text",
    [("veterinario", 6, "Sin problema, con la comida."), ("cocina", 5, "Sin problema.")],
)
def test_no_problem_accepts(lesson, number, text):
    # «sin problema», «no hay problema» say yes to a request, whatever «no» they hold
    assert _grade(lesson, number, text), text


test_a_yes_or_no_after_a_subject_pronoun = accepted_at_steps(
    [
        ("reciclaje", 6, "Yo sí, un coche pequeño."),
        ("teatro", 5, "Nosotros no."),  # «¿tienen carné?» asks a group
        ("teatro", 5, "Nosotros sí, los tres."),
        ("teatro", 5, "Yo no, pero ellos sí."),
    ],
)


@pytest.mark.parametrize(
    "lesson,number,text", [("reciclaje", 6, "Tú no."), ("teatro", 5, "Ellos no.")]
)
def test_a_yes_or_no_of_someone_else_stays_a_miss(lesson, number, text):
    assert not _grade(lesson, number, text), text


@pytest.mark.parametrize(
    "lesson,number,text",
    [
        ("teatro", 3, "La de las cinco."),
        ("camping", 2, "La de las cuatro."),
        ("camping", 1, "El de las tres."),
    ],
)
def test_the_one_at_an_hour_is_no_count(lesson, number, text):
    # «la de las cinco» names a show by its hour: no answer to «¿cuántas…?»
    assert not _grade(lesson, number, text), text
    assert _grade("camping", 2, "Somos cuatro.")


test_a_question_may_name_the_head_noun_alone = accepted_at_steps(
    [
        ("teatro", 8, "Vale, ¿dónde está la entrada?"),  # «la entrada al patio»
    ],
)


@pytest.mark.parametrize(
    "lesson,number,text",
    [("teatro", 8, "¿Dónde está la salida?"), ("aeropuerto", 6, "¿Cuál es la puerta?")],
)
def test_a_question_naming_another_thing_stays_a_miss(lesson, number, text):
    assert not _grade(lesson, number, text), text


def test_a_statement_naming_the_head_noun_asks_nothing():
    # «Tres entradas.» names «entrada» but asks no question
    assert not _grade("teatro", 8, "Seis entradas.")
    assert not _grade("teatro", 8, "Las entradas.")


def test_a_liking_of_someone_takes_the_pronoun_of_the_number_asked():
    # «¿qué tipo de libros le gustan a su hermana?» asks of one person: «les» speaks of a group
    assert _grade("libreria", 2, "Le gusta mucho la poesía.")
    assert _grade("libreria", 2, "A mi hermana le gusta la poesía.")
    assert not _grade("libreria", 2, "Les encantan los cómics.")
    assert not _grade("libreria", 2, "Les gusta la poesía.")


@pytest.mark.parametrize("text", ["Las cinco, gracias.", "Pues las cinco."])
def test_one_of_two_hours_offered_by_its_article_and_number(text):
    # «¿la sesión de las cinco o la de las ocho?»
    assert _grade("teatro", 2, text), text


@pytest.mark.parametrize("text", ["Las nueve.", "Las siete, por favor."])
def test_an_hour_not_offered_stays_a_miss(text):
    assert not _grade("teatro", 2, text), text
