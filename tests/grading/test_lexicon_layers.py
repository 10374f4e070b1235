"""The rules read a frequent word with every part of speech the treebank and FreeLing give it,
not only the one the lesson knowledge lists («estado» is a noun as well as estar's participle)."""

import pytest

from langbot.grading import sentence_errors
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.registry import engine
from langbot.text import fold


def _readings(form: str) -> set[tuple]:
    lex, _rules = engine()
    return {(f.pos, f.lemma, f.gender) for f in lex.lookup(form)}


@pytest.mark.parametrize(
    ("form", "wanted"),
    [
        # (form, readings it must have beside the lesson knowledge's): FreeLing gives them all,
        # the treebanks attest them; a noun always with its gender
        ("estado", {("NOUN", "estado", "m"), ("VERB", "estar", None)}),
        ("vino", {("NOUN", "vino", "m"), ("VERB", "venir", None)}),
        ("poder", {("NOUN", "poder", "m"), ("VERB", "poder", None)}),
        ("recuerdo", {("NOUN", "recuerdo", "m"), ("VERB", "recordar", None)}),
        ("acuerdo", {("NOUN", "acuerdo", "m"), ("VERB", "acordar", None)}),
        ("pasado", {("ADJ", "pasado", "m"), ("VERB", "pasar", None)}),
    ],
)
def test_a_frequent_form_has_each_part_of_speech_with_noun_gender(form, wanted):
    assert wanted <= _readings(form)


def test_a_preposition_gets_no_noun_reading_the_treebank_never_shows():
    # FreeLing's «sobre» (envelope) is not merged into a function word the lesson lists
    assert {pos for pos, _lemma, _gender in _readings("sobre")} == {"ADP"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Brown es en el estado de Rhode Island.", "ser_estar"),  # COWS-L2H, famous.F17
        ("La semana pasado fue difícil.", "gender_number"),
    ],
)
def test_a_noun_or_adjective_the_lesson_knows_as_a_verb_is_checked(sentence, kind):
    assert kind in {e.kind for e in sentence_errors(sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["Brown está en el estado de Rhode Island.", "La semana pasada fue difícil."],
)
def test_the_corrected_sentences_get_no_error(sentence):
    assert sentence_errors(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun of its own spelt as a lesson adjective («listo», «junto», «cómodo»)
        "Mi canción está en la lista Latin Pop.",  # was «la» before a masculine «Latin»
        "Estas listas nuevas son buenas.",  # was «Estás listas»: «listas» describes «tú»
    ],
)
def test_a_noun_spelt_as_a_known_adjective_is_read_as_a_noun(sentence):
    assert sentence_errors(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["La playa era su lugar favorita.", "Tiene un perro muy alta."]
)
def test_an_adjective_said_as_a_noun_still_agrees(sentence):
    # «la favorita», «la alta» are the adjective said of a person: «el favorito» is a noun too
    assert "gender_number" in {e.kind for e in sentence_errors(sentence)}


@pytest.mark.parametrize(
    ("form", "upos", "lemma", "gender"),
    [("sobre", "NOUN", "sobre", "Masc"), ("capital", "ADJ", "capital", "Com"),
     ("bajo", "NOUN", "bajo", "Masc"), ("vino", "VERB", "venir", None)],
)  # fmt: skip
def test_the_generated_lexicon_keeps_every_part_of_speech_freeling_gives(form, upos, lemma, gender):
    found = {(r.upos, r.lemma, r.gender) for r in lexicon().readings(form)}
    assert (upos, lemma, gender) in found


def _verb_forms(form: str) -> set[tuple]:
    lex, _rules = engine()
    return {(f.lemma, f.form, f.person) for f in lex.lookup(form) if f.pos == "VERB"}


@pytest.mark.parametrize(
    ("form", "wanted", "unwanted"),
    [
        # the imperative is «imp», the imperfect «impf»: a rule tells «habla» from «hablaba»
        ("dibujaba", {("dibujar", "impf", "1s"), ("dibujar", "impf", "3s")}, "imp"),
        ("dibuja", {("dibujar", "imp", None), ("dibujar", "pres", "3s")}, "impf"),
        ("hojea", {("hojear", "imp", "2s"), ("hojear", "pres", "3s")}, "impf"),
        ("hojeaba", {("hojear", "impf", "3s")}, "imp"),
        ("eras", {("ser", "impf", "2s")}, "imp"),
        ("estaban", {("estar", "impf", "3p")}, "imp"),
    ],
)
def test_the_imperative_and_the_imperfect_are_two_forms(form, wanted, unwanted):
    found = _verb_forms(form)
    assert wanted <= found
    assert unwanted not in {f for _lemma, f, _person in found}


@pytest.mark.parametrize(
    ("written", "person", "form", "lemma"),
    [
        ("habló", "3s", "past", "hablar"),  # not «hablo», the present the folded form spells
        ("llegó", "3s", "past", "llegar"),
        ("estudió", "3s", "past", "estudiar"),
        ("pregunté", "1s", "past", "preguntar"),  # not the command «pregunte»
        ("olvídate", None, "imp", "olvidarse"),  # the curated reading kept where it fits
    ],
)
def test_a_verbs_written_accent_picks_its_tense_and_person(written, person, form, lemma):
    lex, _ = engine()
    verbs = [f for f in lex.lookup_written(fold(written), written) if f.pos == "VERB"]
    assert [(f.person, f.form, f.lemma) for f in verbs] == [(person, form, lemma)]


def test_an_accented_preterite_agrees_with_its_subject():
    assert not sentence_errors("Mi padre llegó tarde y habló con el profesor.")
    assert [e.kind for e in sentence_errors("Yo llegó tarde.")] == ["verb"]


@pytest.mark.parametrize(("written", "kept"), [("él", "PRON"), ("tú", "PRON"), ("mí", "CLITIC")])
def test_an_accented_pronoun_is_no_determiner(written, kept):
    lex, _ = engine()
    readings = {f.pos for f in lex.lookup_written(fold(written), written)}
    assert kept in readings and "DET" not in readings  # «el», «tu», «mi» are
    assert "DET" in {f.pos for f in lex.lookup(fold(written))}


def test_an_accented_form_keeps_each_person_it_can_be():
    lex, _ = engine()
    verbs = {(f.person, f.form) for f in lex.lookup_written("seria", "sería") if f.pos == "VERB"}
    assert verbs == {("1s", "cond"), ("3s", "cond")}  # «yo sería», «ella sería»
    assert not sentence_errors("Nunca imaginé que yo sería un indigente.")


@pytest.mark.parametrize(
    "sentence", ["Estas largas esperas me cansan.", "Estas viejas tumbas son de reyes."]
)
def test_a_plural_noun_read_as_a_verb_too_is_a_noun_after_its_determiner(sentence):
    # «esperas», «tumbas» were only «tú esperas», so «Estas» was «estás» and the adjective
    # had to describe «tú»
    assert sentence_errors(sentence) == []


@pytest.mark.parametrize("sentence", ["Ella hablas español.", "Usted tomas café."])
def test_the_verb_reading_of_such_a_plural_still_takes_its_subjects_person(sentence):
    assert "verb" in {e.kind for e in sentence_errors(sentence)}
