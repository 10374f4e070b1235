"""The article a counted noun needs after «ser» when an adjective describes it: «Daenerys no
es personaje malvado» says «un personaje malvado». Natives say a noun bare after «ser» when
it names a job, a kin or a time («Es profesor titular», «Es hijo único», «Hoy es día
laborable», «Dinamarca es miembro de…»), so only the nouns the treebanks count with «un» and
never show bare after «ser» are read (data/bare_predicates.yaml), and none of those classes."""

from langbot.grading.bare_predicates import counted_never_bare, counted_nouns
from langbot.grading.rules.article_words import lower_first, one_noun
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _ser_at(ctx: Context, i: int) -> bool:
    """Token i is a form of «ser» and nothing else (not «era», a noun after an article)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not any(f.lemma in ctx.words["identity_copula"] for f in verbs):
        return False
    return all(f.pos in ("VERB", "NOUN") for f in a.readings[i]) and not a.of(i - 1, "DET")


def _describing(ctx: Context, k: int, gender: str) -> bool:
    """An adjective of the noun's gender at k (past «muy») ends the clause, or a «que» or
    «y» follows."""
    a = ctx.analysis
    while a.at(k) in ctx.words["degree"]:
        k += 1
    adjectives = a.of(k, "ADJ")
    if not adjectives or any(f.pos not in ("ADJ", "NOUN") for f in a.readings[k]):
        return False  # «malvado» is a noun too; a verb («es hombre casado», «vive») is not
    if any(fold(f.lemma) in counted_nouns() for f in a.of(k, "NOUN")):
        return False  # a second noun one counts: «país miembro», «palabra clave»
    if not any(f.gender in (gender, None) and f.number in ("s", None) for f in adjectives):
        return False
    after = k + 1
    return after >= len(a) or a.at(after) == BOUNDARY or a.at(after) in ctx.words["clause_links"]


def predicate_without_article(ctx: Context):
    """«Es personaje malvado»: «ser», a bare singular counted noun, an adjective after it."""
    a = ctx.analysis
    genders = ctx.words["genders"]
    bare = set(ctx.words["said_bare_classes"])
    for i in range(len(a) - 2):
        if not _ser_at(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        noun = one_noun(a, j)
        if noun is None or noun.number != "s" or noun.gender not in genders:
            continue
        if a.original(j)[:1].isupper() or noun.classes & bare:
            continue  # a name or a title; a job, a kin, a day natives say bare
        if fold(noun.lemma) not in counted_never_bare():
            continue
        if _describing(ctx, j + 1, noun.gender):
            article = ctx.spelled["indefinite_singular"][genders.index(noun.gender)]
            yield Hit(j, j + 1, f"{article} {lower_first(a, j)}")
