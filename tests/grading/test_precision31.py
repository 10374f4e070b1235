"""Right sentences in shapes that drew a false error (issue precision31): each must get no
error, while the wrong sentence of the same shape still gets one."""

import pytest

from langbot.grading import sentence_errors
from langbot.text import unaccented


@pytest.mark.parametrize(
    "text",
    [
        "Mi equipo favorito son los Warriors.",
        "Mi grupo favorito son los Jonas Brothers.",
    ],
)
def test_ser_agrees_with_a_plural_name_after_it(text):
    assert sentence_errors(text) == []


def test_ser_before_a_singular_name_still_agrees_with_the_subject():
    assert [e.fix for e in sentence_errors("Mi equipo favorito son el Barcelona.")] == ["es"]


@pytest.mark.parametrize("text", ["Odio Instagram.", "Odio Twitter y Facebook."])
def test_a_platform_after_a_verb_of_people_takes_no_a(text):
    assert sentence_errors(text) == []


def test_a_person_after_that_verb_still_takes_a():
    assert [e.fix for e in sentence_errors("Odio Trump.")] == ["a Trump"]


@pytest.mark.parametrize("text", ["¿Qué vas a traer a la fiesta?", "¿Qué llevas a la playa?"])
def test_an_asked_object_leaves_the_a_phrase_saying_where_to(text):
    assert sentence_errors(text) == []


def test_a_thing_after_a_in_the_next_sentence_is_still_wrong():
    assert [e.fix for e in sentence_errors("¿Qué? Llevo a dos maletas.")] == ["dos"]


@pytest.mark.parametrize("text", ["Tenemos estas negras.", "Me gustan estas verdes."])
def test_a_determiner_and_an_adjective_with_the_noun_unsaid_is_no_estar(text):
    assert sentence_errors(text) == []


def test_after_a_subject_the_same_words_are_still_estar():
    assert [e.kind for e in sentence_errors("Tú estas felices.")] == ["gender_number"]


@pytest.mark.parametrize("text", ["Reservé una mesa para dos mañana.", "Llegaron dos tarde."])
def test_a_number_before_an_adverb_ending_the_clause_counts_no_noun(text):
    assert sentence_errors(text) == []


def test_a_number_before_the_same_noun_inside_the_clause_still_counts_it():
    assert [e.fix for e in sentence_errors("Trabajo dos tarde a la semana.")] == ["tardes"]


def test_al_before_the_second_person_has_its_a_already():
    assert sentence_errors("Quiero mucho a mi madre y al abuelo.") == []


def test_el_before_the_second_person_still_takes_al():
    assert [e.fix for e in sentence_errors("Quiero mucho a mi madre y el abuelo.")] == ["al"]


@pytest.mark.parametrize("text", ["¡Cíñete al tema!", "Cíñete al plan."])
def test_a_command_with_its_pronoun_keeps_its_enye_when_looked_up(text):
    assert sentence_errors(text) == []


def test_unaccented_keeps_the_tilde_and_drops_the_accents():
    assert unaccented("Cíñete") == "ciñete"
    assert unaccented("pingüino") == "pinguino"


@pytest.mark.parametrize("text", ["Estoy hambre.", "Estoy razón."])
def test_a_feminine_noun_of_no_one_after_estar_is_cued_tener_only(text):
    assert [e.fix for e in sentence_errors(text)] == ["tengo"]


def test_a_feminine_noun_of_someone_after_estar_still_takes_ser():
    assert [e.fix for e in sentence_errors("Yo estoy arqueóloga.")] == ["soy"]


def test_uno_before_a_plural_noun_is_cued_unos_only():
    assert [e.fix for e in sentence_errors("Compré uno libros.")] == ["unos"]


def test_uno_before_a_singular_masculine_noun_is_still_cued_un():
    assert [e.fix for e in sentence_errors("Tengo uno hermano.")] == ["un"]


def test_a_neuter_demonstrative_before_a_plural_noun_is_cued_on_itself_only():
    assert [e.fix for e in sentence_errors("No conozco esto libros.")] == ["estos"]


def test_a_relative_object_leaves_the_a_phrase_saying_where_to():
    assert sentence_errors("Lo que traje a la fiesta fue un pastel.") == []


@pytest.mark.parametrize("text", ["Vi a los dos.", "Ayudé a los tres."])
def test_los_and_a_number_after_a_verb_of_people_are_the_people(text):
    assert sentence_errors(text) == []


@pytest.mark.parametrize("text", ["Te veo a los ocho.", "Ceno a los ocho."])
def test_los_and_a_number_after_an_object_or_a_verb_of_no_people_is_still_a_time(text):
    assert [e.fix for e in sentence_errors(text)] == ["las"]


@pytest.mark.parametrize(
    "text", ["Aprendí a leer a los cinco.", "Empecé a tocar el piano a los seis."]
)
def test_los_and_a_number_ending_a_told_past_is_an_age(text):
    assert sentence_errors(text) == []


def test_los_and_a_number_in_the_present_is_still_a_time():
    assert [e.fix for e in sentence_errors("Me acuesto a los once.")] == ["las"]


@pytest.mark.parametrize(
    "text", ["El problema fueron las lluvias.", "Mi comida favorita fueron los tacos."]
)
def test_fueron_before_a_plural_noun_phrase_is_ser_agreeing_with_it(text):
    assert sentence_errors(text) == []


def test_fueron_going_after_a_singular_subject_is_still_wrong():
    assert [e.kind for e in sentence_errors("Mi familia fueron a la playa.")] == ["verb"]
