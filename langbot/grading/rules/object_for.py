"""«Busco para mis llaves», «esperamos para el tren»: a verb English says with «for» (look
for, wait for, ask for) takes its object in Spanish with no preposition. Part of the
prepositions family (rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit


def object_after_for(ctx: Context):
    """One of the family's `for_object_verbs`, then «para» and a noun phrase of a thing (not
    a person, a name or a time: «pido para mi hermano», «espero para el lunes»), where no
    object came before the verb («lo pagué para la fiesta», «lo que pido para la cena»)."""
    a = ctx.analysis
    verbs = set(ctx.spelled["for_object_verbs"])
    not_things = set(ctx.words["people_classes"]) | set(ctx.words["time_classes"])
    for i in range(len(a) - 3):
        found = a.of(i, "VERB")
        if not found or any(f.lemma not in verbs for f in found) or not a.only(i, "VERB"):
            continue
        if a.at(i + 1) not in ctx.words["for_words"] or a.of(i - 1, "CLITIC"):
            continue
        np = a.noun_phrase(i + 2)
        if np is None or np.noun.classes & not_things or a.of(i + 2, "NUM"):
            continue
        if any(a.at(k) in ctx.words["fronted_before"] for k in range(i)):
            continue  # «lo que busco para la casa»: its object came first
        yield Hit(i, i + 2, a.original(i))
