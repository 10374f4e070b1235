"""«¿Qué te parece (la habitación)?» «Me parece muy bonito»: with its subject left unsaid,
what seems so is the thing the step asks about, and the adjective after «parecer» agrees
with it («bonita»). Part of the step family (rules/step.py); the thing's gender comes from
step_context (meaning/subject_asked.py)."""

from langbot.grading.openers import opening_words
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _opens(ctx: Context, k: int) -> bool:
    """Token k opens the answer or its clause, «sí», «pues»… aside."""
    a, openers = ctx.analysis, opening_words("answer_openers")
    while k > 0 and a.at(k - 1) in openers:
        k -= 1
    return k == 0 or a.at(k - 1) == BOUNDARY


def _seeming(ctx: Context, i: int) -> str | None:
    """The person of a verb of seeming at i after its pronoun that opens the clause («me
    parece», «nos parecen»), or None."""
    a = ctx.analysis
    seeming = set(ctx.words["seeming_verbs"])
    persons = {f.person for f in a.of(i, "VERB") if f.lemma in seeming and f.person}
    if len(persons) != 1 or not a.of(i - 1, "CLITIC") or not _opens(ctx, i - 1):
        return None
    return next(iter(persons))


def step_seeming_adjective(ctx: Context):
    """The adjective closing «me parece (muy)…», of a gender the step's thing lacks, fixed to
    its gender and the verb's number; not where a subject follows («me parece bonito el
    cuarto») or one form serves both genders («grande»)."""
    gender, _ = ctx.subject
    a = ctx.analysis
    between = {part for phrase in ctx.kb.adverbs_between for part in phrase.split()}
    for i in range(len(a) if gender in ("m", "f") else 0):
        person = _seeming(ctx, i)
        if person not in ("3s", "3p"):
            continue
        k = i + 1
        while a.at(k) in between:
            k += 1
        if not a.of(k, "ADJ") or (k + 1 < len(a) and a.at(k + 1) != BOUNDARY):
            return
        genders = {f.gender for f in a.of(k, "ADJ")}
        if not genders <= {"m", "f"} or gender in genders:
            return
        fix = ctx.kb.vocabulary.adjective_form(a.at(k), gender, person[1])
        if fix:
            yield Hit(k, k + 1, fix, {})
        return


FINDERS = {"step_seeming_adjective": step_seeming_adjective}
