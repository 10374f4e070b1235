"""An opinion put before the answer («creo que», «me parece que», «la verdad es que»): the
clause after it is the answer itself, so the step's subject and person carry into it."""

from langbot.grading.openers import opening_phrases
from langbot.grading.rules.base import Context
from langbot.grading.tokens import BOUNDARY


def hedge_start(ctx: Context, end: int) -> int | None:
    """Where the longest opinion hedge ending right before token `end` starts, or None."""
    a = ctx.analysis
    for parts in opening_phrases("opinion_hedges"):  # the longest first
        start = end - len(parts)
        if start >= 0 and all(a.at(start + n) == w for n, w in enumerate(parts)):
            return start
    return None


def opens_after_hedge(ctx: Context, i: int, openers: frozenset[str] = frozenset()) -> bool:
    """Token i opens the answer's clause right after a hedge that opens the answer, past
    `openers` before it («pues creo que cena…»), not a hedge inside a longer clause."""
    start = hedge_start(ctx, i)
    if start is None:
        return False
    a, k = ctx.analysis, start - 1
    while k >= 0 and a.at(k) in openers:
        k -= 1
    return a.at(k) == BOUNDARY


def hedge_words(ctx: Context) -> frozenset[int]:
    """The indices of the words of the opinion hedges in the sentence: the «es» of «la verdad
    es que» is no copula of the answer."""
    out: set[int] = set()
    for end in range(1, len(ctx.analysis) + 1):
        start = hedge_start(ctx, end)
        out.update(range(start, end) if start is not None else ())
    return frozenset(out)
