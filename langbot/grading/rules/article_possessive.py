"""«La mi casa»: a possessive before the noun stands for the article, so the two are never said
together in Spanish («mi casa», or «la casa mía», «una amiga mía»)."""

from langbot.grading.rules.base import Context, Hit


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
