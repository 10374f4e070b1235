"""Who likes said as the subject before the pronoun of a verb like gustar: «Yo me gusta el
fútbol» is «A mí me gusta», «Mi familia y yo nos gusta» is «A mi familia y a mí nos gusta».
Part of the gustar family (rules/gustar.py); who likes is read as in rules/gustar_who.py."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, liking, likings
from langbot.grading.rules.gustar_who import to_who, who_likes
from langbot.grading.verbs import PERSONS


def subject_and_pronoun(ctx: Context):
    """«Yo me gusta el fútbol»: who likes is «a mí», not the subject «yo», before «me»; so
    too «Mí me gusta», «Yo le gusta» and «Mi familia y yo nos gusta»."""
    a = ctx.analysis
    between = folded_adverbs(ctx.kb)
    by_person = ctx.words["indirect_by_person"]
    for i in likings(ctx):
        if not liking(ctx, i, AGREEING) or i < 2 or a.at(i - 1) not in by_person:
            continue
        if not any((f.person or "")[:1] == "3" for f in a.of(i, "VERB")):
            continue  # «yo me gusto»: I like myself
        k = i - 2
        while k > 0 and a.at(k) in between:
            k -= 1
        person = _speaker(ctx, k)
        if person is None or a.at(k - 1) in ctx.words["to"] or a.of(k - 1, "ADP"):
            continue  # «a ninguno de nosotros nos gusta»: after a preposition, no subject
        to = ctx.spelled["to"][0]
        stressed = ctx.spelled["stressed_by_person"][PERSONS.index(person)]
        own = by_person[PERSONS.index(person)]
        if a.at(k - 1) in ctx.words["and"] and a.at(i - 1) == by_person[3] and person == "1s":
            yield from _with_me(ctx, k, f"{to} {stressed}")  # «Mi familia y yo nos gusta»
        elif a.at(i - 1) == own:
            yield Hit(k, k + 1, f"{to.capitalize() if k == 0 else to} {stressed}")
        elif a.at(i - 1) in ctx.words["third_person_indirect"]:  # «Yo le gusta»
            words = [to.capitalize() if k == 0 else to, stressed]
            words += [a.original(j) for j in range(k + 1, i - 1)] + [own]
            yield Hit(k, i, " ".join(words))


def _speaker(ctx: Context, k: int) -> str | None:
    """The first or second person at k: a subject pronoun («yo», «nosotros»), or «mí»,
    «ti» (also written «mi») right before a pronoun, which no noun can follow."""
    a = ctx.analysis
    if a.at(k) in ctx.words["stressed"][:2] and a.of(k + 1, "CLITIC"):
        return PERSONS[ctx.words["stressed"].index(a.at(k))]
    said = [f.person for f in a.of(k, "PRON") if f.person]
    if not said or (a.of(k, "DET") and not a.accented(k)) or said[0][0] == "3":
        return None
    return said[0]


def _with_me(ctx: Context, k: int, me: str):
    """«Mi familia y yo nos gusta»: «a» before both who like, «A mi familia y a mí»."""
    a = ctx.analysis
    before = next(((ps, pe) for ps, pe in a.clauses if pe == k - 1), None)
    if before is not None and a.at(before[0]) not in ctx.words["to"]:
        if who_likes(ctx, *before):
            yield Hit(before[0], k + 1, f"{to_who(ctx, *before)} {a.original(k - 1)} {me}")
