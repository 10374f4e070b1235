"""Fixes a learner would copy into a wrong sentence are not given (found by comparing the
fixes on the tuning pairs' learner sentences with the experts' corrections)."""

from helpers import sentence_fixes


def test_a_number_before_a_month_is_its_day_not_a_count():
    """«nació 29 enero» lacks «de»: «29 de enero», not «eneros»."""
    assert sentence_fixes("Oprah nació el 29 enero de 1954.") == ["29 de enero"]
    assert sentence_fixes("Nació en 26 marzo de 1931.") == ["26 de marzo"]


def test_a_count_before_another_noun_is_still_told_its_plural():
    """«dos mes»: «meses»."""
    assert "meses" in sentence_fixes("Pasé dos mes en Chile.")


def test_a_bare_plural_s_on_a_consonant_is_fixed_to_the_plural_not_the_singular():
    """«los ojos marrons»: «marrones», not «marrón»; «las construccións»: «construcciones»."""
    assert "marrones" in sentence_fixes("Él tiene los ojos marrons.")
    assert "construcciones" in sentence_fixes("Las construccións en el jardín eran famosas.")


def test_two_letters_swapped_in_a_short_word_give_the_word_with_them_in_place():
    """«mader»: «madre», not «madero» (a letter added)."""
    assert "madre" in sentence_fixes("Mi mader no le gusta su música.")


def test_a_pronoun_run_together_with_a_rare_word_is_no_split():
    """«semenas»: «semanas», not «se menas»; «Legusta» is still «le gusta»."""
    assert "semanas" in sentence_fixes(
        "Durante las semenas próximas, la isla trató de reconstruirse."
    )
    assert "le gusta" in sentence_fixes("Legusta la música.")


def test_an_adjective_agreeing_with_the_noun_before_a_disagreeing_verb_is_left_alone():
    """«los ojos es marrones»: the verb is wrong («son»), not «marrones» (no «marrón»)."""
    fixes = sentence_fixes("Kit tiene el pelo negro y los ojos es marrones.")
    assert "son" in fixes and "marrón" not in fixes


def test_a_noun_whose_number_is_the_odd_one_gives_no_article_fix():
    """«el próximo años»: «el» and «próximo» agree, so the noun takes their number, «año»;
    «los» would make «los próximo años».
    A gender the noun alone has still fixes the article («unos buenos amigas»: «unas»)."""
    assert sentence_fixes("Ella da un concierto el próximo años.") == ["año"]
    fixes = sentence_fixes("Tengo unos buenos amigas.")  # the fix carried over «buenos»
    assert [f.split()[0] for f in fixes] == ["unas"]


def test_a_verb_told_in_the_past_with_its_accent_dropped_is_no_regularised_present():
    """«me encantaba… porque siempre jugo»: «jugó», not «juego»; «Yo jugo al fútbol» still
    «juego»."""
    assert "juego" not in sentence_fixes(
        "Me encantaba su estilo porque siempre jugo con mucha emoción."
    )
    assert "juego" in sentence_fixes("Yo jugo al fútbol.")
