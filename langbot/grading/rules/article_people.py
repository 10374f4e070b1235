"""«Habla con hombre»: a person named by a singular noun after «con» takes an article («con el
hombre», «con un amigo»); natives say such a noun bare only when a word after it describes it
(«con profesora nativa»), or a mass of people («con gente»)."""

from langbot.grading.rules.article_words import one_noun, the
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _nothing_describes(ctx: Context, k: int) -> bool:
    """Nothing after the noun says more about it: the clause ends, or «y», a verb or another
    preposition than «de» follows."""
    a = ctx.analysis
    if a.at(k) == BOUNDARY or a.at(k) in ctx.words["coordinators"]:
        return True
    if a.at(k) in ctx.words["of"] or a.of(k, "ADJ") or a.of(k, "NOUN") or a.of(k, "DET"):
        return False
    return bool(a.only(k, "ADP") or a.only(k, "VERB"))


def person_without_article(ctx: Context):
    """«Habla con hombre»: after «con», a bare singular noun of a person takes an article."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["with_someone"]:
            continue
        noun = one_noun(a, i + 1)
        if noun is None or noun.number != "s" or a.original(i + 1)[:1].isupper():
            continue
        people = noun.classes & set(ctx.words["person_classes"])
        if not people or a.at(i + 1) in ctx.words["people_in_general"]:
            continue
        if not _nothing_describes(ctx, i + 2):
            continue
        article = the(ctx, noun)
        if article:
            yield Hit(i, i + 2, f"{a.original(i)} {article} {a.original(i + 1)}")
