"""A present form that is also a noun («estudio», «juego», «trabajo») read as the verb it is
when it has its own object after it: «Me gusta estudio idiomas», «Debo estudio la lección»
(after a verb that takes an infinitive, the verb is the infinitive). A noun alone («Quiero
trabajo»), with an adjective («trabajo fijo») or before a time («trabajo los sábados») is
left a noun."""

from langbot.grading.rules.base import Context


def _object_at(ctx: Context, k: int) -> bool:
    """A noun phrase that is no time starts at k: a determiner and its noun («la
    lección»), or a bare noun that is nothing else («idiomas») and no name."""
    a = ctx.analysis
    calendar = ctx.words["calendar_classes"]
    np = a.noun_phrase(k)
    if np is not None and a.of(k, "DET"):  # not a number: «cambio cinco euros» may be an amount
        return not np.noun.classes.intersection(calendar)
    nouns = a.of(k, "NOUN")
    if np is not None or not nouns or not a.only(k, "NOUN") or a.original(k)[:1].isupper():
        return False
    return not any(f.classes.intersection(calendar) for f in nouns)


def verb_before_object(ctx: Context, j: int, persons) -> tuple:
    """Token j's present readings, all of one of `persons`, when it is else only a noun
    and an object follows it; else ()."""
    a = ctx.analysis
    readings = a.readings[j]
    if not readings or any(f.pos not in ("VERB", "NOUN") for f in readings):
        return ()
    verbs = tuple(f for f in a.of(j, "VERB") if f.form != "imp")  # «cocina»: a command too
    if not verbs or not a.of(j, "NOUN") or a.original(j)[:1].isupper():
        return ()
    if any(f.form != "pres" or f.person not in persons for f in verbs):
        return ()
    return verbs if _object_at(ctx, j + 1) else ()
