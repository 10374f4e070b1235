"""A sentence's first «La», «Las» before a noun of its gender and number is the article when a
conjugated verb follows in the clause («La casa rojo es bonita»: not «la» + «casar»), and a
pronoun before a verb when none does («La llama todos los días»)."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.analysis import Analysis
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize


def _phrase_end(text: str) -> int | None:
    lexicon, _rules = engine()
    phrase = Analysis(tokenize(text), lexicon).noun_phrase(0)
    return phrase.end if phrase else None


@pytest.mark.parametrize(
    "text",
    [
        "La casa rojo es bonita.",
        "la cocina nueva tiene dos ventanas",
        "Las casas bonito son caras.",
    ],
)
def test_an_opening_article_heads_a_noun_phrase(text):
    assert _phrase_end(text) == 2


@pytest.mark.parametrize("text", ["La llama todos los días.", "Hoy la casa mi hermano."])
def test_a_pronoun_before_a_verb_stays_one(text):
    assert _phrase_end(text) is None


@pytest.mark.parametrize(
    ("text", "fix"),
    [("La casa rojo es bonita.", "roja"), ("La cocina nuevo tiene dos ventanas.", "nueva")],
)
def test_an_adjective_after_an_opening_noun_agrees(text, fix):
    assert [e.fix for e in sentence_errors(text) if e.kind == "gender_number"] == [fix]


@pytest.mark.parametrize(
    "text",
    [
        "Las llamas son animales.",
        "La llama todos los días.",
        "Vimos las camisas rosa.",
        "La casa roja es bonita.",
    ],
)
def test_natives_get_no_error(text):
    assert sentence_errors(text) == []
