"""The tutor: a deterministic state machine over a lesson, and the API contract it speaks.

The state machine is the only authority on step, attempt and the three-try rule. A
judge (the built-in grader, or a model behind the chain) only says whether an answer
is right, and may word the feedback.
"""

import logging
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from langbot.conversation import (
    MAX_ATTEMPTS,
    Conversation,
    Kind,
    Mistake,
    Turn,
    TurnRequest,
    TurnResponse,
    Verdict,
)
from langbot.errors import BackendError, InputRejected
from langbot.lessons import Lesson, find_lesson
from langbot.replies import (
    DONE,
    DONE_GLOSS,
    IN_SPANISH,
    IN_SPANISH_GLOSS,
    REDIRECT,
    REDIRECT_GLOSS,
    correction_for,
    follow_up_for,
    help_reply,
    is_recast,
    reveal_line,
)
from langbot.text import clean_answer

log = logging.getLogger(__name__)

__all__ = [  # the data models live in langbot.conversation; re-exported for callers
    "Conversation",
    "Kind",
    "Mistake",
    "Turn",
    "TurnRequest",
    "TurnResponse",
    "Tutor",
    "TurnStream",
]

MAX_INPUT_CHARS = 500
NEXT_STEP, RETRY, END = 1, 2, 3

SIMPLE_MODE = "The tutor answered in simple mode this time."
FALLBACK_SOURCE = "builtin-fallback"  # a judge's source when its backend failed this turn


@dataclass
class Judgement:
    """A judge's answer: the verdict, and optionally the judge's own wording, streamed."""

    verdict: Verdict
    reply: Iterable[str] | None = None
    source: str = "builtin"


class Judge(Protocol):
    """Anything that can judge a turn: the built-in grader, or the LLM chain."""

    name: str

    def judge(self, lesson: Lesson, conversation: "Conversation", text: str) -> Judgement:
        """Judge the learner's text against the conversation's current step."""
        ...


def builtin_judge() -> Judge:
    """The embedded default judge: the offline grader, no model."""
    from langbot.grading import BuiltinJudge  # noqa: PLC0415 - the core names no judge at import

    return BuiltinJudge()


@dataclass
class TurnOutcome:
    """The result of one turn: the new state, the contract response and the new bot lines."""

    conversation: Conversation
    response: TurnResponse
    messages: list[Turn]
    verdict: Verdict
    source: str = "builtin"


def check_input(text: str) -> str:
    """Refuse empty, wordless or over-long input with a clear message; return the text,
    cleaned of what the learner cannot see (`clean_answer`)."""
    if not text or not text.strip():
        raise InputRejected("Type your answer first: the message was empty.")
    clean = clean_answer(text) if len(text) <= MAX_INPUT_CHARS else text
    # Measured after cleaning too: NFKC can lengthen a text (one ligature gives 18 letters).
    if max(len(text), len(clean)) > MAX_INPUT_CHARS:
        raise InputRejected(_too_long(text, clean))
    if not any(ch.isalnum() for ch in clean):
        raise InputRejected("Write your answer with words, not just punctuation.")
    return clean


def _too_long(text: str, clean: str) -> str:
    # Count what the limit counts: the cleaned text, when NFKC spelled characters out.
    if len(clean) <= len(text):
        size = f"is {len(text)} characters long"
    else:
        widest = max(text, key=lambda ch: len(unicodedata.normalize("NFKC", ch)))
        size = (
            f"counts as {len(clean)} characters once characters that stand for several are "
            f"spelled out («{widest}» counts as {len(unicodedata.normalize('NFKC', widest))})"
        )
    return (
        f"That answer {size}; the limit is {MAX_INPUT_CHARS}. "
        "Shorten it and send it again (your text was kept)."
    )


def opening_line(lesson: Lesson, number: int) -> Turn:
    """The bot's scripted line for a step."""
    step = lesson.step(number)
    return Turn(role="bot", kind="line", text=step.bot, gloss=step.gloss, step=number)


def advance(
    lesson: Lesson,
    conv: Conversation,
    text: str,
    verdict: Verdict,
    feedback: str | None = None,
    ahead: Verdict | None = None,
) -> TurnOutcome:
    """Apply one judged answer to a conversation; the pure heart of the three-try rule.
    `ahead` is the next step's verdict when a right answer already answered it too."""
    step = lesson.step(conv.step)
    new = conv.model_copy(deep=True)
    new.transcript.append(Turn(role="learner", kind="answer", text=text, step=conv.step))
    messages: list[Turn] = []

    def say(kind: Kind, line: str, gloss: str | None = None) -> None:
        messages.append(Turn(role="bot", kind=kind, text=line, gloss=gloss, step=conv.step))

    moved = False
    skipped = 0
    if verdict.category == "help":
        # Asking for help is free: the gloss and a cue, and the same try again.
        say("cue", help_reply(step, conv.attempt))
        new.transcript.extend(messages)
        response = TurnResponse(correct=False, nextStep=RETRY, text=messages[0].text, errors=[])
        return TurnOutcome(new, response, messages, verdict)
    if verdict.correct:
        new.facts.update(verdict.facts)
        new.first_try += conv.attempt == 1
        line, gloss = follow_up_for(step, verdict, conv.facts, text)
        say("followup", feedback or line, None if feedback else gloss)
        moved = True
        if ahead is not None and not feedback and conv.step < len(lesson.steps):
            # the learner already said what the next step asks: react to it, don't ask again
            new.facts.update(ahead.facts)
            new.first_try += conv.attempt == 1
            line, gloss = follow_up_for(lesson.step(conv.step + 1), ahead, new.facts, text)
            say("followup", line, gloss)
            skipped = 1
        for note in verdict.notes:
            say("note", note)
    else:
        correction = correction_for(step, text, verdict, {**conv.facts, **verdict.facts})
        new.mistakes.append(
            Mistake(
                step=conv.step,
                text=text,
                errors=list(verdict.errors),
                correction=correction,
                category=verdict.category,
                kinds=list(verdict.error_kinds or (verdict.category,)),
            )
        )
        if conv.attempt >= MAX_ATTEMPTS:
            if feedback:
                say("cue", feedback)
            elif verdict.category == "grammar" and verdict.errors:
                say("cue", " ".join(verdict.errors))
            say("reveal", reveal_line(text, correction, is_recast(text, verdict)))
            new.revealed += 1
            moved = True
        else:
            if verdict.category in ("off_topic", "injection"):
                say(
                    "redirect",
                    REDIRECT.format(bot=step.bot),
                    REDIRECT_GLOSS.format(gloss=step.gloss),
                )
            elif verdict.category == "english":
                say("redirect", IN_SPANISH, IN_SPANISH_GLOSS)
            cue = step.cues.general if conv.attempt == 1 else step.cues.specific
            if not feedback and verdict.category == "grammar" and verdict.errors:
                # the error is the cue: the step's own cue, written for a wrong content, could
                # tell the learner to do what they already did ("use estar" to «estoy bein»)
                cue = " ".join(verdict.errors)
            say("cue", feedback or cue)
            new.cues_used += 1
            new.attempt += 1

    if moved:
        new.attempt = 1
        if conv.step + skipped >= len(lesson.steps):
            new.completed = True
            say("done", DONE.format(title=lesson.title), DONE_GLOSS.format(title=lesson.title_en))
        else:
            new.step += 1 + skipped
            messages.append(opening_line(lesson, new.step))

    new.transcript.extend(messages)
    next_step = END if new.completed else (NEXT_STEP if moved else RETRY)
    response = TurnResponse(
        correct=verdict.correct,
        nextStep=next_step,
        text=" ".join(
            [m.text for m in messages if m.kind != "note"]
            + [f"(Note: {m.text}.)" for m in messages if m.kind == "note"]
        ),
        errors=list(verdict.errors),
    )
    return TurnOutcome(new, response, messages, verdict)


class Tutor:
    """Runs lessons: starts conversations and takes turns, through one judge."""

    def __init__(self, lessons: Mapping[str, Lesson], judge: Judge | None = None) -> None:
        self.lessons = dict(lessons)
        self.judge = judge or builtin_judge()

    def lesson(self, key: str | int) -> Lesson:
        """A lesson by id or 1-based number; UnknownLessonError otherwise."""
        return find_lesson(self.lessons, key)

    def start(self, lesson_id: str | int) -> Conversation:
        """A fresh conversation: the bot speaks first."""
        lesson = self.lesson(lesson_id)
        return Conversation(lesson_id=lesson.id, transcript=[opening_line(lesson, 1)])

    def respond(self, conv: Conversation, text: str) -> TurnOutcome:
        """Take one learner turn and return the outcome; the input conversation is unchanged."""
        stream = self.stream(conv, text)
        for _ in stream:
            pass
        return stream.outcome

    def stream(self, conv: Conversation, text: str) -> "TurnStream":
        """Take one learner turn, yielding the feedback text as it is produced."""
        if conv.completed:
            raise InputRejected("This lesson is finished: restart it or pick another one.")
        clean = check_input(text)
        lesson = self.lesson(conv.lesson_id)
        return TurnStream(self, lesson, conv, clean)

    def grade(self, lesson_key: str | int, step: int, attempt: int, text: str) -> TurnResponse:
        """Judge one turn statelessly, as the API contract and `langbot grade` do."""
        lesson = self.lesson(lesson_key)
        lesson.step(step)
        if not 1 <= attempt <= MAX_ATTEMPTS:
            raise InputRejected(f"attempt must be 1, 2 or 3, not {attempt}.")
        conv = Conversation(lesson_id=lesson.id, step=step, attempt=attempt)
        return self.respond(conv, text).response


@dataclass
class TurnStream:
    """Iterate to get the feedback text in chunks; `outcome` is set once iteration ends.

    If the model backend fails (before or during the reply), the built-in engine judges
    the turn instead and `outcome.messages` starts with a notice: text already yielded
    may then differ from the outcome, so a UI renders `outcome.messages` as final.
    """

    tutor: Tutor
    lesson: Lesson
    conversation: Conversation
    text: str
    outcome: TurnOutcome | None = field(default=None, init=False)

    def __iter__(self) -> Iterator[str]:
        try:
            judgement = self.tutor.judge.judge(self.lesson, self.conversation, self.text)
        except BackendError as e:
            log.warning("The judge failed (%s); the built-in engine answers.", e)
            yield self._simple_mode(None).messages[1].text
            return
        if judgement.source == FALLBACK_SOURCE:
            yield self._simple_mode(judgement.verdict).messages[1].text
            return
        feedback = None
        if judgement.reply is not None:
            parts: list[str] = []
            try:
                for chunk in judgement.reply:
                    parts.append(chunk)
                    yield chunk
            except BackendError as e:
                log.warning("The model failed mid-reply (%s); the built-in engine answers.", e)
                outcome = self._simple_mode(None)
                if not parts:
                    yield outcome.messages[1].text
                return
            final = getattr(judgement.reply, "final_text", None)
            feedback = final if final is not None else ("".join(parts).strip() or None)
            self.outcome = advance(
                self.lesson, self.conversation, self.text, judgement.verdict, feedback
            )
        else:
            ahead = self._ahead(judgement.verdict)
            self.outcome = advance(
                self.lesson, self.conversation, self.text, judgement.verdict, ahead=ahead
            )
            yield self.outcome.messages[0].text
        self.outcome.source = judgement.source

    def _ahead(self, verdict: Verdict) -> Verdict | None:
        """The next step's verdict when this right answer already gave it (built-in wording)."""
        if not verdict.correct:
            return None
        from langbot.grading.ahead import answered_ahead  # noqa: PLC0415 - core names no judge

        return answered_ahead(self.lesson, self.conversation.step, self.text)

    def _simple_mode(self, verdict: Verdict | None) -> TurnOutcome:
        # A fault never costs an attempt: the built-in verdict alone decides the turn.
        verdict = (
            verdict or builtin_judge().judge(self.lesson, self.conversation, self.text).verdict
        )
        outcome = advance(self.lesson, self.conversation, self.text, verdict)
        notice = Turn(role="bot", kind="notice", text=SIMPLE_MODE, step=self.conversation.step)
        outcome.messages.insert(0, notice)
        outcome.conversation.transcript.insert(len(self.conversation.transcript) + 1, notice)
        outcome.source = FALLBACK_SOURCE
        self.outcome = outcome
        return outcome
