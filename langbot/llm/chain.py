"""The LLM judge: one LCEL chain per turn (prompt | model | parser), bounded memory, the
fast path, the leak guard and the disagreement rule.

The tutor state machine stays the only authority on step, attempt and the three tries:
this module only returns a `Judgement` (a verdict plus the model's streamed wording).
"""

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from langbot.errors import BackendError, OutputParseError
from langbot.grader import Verdict, grade_answer, lexicon_for
from langbot.grammar import check_grammar, expected_persons
from langbot.lessons import Lesson, Step
from langbot.llm.parser import OUTPUT_SCHEMA, ModelVerdict, VerdictStreamParser
from langbot.llm.prompts import TutorPrompts
from langbot.text import contains_phrase, fold, squash
from langbot.tutor import FALLBACK_SOURCE, MAX_ATTEMPTS, Conversation, Judgement, Turn

log = logging.getLogger(__name__)

HISTORY_TURNS = 4  # earlier turns the prompt carries, whatever the session length
MAX_LINE_CHARS = 160
MAX_FACTS = 6


# ---- bounded memory -------------------------------------------------------------------


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LINE_CHARS else text[: MAX_LINE_CHARS - 1] + "…"


def facts_line(facts: dict[str, str]) -> str:
    """A compact line of what the learner told us (their name, city...)."""
    items = list(facts.items())[:MAX_FACTS]
    return "; ".join(f"{k}: {_clip(v)[:40]}" for k, v in items) or "nothing yet"


def build_inputs(lesson: Lesson, conv: Conversation, text: str) -> dict[str, Any]:
    """The prompt variables for one turn: the step, this step's tries, a short window, facts."""
    step = lesson.step(conv.step)
    tries: list[str] = []
    history: list[Turn] = []
    for turn in reversed(conv.transcript):  # newest first; stop once the window is full
        if turn.step == conv.step:
            if turn.role == "learner":
                tries.append(f"«{_clip(turn.text)}»")
        elif turn.kind not in ("notice", "note"):
            history.append(turn)
            if len(history) >= HISTORY_TURNS:
                break
    tries = tries[: MAX_ATTEMPTS - 1][::-1]
    return {
        "lesson_title": lesson.title,
        "step_number": conv.step,
        "step_count": len(lesson.steps),
        "bot_line": step.bot,
        "bot_gloss": step.gloss,
        "goal": step.goal,
        "model_answer": step.model_answer,
        "cue_general": step.cues.general,
        "cue_specific": step.cues.specific,
        "attempt": conv.attempt,
        "facts": facts_line(conv.facts),
        "attempts_so_far": ", ".join(tries) or "none (this is the first try)",
        "recent_turns": "\n".join(
            f"{'Tutor' if t.role == 'bot' else 'Learner'}: {_clip(t.text)}"
            for t in reversed(history)
        )
        or "(this is the start of the lesson)",
        "learner_text": text,
    }


def build_chain(prompts: TutorPrompts, model: Runnable) -> Runnable:
    """One turn's LCEL chain: the prompt for the attempt | the model | the verdict parser."""
    prompt = RunnableLambda(lambda x: prompts.for_attempt(x["attempt"]).invoke(x), name="prompt")
    return prompt | model | VerdictStreamParser()


# ---- guards -------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _expected(lesson: Lesson, number: int) -> dict[str, set[str]]:
    return expected_persons(lesson.step(number).model_answer, lexicon_for(lesson))


def definite_errors(lesson: Lesson, number: int, text: str) -> tuple[str, ...]:
    """Grammar errors the built-in checks are sure of (lesson vocabulary, not spelling)."""
    found = check_grammar(fold(text).split(), lexicon_for(lesson), _expected(lesson, number))
    return tuple(e.message for e in found)


def reconcile(model: ModelVerdict, builtin: Verdict, definite: tuple[str, ...]) -> Verdict:
    """The turn's verdict. Rule: a definite built-in grammar error beats the model's "correct"."""
    if model.correct and definite:
        return Verdict(False, "grammar", definite)
    if model.correct:
        notes = builtin.notes if builtin.correct else ()
        return Verdict(True, "correct", (), notes, builtin.slots)
    errors = model.errors or builtin.errors or ("That isn't quite right yet.",)
    return Verdict(False, model.category, errors)  # type: ignore[arg-type]


class GuardedReply:
    """The model's reply chunks with the leak guard; `final_text` replaces them if it fires.

    Before attempt 3, text is held back from the start of the last words that could
    still become the model answer, so the answer never reaches the learner.
    """

    def __init__(self, events: Iterator[Any], step: Step, attempt: int, guard: bool) -> None:
        self.events, self.step, self.attempt, self.guard = events, step, attempt, guard
        self.final_text: str | None = None
        self._size = len(squash(step.model_answer).split())

    def _split(self, held: str) -> int:
        starts = [
            i for i, ch in enumerate(held) if ch.isalnum() and (i == 0 or not held[i - 1].isalnum())
        ]
        return (
            starts[-self._size]
            if len(starts) >= self._size
            else (starts[0] if starts else len(held))
        )

    def __iter__(self) -> Iterator[str]:
        released, held, seen = "", "", False
        for event in self.events:
            if not isinstance(event, str):
                continue
            seen = seen or bool(event.strip())
            if not self.guard:
                yield event
                continue
            held += event
            if contains_phrase(released + held, self.step.model_answer):
                return self._leak()
            cut = self._split(held)
            if cut:
                released += held[:cut]
                yield held[:cut]
                held = held[cut:]
        if held:
            yield held
        if not seen:
            raise OutputParseError("The model's reply was empty.")

    def _leak(self) -> None:
        close = getattr(self.events, "close", None)
        if close:
            close()
        cue = self.step.cues.general if self.attempt == 1 else self.step.cues.specific
        log.warning("Leak guard: the model's reply gave away the answer; sent the cue instead.")
        self.final_text = cue


class LLMJudge:
    """A Judge backed by the chain; any BackendError means the built-in grader answers."""

    def __init__(self, name: str, chain: Runnable, fast_path: bool = True, streaming: bool = True):
        self.name, self.chain, self.fast_path, self.streaming = name, chain, fast_path, streaming

    def judge(self, lesson: Lesson, conversation: Conversation, text: str) -> Judgement:
        """Judge with the model (or the fast path), falling back to the built-in grader."""
        builtin = grade_answer(lesson, conversation.step, text)
        if self.fast_path and builtin.certain:
            return Judgement(builtin, None, "fast-path")
        inputs = build_inputs(lesson, conversation, text)
        try:
            events = iter(
                self.chain.stream(inputs) if self.streaming else self.chain.invoke(inputs)
            )
            first = next(events, None)
            if not isinstance(first, ModelVerdict):
                raise OutputParseError("The model's output had no verdict.")
        except BackendError as e:
            log.warning("%s backend failed (%s); the built-in engine answers.", self.name, e)
            return Judgement(builtin, None, FALLBACK_SOURCE)
        definite = definite_errors(lesson, conversation.step, text) if first.correct else ()
        verdict = reconcile(first, builtin, definite)
        if first.correct and not verdict.correct:
            log.info("Disagreement: the model said correct; the grader's grammar check wins.")
            close = getattr(events, "close", None)
            if close:
                close()
            return Judgement(verdict, None, self.name)
        guard = not verdict.correct and conversation.attempt < MAX_ATTEMPTS
        return Judgement(
            verdict,
            GuardedReply(events, lesson.step(conversation.step), conversation.attempt, guard),
            self.name,
        )


__all__ = [
    "OUTPUT_SCHEMA",
    "LLMJudge",
    "build_chain",
    "build_inputs",
    "reconcile",
    "definite_errors",
]
