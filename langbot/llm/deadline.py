"""The turn deadline: the verdict must come within one limit and the whole reply within
another, checked on every line the backend reads (keep-alives too) and every reply chunk.

The judge sets the deadline in a context variable for the turn; LangChain copies the context
when a stream starts, so the backend's read loop sees it without any per-call plumbing.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from langbot.errors import BackendUnresponsive

_current: ContextVar["TurnDeadline | None"] = ContextVar("langbot_turn_deadline", default=None)


class TurnDeadline:
    """Seconds allowed from the start of a turn: first for the verdict, then for the reply."""

    def __init__(
        self, verdict: float, reply: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.verdict, self.reply, self.clock = verdict, max(reply, verdict), clock
        self.start = clock()
        self.verdict_seen = False

    def got_verdict(self) -> None:
        """The verdict arrived: from now on only the whole-reply limit applies."""
        self.verdict_seen = True

    def remaining(self) -> float:
        """Seconds left under the limit that applies now (negative once it has passed)."""
        limit = self.reply if self.verdict_seen else self.verdict
        return limit - (self.clock() - self.start)

    def check(self) -> None:
        """Raise BackendUnresponsive if the limit that applies now has passed."""
        if self.remaining() < 0:
            what = "whole reply" if self.verdict_seen else "verdict"
            limit = self.reply if self.verdict_seen else self.verdict
            raise BackendUnresponsive(f"The model gave no {what} within {limit:g} s.")


def check_deadline() -> None:
    """Raise BackendUnresponsive if this turn's deadline (if one is set) has passed."""
    deadline = _current.get()
    if deadline is not None:
        deadline.check()


@contextmanager
def deadline_scope(deadline: TurnDeadline) -> Iterator[TurnDeadline]:
    """Make `deadline` this turn's deadline inside the block (and in streams started there)."""
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)
