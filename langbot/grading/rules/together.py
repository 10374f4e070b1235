"""«Pasan tiempo junto»: without «a» or «con» after it, «junto» is the adjective that says
the subjects do something in company, and it takes their number («juntos», «juntas»).
Part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _clause_verb(ctx: Context, i: int) -> tuple:
    """The person readings of the nearest conjugated verb before token i in its clause."""
    a = ctx.analysis
    k = i - 1
    while k >= 0 and a.at(k) != BOUNDARY and a.original(k) != ",":
        if a.at(k) in ctx.words["clause_starts"]:
            return ()
        finite = [f for f in a.of(k, "VERB") if f.person]
        if finite and a.only(k, "VERB"):
            return tuple(finite)
        k -= 1
    return ()


def together_agreement(ctx: Context):
    """Finder: the singular «junto», not before a preposition nor after a word for a whole
    («todo junto»), in a clause whose verb is plural."""
    a = ctx.analysis
    for i in range(1, len(a)):
        if a.at(i) not in ctx.words["together"] or a.at(i + 1) in ctx.words["together_links"]:
            continue
        if a.at(i - 1) in ctx.words["together_whole"]:
            continue
        verbs = _clause_verb(ctx, i)
        if verbs and all(f.person[1] == "p" for f in verbs):
            yield Hit(i, i + 1, ctx.spelled["together_plural"][0])
