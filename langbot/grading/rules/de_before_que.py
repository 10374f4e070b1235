"""«Creo de que es verdad», «dijo de que venía»: a verb of thinking or saying takes what it
thinks or says as «que» + a clause, with no «de» (dequeísmo). Part of the prepositions
family (rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _opinion_asked(ctx: Context, i: int) -> bool:
    """«¿Qué piensas de que vengan?», «lo que pienso de que…»: «de» says what the opinion
    is about, so it stays."""
    a = ctx.analysis
    return any(a.at(k) in ctx.words["opinion_words"] for k in range(max(0, i - 3), i))


def de_before_que(ctx: Context):
    """«Creo de que», «pienso de que», «dijo de que»: «que» alone after these verbs."""
    a = ctx.analysis
    said = set(ctx.words["que_object_verbs"])
    for i in range(len(a) - 3):
        if a.at(i + 1) not in ctx.words["of"] or a.at(i + 2) not in ctx.words["that"]:
            continue
        verbs = [f for f in a.of(i, "VERB") if f.form != "part" and f.lemma in said]
        if not verbs or a.of(i - 1, "DET") or a.accented(i + 2) or a.only(i + 3, "NOUN"):
            continue  # «el pienso»; «dime de qué se trata», «pienso de que manera…»: «qué»
        if a.at(i - 1) in ctx.words["reflexive_by_person"] or _opinion_asked(ctx, i):
            continue  # «me aseguré de que»: asegurarse de
        yield Hit(i + 1, i + 3, a.original(i + 2))
