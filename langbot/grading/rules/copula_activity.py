"""An activity named as what a thing is takes the infinitive, as a noun: «mi pasatiempo
favorito es nadar», «mis actividades favoritas son leer y cocinar», not «…es nadando» (the
gerund says what someone is doing, with estar: rules/copula.py's ser_with_gerund)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import clause_of, copulas_of, doing_subject
from langbot.grading.rules.subjects import after_subject, subjects


def thing_subject(ctx: Context, i: int) -> bool:
    """A noun phrase of a noun no class says can be doing something (no person, animal,
    place or weather) is the subject of the verb at i, right before it."""
    a = ctx.analysis
    doing = set(ctx.words["doing_classes"])
    for _, np in subjects(ctx, things=True):
        end = np.end
        while end < i and a.only(end, "ADJ"):
            end += 1  # «mi pasatiempo favorito»
        if after_subject(ctx, end) == i:
            return not np.noun.classes & doing
    return False


def activity_gerund(ctx: Context):
    """Ser, a thing its subject, then a gerund and no cleft word after
    it («es nadando como me relajo»): the infinitive names the activity."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 0):
        thing = thing_subject(ctx, i)
        if not c.person or not (
            thing or c.person[0] == "3" and not doing_subject(ctx, i, c.person)
        ):
            continue  # «era»: yo's too, but a thing's when a thing names its subject
        j = skip_adverbs(a, ctx.kb, i + 1)
        if not a.only(j, "VERB") or any(f.form != "ger" for f in a.of(j, "VERB")):
            continue
        _, end = clause_of(a, i)
        if any(a.at(k) in ctx.words["cleft"] for k in range(j, end)):
            continue
        if thing:
            yield Hit(j, j + 1, a.of(j, "VERB")[0].lemma)
