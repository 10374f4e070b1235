"""Degree words said twice over: «muy mucho» (mucho is already the degree: «te quiero
mucho») and «más mejor» («mejor», «peor» already say «more»)."""

from langbot.grading.rules.base import Context, Hit


def very_much(ctx: Context):
    """«Te quiero muy mucho»: «mucho» takes no «muy» before it."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) in ctx.words["very"] and _much(ctx, i + 1):
            yield Hit(i, i + 2, a.original(i + 1))


def _much(ctx: Context, j: int) -> bool:
    a = ctx.analysis
    return bool(a.readings[j]) and all(f.lemma in ctx.words["much"] for f in a.readings[j])


def more_better(ctx: Context):
    """«Es más mejor»: «mejor» and «peor» are «more good», «more bad» already; not after
    «cuanto más, mejor» (the more, the better)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["more"] or a.at(i + 1) not in ctx.words["comparatives"]:
            continue
        if any(a.at(k) in ctx.words["the_more"] for k in range(max(0, i - 3), i)):
            continue
        yield Hit(i, i + 2, a.original(i + 1))
