"""Frequent forms beyond the dictionaries: numerals, abbreviations, chat spellings and names
are known with the reading their shape or standard form gives, and the rules never read them."""

import pytest
import yaml
from pydantic import ValidationError

from langbot.grading.lexicon import lexicon


@pytest.fixture(scope="module")
def short_forms_module(scripts):
    """scripts/lexicon_patterns.py, imported."""
    return scripts("lexicon_patterns")


@pytest.mark.parametrize(
    ("form", "upos", "lemma", "gender", "number", "source"),
    [
        ("xviii", "NUM", "xviii", None, None, "numeral"),
        ("1º", "ADJ", "1º", "Masc", "Sing", "numeral"),
        ("2da", "ADJ", "2da", "Fem", "Sing", "numeral"),
        ("dr", "NOUN", "doctor", "Masc", "Sing", "abbreviation"),
        ("ong", "NOUN", "ong", "Fem", "Sing", "abbreviation"),
        ("tb", "ADV", "también", None, None, "chat"),
        ("xq", "SCONJ", "porque", None, None, "chat"),
        ("peli", "NOUN", "película", "Fem", "Sing", "chat"),
        ("ahhh", "INTJ", "ah", None, None, "chat"),
        ("caracas", "PROPN", "caracas", None, None, "names"),
        ("tokio", "PROPN", "tokio", None, None, "names"),
    ],
)
def test_a_frequent_form_no_dictionary_has_reads_as_its_shape_or_standard_form(
    form, upos, lemma, gender, number, source
):
    from langbot.grading.rules.registry import engine  # noqa: PLC0415

    found = [r for r in lexicon().readings(form) if r.upos == upos and r.lemma == lemma]
    assert [(r.gender, r.number, r.source) for r in found] == [(gender, number, source)]
    assert engine()[0].lookup(form) == ()  # a chat spelling is no grammar for the rules


@pytest.mark.parametrize(
    ("form", "upos", "lemma", "gender", "number"),
    [
        ("altísimo", "ADJ", "alto", "Masc", "Sing"),
        ("bellísima", "ADJ", "bello", "Fem", "Sing"),
        ("pedacito", "NOUN", "pedacito", "Masc", "Sing"),
        ("cabecita", "NOUN", "cabecita", "Fem", "Sing"),
    ],
)
def test_superlatives_and_diminutives_keep_their_words_features(form, upos, lemma, gender, number):
    found = {(r.upos, r.lemma, r.gender, r.number) for r in lexicon().readings(form)}
    assert (upos, lemma, gender, number) in found


def test_poquito_is_not_a_little_well():
    assert {r.upos for r in lexicon().readings("poquito")} == {"ADJ", "ADV"}


@pytest.mark.parametrize(
    ("form", "lemma", "feats"),
    [
        ("cállate", "callar", dict(mood="Imp", person="2")),
        ("háblame", "hablar", dict(mood="Imp", person="2")),
        ("suicidarse", "suicidar", dict(verbform="Inf")),
    ],
)
def test_pronouns_attached_to_a_verb_are_read_at_the_right_split(form, lemma, feats):
    readings = lexicon().readings(form)
    assert any(
        r.upos == "VERB" and r.lemma == lemma and all(getattr(r, k) == v for k, v in feats.items())
        for r in readings
    ), readings


@pytest.mark.parametrize("form", ["llendo", "cojer", "asique", "salame", "pibe"])
def test_misspellings_and_slang_no_source_knows_stay_unknown(form):
    assert lexicon().readings_folded(form) == ()


def test_every_hand_made_short_form_stands_for_words_the_lexicon_knows(short_forms_module):
    path = short_forms_module.SHORT_FORMS
    data = short_forms_module.ShortForms.model_validate(yaml.safe_load(path.read_text()))
    for entry in data.entries:
        assert lexicon().readings(entry.form), f"{entry.form}: no reading in the lexicon"
        for standard in entry.like:
            assert lexicon().readings(standard), f"{entry.form}: {standard} is not in the lexicon"


def test_a_hand_made_entry_with_a_wrong_field_is_refused(short_forms_module):
    with pytest.raises(ValidationError, match="meaning"):
        short_forms_module.ShortForms.model_validate(
            {"entries": [{"form": "tb", "kind": "chat", "meaning": "también", "like": ["también"]}]}
        )
    with pytest.raises(ValidationError, match="needs its gender"):
        short_forms_module.ShortForm(form="pc", kind="abbreviation", means="pc", upos="NOUN")
