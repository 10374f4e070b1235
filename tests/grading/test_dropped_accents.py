"""Learners and natives drop accents: «el» may be «él», «esta» «está», so a determiner
written without its accent is no certain article error where the pronoun or verb fits; an
article error no accent explains stays an error. Found by scripts/variant_eval.py
(accent-stripped variants of right sentences)."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    "text",
    [
        "Tom amaba a Mary, pero ella no lo amaba a el.",  # a él: no «al»
        "Ademas, a el le gustan las organizaciones.",
        "No puedo evitar burlarme de el.",  # de él: no «del»
        "Ella se ofrecio para ir a la reunion con el.",  # con él
        "Respondi por el.",
        "Tom esta desesperado.",  # está, not a determiner of «desesperado»
        "¿El perro esta encadenado?",
        "Para el publico, el era un heroe.",  # él era
    ],
)
def test_a_right_sentence_without_its_accents_gets_no_error(text):
    assert sentence_errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Voy a el cine.",  # a noun follows: al
        "Soy de el norte.",
        "Me gusta el empresa.",
        "El multitud se volvió loca.",
        "Esta libro es bueno.",
        "Tu perros son bonitos.",  # «perros» is no verb of tú: tus
        "¡Ella inmediatamente encontró el!",  # after a verb: lo
    ],
)
def test_an_article_error_no_accent_explains_is_still_caught(text):
    assert sentence_errors(text)


@pytest.mark.parametrize(
    ("text", "present", "past"),
    [
        ("Mi madre trabajo en un banco.", "trabaja", "trabajó"),
        ("Ella trabajo en un hospital.", "trabaja", "trabajó"),
        ("Tom llego tarde a clase.", "llega", "llegó"),
    ],
)
def test_a_verb_that_may_be_a_preterite_without_its_accent_gets_both_fixes(text, present, past):
    """«Mi madre trabajo» is wrong either way: the present of her person, or the preterite
    with its accent. The learner is told both, not only the present."""
    (error,) = sentence_errors(text)
    assert f"«{present}»" in error.message and f"«{past}»" in error.message


@pytest.mark.parametrize("text", ["Mi madre trabajas mucho.", "Yo vive en Madrid."])
def test_a_person_error_no_accent_explains_names_one_fix(text):
    (error,) = sentence_errors(text)
    assert "in the past" not in error.message
