"""The article «tener» drops before a bodily state: «tengo hambre», «tiene frío», so «Tengo el
hambre» has one article too many. With a word that describes the state after it («tengo un
miedo terrible», «el miedo de perderte») the article is right. Part of the articles family;
the words are in data/rules/articles.yaml."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def state_with_article(ctx: Context):
    """Finder: «tengo el hambre», «tiene una sed»: tener + a bare state («tengo hambre»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["articles_before_possessive"]:
            continue
        if not any(f.lemma in ctx.words["having"] and f.person for f in a.of(i - 1, "VERB")):
            continue
        if a.at(i + 1) not in ctx.words["bare_states"]:
            continue
        if a.at(i + 2) not in (BOUNDARY, *ctx.words["coordinators"]):
            continue  # «tengo un miedo terrible», «el miedo de…»: the state described
        yield Hit(i, i + 2, a.original(i + 1))
