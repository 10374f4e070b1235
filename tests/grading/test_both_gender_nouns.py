"""Nouns the RAE gives both genders («el internet», «la internet») take either article: a
learner who writes the feminine one is told of no error, while the adjective still agrees
with the article the learner chose."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    "text",
    [
        "Busco información en la internet.",
        "La internet es lenta.",
        "El internet es lento.",
    ],
)
def test_either_article_is_right(text):
    assert sentence_errors(text) == []


def test_adjective_still_agrees_with_the_article():
    errors = sentence_errors("La internet es lento.")
    assert [e.fix for e in errors] == ["lenta"]
