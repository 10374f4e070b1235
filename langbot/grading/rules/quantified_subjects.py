"""A subject of people counted by a quantifier that is no determiner: «Muchos estudiantes
vive aquí» (viven), «Pocas personas sabe eso» (saben). Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.analysis import NounPhrase
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import form_for
from langbot.grading.rules.noun_subjects import excused, subject_verb
from langbot.grading.rules.subject_number import number_sure
from langbot.grading.rules.subjects import PERSON
from langbot.grading.tokens import BOUNDARY


def quantified_subject_person(ctx: Context):
    """A plural quantifier (mucho, poco, otro…) opening a clause, a plural noun of people
    agreeing with it, and a present-tense verb in the singular."""
    yield from _quantified(ctx, "p")


def quantified_singular_person(ctx: Context):
    """«Mucha gente piensan eso»: a singular quantifier, a singular noun of people (a group
    said as one: gente), and a present-tense verb in the plural."""
    yield from _quantified(ctx, "s")


def _quantified(ctx: Context, number: str):
    """A quantifier and a noun of people of this number opening a clause, and a present
    verb of the other number after them: the verb takes the subject's."""
    a = ctx.analysis
    other = "s" if number == "p" else "p"
    people = set(ctx.words["counted_people_classes"])
    for i in range(len(a) - 2):
        counted = [f for f in a.of(i, "ADJ") if f.lemma in ctx.words["subject_quantifiers"]]
        if not counted or not a.only(i, "ADJ") or not _opens(ctx, i):
            continue
        nouns = a.of(i + 1, "NOUN")
        if len(nouns) != 1 or not a.only(i + 1, "NOUN") or not nouns[0].classes & people:
            continue
        noun = nouns[0]
        if noun.number != number or not any(f.number == number for f in counted):
            continue
        np = NounPhrase(i, i + 2, None, noun)
        k = subject_verb(ctx, np)
        verbs = a.present(k)
        if not verbs or not a.only(k, "VERB"):
            continue
        if any(f.person != PERSON[other] for f in verbs) or excused(ctx, np, k, verbs):
            continue
        if not number_sure(ctx, np, k, verbs):
            continue
        lemmas = {f.lemma for f in verbs}
        fix = form_for(ctx.kb, lemmas.pop(), PERSON[number]) if len(lemmas) == 1 else None
        if fix:
            yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(i, np.end)})


def _opens(ctx: Context, i: int) -> bool:
    """Token i opens a clause: the sentence's start, after punctuation, a conjunction that
    is no coordinator («que», «porque») or an adverb."""
    a = ctx.analysis
    if i == 0 or a.at(i - 1) == BOUNDARY:
        return True
    if a.at(i - 1) in ctx.words["coordinators"] or a.of(i - 1, "ADP"):
        return False  # «Ana y muchos amigos…»: one of two subjects
    return bool(a.of(i - 1, "CONJ")) or a.only(i - 1, "ADV")
