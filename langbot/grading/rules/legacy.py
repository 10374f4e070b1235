"""The grader's first ten checks (agreement.py, usage.py, verb_checks.py), each run as a rule
of the registry with its examples in data/rules/legacy.yaml. They read the old token reader
and write their own messages; new rules read the analysis instead."""

from langbot.grading.copula import _ser_estar
from langbot.grading.reader import GrammarError, _Reader
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import other_tense
from langbot.grading.usage import _calques, _gustar
from langbot.grading.verb_checks import _little_words, _reflexives


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
    "little_words": lambda ctx: _little_words(_reader(ctx)),
    "gustar_agreement": lambda ctx: _gustar(_reader(ctx)),
    "ser_estar_by_list": lambda ctx: _ser_estar(_reader(ctx), ctx.age_step),
    "english_calques": lambda ctx: _calques(_reader(ctx)),
    "reflexive_pronoun": lambda ctx: _reflexives(_reader(ctx), ctx.reflexive_verbs),
}
