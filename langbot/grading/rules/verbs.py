"""The finite verb of a clause: one and only one, conjugated for its subject."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import form_for, only_verb, other_tense, skip_adverbs
from langbot.text import fold

_PERSON = {"s": "3s", "p": "3p"}


def _subject_np(ctx: Context, start: int):
    """A noun phrase of people or animals opening a clause at start, with a known number."""
    a = ctx.analysis
    np = a.noun_phrase(start)
    if np and np.noun.number and set(ctx.words["subject_classes"]) & np.noun.classes:
        return np
    return None


def _clause_starts(ctx: Context):
    """Clause starts after punctuation or a subordinator, never inside a coordination."""
    a = ctx.analysis
    for start, _ in a.clauses:
        if start == 0 or a.at(start - 1) not in ctx.words["coordinators"]:
            yield start


def _subjects(ctx: Context):
    """Each clause start with its noun-phrase subject, where a clause opens with one."""
    for start in _clause_starts(ctx):
        np = _subject_np(ctx, start)
        if np is not None:
            yield start, np


def _after_subject(ctx: Context, k: int) -> int:
    a = ctx.analysis
    while True:
        j = skip_adverbs(a, ctx.kb, k)
        while a.of(j, "CLITIC"):
            j += 1
        if j == k:
            return k
        k = j


def _noun_subject_person(ctx: Context):
    a = ctx.analysis
    for start, np in _subjects(ctx):
        k = _after_subject(ctx, np.end)
        if a.of(k, "ADJ") or other_tense(a, ctx.kb, k):
            continue
        verbs = a.present(k)
        want = _PERSON[np.noun.number]
        if fold(np.noun.lemma) in ctx.words["group_nouns"] and any(
            f.person == ctx.words["group_person"][0] for f in verbs
        ):
            continue  # «mi familia somos cuatro»: the speaker counts themself in
        if verbs and all(f.person != want for f in verbs) and not a.of(k - 1, "CLITIC"):
            lemmas = {f.lemma for f in verbs}
            if len(lemmas) == 1:
                fix = form_for(ctx.kb, lemmas.pop(), want)
                if fix:
                    yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, np.end)})


def _noun_subject_infinitive(ctx: Context):
    a = ctx.analysis
    for start, np in _subjects(ctx):
        k = skip_adverbs(a, ctx.kb, np.end)
        infs = [f for f in only_verb(a, k) if f.form == "inf"]
        if infs and len(a.readings[k]) == 1:
            fix = form_for(ctx.kb, infs[0].lemma, _PERSON[np.noun.number])
            if fix:
                yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, np.end)})


def _copula_then_verb(ctx: Context):
    a = ctx.analysis
    copulas = ctx.words["copulas"]
    for i in range(len(a) - 1):
        if not a.only(i, "VERB") or other_tense(a, ctx.kb, i + 1):
            continue
        if not any(f.lemma in copulas and f.form == "pres" for f in a.of(i, "VERB")):
            continue
        nxt = only_verb(a, i + 1)
        if any(f.form == "pres" for f in nxt):
            yield Hit(i, i + 2, a.original(i + 1))


def _missing_verb(ctx: Context):
    a = ctx.analysis
    if len(a.clauses) != 1 or any(a.of(i, "VERB") for i in range(len(a))):
        return
    start, end = a.clauses[0]
    np = _subject_np(ctx, start)
    if np is None or a.at(np.end) not in ctx.words["degree"]:
        return
    adj = a.of(np.end + 1, "ADJ")
    if adj and np.end + 2 == end and a.only(np.end + 1, "ADJ"):
        fix = form_for(ctx.kb, ctx.words["copulas"][0], _PERSON[np.noun.number])
        yield Hit(np.end, np.end + 1, f"{fix} {a.original(np.end)}")


FINDERS = {
    "noun_subject_person": _noun_subject_person,
    "noun_subject_infinitive": _noun_subject_infinitive,
    "copula_then_verb": _copula_then_verb,
    "missing_verb": _missing_verb,
}
