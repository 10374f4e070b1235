"""«Actuar en una manera natural»: a manner («in a way») is «de una manera» in Spanish."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs_back
from langbot.grading.rules.verb_lemmas import verb_lemmas
from langbot.grading.verb_prepositions import load_verb_prepositions

MIN_IN, MIN_IN_SHARE = 3, 0.5
"""A verb seen this often with «en» before a noun, in at least this share of its
prepositions, takes «en» as its own («pensé en una manera», «se convirtió en una manera»)."""


def _verb_takes_in(ctx: Context, i: int) -> bool:
    """The verb at i (past adverbs) takes «en» before its nouns in the treebank and
    Tatoeba counts (pensar, convertirse, confiar), not only for where (actuar, hacer)."""
    table = load_verb_prepositions()
    k = skip_adverbs_back(ctx.analysis, ctx.kb, i)
    wrong = ctx.words["manner_wrong"][0]
    for lemma in verb_lemmas(ctx, k, noun_ok=True) or ():
        seen = table.seen(lemma, "noun")
        linked = sum(n for p, n in seen.items() if p != "none")
        if seen.get(wrong, 0) >= MIN_IN and seen.get(wrong, 0) >= MIN_IN_SHARE * linked:
            return True
    return False


def manner_with_en(ctx: Context):
    """«En una manera más natural», «en esta manera»: a manner takes «de» («de una
    manera»); not after a verb that takes «en», nor where «de» follows («en una manera de
    viajar»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["manner_wrong"] or a.at(i + 1) not in ctx.words["manner_dets"]:
            continue
        if a.at(i + 2) not in ctx.words["manners"] or a.at(i + 3) in ctx.words["manner_followers"]:
            continue
        if not _verb_takes_in(ctx, i - 1):
            yield Hit(i, i + 1, ctx.spelled["manner_link"][0])
