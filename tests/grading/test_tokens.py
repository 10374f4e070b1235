"""A learner's text as words: a slash between two words offers an alternative, read once."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.tokens import tokenize


def test_the_alternative_after_a_slash_is_no_word_of_the_sentence():
    tokens = tokenize("Mi mejor amigo/a es alto.")
    assert tokens.words == ("mi", "mejor", "amigo", "es", "alto")
    assert tokens.original_text(2, 3) == "amigo"


def test_numbers_either_side_of_a_slash_are_all_kept():
    assert tokenize("Nací el 3/4/1990.").words == ("naci", "el", "3", ",", "4", ",", "1990")


def test_a_slash_with_spaces_still_parts_two_words():
    assert tokenize("hola / adiós").words == ("hola", ",", "adios")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tener un novio/a es una de las mejores cosas.",  # was «a» + «es»: «ser»
        "Mi profesor/a es muy simpático.",
    ],
)
def test_a_gender_ending_offered_after_a_slash_makes_no_error(sentence):
    assert sentence_errors(sentence) == []
