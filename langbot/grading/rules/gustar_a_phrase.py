"""«A mí gusta el cine»: «a» + who likes opens the clause, and the verb like gustar after it
still takes its pronoun (part of the gustar family, rules/gustar.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, liking, likings
from langbot.grading.rules.gustar_who import indirect_for


def a_without_pronoun(ctx: Context):
    """«A mí gusta el cine», «A mi hermano gusta…»: with «a» + who likes before it, the
    verb still takes its pronoun: «A mí me gusta»."""
    a = ctx.analysis
    between, indirect = folded_adverbs(ctx.kb), ctx.kb.lists.indirect
    for s, end in a.clauses if likings(ctx) else ():
        if a.at(s) not in ctx.words["to"]:
            continue
        for i in range(s + 2, end):
            if liking(ctx, i, AGREEING) and a.at(i - 1) not in indirect:
                e = i
                while e > s + 1 and a.at(e - 1) in between:
                    e -= 1
                pronoun = indirect_for(ctx, s + 1, e)
                if pronoun and not _said_later(ctx, i):
                    yield Hit(s, i, f"{a.tokens.original_text(s, i)} {pronoun}")
                break


def _said_later(ctx: Context, i: int) -> bool:
    """A verb like gustar after token i has its pronoun before it: the «a» phrase may be
    that verb's («A algunas personas parece que les gusta discutir»)."""
    a, indirect = ctx.analysis, ctx.kb.lists.indirect
    return any(liking(ctx, m, AGREEING) and a.at(m - 1) in indirect for m in range(i + 1, len(a)))
