"""«Ella ha llegada», «Hemos comidos»: after haber the participle of a compound tense has
one form, the masculine singular (ha llegado, hemos comido); and «he hago», «ha hacer»: what
follows haber's own compound forms is a participle. Part of the agreement family
(rules/agreement.py lists them)."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit


def _auxiliary(ctx: Context, i: int) -> bool:
    """Token i is a form of haber that only the compound tenses use: not «hay», and not a
    third person outside the present, which also says what there is («había heridos»)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or not a.only(i, "VERB") or a.at(i) in ctx.words["existential"]:
        return False
    if any(f.lemma not in ctx.words["perfect_auxiliaries"] or not f.person for f in verbs):
        return False
    present = any(f.form == "pres" for f in verbs)
    return present or not any(f.person[0] == "3" for f in verbs)


def _invariable(ctx: Context, word: str) -> str | None:
    """The masculine singular of a participle written with another ending (escritas ->
    escrito), when the lexicon knows it as a participle."""
    masculine, feminine = ctx.words["gender_endings"]
    stem = word.removesuffix(ctx.words["plural_ending"][0])
    if stem.endswith(feminine):
        stem = stem[: -len(feminine)] + masculine
    if stem == word or not stem.endswith(masculine):
        return None
    known = any(
        r.upos in ("VERB", "AUX") and r.verbform == "Part" for r in lexicon().readings(stem)
    )
    return stem if known else None


def perfect_participle(ctx: Context):
    """Finder: a participle right after an auxiliary form of haber, in another form than
    the masculine singular."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _auxiliary(ctx, i):
            continue
        k = i + 1
        if not any(f.form == "part" for f in a.of(k, "VERB")) or a.original(k)[:1].isupper():
            continue
        fix = _invariable(ctx, a.original(k).lower())
        if fix:
            yield Hit(k, k + 1, fix)


def perfect_not_participle(ctx: Context):
    """Finder: a form of haber only the compound tenses use, then a verb that can only be a
    conjugated form or an infinitive («sí, he hago yoga», «nunca he hacer»): the participle."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _auxiliary(ctx, i) or a.original(i + 1)[:1].isupper():
            continue
        k = i + 1
        verbs = a.of(k, "VERB")
        if not verbs or not a.only(k, "VERB") or any(f.form == "part" for f in verbs):
            continue
        lemmas = {f.lemma for f in verbs}
        if lemmas & set(ctx.words["perfect_auxiliaries"]):
            continue
        if len(lemmas) == 1:
            entry = ctx.kb.verbs.entry(lemmas.pop())
            yield Hit(k, k + 1, entry.participle if entry else None)
        elif len(participles := _participles(ctx, lemmas)) == 1:
            yield Hit(k, k + 1, participles.pop())  # «ha convierto»: convertir, convertirse


def _participles(ctx: Context, lemmas: set[str]) -> set[str]:
    """The participles of these verbs (a verb and its -se verb share one); none when
    verbs.yaml lacks one of them."""
    entries = [ctx.kb.verbs.entry(lemma) for lemma in lemmas]
    return set() if None in entries else {e.participle for e in entries}
