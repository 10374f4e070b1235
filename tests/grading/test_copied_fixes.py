"""Fixes a learner would copy must be right Spanish: where two rules could speak about one
slip, the one whose fix is right speaks; where no fix is sure, none is given."""

import pytest
from helpers import sentence_fixes

from langbot.grading import sentence_errors


def test_haber_with_a_subject_is_told_the_auxiliary_not_there_is():
    """«hay» says what there is and takes no subject: «Mi madre he comido» is «ha comido»."""
    assert "ha" in sentence_fixes("Mi madre he comido mucho.")
    assert "hay" not in sentence_fixes("Mi madre he comido mucho.")


@pytest.mark.parametrize("text", ["Mis 2 hermano viven aquí.", "Los dos perro son míos."])
def test_a_plural_count_between_determiner_and_noun_fixes_the_noun(text):
    """«mis 2 hermano»: the determiner and the number agree; «mi 2 hermano» would be worse."""
    fixes = sentence_fixes(text)
    assert any(f and f.endswith("s") for f in fixes), fixes
    assert not {"mi", "el"} & set(fixes), fixes


def test_digits_after_a_singular_determiner_say_which_one():
    """«su 20 año de carrera» (its 20th): «su 20 años» would be wrong."""
    assert "años" not in sentence_fixes("Terminó su 20 año de carrera con los Lakers.")


def test_a_name_in_quotes_before_estar_is_its_subject_not_there_is():
    """«"The Rock" está un luchador»: «hay un luchador» is not what was meant."""
    assert "hay" not in sentence_fixes('"The Rock" está un luchador.')


def test_a_lone_name_before_a_plural_copula_is_not_told_a_plural_adjective():
    """«Nathan están cómico»: one person; «cómicos» would make it no better."""
    assert "cómicos" not in sentence_fixes("En adición a su programa, Nathan están cómico también.")
    assert "importantes" in sentence_fixes("Los papeles de Paul eran muy importante.")


def test_a_name_after_a_person_in_lower_case_is_not_told_a_plural_adjective():
    """«Mi amigo mateo son alto»: one friend, named in lower case; an animal's bare noun
    after its noun is no name («Los perros grandez son bonito» is still told «bonitos»)."""
    assert "altos" not in sentence_fixes("Mi amigo mateo son alto.")
    assert "bonitos" in sentence_fixes("Los perros grandez son bonito.")


@pytest.mark.parametrize("text", ["Mi amigo Mateo son alto.", "Mi hermana Ana tienen diez años."])
def test_a_person_named_after_their_noun_is_one_subject(text):
    """«Mi amigo Mateo son alto»: one friend, named; the verb is told «es», as for «mi amigo»."""
    assert {"es", "tiene"} & set(sentence_fixes(text)), sentence_fixes(text)


def test_a_subject_pronoun_as_object_is_told_the_object_pronoun():
    """«Vi él en la calle»: «vi a él» is no Spanish to copy; «lo vi» is."""
    fixes = sentence_fixes("Vi él en la calle.")
    assert "a él" not in fixes and "Lo vi" in fixes, fixes


@pytest.mark.parametrize(
    "text",
    [
        "Mi novela favorita está una historia de amor.",
        "El viaje estaba una experiencia muy divertida.",
    ],
)
def test_estar_before_what_something_is_is_not_told_there_is(text):
    """What a thing is, with no place said, is ser: «hay» would change what was meant."""
    assert not {"hay", "había"} & set(sentence_fixes(text))


def test_ser_with_mal_of_a_said_subject_gets_a_cue_with_no_fix():
    """«mis profesores son mal»: «están mal» or «son malos»? The judge cannot tell."""
    errors = sentence_errors("Mis profesores son mal.")
    assert errors and all(e.fix is None for e in errors), errors


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Soy buena a organizando mi tiempo.", "a organizar"),
        ("Tenía que darle un baño, de la contrario se enfermaba.", "el"),
        ("De todas modas, voy al cine.", "todas las"),
    ],
)
def test_set_phrases_are_not_told_a_wrong_fix(text, wrong):
    """«buena organizando», «de lo contrario», «de todos modos»: the fix must be that."""
    assert wrong not in sentence_fixes(text)


def test_a_name_of_three_words_is_told_once():
    """«Martin Luther King lucho»: one subject, one message (not one for «Luther King»)."""
    from langbot.native_eval import sentence_fires  # noqa: PLC0415 (loads the grader)

    fires = sentence_fires("Martin Luther King lucho por los derechos.")
    assert [rule for rule, _, _ in fires] == ["name_subject_person"], fires


def test_a_verb_with_its_accent_dropped_is_no_missing_verb():
    """«Se me cayo el teléfono»: «cayó»; «add a verb» would send the learner astray."""
    assert not any(
        "conjugated verb" in e.message for e in sentence_errors("Se me cayo el teléfono.")
    )
