"""Verbs like gustar (rules/gustar.py lists their rules) agree in number with what is
liked after them: «me gustan los perros», «me gustó la película»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_by_accent, skip_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, after_clitic, liking, likings
from langbot.grading.rules.gustar_liked import antecedent_number, joined_later, liked_number


def _past_agreement(ctx: Context, i: int):
    """«Me gustó las películas», «Me encantaron el concierto»: the past agrees too."""
    a = ctx.analysis
    one, many = ctx.words["past_one"], ctx.words["past_many"]
    j = skip_adverbs(a, ctx.kb, i + 1)
    if a.at(i) in one and past_by_accent(a, i) and liked_number(ctx, j) == "p":
        fix = ctx.spelled["past_many"][one.index(a.at(i))]
        yield Hit(i, i + 1, fix, {"what": ctx.spelled["plural_things"][0]})
    elif a.at(i) in many and liked_number(ctx, j) == "s" and not joined_later(ctx, j):
        fix = ctx.spelled["past_one"][many.index(a.at(i))]
        yield Hit(i, i + 1, fix, {"what": ctx.spelled["one_thing"][0]})


def agreement(ctx: Context):
    """Finder: «Me gusta los perros», «Me gustan el cine»: the verb agrees with what is liked."""
    a = ctx.analysis
    for i in likings(ctx):
        if after_clitic(ctx, i):
            yield from _past_agreement(ctx, i)
        if not after_clitic(ctx, i) or not liking(ctx, i, AGREEING):
            continue
        persons = {f.person for f in a.of(i, "VERB")}
        j = _past_between(ctx, i + 1)
        first = liked_number(ctx, j, False) or antecedent_number(ctx, i)  # gusta el A y el B
        number = liked_number(ctx, j) or antecedent_number(ctx, i)
        written = a.original(i)
        if first == "p" or (number == "p" and _plural_listed(ctx, j)):
            first = "p"  # «le gusta el dinero, las mujeres y el golf»: a plural among them
        if first == "p" and "3s" in persons and "3p" not in persons:
            yield Hit(i, i + 1, written + "n", {"what": ctx.spelled["plural_things"][0]})
        elif number == "s" and "3p" in persons and "3s" not in persons:
            if not joined_later(ctx, skip_adverbs(a, ctx.kb, i + 1)):
                yield Hit(i, i + 1, written[:-1], {"what": ctx.spelled["one_thing"][0]})


def _plural_listed(ctx: Context, j: int) -> bool:
    """A plural article and noun among the things listed from j, before the next verb."""
    a = ctx.analysis
    for k in range(j, len(a) - 1):
        if any(f.person for f in a.of(k, "VERB") if a.only(k, "VERB")):
            return False
        if {f.number for f in a.of(k, "DET")} == {"p"} and a.of(k + 1, "NOUN"):
            return True
    return False


def _past_between(ctx: Context, j: int) -> int:
    """Past the adverbs after the verb, «nada» and «más» too («No me gusta nada los lunes»)."""
    a = ctx.analysis
    while True:
        k = skip_adverbs(a, ctx.kb, j)
        while a.at(k) in ctx.words["between"]:
            k += 1
        if k == j:
            return j
        j = k
