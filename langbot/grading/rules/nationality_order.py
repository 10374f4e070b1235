"""«Un indio restaurante»: an adjective of nationality says which kind, so it goes after the
noun in Spanish («un restaurante indio», «la comida china»), never between the determiner
and the noun as in English."""

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
