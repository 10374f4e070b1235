"""The preposition a verb or an adjective governs before a noun, from the treebank and
Tatoeba counts (data/verb_prepositions.yaml): where the counts show the word's complements
nearly always with one preposition and never with the learner's («confío sobre mi madre»:
en; «renuncié de mi trabajo»: a; «es famosa para su música»: por). Only a complement that
opens with a determiner, a pronoun or a name is read: a bare noun after a preposition is
often a set phrase that says how or when («por ejemplo», «en serio», «con cuidado»)."""

from langbot.grading.rules.adjective_links import adjective_uses
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.verb_lemmas import preposition_uses
from langbot.grading.verb_prepositions import (
    MIN_GOVERNED,
    MIN_GOVERNED_SWAP,
    NONE,
    load_verb_prepositions,
)


def _complement(ctx: Context, j: int, joined: bool) -> bool:
    """The complement at j opens with a determiner (or follows «al», «del»), a person's
    pronoun or a name, and is no place or time an adjunct may name («trabaja en la ciudad»,
    «por la mañana»)."""
    a = ctx.analysis
    name = a.original(j)[:1].isupper() and not a.readings[j]
    if not (joined or a.of(j, "DET") or a.at(j) in ctx.words["person_pronouns"] or name):
        return False
    np = a.noun_phrase(j)
    adjuncts = set(ctx.words["adjunct_classes"])
    return np is None or not (np.noun.classes & adjuncts)


def _person(ctx: Context, j: int) -> bool:
    """A person stands at j: a name, a person's pronoun or a noun of people."""
    a = ctx.analysis
    if a.original(j)[:1].isupper() and not a.readings[j] or a.at(j) in ctx.words["person_pronouns"]:
        return True
    np = a.noun_phrase(j)
    return np is not None and bool(np.noun.classes & set(ctx.words["people_classes"]))


def _verb_fix(ctx: Context, i: int, lemma: str, used: str) -> str | None:
    """The preposition the verb governs in place of `used`, where `used` can be no adjunct:
    «a» only after a verb with no bare object (renunciar a, parecerse a; not amar, whose
    «a» marks a person), no «con» before a person (company: «nadé con Juan»)."""
    table = load_verb_prepositions()
    fix = table.governed(lemma, used, least=_least(ctx, used))
    if fix is None or not _swap_ok(ctx, used, fix):
        return None
    bare = table.seen(lemma, "noun").get(NONE, 0)
    if (
        fix == ctx.words["person_link"][0]
        and bare
        and not lemma.endswith(ctx.kb.words.reflexive_ending)
    ):
        return None
    if used in ctx.words["company"] and _person(ctx, i + 2):
        return None
    return fix


def _least(ctx: Context, used: str) -> int:
    """How often the governed word must be seen: less where `used` may only be a swap."""
    swapped = {pair.split()[0] for pair in ctx.words["governed_swaps"]}
    return MIN_GOVERNED_SWAP if used in swapped else MIN_GOVERNED


def _swap_ok(ctx: Context, used: str, fix: str) -> bool:
    """`used` may stand for `fix`: «para» and «por» only for each other, «sobre» (about)
    for the words of a topic (de, en, por, con)."""
    pairs = ctx.words["governed_swaps"]
    restricted = {pair.split()[0] for pair in pairs}
    return used not in restricted or f"{used} {fix}" in pairs


def _one(fixes: set[str | None]) -> str | None:
    return fixes.pop() if len(fixes) == 1 else None


def _spelled(ctx: Context, fix: str, joined: bool) -> str:
    """The fix as written: with the article the learner's «al», «del» held («del», «en el»)."""
    if not joined:
        return fix
    joins, parts = ctx.spelled["joins"], ctx.spelled["joined_from"]
    return joins[parts.index(fix)] if fix in parts else f"{fix} {ctx.spelled['article'][0]}"


def governed_preposition(ctx: Context):
    """«Confío sobre mi madre», «renuncié de mi trabajo», «insiste sobre pagar»: the verb
    governs another preposition before its noun or infinitive: «confío en», «renuncié a»,
    «insiste en»."""
    table = load_verb_prepositions()
    for i, lemmas, role, used, joined in preposition_uses(ctx, every=True):
        if role == "infinitive" and used in ctx.words["infinitive_governed_checked"]:
            fix = _one({table.favoured(lemma, role, used) for lemma in lemmas})
            if fix in ctx.words["links"]:
                yield Hit(i + 1, i + 2, fix)  # «insiste sobre pagar»: «insiste en pagar»
            continue
        if role != "noun" or used not in ctx.words["governed_checked"]:
            continue
        fix = _one({_verb_fix(ctx, i, lemma, used) for lemma in lemmas})
        if fix in ctx.words["fixes"] and _complement(ctx, i + 2, joined):
            yield Hit(i + 1, i + 2, _spelled(ctx, fix, joined))


def governed_after_adjective(ctx: Context):
    """«Es famosa para su música», «estoy harto con la lluvia»: the adjective governs
    another preposition before its noun: «famosa por», «harto de»."""
    table = load_verb_prepositions()
    for i, lemmas, role, used, joined in adjective_uses(ctx):
        if role != "noun" or used not in ctx.words["adjective_governed_checked"]:
            continue
        if ctx.analysis.at(i + 2) in ctx.words["person_pronouns"]:
            continue  # «la más famosa para mí»: for whom, after nearly any adjective
        least = _least(ctx, used)
        fixes = {table.governed(lemma, used, adjective=True, least=least) for lemma in lemmas}
        fix = _one({f if f and _swap_ok(ctx, used, f) else None for f in fixes})
        if fix in ctx.words["fixes"] and _complement(ctx, i + 2, joined):
            yield Hit(i + 1, i + 2, _spelled(ctx, fix, joined))
