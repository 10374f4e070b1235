"""The judge's known misses of round 29, in general form (issue 19)."""

import pytest
from helpers import grade_lesson

# An age step: «un»/«una» before a noun is the article of a thing one has, not an age.
ARTICLE_NOT_AGE = [
    ("numbers", 2, "Tengo un gato."),
    ("numbers", 2, "Tengo una bicicleta."),
    ("numbers", 3, "Tiene una boca grande."),
    ("numbers", 3, "Mi amigo tiene un coche rojo."),
]
AGE_STILL = [
    ("numbers", 2, "Tengo uno."),
    ("numbers", 2, "Tengo treinta y un años."),
    ("numbers", 3, "Tiene una."),
    ("numbers", 3, "Mi amiga tiene veintiún años."),
]


@pytest.mark.parametrize(("lesson", "step", "text"), ARTICLE_NOT_AGE)
def test_an_article_before_a_noun_is_no_age(lesson, step, text):
    assert not grade_lesson(lesson, step, text)


@pytest.mark.parametrize(("lesson", "step", "text"), AGE_STILL)
def test_a_one_word_age_is_still_an_age(lesson, step, text):
    assert grade_lesson(lesson, step, text)


def test_the_number_slot_leaves_an_article_before_a_noun():
    from langbot.grading.matching import find_cores, tag_stream
    from langbot.grading.tokens import tokenize
    from langbot.lessons import load_lessons

    lesson = load_lessons()["numbers"]
    assert not find_cores(lesson, 2, tag_stream(tokenize("Tengo un gato.")))
    assert find_cores(lesson, 2, tag_stream(tokenize("Tengo una.")))


def _rules(text: str) -> set[str]:
    from langbot.native_eval import sentence_fires

    return {rule for rule, _, _ in sentence_fires(text)}


# Estar, «un» and a person, then where: someone is there, «hay»; not «ser» for a job.
SOMEONE_THERE = ["Está un camarero en la entrada.", "Está una profesora en el pasillo."]


@pytest.mark.parametrize("text", SOMEONE_THERE)
def test_someone_there_is_hay_not_ser(text):
    rules = _rules(text)
    assert "hay_for_estar" in rules
    assert "estar_for_ser" not in rules


def test_a_job_with_no_place_is_still_ser():
    assert "estar_for_ser" in _rules("Está un camarero.")
