"""«Querer dos entradas, por favor»: a request opened by the infinitive of a verb of wanting
and its object, with no conjugated verb in the sentence; the one who asks says it in the
first person («quiero»). Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY

_ENDS = frozenset(".!?")


def _sentence_end(ctx: Context, i: int) -> int:
    """Where the sentence that token i is in ends."""
    a = ctx.analysis
    return next((k for k in range(i, len(a)) if a.original(k) in _ENDS), len(a))


def _finite(ctx: Context, k: int) -> bool:
    """Token k may be a conjugated verb, and no preposition («para»: also parar's)."""
    a = ctx.analysis
    return not a.of(k, "ADP") and any(f.person and f.form != "inf" for f in a.of(k, "VERB"))


def wanting_infinitive(ctx: Context):
    """The infinitive of a verb of wanting opening a sentence, a determiner or a number
    after it, and no conjugated verb before the sentence ends."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if i and not (a.at(i - 1) == BOUNDARY and a.original(i - 1) in _ENDS | {"¡", "¿"}):
            continue
        lemmas = {f.lemma for f in a.of(i, "VERB") if f.form == "inf"}
        wanted = lemmas & set(ctx.words["wanting_verbs"])
        if not wanted or not a.only(i, "VERB") or not (a.of(i + 1, "DET") or a.of(i + 1, "NUM")):
            continue
        end = _sentence_end(ctx, i + 1)
        if any(_finite(ctx, k) for k in range(i + 1, end)):
            continue  # «querer un coche es normal»: the infinitive is a subject
        fix = ctx.kb.verbs.present(wanted.pop()).get("1s")
        if fix:
            yield Hit(i, i + 1, fix)
