"""The LLM judge: one LCEL chain per turn (prompt | model | parser), bounded memory, the
fast path, the disagreement rule, the turn deadline and the circuit breaker.

The tutor state machine stays the only authority on step, attempt and the three tries:
this module only returns a `Judgement` (a verdict plus the model's streamed wording), or
raises `JudgeFallback` carrying the built-in verdict.
"""

import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from langbot.conversation import (
    MAX_ATTEMPTS,
    Conversation,
    Judgement,
    Turn,
    Verdict,
    transition,
)
from langbot.errors import BackendError, JudgeFallback, OutputParseError
from langbot.grading import answered_ahead, grade_answer
from langbot.lessons import Lesson
from langbot.llm.breaker import CircuitBreaker
from langbot.llm.deadline import TurnDeadline, deadline_scope
from langbot.llm.guards import LeakGuard, neutralise
from langbot.llm.parser import OUTPUT_SCHEMA, ModelVerdict, VerdictStreamParser
from langbot.llm.prompts import TutorPrompts
from langbot.llm.reply import GuardedReply

log = logging.getLogger(__name__)

HISTORY_TURNS = 4  # earlier turns the prompt carries, whatever the session length
MAX_LINE_CHARS = 160
MAX_FACTS = 6


# ---- bounded memory -------------------------------------------------------------------


def _clip(text: str) -> str:
    text = " ".join(neutralise(text).split())
    return text if len(text) <= MAX_LINE_CHARS else text[: MAX_LINE_CHARS - 1] + "…"


def facts_line(facts: dict[str, str]) -> str:
    """A compact line of what the learner told us (their name, city...)."""
    items = list(facts.items())[:MAX_FACTS]
    return "; ".join(f"{_clip(k)[:20]}: {_clip(v)[:40]}" for k, v in items) or "nothing yet"


def quoted(text: str) -> str:
    """Learner text as a JSON string: its quotes cannot close ours, its tokens are inert."""
    return json.dumps(_clip(text), ensure_ascii=False)


def build_inputs(lesson: Lesson, conv: Conversation, text: str) -> dict[str, Any]:
    """The prompt variables for one turn: the step, this step's tries, a short window, facts."""
    step = lesson.step(conv.step)
    tries: list[str] = []
    history: list[Turn] = []
    for turn in reversed(conv.transcript):  # newest first; stop once the window is full
        if turn.step == conv.step:
            if turn.role == "learner":
                tries.append(quoted(turn.text))
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
        "learner_text": json.dumps(" ".join(neutralise(text).split()), ensure_ascii=False),
    }


def build_chain(prompts: TutorPrompts, model: Runnable) -> Runnable:
    """One turn's LCEL chain: the prompt for the attempt | the model | the verdict parser."""
    prompt = RunnableLambda(lambda x: prompts.for_attempt(x["attempt"]).invoke(x), name="prompt")
    return prompt | model | VerdictStreamParser()


# ---- rules ------------------------------------------------------------------------------


def reconcile(model: ModelVerdict, builtin: Verdict, definite: tuple[str, ...]) -> Verdict:
    """The turn's verdict. Rules: the grader's injection and help flags stand whatever the
    model says (help is free), and a definite built-in grammar error beats its "correct"."""
    if builtin.category == "injection":
        return Verdict(False, "injection", builtin.errors)
    if builtin.category == "help":
        return builtin
    if model.correct and definite:
        return Verdict(False, "grammar", definite)
    if model.correct:
        notes = builtin.notes if builtin.correct else ()
        return Verdict(True, "correct", (), notes, builtin.slots)
    errors = builtin.errors or ("That isn't quite right yet.",)
    return Verdict(False, model.category, errors)  # type: ignore[arg-type]


def leak_guard(
    lesson: Lesson, conv: Conversation, text: str, verdict: Verdict, recast: str | None = None
) -> LeakGuard | None:
    """The guard for this reply: this step's answers (and `recast`, the grader's correction
    of the learner's sentence) before the last try; after a right answer or the last try,
    the next step's answers (None at the end of the lesson)."""
    if transition(conv, verdict) != "next":
        return LeakGuard(lesson, conv.step, text, recast)
    if conv.step < len(lesson.steps):
        return LeakGuard(lesson, conv.step + 1)
    return None


class LLMJudge:
    """A Judge backed by the chain; any BackendError means the built-in grader answers."""

    def __init__(
        self,
        name: str,
        chain: Runnable,
        fast_path: bool = True,
        streaming: bool = True,
        breaker: CircuitBreaker | None = None,
        verdict_seconds: float = 6.0,
        reply_seconds: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.name, self.chain, self.fast_path, self.streaming = name, chain, fast_path, streaming
        self.breaker = breaker
        self.verdict_seconds, self.reply_seconds = verdict_seconds, reply_seconds
        self.clock = clock

    def _deadline(self) -> TurnDeadline:
        verdict = self.verdict_seconds if self.streaming else self.reply_seconds
        return TurnDeadline(verdict, self.reply_seconds, self.clock)

    def _fault(self, error: BackendError | None = None) -> None:
        if self.breaker:
            self.breaker.record_failure(error)

    def judge(self, lesson: Lesson, conversation: Conversation, text: str) -> Judgement:
        """Judge with the model (or the fast path); JudgeFallback when the model cannot."""
        builtin = grade_answer(lesson, conversation.step, text)
        if (self.fast_path and builtin.certain) or builtin.category == "help":
            # help is scripted, free and instant
            ahead = (
                answered_ahead(lesson, conversation.step, text, builtin.slots)
                if builtin.correct
                else None
            )
            return Judgement(builtin, None, "fast-path", ahead)
        if self.breaker and not self.breaker.allow():
            log.info("%s breaker is open: the built-in engine answers, no model call.", self.name)
            raise JudgeFallback(f"{self.name} is paused (its circuit breaker is open).", builtin)
        deadline = self._deadline()
        events, first = self._verdict(build_inputs(lesson, conversation, text), deadline, builtin)
        deadline.got_verdict()
        if self.breaker:
            self.breaker.record_success()
        # The built-in verdict is already at hand: its definite errors, not a second grading.
        definite = builtin.errors if first.correct and builtin.category == "grammar" else ()
        verdict = reconcile(first, builtin, definite)
        if first.correct and not verdict.correct:
            log.info("Disagreement: the model said correct; the grader's verdict stands.")
            close = getattr(events, "close", None)
            if close:
                close()
            return Judgement(verdict, None, self.name)
        guard = leak_guard(lesson, conversation, text, verdict, builtin.recast)
        reply = GuardedReply(events, verdict, guard, deadline, self._fault)
        if verdict.category != "injection":
            reply.set_errors(first.errors)  # errors the model wrote before its reply
        return Judgement(verdict, reply.stream(), self.name)

    def _verdict(
        self, inputs: dict[str, Any], deadline: TurnDeadline, builtin: Verdict
    ) -> tuple[Iterator[Any], ModelVerdict]:
        """Start the model and read its verdict, the stream's first event, in time."""
        with deadline_scope(deadline):
            try:
                events = iter(
                    self.chain.stream(inputs) if self.streaming else self.chain.invoke(inputs)
                )
                first = next(events, None)
                if not isinstance(first, ModelVerdict):
                    raise OutputParseError("The model's output had no verdict.")
                deadline.check()
            except BackendError as e:
                log.warning("%s backend failed (%s); the built-in engine answers.", self.name, e)
                self._fault(e)
                raise JudgeFallback(str(e), builtin) from e
        return events, first


__all__ = [
    "OUTPUT_SCHEMA",
    "LLMJudge",
    "build_chain",
    "build_inputs",
    "reconcile",
    "leak_guard",
]
