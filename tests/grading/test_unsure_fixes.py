"""A misspelling's fix is given only when it is sure: a word written with both gender
endings takes the form the noun after it agrees with, and a preposition run together with
the word after it gets the cue with no fix (a learner copies a wrong fix)."""

import pytest

from langbot.grading.knowledge import knowledge
from langbot.grading.spelling import misspelled_extras
from langbot.grading.tokens import tokenize


def _fixes(text: str) -> dict[str, str | None]:
    tokens = tokenize(text)
    errors = misspelled_extras(tokens, knowledge(), set())
    return {tokens.original_text(e.start, e.end): e.fix for e in errors}


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("No llevaba a ninguno de sus otroas hijos.", "otros"),
        ("Salgo con mis otroas amigas.", "otras"),
        ("Fue un bonitoa día de verano.", "bonito"),
    ],
)
def test_both_gender_endings_take_the_form_of_the_noun_after(text, fix):
    """«otroas hijos»: «otros»; «otroas amigas»: «otras»."""
    assert next(iter(_fixes(text).values())) == fix


@pytest.mark.parametrize(
    "text", ["Y el mundo es muy hermosoa.", "Ana lucha por la gente que enferma porde problemas."]
)
def test_an_unsure_fix_is_left_out_and_the_cue_stays(text):
    """No noun says «hermoso» or «hermosa»; «porde» is «por de» run together, no «pode»."""
    fixes = _fixes(text)
    assert list(fixes.values()) == [None], fixes


def test_a_sure_fix_is_still_given():
    """«occurrió»: «ocurrió»."""
    assert _fixes("Esto occurrió durante la clase.") == {"occurrió": "ocurrió"}


def test_a_word_two_edits_away_is_no_fix_when_common_words_are_one():
    """«cuanfo» is one edit from «cuando» and «cuanto»: no «cuatro», two edits away."""
    assert _fixes("Amy no actúa siempre, pero cuanfo lo hace es hilarante.") == {"cuanfo": None}
