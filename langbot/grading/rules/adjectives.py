"""The form an adjective needs, for the agreement rules' fixes."""

from langbot.grading.inflection import feminine, plural
from langbot.grading.rules.base import Context


def adjective_fix(ctx: Context, i: int, gender: str | None, number: str) -> str | None:
    """The form of the adjective at i for a gender (None: its own) and number: from the
    vocabulary, else by regular inflection of its lemma."""
    a = ctx.analysis
    own = {f.gender for f in a.of(i, "ADJ")}
    if gender is None and len(own) == 1:
        gender = next(iter(own))
    fix = ctx.kb.vocabulary.adjective_form(a.at(i), gender, number)
    if fix:
        return fix
    lemmas = {f.lemma for f in a.of(i, "ADJ")}
    if len(lemmas) != 1:
        return None
    form = lemma = lemmas.pop()
    if gender == "f" and own != {None}:
        form = feminine(lemma)
        if form is None:
            return None
    return plural(form) if number == "p" else form
