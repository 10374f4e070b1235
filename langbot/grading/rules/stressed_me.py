"""«mí» is the form after a preposition («para mí», «a mí»); joined to another subject by
«y» or «o» with no preposition before the pair, the speaker is «yo» («mi hermano y yo»). Part
of the constructions family (rules/constructions.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _governed(ctx: Context, i: int) -> bool:
    """A preposition stands before token i in its clause («para Juan y mí»)."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        if a.of(k, "ADP"):
            return True
        k -= 1
    return False


def stressed_me_joined(ctx: Context):
    """«Somos cuatro: mis padres, mi hermano y mí», «mí y mi hermano vamos»: «yo»."""
    a = ctx.analysis
    links = ctx.words["pair_links"]
    for i in range(len(a)):
        if a.at(i) not in ctx.words["stressed_me"] or not a.accented(i):
            continue
        if a.at(i - 1) not in links and a.at(i + 1) not in links:
            continue
        if not _governed(ctx, i):
            yield Hit(i, i + 1, ctx.spelled["subject_me"][0])
