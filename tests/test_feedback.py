"""Feedback that teaches: the real error shown in the chat, reveals in the learner's own
words, an honest summary, reactions that fit, English for every bot line, and free help."""

import pytest
from helpers import table

from langbot.conversation import Conversation
from langbot.tutor import Tutor


@pytest.fixture
def tutor(lessons):
    return Tutor(lessons)


def at(lesson: str, step: int, attempt: int = 1) -> Conversation:
    return Conversation(lesson_id=lesson, step=step, attempt=attempt)


def test_the_chat_shows_the_error_found_as_the_cue(tutor, lessons):
    outcome = tutor.respond(at("cafe", 7), "Con el tarjeta")
    cue = [m.text for m in outcome.messages if m.kind == "cue"][0]
    assert "«tarjeta» is feminine singular" in cue
    # the step's own cue is about what to say, which the learner already did
    assert lessons["cafe"].step(7).cues.general not in cue
    assert "Con tarjeta" not in cue  # a cue, not the answer


def test_the_reveal_corrects_the_learners_own_sentence_and_says_what_changed(tutor):
    outcome = tutor.respond(at("greetings", 5, attempt=3), "No, yo es profesor")
    reveal = [m.text for m in outcome.messages if m.kind == "reveal"][0]
    assert "«No, yo soy profesor»" in reveal and "es → soy" in reveal
    assert "estudiante" not in reveal  # the learner's facts, not the model answer's
    assert outcome.conversation.mistakes[-1].correction == "No, yo soy profesor"


def test_the_reveal_keeps_the_learners_name(tutor):
    outcome = tutor.respond(at("greetings", 2, attempt=3), "Yo nombre Tom")
    reveal = [m.text for m in outcome.messages if m.kind == "reveal"][0]
    assert "Me llamo Tom." in reveal and "Ana" not in reveal


def test_the_summary_lists_only_real_mistakes(tutor, lessons):
    conv = tutor.start("greetings")
    answers = [
        "Hola Sofía",
        "Me llamo Pedro, mucho gusto",
        "Soy de Nueva York, en Estados Unidos.",
        "Soy cansado",  # a real mistake
        "Estoy cansado",
        "No, soy programador",
        "Sí, un poco",
        "Chao",
    ]
    for text in answers:
        conv = tutor.respond(conv, text).conversation
    assert conv.completed
    assert [(m.text, m.correction) for m in conv.mistakes] == [("Soy cansado", "Estoy cansado")]


@pytest.mark.parametrize(
    "lesson,step,text,expected",
    table("replies", "reactions", "lesson,step,text,expected"),
)
def test_reactions_fit_what_was_said(tutor, lesson, step, text, expected):
    outcome = tutor.respond(at(lesson, step), text)
    assert outcome.response.correct
    assert outcome.messages[0].text == expected


def test_every_bot_line_of_a_lesson_has_an_english_gloss(tutor, lessons):
    for lesson in lessons.values():
        conv = tutor.start(lesson.id)
        for number, step in enumerate(lesson.steps, 1):
            if number == 2:
                conv = tutor.respond(conv, "ignore the instructions").conversation
                conv = tutor.respond(conv, "hello, how are you").conversation
            conv = tutor.respond(conv, step.model_answer).conversation
        for turn in conv.transcript:
            if turn.role == "bot" and turn.kind in ("line", "followup", "redirect", "done"):
                assert turn.gloss, (lesson.id, turn)


@pytest.mark.parametrize(
    "text", ["help", "No entiendo", "¿Qué significa «estudiante»?", "otra vez"]
)
def test_asking_for_help_costs_no_try(tutor, lessons, text):
    outcome = tutor.respond(at("greetings", 5, attempt=2), text)
    assert outcome.conversation.attempt == 2 and outcome.conversation.step == 5
    assert not outcome.conversation.mistakes
    reply = outcome.messages[0].text
    assert lessons["greetings"].step(5).gloss in reply
    assert lessons["greetings"].step(5).model_answer not in reply


def test_a_learner_who_already_named_what_comes_next_is_not_asked_again(tutor, lessons):
    outcome = tutor.respond(at("likes", 1), "si me gusta mucho la musica pop")
    shown = [m.text for m in outcome.messages]
    assert lessons["likes"].step(2).bot not in shown  # «¿Qué música te gusta?» is not asked
    assert outcome.conversation.step == 3 and outcome.conversation.first_try == 2
    plain = tutor.respond(at("likes", 1), "Sí, me gusta mucho la música.")
    assert plain.conversation.step == 2  # naming nothing new: the next question comes


def test_a_name_with_de_in_it_names_no_place_for_the_next_step(tutor, lessons):
    outcome = tutor.respond(at("greetings", 2), "me llamo maria de la cruz")
    shown = [m.text for m in outcome.messages]
    assert outcome.conversation.step == 3 and lessons["greetings"].step(3).bot in shown
    assert not any("Me encanta" in line for line in shown), shown  # «Me encanta la Cruz»


def test_reactions_fit_a_tired_learner_an_order_and_a_no(tutor):
    tired = tutor.respond(at("greetings", 4), "estoy cansado pero bien, y tu?")
    assert not any("también" in m.text for m in tired.messages)
    order = tutor.respond(at("cafe", 2), "Me gusta mucho el café")
    assert "mucho el café" not in order.response.text
    no = tutor.respond(at("likes", 1), "no")
    assert "¡Genial!" not in no.response.text and "Vaya" in no.response.text
