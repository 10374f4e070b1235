"""«Me gusta que caminar», «quiero que comer»: a verb that takes its infinitive bare takes
no «que» before it («que» + an infinitive follows tener, hay, or a noun: «tengo que ir», «nada
que hacer»). Part of the prepositions family (rules/prepositions.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive


def que_before_infinitive(ctx: Context):
    """A conjugated verb of `bare_infinitive` or `infinitive_likings`, «que», then an infinitive:
    drop «que» (not after `que_infinitive_left`: «no sé que hacer» asks, its accent lost)."""
    a = ctx.analysis
    lemmas = (set(ctx.words["bare_infinitive"]) | set(ctx.words["infinitive_likings"])) - set(
        ctx.words["que_infinitive_left"]
    )
    for i in range(len(a) - 2):
        if a.at(i + 1) not in ctx.words["that"] or a.accented(i + 1):
            continue
        verbs = [f for f in a.of(i, "VERB") if f.person]
        if not verbs or not a.only(i, "VERB") or any(f.lemma not in lemmas for f in verbs):
            continue
        if only_infinitive(a, i + 2):
            yield Hit(i, i + 3, f"{a.original(i)} {a.original(i + 2)}")
