"""A first name written in lower case is no verb: a frequent form whose verb's infinitive no
frequency list knows is another word's («mateo» is no «matear»), so learners who write names
in lower case get no verb error on them."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.rules.registry import engine


def _verb_lemmas(form: str) -> set[str]:
    lex, _rules = engine()
    return {f.lemma for f in lex.lookup(form) if f.pos == "VERB"}


@pytest.mark.parametrize("name", ["mateo", "rodrigo", "esteban", "paula"])
def test_a_name_is_not_read_as_an_unused_verb(name):
    assert _verb_lemmas(name) == set()


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("vende", "vender"), ("diste", "dar"), ("apetece", "apetecer"), ("necesito", "necesitar")],
)
def test_a_used_verb_keeps_its_reading(form, lemma):
    # «vende» loses «vendar» (unused) but keeps «vender»; a lesson verb is always kept
    assert lemma in _verb_lemmas(form)


def test_an_unused_verb_is_dropped_beside_a_used_one():
    assert "vendar" not in _verb_lemmas("vende")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mi amigo mateo es alto.",
        "Hola, soy mateo.",
        "Mi nombre es rodrigo.",
        "Conozco a mateo.",
        "Mi novio mateo y yo vamos al cine.",
        "Mi amigo rodrigo vive en Madrid.",
        "Yo soy esteban y tengo diez años.",
    ],
)
def test_a_lower_case_name_gets_no_error(sentence):
    assert sentence_errors(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["Mi amigo Mateo son alto.", "Soy Rodrigo.", "Mi amigo Rodrigo vive en Madrid."]
)
def test_a_name_in_lower_case_is_read_as_in_capitals(sentence):
    lower = sentence.replace("Mateo", "mateo").replace("Rodrigo", "rodrigo")
    assert [e.kind for e in sentence_errors(lower)] == [e.kind for e in sentence_errors(sentence)]
