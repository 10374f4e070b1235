"""«Un indio restaurante», «mi favorito programa»: an adjective of nationality says which
kind, and one of preference which one is liked best, so each goes after the noun in Spanish
(«un restaurante indio», «mi programa favorito»), never between the determiner and the noun
as in English."""

from langbot.grading.rules.base import Context, Hit


def _nationality_only(ctx: Context, i: int) -> bool:
    """Token i is an adjective and nothing else, or its language too («japonés»)."""
    languages = set(ctx.words["language_classes"])
    readings = ctx.analysis.readings[i]
    return bool(ctx.analysis.of(i, "ADJ")) and all(
        f.pos == "ADJ" or (f.pos == "NOUN" and f.classes & languages) for f in readings
    )


def nationality_before_noun(ctx: Context):
    """«Fuimos a un indio restaurante»: a determiner, an adjective of nationality that is
    nothing else (but its language), then a noun that is nothing else, written small (a name, «la mexicana Cemex»,
    or a person in apposition, «un francés profesor», stays alone)."""
    a = ctx.analysis
    nationality = set(ctx.words["role_classes"])
    people = set(ctx.words["person_job_classes"])
    for i in range(1, len(a) - 1):
        if not a.of(i - 1, "DET") or a.accented(i - 1) or not _nationality_only(ctx, i):
            continue
        if not any(f.classes & nationality for f in a.of(i, "ADJ")):
            continue
        nouns = a.of(i + 1, "NOUN")
        if not a.only(i + 1, "NOUN") or not a.original(i + 1)[:1].islower():
            continue
        if any(f.classes & people for f in nouns):
            continue
        yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")


def preference_before_noun(ctx: Context):
    """«Es mi favorito programa», «mis tres favoritas películas»: a determiner (and a
    number), an adjective of preference that is nothing else, then a noun that is nothing
    else, written small («el favorito Nadal» names who is the favourite)."""
    a = ctx.analysis
    preference = set(ctx.words["after_noun_lemmas"])
    for i in range(1, len(a) - 1):
        k = i - 1 - bool(a.only(i - 1, "NUM"))
        if not a.of(k, "DET") or a.accented(k) or not a.only(i, "ADJ"):
            continue
        if not any(f.lemma in preference for f in a.of(i, "ADJ")):
            continue
        if _agreed_noun(ctx, i) and a.original(i + 1)[:1].islower():
            yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")


def _agreed_noun(ctx: Context, i: int) -> bool:
    """Token i + 1 is only a noun, or a noun and a verb where the noun agrees with the
    adjective at i («mi favorito programa»: no verb «programa» after «mi favorito»)."""
    a = ctx.analysis
    if a.only(i + 1, "NOUN"):
        return True
    if not a.of(i + 1, "NOUN") or any(f.pos not in ("NOUN", "VERB") for f in a.readings[i + 1]):
        return False
    return any(
        f.gender in (n.gender, None) and f.number in (n.number, None)
        for f in a.of(i, "ADJ")
        for n in a.of(i + 1, "NOUN")
    )


def colour_before_noun(ctx: Context):
    """«Tengo un azul coche», «las rojas flores»: a colour says which kind, so it follows
    the noun («un coche azul»): a determiner, a colour that is only an adjective, then a noun
    written small, of the colour's gender and number (no verb after «una roja»)."""
    a = ctx.analysis
    colours = set(ctx.words["colour_classes"])
    for i in range(1, len(a) - 1):
        if not a.of(i - 1, "DET") or a.accented(i - 1) or not a.only(i, "ADJ"):
            continue
        if not all(f.classes & colours for f in a.of(i, "ADJ")):
            continue
        if _agreed_noun(ctx, i) and a.original(i + 1)[:1].islower() and _agrees(ctx, i):
            yield Hit(i, i + 2, f"{a.original(i + 1)} {a.original(i)}")


def _agrees(ctx: Context, i: int) -> bool:
    """The adjective at i has a reading in the gender and number of the noun after it."""
    a = ctx.analysis
    return any(
        f.gender in (n.gender, None) and f.number in (n.number, None)
        for f in a.of(i, "ADJ")
        for n in a.of(i + 1, "NOUN")
    )
