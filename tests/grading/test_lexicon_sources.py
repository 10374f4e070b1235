"""The lexicon's common-gender nouns and ghost verbs: a person noun or a noun seen with both
articles takes either (no error on «la pianista», «una testigo», «el artista»), a noun of
one gender still flags the other article («la problema»), and a verb nobody uses is no
reading of a common word («eran» is «ser», never «erar»). Sentences through the judge, and
the generator's functions (scripts/common_gender.py, scripts/lexicon_ghosts.py) on small
tables."""

from collections import Counter

import pytest

from langbot.grading import sentence_errors
from langbot.grading.lexicon import lexicon


@pytest.fixture(scope="module")
def generators(scripts):
    """scripts/common_gender.py and scripts/lexicon_ghosts.py, imported."""
    return scripts("common_gender"), scripts("lexicon_ghosts")


@pytest.mark.parametrize(
    "text",
    [
        "El artista es alto.",
        "La artista es alta.",
        "La pianista toca muy bien.",
        "El pianista toca muy bien.",
        "Una testigo vio el accidente.",
        "Las testigos hablaron con el juez.",
        "La periodista escribe un artículo.",
        "La dentista es simpática.",
        "La joven es alta.",
        "La modelo es famosa.",
        "La policía llegó tarde.",
        "Mi jefe es amable y mi jefe también.",
        "Ellos eran amigos.",
        "Tú eras mi amigo.",
    ],
)
def test_a_right_sentence_with_a_common_gender_noun_or_a_form_of_ser_gets_no_error(text):
    assert sentence_errors(text) == []


@pytest.mark.parametrize(
    "text",
    ["La problema es difícil.", "Tengo una problema.", "Leo el revista.", "Veo la mapa."],
)
def test_a_noun_of_one_gender_still_flags_the_other_article(text):
    assert "gender_number" in {e.kind for e in sentence_errors(text)}


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("eran", "erar"), ("eras", "erar"), ("amigo", "amigar"), ("podemos", "podar"),
     ("estuve", "estener"), ("cosa", "coser")],
)  # fmt: skip
def test_a_common_form_is_no_reading_of_a_verb_nobody_uses(form, lemma):
    readings = lexicon().readings(form)
    assert readings and lemma not in {r.lemma for r in readings}


def _noun(lemma, gender, number="Sing"):
    return ("NOUN", lemma, (("gender", gender), ("number", number)))


def test_the_generator_finds_common_gender_in_its_sources(generators):
    common_gender, _ghosts = generators
    table = {
        "pianista": {_noun("pianista", "Masc"): "ud"},  # -ista and masculine: a person
        "pianistas": {_noun("pianista", "Masc", "Plur"): "ud"},
        "revista": {_noun("revista", "Fem"): "ud"},  # -ista and feminine: a thing
        "testigo": {_noun("testigo", "Masc"): "ud"},  # FreeLing: either gender
        "policía": {_noun("policía", "Fem"): "ud"},  # both articles in the text
        "problema": {_noun("problema", "Masc"): "ud"},  # one «la problema» slip
        "mejor": {_noun("mejor", "Masc"): "ud", ("ADJ", "mejor", ()): "ud"},
    }
    before = {
        "policía": Counter({("Fem", "Sing", "la"): 12, ("Masc", "Sing", "el"): 3}),
        "problema": Counter({("Masc", "Sing", "el"): 40, ("Fem", "Sing", "la"): 1}),
        "mejor": Counter({("Masc", "Sing", "el"): 9, ("Fem", "Sing", "la"): 9}),  # an adjective
    }
    freeling = {"testigo": {"Com"}, "policía": {"Com"}}
    found = common_gender.common_forms(table, {}, before, freeling)
    assert found == {"pianista", "pianistas", "testigo", "policía"}
    assert common_gender.common_forms(table, {"mejor": Counter(Masc=2, Fem=3)}, {}, {}) >= {
        "mejor"
    }  # its treebank heads, where it is a noun, count
    assert common_gender.make_common(table, found) == 4
    assert set(table["pianista"]) == {_noun("pianista", "Com")}
    assert set(table["revista"]) == {_noun("revista", "Fem")}


def test_the_generator_drops_the_readings_of_a_verb_nobody_uses(generators):
    _common, ghosts = generators
    zipf = {
        "es": 7.0,
        "eran": 5.4,
        "eras": 4.3,
        "ero": 2.9,
        "sobre": 6.2,
        "sobran": 3.6,
        "cierne": 2.8,
    }.get
    table = {
        "es": {("AUX", "ser", ()): "ud"},
        "eran": {("AUX", "ser", ()): "ud", ("VERB", "erar", ()): "verbecc"},
        "eras": {("AUX", "ser", ()): "ud", ("VERB", "erar", ()): "verbecc"},
        "ero": {("VERB", "erar", ()): "freeling"},  # its own form: kept
        "sobre": {("ADP", "sobre", ()): "ud", ("VERB", "sobrar", ()): "verbecc"},
        "sobran": {("VERB", "sobrar", ()): "verbecc"},
        "cierne": {("VERB", "cerner", ()): "verbecc", ("VERB", "cernir", ()): "verbecc"},
    }
    dropped = ghosts.drop_ghosts(table, lambda form: zipf(form, 0.0), {"ser"})
    assert set(table["eran"]) == {("AUX", "ser", ())}
    assert set(table["eras"]) == {("AUX", "ser", ())}  # 4.3 - 2.9 < 2, but erar is a ghost
    assert set(table["ero"]) == {("VERB", "erar", ())}
    assert set(table["sobre"]) == {("ADP", "sobre", ())}  # sobrar: 3.6, «sobre» 6.2
    assert set(table["sobran"]) == {("VERB", "sobrar", ())}
    assert len(table["cierne"]) == 2  # no other reading to read it as: kept
    assert set(dropped) == {"erar", "sobrar"}


def test_a_treebank_slip_on_a_verb_form_is_no_reading(generators):
    _common, ghosts = generators
    imperfect = (("mood", "Ind"), ("number", "Plur"), ("person", "3"), ("tense", "Imp"), ("verbform", "Fin"))  # fmt: skip
    subjunctive = (("mood", "Sub"), ("number", "Plur"), ("person", "3"), ("tense", "Pres"), ("verbform", "Fin"))  # fmt: skip
    table = {
        "tengan": {("VERB", "tener", imperfect): "ud", ("VERB", "tener", subjunctive): "ud"},
        "tenían": {("VERB", "tener", imperfect): "ud"},
        "zarpan": {("VERB", "zarpar", imperfect): "ud"},  # a verb verbecc did not conjugate
    }
    conjugated = {
        ("tengan", "tener"): {ghosts.shape(subjunctive)},
        ("tenían", "tener"): {ghosts.shape(imperfect)},
    }
    assert ghosts.drop_slips(table, conjugated) == ["tengan"]
    assert set(table["tengan"]) == {("VERB", "tener", subjunctive)}
    assert len(table["tenían"]) == len(table["zarpan"]) == 1
    assert not [r for r in lexicon().readings("tengan") if r.tense == "Imp" and r.mood == "Ind"]
