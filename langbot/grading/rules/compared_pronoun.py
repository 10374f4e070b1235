"""The one compared after «más alto», «mayor», «tan alto» is said as a subject: «más alto
que yo», «tan alto como tú», not «que mí», «como ti» (English «than me»), nor «de mí».
Part of the constructions family (rules/constructions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _comparison_before(ctx: Context, i: int) -> bool:
    """Token i closes a comparison of a quality: a comparative («mayor», «mejor») or an
    adjective or adverb with «más», «menos» or «tan» right before it."""
    a = ctx.analysis
    if a.at(i) in ctx.words["synthetic_comparatives_all"]:
        return True
    graded = a.of(i, "ADJ") or a.of(i, "ADV")
    return bool(graded) and a.at(i - 1) in ctx.words["degree_of_comparison"]


def _subject_form(ctx: Context, j: int) -> str | None:
    """The subject pronoun for «mí», «ti» at j, when no noun, adjective or number follows
    (not «que mí casa», «que mi antiguo teléfono»: the possessive)."""
    a = ctx.analysis
    stressed = ctx.words["compared_stressed"]
    if a.at(j) not in stressed or any(a.of(j + 1, pos) for pos in ("NOUN", "ADJ", "NUM")):
        return None  # «que mi antiguo teléfono»: the possessive
    return ctx.spelled["subject_pronouns_for"][stressed.index(a.at(j))]


def _measured(ctx: Context, i: int) -> bool:
    """Token i is «mayor», «menor», or an adjective of size and nothing else («más alto»):
    a comparison «de» cannot complete («más cerca de mí», «más orgulloso de ti», «lo mejor de
    ti» are right)."""
    a = ctx.analysis
    if a.at(i) in ctx.words["older_younger"]:
        return True
    sizes = set(ctx.words["size_classes"])
    return a.only(i, "ADJ") and all(f.classes & sizes for f in a.of(i, "ADJ"))


def compared_pronoun(ctx: Context):
    """«Es más alto que mí», «es tan alta como ti», «es mayor de mí»: after a comparison of
    a quality, the one compared is a subject pronoun, after «que» or «como» («que yo»);
    «de» after an age or a size is «que» («mayor de mí» → «que yo»)."""
    a = ctx.analysis
    than = set(ctx.words["than_as"])
    for i in range(1, len(a) - 1):
        if not _comparison_before(ctx, i - 1):
            continue
        subject = _subject_form(ctx, i + 1)
        if subject is None:
            continue
        if a.at(i) in than and not a.accented(i):
            yield Hit(i + 1, i + 2, subject)
        elif a.at(i) in ctx.words["of"] and _measured(ctx, i - 1):
            yield Hit(i, i + 2, f"{ctx.spelled['than_as'][0]} {subject}")
