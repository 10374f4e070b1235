"""The grader's first ten checks (agreement.py, usage.py, verb_checks.py), each run as a rule
of the registry with its examples in data/rules/legacy.yaml. They read the old token reader
and write their own messages; new rules read the analysis instead."""

from langbot.grading.agreement import _agreement, _copula_agreement
from langbot.grading.reader import GrammarError, _Reader
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import other_tense
from langbot.grading.verb_checks import _irregular, _little_words, _verb_person


def _reader(ctx: Context) -> _Reader:
    if ctx.reader is None:
        ctx.reader = _Reader(ctx.analysis.tokens, ctx.kb)
    return ctx.reader


def _present_only(ctx: Context, errors: list[GrammarError]) -> list[GrammarError]:
    """Drop errors on a verb written with an accent no present form has: «empezó», «trabajó»
    are past tense, not a wrong present once folded."""
    a = ctx.analysis
    return [e for e in errors if not (a.accented(e.start) and other_tense(a, ctx.kb, e.start))]


FINDERS = {
    "noun_phrase_agreement": lambda ctx: _agreement(_reader(ctx)),
    "copula_agreement": lambda ctx: _copula_agreement(_reader(ctx), *ctx.subject),
    "subject_pronoun_person": lambda ctx: _present_only(ctx, _verb_person(_reader(ctx))),
    "regularised_irregular": lambda ctx: _present_only(ctx, _irregular(_reader(ctx))),
    "little_words": lambda ctx: _little_words(_reader(ctx)),
}
