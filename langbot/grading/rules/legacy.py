"""The grader's first checks (copula.py, usage.py, verb_checks.py), each run as a rule
of the registry with its examples in data/rules/legacy.yaml. They read the old token reader
and write their own messages; new rules read the analysis instead."""

from langbot.grading.copula import _ser_estar
from langbot.grading.reader import _Reader
from langbot.grading.rules.base import Context
from langbot.grading.usage import _calques, _gustar
from langbot.grading.verb_checks import _reflexives


def _reader(ctx: Context) -> _Reader:
    if ctx.reader is None:
        ctx.reader = _Reader(ctx.analysis.tokens, ctx.kb)
    return ctx.reader


FINDERS = {
    "gustar_agreement": lambda ctx: _gustar(_reader(ctx)),
    "ser_estar_by_list": lambda ctx: _ser_estar(_reader(ctx), ctx.age_step),
    "english_calques": lambda ctx: _calques(_reader(ctx)),
    "reflexive_pronoun": lambda ctx: _reflexives(_reader(ctx), ctx.reflexive_verbs),
}
