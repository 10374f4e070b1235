"""A question with an infinitive where its verb should be: «¿Dónde estar la piscina?» is
«¿Dónde está la piscina?». Only verbs that take no object (data/rules/verbs.yaml), so the
noun phrase after them is their subject; «¿Dónde comprar las entradas?», «¿Cómo llegar al
centro?» ask what to do and are right. Part of the verbs family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for

_PERSONS = {"s": "3s", "p": "3p"}


def _asked(ctx: Context, k: int) -> bool:
    """A question word stands before k in a question with no conjugated verb anywhere."""
    a = ctx.analysis
    if not any(mark in a.tokens.original for mark in ctx.spelled["question_marks"]):
        return False
    if any(a.only(j, "VERB") and any(f.person for f in a.of(j, "VERB")) for j in range(len(a))):
        return False  # «¿Sabes dónde estar…?»; «baño» is a noun too
    return any(a.at(j) in ctx.words["question_words"] for j in range(k))


def question_infinitive(ctx: Context):
    """«¿Cuánto costar las entradas?»: the infinitive of a verb with no object, then its
    subject with its determiner: conjugate the verb for it."""
    a = ctx.analysis
    for k in range(1, len(a) - 2):
        infs = [f for f in a.of(k, "VERB") if f.form == "inf"]
        if not infs or len(infs) != len(a.readings[k]):
            continue
        if infs[0].lemma not in ctx.words["subject_after_verbs"] or not _asked(ctx, k):
            continue
        np = a.noun_phrase(k + 1)
        if np is None or np.det is None or np.noun.number not in _PERSONS:
            continue
        if np.noun.classes & set(ctx.words["when_classes"]):
            continue  # «¿Dónde quedar el sábado?»: when, not who
        fix = form_for(ctx.kb, infs[0].lemma, _PERSONS[np.noun.number])
        if fix:
            yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(np.start, np.end)})
