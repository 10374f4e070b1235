"""A word a grammar rule already corrects gets that one message, not a second «check the
spelling» of the same word: the learner sees one cue per mistake."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    ("text", "fix"),
    [("Nosotros hacimos la tarea.", "hicimos"), ("Ellos piensaron mucho.", "pensaron")],
)
def test_a_made_up_verb_form_gets_one_message(text, fix):
    messages = [e.message for e in sentence_errors(text)]
    assert len(messages) == 1 and fix in messages[0], messages


def test_a_plain_misspelling_still_gets_its_message():
    messages = [e.message for e in sentence_errors("Tengo dos hermanoss.")]
    assert any("hermanoss" in m for m in messages), messages
