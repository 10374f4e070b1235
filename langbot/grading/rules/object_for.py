"""«Busco para mis llaves», «esperamos para el tren»: a verb English says with «for» (look
for, wait for, ask for) takes its object in Spanish with no preposition. Part of the
prepositions family (rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit


def object_after_for(ctx: Context):
    """One of the family's `for_object_verbs`, then «para» and a noun phrase of a thing (not
    a name or a time: «espero para el lunes»), where no object came before the verb («lo
    pagué para la fiesta», «lo que pido para la cena»); or of a person after a verb whose
    person takes «a» (`person_with_a`: «busca para su padre», not «pido para mi hermano»)."""
    a = ctx.analysis
    verbs = set(ctx.spelled["for_object_verbs"])
    for i in range(len(a) - 3):
        found = a.of(i, "VERB")
        if not found or any(f.lemma not in verbs for f in found) or not a.only(i, "VERB"):
            continue
        if a.at(i + 1) not in ctx.words["for_words"] or a.of(i - 1, "CLITIC"):
            continue
        np = a.noun_phrase(i + 2)
        if np is None or np.noun.classes & set(ctx.words["time_classes"]) or a.of(i + 2, "NUM"):
            continue
        if any(a.at(k) in ctx.words["fronted_before"] for k in range(i)):
            continue  # «lo que busco para la casa»: its object came first
        if not np.noun.classes & set(ctx.words["people_classes"]):
            yield Hit(i, i + 2, a.original(i))
        elif _sought(ctx, found) and not (a.of(np.end, "DET") or a.of(np.end, "NOUN")):
            yield Hit(i, i + 2, f"{a.original(i)} {ctx.spelled['to'][0]}")


def _sought(ctx: Context, verbs) -> bool:
    """The verb is one whose person is its object, with «a» (busco a mi hijo, espero a mi
    madre); not one whose «para» names whom it is for (pido para mi hermano)."""
    return all(f.lemma in ctx.spelled["person_with_a"] for f in verbs)
