"""Cues a learner would copy: one error gets one right cue, and right Spanish gets none."""

from langbot.native_eval import sentence_fires


def _fires(text: str) -> dict[str, str]:
    return {rule: msg for rule, _words, msg in sentence_fires(text)}


def test_ordinal_before_its_noun_is_the_word_fixed():
    fires = _fires("Es la segundo vez.")
    assert "determiner_noun" not in fires
    assert "«segunda»" in fires["determiner_adjective"]


def test_name_in_a_prepositional_phrase_is_no_subject():
    assert "name_subject_person" not in _fires("Con mi amiga Ana estoy cansado.")
    assert "name_subject_person" in _fires("Mi amiga Ana estoy cansada.")


def test_one_named_person_gets_singular_cues():
    fires = _fires("Nathan están cómico.")
    assert "predicate_adjective" not in fires
    assert "«es»" in fires["estar_for_ser"]


def test_age_said_with_old_is_not_an_agreement_error():
    fires = _fires("Tengo veinte años viejo.")
    assert set(fires) == {"age_without_old"}


def test_noun_complement_gets_no_infinitive_cue():
    assert "finite_after_a" not in _fires("Tengo una entrevista de trabaja.")
    assert "finite_after_a" in _fires("Antes de salgo, como.")


def test_irregular_stem_message_is_true():
    msg = _fires("Vosotros andasteis mucho.")["spelling_change_form"]
    assert "sound" not in msg
    assert "«anduvisteis»" in msg


def test_misplaced_accent_is_read_as_the_word_it_misspells():
    fires = _fires("Las clases son dificíl.")
    assert "«difíciles»" in fires["predicate_adjective"]
    assert "predicate_adjective" not in _fires("La clase es facíl.")


def test_a_bare_hour_after_a_verb_of_the_day_takes_its_article():
    assert "«las siete»" in _fires("Me levanto a siete.")["bare_clock"]
    assert "bare_clock" not in _fires("Invité a siete.")


def test_entering_a_place_takes_its_preposition():
    assert "«en la»" in _fires("Entro la casa.")["place_without_preposition"]
    assert "place_without_preposition" not in _fires("Entra el profesor.")


def test_verb_prepositions_from_data():
    assert "«con»" in _fires("Sueño en viajar.")["preposition_swap"]
    assert "preposition_swap" not in _fires("Sueño en francés.")
    assert "«con»" in _fires("Estoy casada a un médico.")["preposition_swap"]
    assert "preposition_swap" not in _fires("Estaba casado a los 20 años.")


def test_an_acronym_after_a_verb_of_where_is_a_place():
    assert "«en»" in _fires("Estudio a UC Davis.")["verb_preposition_en"]
    assert "verb_preposition_en" not in _fires("Estudio a Platón.")


def test_ordinal_that_is_also_a_number_word_is_fixed():
    assert "«primera»" in _fires("Es la primero vez.")["determiner_adjective"]
