"""«También» in a negative clause: after «no» and its verb, «also» is «tampoco» («No me
gusta el café tampoco», «Mi hermana tampoco»), and «también no» is one word, «tampoco»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def also_after_negative(ctx: Context):
    """«No tengo hermanos también», «Mi hermana también no»: «tampoco» ending a negative
    clause; not after a «que», «pero» or «sino» that opens another clause («no solo canta,
    sino también baila»), nor after a «no» that negates no verb («no obstante»)."""
    a = ctx.analysis
    for i in range(len(a)):
        if a.at(i) not in ctx.words["also"]:
            continue
        if a.at(i + 1) in ctx.words["negation"] and a.at(i + 2) not in ctx.words["also"]:
            yield Hit(i, i + 2, ctx.spelled["neither"][0])
        elif a.at(i + 1) == BOUNDARY and _negated_clause(ctx, i):
            yield Hit(i, i + 1, ctx.spelled["neither"][0])


def _negated_clause(ctx: Context, i: int) -> bool:
    """A «no» right before a verb (past its object pronouns) earlier in the clause of i."""
    a = ctx.analysis
    breaks = set(ctx.words["clause_breaks"]) | set(ctx.words["coordinators"]) | {BOUNDARY}
    k = i - 1
    while k >= 0 and a.at(k) not in breaks:
        if a.at(k) in ctx.words["negation"]:
            v = k + 1
            while a.only(v, "CLITIC"):
                v += 1
            return bool(a.of(v, "VERB")) and any(f.person for f in a.of(v, "VERB"))
        k -= 1
    return False
