"""«Se le gusta la historia»: no «se» before the pronoun of a verb like gustar. Part of the
reflexive family (rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit


def finite(ctx: Context, i: int):
    """The finite verb readings of token i."""
    return tuple(f for f in ctx.analysis.of(i, "VERB") if f.person and f.form != "inf")


def se_with_gustar(ctx: Context):
    """«Se le gusta la historia»: a verb like gustar takes the pronoun of who likes (le,
    me…), and no «se» before it."""
    a = ctx.analysis
    third = ctx.words["third_person_reflexive"][0]
    indirect = ctx.kb.indirect
    for i in range(len(a) - 2):
        if a.at(i) != third or a.accented(i) or a.at(i + 1) not in indirect:
            continue
        verbs = finite(ctx, i + 2)
        liked = [f for f in verbs if ctx.kb.verbs.is_like_gustar(f.lemma)]
        if liked and len(liked) == len(verbs) == len(a.readings[i + 2]):
            if not any(ctx.kb.verbs.has(f.lemma, "also_personal") for f in liked):
                yield Hit(i, i + 1, None, {"verb": a.original(i + 2)})
