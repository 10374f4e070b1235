"""«Estoy un poco de cansado»: «un poco» says how much of a quality with no «de» («un poco
cansado»); «un poco de» measures a thing («un poco de agua»). Part of the prepositions
family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _quality_only(ctx: Context, j: int) -> bool:
    """Token j can be only an adjective (or a participle): no noun, pronoun or adverb, no
    colour («un poco de rojo»: paint) and no «de nuevo», «de veras»."""
    a = ctx.analysis
    readings = a.readings[j]
    if not a.of(j, "ADJ") or a.at(j) in ctx.words["of_phrases"]:
        return False
    colours = set(ctx.words["colour_classes"])
    if any(f.classes & colours and f.gender != "f" for f in a.of(j, "ADJ")):
        return False  # «un poco de blanca» is no paint: «el blanco»
    return all(f.pos == "ADJ" or (f.pos == "VERB" and f.form != "inf") for f in readings)


def little_of_quality(ctx: Context):
    """«Un poco de cansado», «un poquito de triste»: «un poco cansado», with no «de»."""
    a = ctx.analysis
    little, of = ctx.words["a_little_of"], ctx.words["of"][0]
    for i in range(len(a) - 3):
        if f"{a.at(i)} {a.at(i + 1)}" not in little or a.at(i + 2) != of:
            continue
        if _quality_only(ctx, i + 3):
            yield Hit(i + 1, i + 3, a.original(i + 1))


def _thing_only(ctx: Context, j: int) -> bool:
    """Token j, written in lower case, is a noun the lexicon files under a class of things
    (food, drink...) and nothing else but an imperative («sal»): no adjective, adverb
    («tarde», «mañana») or pronoun; a noun of no class may be a quality the lexicon does not
    know as one («un poco tarugo»)."""
    a = ctx.analysis
    readings = a.readings[j]
    if not any(f.classes for f in a.of(j, "NOUN")) or not a.original(j)[:1].islower():
        return False
    return all(f.pos == "NOUN" or (f.pos == "VERB" and f.form == "imp") for f in readings)


def little_without_of(ctx: Context):
    """«Un poco sal», «un poquito agua»: «un poco de sal», a thing measured takes «de»."""
    a = ctx.analysis
    little = ctx.words["a_little_of"]
    for i in range(len(a) - 2):
        if f"{a.at(i)} {a.at(i + 1)}" in little and _thing_only(ctx, i + 2):
            yield Hit(i + 1, i + 2, f"{a.original(i + 1)} {ctx.words['of'][0]}")
