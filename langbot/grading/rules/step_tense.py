"""A verb the step tells in the past, told in the present in an answer with no past at all
(«¿Qué comió ayer?» «Como un helado»; «¿Estaba usted con alguien?» «Estoy con mi
hermana»). Part of the step family (rules/step.py)."""

from langbot.grading.analysis import Analysis
from langbot.grading.openers import opening_words
from langbot.grading.past_forms import past_persons
from langbot.grading.rules.asked_back import asked_around
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.past_fix import past_of
from langbot.grading.tokens import BOUNDARY

_OTHER_WORDS = ("NOUN", "CONJ", "ADP", "ADV", "PRON", "DET", "ADJ")


def _tells_past(ctx: Context) -> bool:
    """Some verb of the answer is in the past: a preterite, an imperfect, or a participle
    after haber («he perdido»)."""
    a, haber = ctx.analysis, ctx.words["perfect_auxiliaries"]
    for k in range(len(a)):
        for f in a.of(k, "VERB"):
            if f.form in ("past", "impf"):
                return True
            if f.form == "part" and any(g.lemma in haber for g in a.of(k - 1, "VERB")):
                return True
    return False


def _clause(a: Analysis, i: int) -> range:
    """The tokens between the punctuation marks around token i."""
    start, end = i, i
    while start > 0 and a.at(start - 1) != BOUNDARY:
        start -= 1
    while end + 1 < len(a) and a.at(end + 1) != BOUNDARY:
        end += 1
    return range(start, end + 1)


def _opens(ctx: Context, i: int) -> bool:
    """Token i opens its clause, object pronouns and «no» aside («Como un helado», «No, no
    la pierdo»; not «comí pavo, como todos los años» read as comer)."""
    a = ctx.analysis
    k = i - 1
    while k >= 0 and (a.of(k, "CLITIC") or a.at(k) in opening_words("answer_openers")):
        k -= 1
    return k < 0 or a.at(k) == BOUNDARY


def _present_of_past(ctx: Context, i: int) -> tuple[str, frozenset[str]] | None:
    """The step's past verb that token i is only the present of, with its persons."""
    a = ctx.analysis
    found: dict[str, set[str]] = {}
    for f in a.of(i, "VERB"):
        if f.form == "pres" and f.person and f.lemma in ctx.past_verbs:
            found.setdefault(f.lemma, set()).add(f.person)
    written = a.original(i).lower()
    for lemma, persons in found.items():
        if lemma in past_persons(written):
            continue  # «pasamos»: present and preterite alike
        if any(a.of(i, pos) for pos in _OTHER_WORDS) and not _opens(ctx, i):
            continue
        return lemma, frozenset(persons)
    return None


def _fix(ctx: Context, lemma: str, persons: frozenset[str]) -> str | None:
    """The verb in the step's past for the person written («como» → «comí», «roban» →
    «robaron»); None when the form cannot be made."""
    form, written = ctx.past_verbs[lemma]
    want = ctx.persons.get(lemma) if ctx.persons.get(lemma) in persons else min(persons)
    if want in past_persons(written).get(lemma, ()):
        return written
    return past_of(ctx, lemma, form, want, written)


def step_tense(ctx: Context):
    """A verb the step tells in the past, in the present, in an answer with no past verb and
    no word that sets it in the present («ahora», «pero…»); not in a question."""
    a = ctx.analysis
    if not ctx.past_verbs or _tells_past(ctx):
        return
    for i in range(len(a)):
        if asked_around(a, i):
            continue
        found = _present_of_past(ctx, i)
        if found is None or any(a.at(k) in ctx.words["present_markers"] for k in _clause(a, i)):
            continue
        lemma, persons = found
        tense = ctx.past_verbs[lemma][0]
        said = {"verb": lemma, "written": a.original(i), "tense": ctx.words[f"{tense}_name"][0]}
        yield Hit(i, i + 1, _fix(ctx, lemma, persons), said)
        return


def _planned(ctx: Context, i: int) -> tuple[str, frozenset[str]] | None:
    """Token i is the infinitive of a step's past verb after a present of «ir» and «a»
    («(la) voy a pasar»): that verb, with the persons of «ir»."""
    a = ctx.analysis
    if a.at(i - 1) not in ctx.words["future_links"]:
        return None
    going = {f.person for f in a.of(i - 2, "VERB") if f.lemma in ctx.words["future_verbs"]}
    going = {p for p in going if p and any(f.form == "pres" for f in a.of(i - 2, "VERB"))}
    lemmas = {f.lemma for f in a.of(i, "VERB") if f.form == "inf" and f.lemma in ctx.past_verbs}
    if not going or len(lemmas) != 1:
        return None
    return next(iter(lemmas)), frozenset(going)


def step_plan_for_past(ctx: Context):
    """A verb the step tells in the past, said as a plan («voy a pasar»), in an answer with
    no past verb, no «no» and no word that sets it now or later («mañana»): the question
    asks what was, not what will be («¿con quién cenaste?» «voy a cenar con…»)."""
    a = ctx.analysis
    if not ctx.past_verbs or _tells_past(ctx):
        return
    later = set(ctx.words["present_markers"]) | set(ctx.words["later_words"])
    later |= set(ctx.words["negation_words"])
    for i in range(2, len(a)):
        found = _planned(ctx, i)
        if found is None or asked_around(a, i) or any(a.at(k) in later for k in range(len(a))):
            continue
        lemma, persons = found
        said = {"verb": lemma, "tense": ctx.words[f"{ctx.past_verbs[lemma][0]}_name"][0]}
        yield Hit(i - 2, i + 1, _fix(ctx, lemma, persons), said)
        return


FINDERS = {"step_tense": step_tense, "step_plan_for_past": step_plan_for_past}
