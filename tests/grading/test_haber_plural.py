"""Haber saying that something exists has one form: a learner who makes it agree with what
exists («habían muchas personas») is told the singular; the perfect's auxiliary agrees."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("En mi pueblo habían muchos árboles.", "había"),
        ("El sábado habrán tres conciertos.", "habrá"),
        ("Ojalá que hayan más trenes.", "haya"),
    ],
)
def test_a_plural_haber_of_what_exists_is_told_the_singular(text, fix):
    assert fix in [e.fix for e in sentence_errors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "En mi pueblo había muchos árboles.",
        "Mis padres habían comprado muchos árboles.",
        "Ojalá que hayan comido.",
    ],
)
def test_the_singular_and_the_perfect_are_left(text):
    assert not sentence_errors(text)
