"""A regular form of a verb the lexicon knows only by its other forms, not its infinitive,
is Spanish, no misspelling («bolearon»: the lexicon reads «bolea» as bolear)."""

from langbot.grading.knowledge import knowledge
from langbot.grading.spelling import misspelled_extras
from langbot.grading.tokens import tokenize


def test_a_regular_form_of_a_verb_known_by_its_other_forms_is_no_misspelling():
    """Tatoeba's «Le bolearon los zapatos» was told to check the spelling of «bolearon»."""
    assert misspelled_extras(tokenize("Le bolearon los zapatos."), knowledge(), set()) == []


def test_a_slip_of_a_common_verb_is_still_a_misspelling():
    """«cantarn» is still «cantar» misspelt."""
    errors = misspelled_extras(tokenize("Ellos cantarn mucho."), knowledge(), set())
    assert [e.fix for e in errors] == ["cantar"]
