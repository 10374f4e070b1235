"""«Cada» is itself the determiner of one singular noun: «cada día», never «cada el día» (no
article), «cada días» (no plural), or «cada los días» (every one of them is «todos los días»)."""

from langbot.grading.rules.base import Context, Hit


def each_with_article(ctx: Context):
    """«Cada el día», «cada los días», «cada días»: after «cada», a bare singular noun."""
    a = ctx.analysis
    definite = ctx.words["definite"]
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["each"] or a.at(i + 1) == a.at(i):
            continue
        article = a.at(i + 1)
        if article in definite and not a.accented(i + 1) and a.of(i + 2, "NOUN"):
            at = definite.index(article)
            if at < 2:
                yield Hit(i, i + 2, a.original(i))
            else:
                every = ctx.spelled["all_plural"][at - 2]
                yield Hit(i, i + 1, every.capitalize() if a.original(i)[:1].isupper() else every)
        elif (lemma := _plural_noun(ctx, i + 1)) is not None:
            yield Hit(i + 1, i + 2, lemma)


def _plural_noun(ctx: Context, j: int) -> str | None:
    """The singular of a common noun at j that can only be plural («días»); None otherwise."""
    a = ctx.analysis
    readings = a.readings[j]
    if not readings or a.original(j)[:1].isupper():
        return None
    if any(f.pos != "NOUN" or f.number != "p" for f in readings):
        return None
    lemmas = {f.lemma for f in readings}
    return lemmas.pop() if len(lemmas) == 1 else None
