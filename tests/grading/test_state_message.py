"""The cue for ser with a passing state fits what is described and when: a thing in the past
(«la sopa era fría») is not told it says how «someone» is «right now»."""

from langbot.grading import sentence_errors


def _message(text: str) -> str:
    (error,) = sentence_errors(text)
    return error.message


def test_a_thing_in_the_past_is_not_told_about_someone_right_now() -> None:
    message = _message("Ahora la sopa era fría.")
    assert "right now" not in message and "someone is" not in message
    assert "estar" in message and "«estaba»" in message


def test_a_person_now_still_gets_the_estar_cue() -> None:
    message = _message("Soy nerviosa hoy.")
    assert "estar" in message and "«estoy»" in message
