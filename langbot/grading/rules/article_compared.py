"""«Me gusta más el verano que invierno»: two things compared with «más… que» (or «menos»)
are said alike; when the first has its article, the second, a bare common noun, lacks it."""

from langbot.grading.rules.article_words import one_noun, the
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def compared_without_article(ctx: Context):
    """Finder: «más»/«menos», a definite article and its noun, then «que» and a common noun
    with no determiner that ends the comparison: the second noun's article."""
    a = ctx.analysis
    for i in range(len(a) - 4):
        if a.at(i) not in ctx.words["compared_degree"] or a.at(i + 1) not in ctx.words["definite"]:
            continue
        np = a.noun_phrase(i + 1)
        if np is None or a.at(np.end) not in ctx.words["that"]:
            continue
        k = np.end + 1
        noun = one_noun(a, k)
        if noun is None or a.original(k)[:1].isupper() or not noun.classes:
            continue  # «que Juan»: a name; a noun of no class may be a name the lexicon lacks
        if a.at(k + 1) != BOUNDARY and k + 1 < len(a) and not a.of(k + 1, "ADJ"):
            continue  # «más el pan que leche de soja…»: what follows may take its own words
        article = the(ctx, noun)
        if article:
            yield Hit(k, k + 1, f"{article} {a.original(k)}")
