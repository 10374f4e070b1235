"""The model's reply as the learner sees it: normalised, leak-guarded and deadline-bound.

Text is normalised (see `guards.normalise`) before it is checked, and the learner is shown
exactly the text that was checked. The model's `errors`, which follow the reply, are checked
the same way; a leaking item is dropped and the built-in grader's errors stand in.
"""

import logging
from collections.abc import Callable, Iterator
from typing import Any

from langbot.conversation import Reply, ReplyEnd, Verdict
from langbot.errors import BackendError, OutputParseError
from langbot.llm.deadline import TurnDeadline
from langbot.llm.guards import LeakGuard, StreamGuard, normalise
from langbot.llm.parser import ModelErrors

log = logging.getLogger(__name__)


# Safe places to normalise up to: spaces and closing punctuation, which no HTML entity
# contains ("&" and ";" are left out, so a split "&aac" + "ute;" is joined first).
_CUTS = frozenset(" \n\t!?.,:»)")


def _last_cut(raw: str) -> int:
    for i in range(len(raw) - 1, -1, -1):
        if raw[i] in _CUTS:
            return i + 1
    return 0


class GuardedReply:
    """`stream()` yields the reply's chunks and returns how it ended (`ReplyEnd`): the text
    checked, the checked errors, and whether a leak cut it (the script answers instead)."""

    def __init__(
        self,
        events: Iterator[Any],
        verdict: Verdict,
        guard: LeakGuard | None,
        deadline: TurnDeadline | None = None,
        on_fault: Callable[[BackendError], None] | None = None,
    ) -> None:
        self.events, self.guard, self.deadline = events, guard, deadline
        self.correct, self.fallback_errors = verdict.correct, verdict.errors
        self.on_fault = on_fault
        self.errors = verdict.errors  # the checked errors the verdict will carry
        self.leaked = False
        self.text = ""  # everything normalised so far, shown or held back

    def stream(self) -> Reply:
        """The reply's chunks; a BackendError ends it (the tutor's simple mode answers)."""
        try:
            yield from self._chunks()
        except BackendError as e:
            if self.on_fault:
                self.on_fault(e)
            raise
        finally:
            self.close()
        return ReplyEnd("" if self.leaked else self.text, self.errors, self.leaked)

    def close(self) -> None:
        """Stop reading the model: closes the stream, and with it the response body."""
        close = getattr(self.events, "close", None)
        if close:
            close()

    def _chunks(self) -> Iterator[str]:
        raw, shown = "", 0
        streamer = StreamGuard(self.guard) if self.guard else None
        for event in self.events:
            if self.deadline:
                self.deadline.check()
            if isinstance(event, ModelErrors):  # the reply is over: its last word is whole
                self.text, raw = self.text + normalise(raw), ""
                self.set_errors(event.errors)
                continue
            if not isinstance(event, str):
                continue
            raw += event
            cut = _last_cut(raw)  # normalise only whole words (and whole entities)
            if not cut:
                continue
            self.text, raw = self.text + normalise(raw[:cut]), raw[cut:]
            safe = streamer.feed(self.text) if streamer else len(self.text)
            if safe is None:
                return self._leak()
            if safe > shown:
                yield self.text[shown:safe]
                shown = safe
        self.text += normalise(raw)
        if not self.text.strip():
            raise OutputParseError("The model's reply was empty.")
        if streamer and (
            streamer.feed(self.text, final=True) is None or self.guard.leaks_whole(self.text)
        ):
            return self._leak()
        self._check_early_errors()
        if shown < len(self.text):
            yield self.text[shown:]

    def _check_early_errors(self) -> None:
        """Errors written before the reply were checked alone: check them with it now."""
        errors = self.errors
        if self.guard and not self.correct and errors and errors != self.fallback_errors:
            if self.guard.forms.leaks("\n".join((self.text, *errors))):
                log.warning("Leak guard: dropped model errors that finish the reply's answer.")
                self.errors = self.fallback_errors

    def set_errors(self, errors: tuple[str, ...]) -> None:
        """Check the model's errors and keep those that pass for the verdict."""
        if self.correct or not errors:
            return
        checked = tuple(normalise(e) for e in errors)
        if self.guard:
            kept = tuple(e for e in checked if not self.guard.leaks(e))
            if kept and self.guard.forms.leaks("\n".join((self.text, *kept))):
                kept = ()  # an answer spread over several items, or finishing the reply's
            if len(kept) < len(checked):
                log.warning("Leak guard: dropped model errors that gave the answer away.")
            checked = kept
        self.errors = checked or self.fallback_errors

    def _leak(self) -> None:
        log.warning("Leak guard: the model's reply gave away an answer; the script answers.")
        self.leaked = True
        self.errors = self.fallback_errors  # the model's errors, still to come, are not awaited
