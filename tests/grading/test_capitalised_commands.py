"""A capitalised word inside the sentence is read as a name, but a tú command written with
its accent and pronouns joined is no name (langbot/grading/analysis.py): a name before it,
with no comma, is who is spoken to, not a subject the next infinitive should agree with."""

import pytest

from langbot.grading import sentence_errors


@pytest.mark.parametrize(
    "text",
    [
        "Sara Molina Permíteme decirte algo.",  # real: «Tony Stark Permíteme presentarte…»
        "Elena Díaz Escúchame hablar.",
    ],
)
def test_a_name_before_a_capitalised_command_is_no_subject(text):
    assert sentence_errors(text) == []


def test_a_capitalised_command_keeps_its_own_errors():
    # read as the verb it is, «Enséñame» still needs its «a» before the infinitive
    assert [e.fix for e in sentence_errors("Carlos Ruiz Enséñame bailar salsa.")] == ["Enséñame a"]


def test_a_name_after_a_name_is_still_no_verb():
    assert sentence_errors("Me gusta mucho Pablo Picasso.") == []
