"""Adjectives joined in one predicate describe one subject, so they share its gender: «Soy
alto y delgada», «Es simpático y trabajadora». When the subject says no gender (yo, an unsaid
él or ella), the second that differs from the first is flagged, with no fix: either may be
the slip. Part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.predicate import predicate_words
from langbot.grading.rules.predicate_subjects import copula_subjects


def _gender(adjectives) -> str | None:
    """The one gender every reading of an adjective has, else None (feliz, grande)."""
    genders = {f.gender for f in adjectives}
    return genders.pop() if len(genders) == 1 else None


def joined_predicate(ctx: Context):
    """Finder: after ser, estar or parecer with a subject of no known gender, two adjectives
    of the predicate, each of one gender, of different genders."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        if subject.gender is not None or not linking:
            continue  # a subject's own gender: rules/predicate.py compares each with it
        first = None
        for k, adjectives in predicate_words(ctx, i + 1):
            gender = _gender(adjectives)
            if gender is None:
                continue
            if first is None:
                first = (k, gender)
            elif gender != first[1]:
                yield Hit(k, k + 1, None, {"other": a.original(first[0])})
                break
