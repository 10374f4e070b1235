"""«Odio fútbol», «amo perros»: what one loves or hates in general is said with the definite
article («odio el fútbol»), as with gustar. Part of the articles family (rules/articles.py)."""

from langbot.grading.rules.article_words import one_noun, the
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.tokens import BOUNDARY


def _ends_phrase(ctx: Context, k: int) -> bool:
    """Past the noun at k (and an adjective after it), its clause ends: nothing restricts
    it («odio café con leche»), and no list of bare nouns follows («amo perros y gatos»)."""
    a = ctx.analysis
    k += 1
    if k < len(a) and a.only(k, "ADJ"):
        k += 1
    return k >= len(a) or (a.at(k) == BOUNDARY and a.original(k) not in ctx.spelled["clause_comma"])


def feeling_without_article(ctx: Context):
    """A verb of loving or hating (odiar, amar…), then a bare common noun that ends the
    clause: a thing in general, which takes the definite article."""
    a = ctx.analysis
    feelings = ctx.words["feeling_verbs"]
    for i in range(len(a) - 1):
        verbs = a.of(i, "VERB")
        if not verbs or not all(f.lemma in feelings for f in verbs):
            continue
        if not a.only(i, "VERB") and any(a.of(i - 1, pos) for pos in ("DET", "ADJ", "ADP")):
            continue  # «el odio», «con odio»: the noun
        if not any(f.person for f in verbs):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        noun = one_noun(a, j)
        if noun is None or a.original(j)[:1].isupper() or not _ends_phrase(ctx, j):
            continue
        if noun.classes & set(ctx.words["bare_subject_classes"]):
            continue  # «odian historia»: a school subject may stand bare
        article = the(ctx, noun)
        if article:
            yield Hit(j, j + 1, f"{article} {a.original(j)}")
