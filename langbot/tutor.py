"""The tutor: a deterministic state machine over a lesson, and the API contract it speaks.

The state machine is the only authority on step, attempt and the three-try rule. A
judge (the built-in grader, or a model behind the chain) only says whether an answer
is right, and may word the feedback. The tutor names no judge: the wiring
(`langbot.wiring`) passes one in, and names the default a bare `Tutor(lessons)` uses.
"""

import logging
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from langbot.conversation import (
    MAX_ATTEMPTS,
    Conversation,
    Judge,
    Judgement,
    Kind,
    Mistake,
    Reply,
    ReplyEnd,
    Turn,
    TurnRequest,
    TurnResponse,
    Verdict,
    transition,
)
from langbot.errors import BackendError, ConfigError, InputRejected, JudgeFallback
from langbot.lessons import Lesson, find_lesson
from langbot.outcome import END, NEXT_STEP, RETRY, TurnOutcome, advance, opening_line
from langbot.text import clean_answer

log = logging.getLogger(__name__)

__all__ = [  # the data models live in langbot.conversation; re-exported for callers
    "END",
    "NEXT_STEP",
    "RETRY",
    "Conversation",
    "Judge",
    "Judgement",
    "Kind",
    "Mistake",
    "Turn",
    "TurnOutcome",
    "TurnRequest",
    "TurnResponse",
    "Tutor",
    "TurnStream",
    "advance",
    "opening_line",
    "use_default_judge",
]

MAX_INPUT_CHARS = 500

SIMPLE_MODE = "The tutor answered in simple mode this time."
FALLBACK_SOURCE = "builtin-fallback"  # an outcome's source when the built-in engine stood in

_default_judge: Callable[[], Judge] | None = None


def use_default_judge(factory: Callable[[], Judge]) -> None:
    """Name the built-in judge: what a Tutor built without one uses, and what answers when
    a judge falls back. The wiring (`langbot.wiring`) names the offline grader."""
    global _default_judge
    _default_judge = factory


def default_judge() -> Judge:
    """A new built-in judge, as the wiring named it; ConfigError if nothing named one."""
    if _default_judge is None:
        raise ConfigError("No judge: pass one to Tutor, or import langbot.wiring (the wiring).")
    return _default_judge()


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


class Tutor:
    """Runs lessons: starts conversations and takes turns, through one judge. `builtin`
    answers when the judge falls back; both default to the built-in judge the wiring named."""

    def __init__(
        self,
        lessons: Mapping[str, Lesson],
        judge: Judge | None = None,
        builtin: Judge | None = None,
    ) -> None:
        self.lessons = dict(lessons)
        self.builtin = builtin or default_judge()
        self.judge = judge or self.builtin

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
        return self.grade_outcome(lesson_key, step, attempt, text).response

    def grade_outcome(
        self, lesson_key: str | int, step: int, attempt: int, text: str
    ) -> TurnOutcome:
        """Judge one turn statelessly; the whole outcome (its source and fault say whether
        the built-in engine stood in, and why)."""
        lesson = self.lesson(lesson_key)
        lesson.step(step)
        if not 1 <= attempt <= MAX_ATTEMPTS:
            raise InputRejected(f"attempt must be 1, 2 or 3, not {attempt}.")
        conv = Conversation(lesson_id=lesson.id, step=step, attempt=attempt)
        return self.respond(conv, text)


@dataclass
class TurnStream:
    """Iterate to get the feedback text in chunks; `outcome` is set once iteration ends.

    If the judge falls back (any BackendError, before or during the reply), the built-in
    engine judges the turn instead and `outcome.messages` starts with a notice: text already
    yielded may then differ from the outcome, so a UI renders `outcome.messages` as final.
    """

    tutor: Tutor
    lesson: Lesson
    conversation: Conversation
    text: str
    outcome: TurnOutcome | None = field(default=None, init=False)
    _shown: bool = field(default=False, init=False)

    def __iter__(self) -> Iterator[str]:
        try:  # the one fault route: whatever fails, the built-in engine answers
            judgement = self.tutor.judge.judge(self.lesson, self.conversation, self.text)
            end = None if judgement.reply is None else (yield from self._relay(judgement.reply))
        except BackendError as fault:
            self.outcome = self._simple_mode(fault)
            if not self._shown:
                yield self.outcome.messages[1].text
            return
        if end is None:
            self.outcome = self._advance(judgement.verdict, None, judgement.ahead)
            yield self.outcome.messages[0].text
        else:
            verdict = replace(judgement.verdict, errors=end.errors)
            self.outcome = self._advance(verdict, self._wording(verdict, end))
        self.outcome.source = judgement.source

    def _relay(self, reply: Reply) -> Iterator[str]:
        """Pass the reply's chunks on, noting that text was shown; return how it ended."""
        while True:
            try:
                chunk = next(reply)
            except StopIteration as stop:
                return stop.value
            self._shown = True
            yield chunk

    def _wording(self, verdict: Verdict, end: ReplyEnd) -> str | None:
        """The judge's wording, or (None) the script's; a cut reply leaves a miss its cue."""
        if not end.scripted:
            return end.text.strip() or None
        if transition(self.conversation, verdict) == "retry":
            return self.lesson.step(self.conversation.step).cues.for_attempt(
                self.conversation.attempt
            )
        return None

    def _advance(
        self, verdict: Verdict, feedback: str | None, ahead: Verdict | None = None
    ) -> TurnOutcome:
        return advance(self.lesson, self.conversation, self.text, verdict, feedback, ahead)

    def _simple_mode(self, fault: BackendError) -> TurnOutcome:
        # A fault never costs an attempt: the built-in verdict alone decides the turn.
        log.warning("The judge failed (%s); the built-in engine answers.", fault)
        verdict = fault.verdict if isinstance(fault, JudgeFallback) else None
        if not isinstance(verdict, Verdict):
            verdict = self.tutor.builtin.judge(self.lesson, self.conversation, self.text).verdict
        outcome = self._advance(verdict, None)
        notice = Turn(role="bot", kind="notice", text=SIMPLE_MODE, step=self.conversation.step)
        outcome.messages.insert(0, notice)
        outcome.conversation.transcript.insert(len(self.conversation.transcript) + 1, notice)
        outcome.source, outcome.fault = FALLBACK_SOURCE, str(fault)
        return outcome
