"""«La» for the person something is given or said to (laísmo): «la dije que viniera», «la
regalé un perfume». With a verb of giving or telling whose thing is already said (a «que»
clause, or a noun phrase after a verb of the speaker or listener, which cannot be its
subject), the person is the indirect object: «le», «les». Part of the object pronouns
family (rules/object_pronouns.py)."""

from langbot.grading.rules.base import Context, Hit

_SPEAKER_OR_LISTENER = ("1s", "2s", "1p", "2p")


def _thing_said(ctx: Context, j: int, persons: set[str]) -> bool:
    """The verb's thing stands at j: a «que» clause, or (after a verb of the speaker or the
    listener) a noun phrase that is no time («la regalé el lunes»)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["that"] and a.of(j, "CONJ"):
        return True
    np = a.noun_phrase(j)
    if np is None or not persons & set(_SPEAKER_OR_LISTENER) or a.of(j, "CLITIC"):
        return False
    return not set(np.noun.classes) & set(ctx.words["time_classes"])


def laismo(ctx: Context):
    """«La dije que…»: «la», «las» before a verb of giving or telling that has its thing."""
    a = ctx.analysis
    pronouns = ctx.words["feminine_objects"]
    telling = set(ctx.words["giving_telling"])
    for i in range(len(a) - 2):
        if a.at(i) not in pronouns or not a.of(i, "CLITIC") or a.of(i - 1, "CLITIC"):
            continue  # «se la di»: «se» is the person, «la» the thing
        verbs = [f for f in a.of(i + 1, "VERB") if f.person and f.lemma in telling]
        number = ctx.words["numbers"][pronouns.index(a.at(i))]
        if any(f.gender != "m" and f.number in (number, None) for f in a.of(i + 1, "NOUN")):
            continue  # «las preguntas que…»: an article and its noun (not «la dije»: a «dije»)
        if verbs and _thing_said(ctx, i + 2, {f.person for f in verbs}):
            fix = ctx.spelled["indirect_objects"][pronouns.index(a.at(i))]
            yield Hit(i, i + 1, fix)
