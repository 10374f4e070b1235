"""«El es alto», «tu tienes razón»: before a conjugated verb, «el» and «tu» written without
their accent are the subject pronouns, and the rules that need the subject read them so
(grading/unaccented_pronouns.py); before a noun, an infinitive or a «yo» form that may be a
noun the lexicon lacks, they stay determiners. «Esta», «estas» before a preposition, an
infinitive, a gerund or an adverb are «está», «estás»; before a noun or «es», «this». «Se»
before «a» and an infinitive is «sé» («no se a nadar»)."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.analysis import Analysis
from langbot.grading.rules.registry import engine
from langbot.grading.tokens import tokenize


def _determiner_first(text: str) -> bool:
    lexicon, _rules = engine()
    return bool(Analysis(tokenize(text), lexicon).of(0, "DET"))


@pytest.mark.parametrize(
    "text",
    [
        "El es alto.",
        "tu tienes razón.",
        "El no se levanta temprano.",
        "Tu siempre llegas tarde.",
        "Esta en la mesa.",
        "Estas cocinando.",
        "Esta muy cansada.",
    ],
)
def test_before_a_conjugated_verb_the_word_is_the_pronoun(text):
    assert not _determiner_first(text)


@pytest.mark.parametrize(
    "text",
    [
        "El comer es bueno.",  # an infinitive as a noun
        "El divorcio se está popularizando.",  # a «yo» form: a noun the lexicon may lack
        "Tu casa es bonita.",
        "El Salvador es bonito.",
        "Esta es mi casa.",  # «this is»: a demonstrative, no «está es»
        "Esta noche voy al cine.",
    ],
)
def test_before_anything_else_the_determiner_stays(text):
    assert _determiner_first(text)


@pytest.mark.parametrize(
    "text",
    [
        "El es guatemalteco y vivo en Brooklyn.",
        "Tu fue al cine.",
        "Mi hermano el es alto.",
        "Tu trabaja en un banco.",
        "Las manzanas esta en la mesa.",
        "Mi hermana esta cocinar la cena.",
        "Yo no se a nadar.",  # «sé»: no verb's pronoun stands before «a» and an infinitive
    ],
)
def test_an_error_the_subject_shows_is_caught_without_the_accent(text):
    assert sentence_errors(text)
