"""«Ayer por tarde», «el jueves por mañana»: a part of the day after «por» takes its
article («por la tarde»), when «por» follows a day or opens the clause; not a rate («cincuenta
euros por noche»). After the hour, «de» too: «a las ocho de la mañana», not «de mañana».
Part of the articles family (rules/articles.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _after_day(ctx: Context, i: int) -> bool:
    """Token i opens its clause, or a day comes right before it («ayer», «el lunes»)."""
    a = ctx.analysis
    if i == 0 or a.at(i - 1) == BOUNDARY or a.at(i - 1) in ctx.words["today"]:
        return True
    days = set(ctx.words["day_classes"])
    return any(f.classes & days for f in a.of(i - 1, "NOUN")) and a.of(i - 2, "DET")


def _after_hour(ctx: Context, i: int) -> bool:
    """An hour of the clock ends right before i: «las ocho», «la una y media», «las 8»."""
    a = ctx.analysis
    j = i - 1
    if a.at(j - 1) in ctx.words["clock_and"] and (
        a.at(j) in ctx.words["clock_fractions"] or a.of(j, "NUM")
    ):
        j -= 2  # «las ocho y media», «las ocho y diez»
    hour = (
        a.at(j) in ctx.words["hours"] or a.at(j) in ctx.words["one_hour"] or a.original(j).isdigit()
    )
    return hour and a.at(j - 1) in ctx.words["clock_articles"]


def day_part_without_article(ctx: Context):
    """Finder: a day or a clause's start, «por», then a bare part of the day: its article."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i + 1) not in ctx.words["day_parts"]:
            continue
        after_hour = a.at(i) in ctx.words["of"] and _after_hour(ctx, i)
        if not after_hour and a.at(i) not in ctx.words["through"]:
            continue
        if not after_hour and (a.at(i + 2) in ctx.words["of"] or not _after_day(ctx, i)):
            continue  # «por mañana de…»: another phrase
        article = ctx.spelled["day_part_article"][0]
        yield Hit(i, i + 2, f"{a.original(i)} {article} {a.original(i + 1)}")
