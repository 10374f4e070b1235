"""A malformed count file the generators write (bare subjects, copula adjectives, verb
prepositions) stops start-up with a message that names the file, the entry and the field."""

import pytest

from langbot.errors import LessonFileError
from langbot.grading.bare_subjects import bare_singular_subjects
from langbot.grading.copula_adjectives import parse_copula_adjectives
from langbot.grading.verb_prepositions import parse_verb_prepositions

BARE, COPULA, VALENCY = "bare_subjects.yaml", "copula_adjectives.yaml", "verb_prepositions.yaml"
LOADERS = {
    BARE: bare_singular_subjects,
    COPULA: parse_copula_adjectives,
    VALENCY: parse_verb_prepositions,
}
CASES = [
    (BARE, "singular:\n  internet: 0\n", r"singular.*internet"),
    (
        COPULA,
        "adjectives:\n  cansado: {estar: -1}\n",
        r"adjectives\b.*cansado.*estar.*greater than",
    ),
    (COPULA, "adjectives:\n  cansado: {estr: 3}\n", r"cansado.*estr.*not permitted"),
    (COPULA, "adjectives:\n  Cansado: {estar: 3}\n", r"Cansado.*lower-case word"),
    (COPULA, "adjectives:\n  cansado: {estar: 3, estar_personal: 4}\n", r"cansado.*outnumber"),
    (COPULA, "adjective:\n  cansado: {estar: 3}\n", r"adjective.*not permitted"),
    (COPULA, "- cansado\n", r"top level must be a mapping"),
    (VALENCY, "verbs:\n  pensar: {noun: {en: 0}}\n", r"verbs\b.*pensar.*noun.*en.*greater than 0"),
    (VALENCY, "verbs:\n  pensar: {nouns: {en: 3}}\n", r"pensar.*nouns.*not permitted"),
    (VALENCY, "verbs:\n  pensar: {noun: {'En ': 3}}\n", r"pensar.*noun.*lower-case words"),
    (VALENCY, "verb:\n  pensar: {noun: {en: 3}}\n", r"verb.*not permitted"),
    (VALENCY, "- pensar\n", r"top level must be a mapping"),
]


@pytest.mark.parametrize(("name", "text", "message"), CASES)
def test_a_malformed_count_file_names_the_file_the_entry_and_the_field(
    tmp_path, name, text, message
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LessonFileError, match=message) as err:
        LOADERS[name](path)
    assert str(path) in str(err.value)
