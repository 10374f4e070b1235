"""«Cada» is itself the determiner of one singular noun: «cada día», never «cada el día» (no
article) or «cada los días» (every one of them is «todos los días»). «Cada días» (no plural) is
the agreement family's `each_singular`."""

from langbot.grading.rules.base import Context, Hit


def each_with_article(ctx: Context):
    """«Cada el día», «cada los días»: after «cada», no article (a plural noun is `each_singular`)."""
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
