"""«¿Tienes ascensor el edificio?»: a question whose verb has a bare noun after it and ends on
a place named with its article; the place is the subject, and the verb is its third person
(«¿tiene ascensor el edificio?»), not the listener's. Part of the verbs family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.tokens import BOUNDARY


def _place_last(ctx: Context, k: int) -> bool:
    """Tokens k and k+1 are a definite article and a place noun that end the question."""
    a = ctx.analysis
    classes = set(ctx.words["owner_place_classes"])
    place = any(f.classes & classes for f in a.of(k + 1, "NOUN"))
    article = a.at(k) in ctx.words["definite"]
    ends = k + 2 >= len(a) or a.at(k + 2) == BOUNDARY
    return article and place and ends and "?" in a.tokens.original


def question_place_subject(ctx: Context):
    """A present of the listener («tienes»), a bare noun, then «el edificio?»."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        verbs = a.of(i, "VERB")
        if not verbs or not a.only(i, "VERB") or a.of(i - 1, "CLITIC"):
            continue
        if any(f.person != "2s" or f.form != "pres" for f in verbs):
            continue
        if not a.only(i + 1, "NOUN") or not _place_last(ctx, i + 2):
            continue
        fix = form_for(ctx.kb, verbs[0].lemma, "3s")
        if fix:
            yield Hit(i, i + 1, fix)
