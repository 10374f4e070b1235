"""«Durante verano»: a singular noun after «durante» takes its article or another
determiner («durante el verano», «durante mi viaje»); natives say only plurals bare there
(«durante años»), and names («durante Navidad», a month: «durante septiembre»), which are
left alone, as are the pairs and set phrases the rule after «en» leaves
(rules/article_preposition.py: «durante hora y media»)."""

from langbot.grading.rules.article_preposition import said_bare_idiom, singular_noun
from langbot.grading.rules.article_words import preposition_and_article, the
from langbot.grading.rules.base import Context, Hit


def during_without_article(ctx: Context):
    """«Durante verano nado»: «durante el verano»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["during"]:
            continue
        noun = singular_noun(ctx, i + 1)
        if noun is None or said_bare_idiom(ctx, i, i + 1):
            continue
        if any("month" in f.classes for f in a.of(i + 1, "NOUN")):
            continue
        article = the(ctx, noun)
        if article is not None:
            joined = preposition_and_article(ctx, i, article)
            yield Hit(i, i + 2, f"{joined} {a.original(i + 1)}")
