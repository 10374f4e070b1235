"""How much one likes: after a verb like gustar with nothing liked after it, «mucho» and
«poco» are adverbs and do not agree («me gusta mucho», not «me gusta mucha»). Part of the
gustar family (rules/gustar.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.gustar_forms import liking


def degree_agreement(ctx: Context):
    """«Sí, me gusta mucha.»: the degree ends the clause, so it is the adverb «mucho»."""
    a = ctx.analysis
    feminine, adverbs = ctx.words["feminine_degrees"], ctx.spelled["degree_adverbs"]
    for i in range(len(a) - 1):
        if not liking(ctx, i) or a.at(i + 1) not in feminine:  # any tense: «me gustó mucha»
            continue
        if i + 2 < len(a) and a.at(i + 2).isalnum():
            continue  # «me gusta mucha gente»: it counts what is liked
        persons = {f.person for f in a.of(i, "VERB")}
        plural = a.at(i + 1) in ctx.words["plural_degrees"]
        if plural and "3s" not in persons:
            continue  # «¿Las flores? Me gustan muchas»: many of them
        yield Hit(i + 1, i + 2, adverbs[ctx.spelled["feminine_degrees"].index(a.at(i + 1))])
