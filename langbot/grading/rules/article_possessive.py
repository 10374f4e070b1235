"""«La mi casa»: a possessive before the noun stands for the article, so the two are never said
together in Spanish («mi casa», or «la casa mía», «una amiga mía»); and «su» stands before a
noun, never alone at the end of a sentence («acicaló su.»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def article_with_possessive(ctx: Context):
    """«La mi casa», «el su libro»: no article before «mi», «tu», «su», «nuestro»… + noun."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        word = a.at(i)
        if word not in ctx.words["articles_before_possessive"] or a.accented(i):
            continue
        if word in ctx.words["articles_only"] and a.of(i - 1, "ADP"):
            continue  # «a el su madre»: «a él», the pronoun without its accent
        if a.at(i + 1) not in ctx.words["possessives"] or not a.of(i + 2, "NOUN"):
            continue  # «la nuestra»: a possessive pronoun, said with its article
        definite = word in ctx.words["definite"]
        mine = a.original(i + 1)
        yield Hit(i, i + 2, mine if definite else None, {"mine": mine})


def possessive_alone(ctx: Context):
    """«La tocó y acicaló su.»: «su», «sus» with no noun after them, at a sentence's end
    (the pronoun is «la», «lo» before the verb, or «suyo» after a noun)."""
    a = ctx.analysis
    for i in range(1, len(a)):
        if a.at(i) not in ctx.words["possessives_before_noun"]:
            continue
        if i + 1 == len(a) or (
            a.at(i + 1) == BOUNDARY and a.original(i + 1)[:1] in ctx.spelled["sentence_ends"]
        ):
            yield Hit(i, i + 1, None)
