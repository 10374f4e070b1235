"""The order of words in the noun phrase where English puts them otherwise: a number after
«otros» («dos otros hermanos»: «otros dos»), «más» after the noun it adds («una más cosa»:
«una cosa más»), «mejor» before the noun it ranks («mi amiga mejor»: «mi mejor amiga»).
Part of the articles family (rules/articles.py lists them)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _many(ctx: Context, i: int) -> bool:
    """Token i is a number above one, in words or digits (dos, 3; not «uno», «1»)."""
    a = ctx.analysis
    word = a.at(i)
    return a.only(i, "NUM") and (
        word in ctx.words["plural_numbers"] or word.isdigit() and word != "1"
    )


def number_before_other(ctx: Context):
    """«Tiene dos otros hermanos», «los dos otros»: a number above one goes after «otros»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if f"{a.at(i - 2)} {a.at(i - 1)}" in ctx.words["at_the_hour"]:
            continue  # «a las dos otros amigos llegaron»: an hour
        if _many(ctx, i) and a.at(i + 1) in ctx.words["others"]:
            yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")


def more_before_noun(ctx: Context):
    """«Hay una más cosa», «dos más días»: after an indefinite article or a number, «más»
    follows the noun it adds to (a noun and nothing else, written small)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["more"]:
            continue
        counted = a.at(i - 1) in ctx.words["someone_unnamed"] or _many(ctx, i - 1)
        if counted and a.only(i + 1, "NOUN") and a.original(i + 1)[:1].islower():
            yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")


def _phrase_ends(a: Analysis, k: int, joins) -> bool:
    """Nothing of the noun phrase follows at k: the end, punctuation or «y», «o»."""
    return k >= len(a) or a.at(k) == BOUNDARY or a.at(k) in joins


def _finite(a: Analysis, k: int) -> bool:
    """Token k is only a conjugated verb: the noun phrase before it is its subject."""
    return a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB"))


def _no_verb_before(ctx: Context, k: int) -> bool:
    """Token k opens a noun phrase no verb but ser takes as its object: a preposition, the
    start, punctuation, «y», or a form of ser («es mi amiga mejor»)."""
    a = ctx.analysis
    if k < 0:
        return True
    if a.at(k) in ctx.words["personal_a"]:
        return False  # «conocí a mi hermana mejor»: the object of a verb
    if a.at(k) == BOUNDARY or a.of(k, "ADP") or a.at(k) in ctx.words["coordinators"]:
        return True
    verbs = a.of(k, "VERB")
    return bool(verbs) and all(f.lemma in ctx.words["being"] for f in verbs)


def best_after_noun(ctx: Context):
    """«Comí con mi amiga mejor»: after a possessive and its noun, at the phrase's end,
    «mejor» ranks the noun and goes before it («mi mejor amiga»; not «mi amiga mejor que
    yo», which compares, nor after a verb, where it says how well: «la conozco mejor»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if a.at(i - 1) not in ctx.words["possessives"] or not a.only(i, "NOUN"):
            continue
        if not _no_verb_before(ctx, i - 2):
            continue  # «conocí a mi hermana mejor»: how well, an adverb of the verb
        ends = _phrase_ends(a, i + 2, ctx.words["coordinators"]) or _finite(a, i + 2)
        if a.at(i + 1) in ctx.words["ranking"] and ends:
            yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")
