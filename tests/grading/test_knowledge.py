"""Knowledge offers lookups on folded text only: what a token is, never the file's spelling."""

import pytest

from langbot.errors import LessonFileError
from langbot.grading import sentence_errors
from langbot.grading.knowledge import knowledge
from langbot.grading.words import GraderWords, load_grader_words
from langbot.text import fold

SET_LOOKUPS = (
    "estar_only", "prenominal", "stressed_a", "ser_only", "events", "estar_de_ok",
    "indirect", "adverbs_between", "weak_words", "infinitive_forms", "finite_forms",
)  # fmt: skip


def _folded(word: str) -> bool:
    return word == " ".join(fold(word).split())


@pytest.mark.parametrize("name", SET_LOOKUPS)
def test_every_set_lookup_is_folded(name):
    values = getattr(knowledge(), name)
    assert values and all(_folded(w) for w in values), name


def test_mapping_lookups_and_role_words_are_folded():
    kb = knowledge()
    assert all(_folded(k) for k in kb.subjects) and all(_folded(k) for k in kb.reflexive)
    for field in GraderWords.model_fields:
        value = getattr(kb.words, field)
        if field in ("accents_known", "languages", "number_twenties_prefix", "person_names"):
            continue  # kept as written: the accents are the point, or not words
        if field.startswith("help_"):  # regex pieces: no accent or capital, syntax kept
            assert all(w == fold(w) or not w.isalpha() for w in value), field
            continue
        words = [w for v in value.values() for w in v] if isinstance(value, dict) else value
        assert all(_folded(w) for w in words), field


def test_folded_lookups_match_accented_entries():
    """grammar.yaml writes «simpático», «más»: the folded token must find them."""
    kb = knowledge()
    assert {"simpatico", "simpaticas"} <= kb.ser_only
    assert "mas" in kb.adverbs_between and "reunion" in kb.events


@pytest.mark.parametrize(
    "text", ["el águila es grande", "El aguila es grande.", "el agua está fría", "Un hacha."]
)
def test_a_feminine_noun_with_stressed_a_takes_el_without_an_error(text):
    assert not [e for e in sentence_errors(text) if e.kind == "gender_number"]


def test_a_malformed_grader_words_file_names_file_and_field(tmp_path):
    path = tmp_path / "grader_words.yaml"
    path.write_text("slot_determiners: []\n", encoding="utf-8")
    with pytest.raises(LessonFileError) as err:
        load_grader_words(path)
    assert str(path) in str(err.value) and "slot_determiners" in str(err.value)


def test_every_verbs_prepositions_are_prepositions_of_the_vocabulary():
    kb = knowledge()
    known = kb.vocabulary.function_words_by_type["prepositions"]
    for inf, entry in kb.verbs.entries.items():
        for word in entry.prepositions:
            assert fold(word) in known, f"verbs.yaml: verb {inf!r}: prepositions: {word!r}"
    assert sum(1 for e in kb.verbs.entries.values() if e.prepositions) >= 30
