"""The conversation's data (transcript turns, the learner's state, the API contract) and the
judge contract every judge speaks: `Verdict`, `Judgement`, `ReplyEnd` and `Judge`."""

from collections.abc import Generator
from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from langbot.lessons import Lesson

MAX_ATTEMPTS = 3

Category = Literal["correct", "grammar", "context", "english", "off_topic", "injection", "help"]
MISS_CATEGORIES: tuple[Category, ...] = ("grammar", "context", "english", "off_topic", "injection")
# The kinds of grammar error a judge names (`Verdict.error_kinds`); the eval sets label wrong
# answers with the same kinds.
ERROR_KINDS = (
    "gender_number",
    "verb",
    "gustar",
    "ser_estar",
    "reflexive",
    "tener_age",
    "spelling",
    "preposition",
    "word_form",
)
ErrorKind = Literal[ERROR_KINDS]  # type: ignore[valid-type]


@dataclass(frozen=True)
class Verdict:
    """What a judge concluded about one answer; every judge speaks this contract."""

    correct: bool
    category: Category
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    slots: tuple[tuple[str, str], ...] = ()
    certain: bool = False
    error_kinds: tuple[str, ...] = ()
    recast: str | None = None

    @property
    def facts(self) -> dict[str, str]:
        """The slot values the learner gave (their name, their city...)."""
        return dict(self.slots)


Kind = Literal["line", "answer", "followup", "cue", "redirect", "reveal", "note", "done", "notice"]


class Turn(BaseModel):
    """One line of the transcript."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["bot", "learner"]
    kind: Kind
    text: str
    step: int
    gloss: str | None = None


class Mistake(BaseModel):
    """A missed answer and what it should have been, for the summary."""

    model_config = ConfigDict(extra="forbid")

    step: int
    text: str
    errors: list[str]
    correction: str
    category: Category | None = None
    """What kind of miss it was; None in rows saved before it was recorded."""

    @property
    def is_language(self) -> bool:
        """Whether it is a mistake in Spanish (not an off-topic, English or injected turn)."""
        return self.category in (None, "grammar", "context")

    # The judge's error kinds (gender_number, verb, ser_estar...) or the miss's category.
    kinds: list[str] = Field(default_factory=list)


class Conversation(BaseModel):
    """Everything about one learner's run through one lesson; serialisable as JSON."""

    model_config = ConfigDict(extra="forbid")

    lesson_id: str
    step: int = Field(1, ge=1)
    attempt: int = Field(1, ge=1, le=MAX_ATTEMPTS)
    completed: bool = False
    transcript: list[Turn] = Field(default_factory=list)
    facts: dict[str, str] = Field(default_factory=dict)
    first_try: int = 0
    cues_used: int = 0
    revealed: int = 0
    mistakes: list[Mistake] = Field(default_factory=list)
    # How many times it was saved: the store sets it, and refuses a save from an older version.
    version: int = Field(0, ge=0)


class TurnRequest(BaseModel):
    """The API contract's request."""

    model_config = ConfigDict(extra="forbid")

    conversationId: str
    stepNumber: int = Field(ge=1)
    attemptNumber: int = Field(ge=1, le=MAX_ATTEMPTS)
    text: str


class TurnResponse(BaseModel):
    """The API contract's response. nextStep: 1 next step, 2 retry with a cue, 3 the end."""

    correct: bool
    nextStep: Literal[1, 2, 3]
    text: str
    errors: list[str]


Transition = Literal["stay", "retry", "next"]


def transition(conv: Conversation, verdict: Verdict) -> Transition:
    """Where a verdict takes the conversation: help keeps the same try ("stay"), a right
    answer or a miss on the last try moves on to the next step ("next"), any other miss
    uses a try ("retry")."""
    if verdict.category == "help":
        return "stay"
    if verdict.correct or conv.attempt >= MAX_ATTEMPTS:
        return "next"
    return "retry"


@dataclass(frozen=True)
class ReplyEnd:
    """How a judge's streamed reply ended: the text it showed, the checked errors the
    verdict carries, and whether the tutor's scripted wording stands in for the reply
    (the reply gave an answer away, so it was cut)."""

    text: str
    errors: tuple[str, ...]
    scripted: bool = False


Reply = Generator[str, None, ReplyEnd]
"""A judge's own wording: text chunks as they come, then (as the return value) its end."""


@dataclass(frozen=True)
class Judgement:
    """A judge's answer: the verdict, optionally the judge's own wording (streamed), and the
    next step's verdict when a right answer already answered it too (`ahead`)."""

    verdict: Verdict
    reply: Reply | None = None
    source: str = "builtin"
    ahead: Verdict | None = None


class Judge(Protocol):
    """Anything that can judge a turn: the built-in grader, or the LLM chain. A judge that
    cannot answer raises `JudgeFallback` (any BackendError): the built-in engine answers."""

    name: str

    def judge(self, lesson: Lesson, conversation: Conversation, text: str) -> Judgement:
        """Judge the learner's text against the conversation's current step."""
        ...
