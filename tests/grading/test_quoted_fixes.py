"""A cue quotes its fix as a teacher would write it: a piece of a phrase is not a sentence."""

import pytest

from langbot.conversation import Conversation


@pytest.mark.parametrize(
    "lesson,step,text,shows,never",
    [
        # «en el» cut from «en el teatro»: no pronoun «él» after the preposition
        ("weekend", 1, "Quedamos al teatro.", "«en el»", "«en él»"),
        ("weekend", 1, "Vamos a el cine.", "«al»", "«a él»"),
    ],
)
def test_a_quoted_fix_keeps_the_article_el(tutor, lesson, step, text, shows, never):
    conv = Conversation(lesson_id=lesson, step=step, attempt=1)
    shown = " ".join(m.text for m in tutor.respond(conv, text).messages)
    assert shows in shown and never not in shown


def test_a_whole_quoted_sentence_still_gets_the_accent_its_end_decides():
    from langbot.grading.orthography import restore_accents

    assert restore_accents("Vivo con el.") == "Vivo con él."
    assert restore_accents("con el", cut=True) == "con el"
