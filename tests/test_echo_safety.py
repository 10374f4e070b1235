"""What the learner typed comes back in the bot's lines only as clean words: no links, no
markup, no direction overrides, on every step of every lesson, for right and wrong answers."""

import pytest

from langbot.app import markup
from langbot.conversation import Conversation
from langbot.tutor import Tutor

# Each is put where a name, a place or another slot value would go in the step's model answer.
HOSTILE = {
    "url": "https://evil.example/x",
    "www": "www.evil.example",
    "email": "ana@evil.example",
    "tag": "<b>Evil</b>",
    "entity": "&lt;Evil&gt;",
    "markdown": "[Evil](http://evil.example)",
    "rtl override": "Ana\u202eLIVE",
    "zero width": "An\u200ba",
}
# The direction override and the zero-width space are removed on the way in (the tutor's
# input cleaning), so "Ana\u202eLIVE" may come back as the plain name "AnaLIVE", never reversed.
TRACES = ("evil", "http", "www.", "@", "<", ">", "&", "[", "\u202e", "\u200b")


def planted(model_answer: str, value: str) -> list[str]:
    """The model answer with its last word replaced by the value, and with it added after."""
    words = model_answer.rstrip(".!?").split()
    return [" ".join([*words[:-1], value]), f"{model_answer.rstrip('.!?')} {value}"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_value_is_never_echoed_in_any_bot_line(lessons, kind):
    tutor = Tutor(lessons)
    for lesson in lessons.values():
        for number, step in enumerate(lesson.steps, 1):
            for text in planted(step.model_answer, HOSTILE[kind]):
                for attempt in (1, 3):
                    conv = Conversation(lesson_id=lesson.id, step=number, attempt=attempt)
                    for turn in tutor.respond(conv, text).messages:
                        shown = [turn.text, turn.gloss or ""]
                        assert not any(t in s for s in shown for t in TRACES), (
                            lesson.id,
                            number,
                            text,
                            turn.text,
                        )
                        html = markup.turn_html(turn, show_gloss=True)
                        assert "<a" not in html and "<b>" not in html


def test_a_clean_name_is_still_echoed(lessons):
    outcome = Tutor(lessons).respond(
        Conversation(lesson_id="greetings", step=2), "Me llamo Ana-María O'Neil"
    )
    assert "Ana-María O'Neil" in outcome.messages[0].text
