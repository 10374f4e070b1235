"""A subject of people counted by a quantifier that is no determiner: «Muchos estudiantes
vive aquí» (viven), «Pocas personas sabe eso» (saben). Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.analysis import NounPhrase
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.joined_infinitive import form_like
from langbot.grading.rules.noun_subjects import excused, subject_verb
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subject_number import number_sure
from langbot.grading.rules.subjects import PERSON
from langbot.grading.tokens import BOUNDARY

SINGULAR = ("1s", "3s")
"""The persons a verb after a plural subject is wrongly given (not «tú»: «amas de casa»)."""


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


def plural_pronoun_subject(ctx: Context):
    """«Ambos tiene un perro», «Los dos vive aquí», «Todos sabe eso»: a plural word for
    people that stands alone as the subject (ambos, todos, muchos…, or «los» and a number),
    opening its clause, and a verb right after it in the singular: the verb takes the
    plural, in the same tense."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _opens(ctx, i) or not (end := _plural_pronoun_end(ctx, i)):
            continue
        k = skip_adverbs(a, ctx.kb, end)
        k += a.at(k) in ctx.kb.reflexive and a.at(k) not in ctx.words["articles"]  # «se va»
        verbs = [f for f in a.of(k, "VERB") if f.person]
        if not verbs or not a.only(k, "VERB") or a.original(k)[:1].isupper():
            continue
        if any(f.person not in SINGULAR for f in verbs) or any(
            _own_subject(ctx, f.lemma) for f in verbs
        ):
            continue
        want = PERSON["p"]
        fixes = {form_like(ctx, f.lemma, f.form, want, a.original(k).lower()) for f in verbs}
        if len(fixes) == 1 and (fix := fixes.pop()):
            yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(i, end)})


def _plural_pronoun_end(ctx: Context, i: int) -> int:
    """Where a plural word for people standing alone at i ends («ambos», «los dos»), or 0."""
    a = ctx.analysis
    if a.at(i) in ctx.words["plural_pronoun_quantifiers"]:
        return i + 1
    counted = a.at(i) in ctx.words["articles"] and a.at(i + 1) in ctx.words["plural_numbers"]
    return i + 2 if counted and a.of(i, "DET") and a.of(i, "DET")[0].number == "p" else 0


def _own_subject(ctx: Context, lemma: str) -> bool:
    """Ser, whose singular may say what the plural is («los dos es mucho»), or a verb like
    gustar, whose subject is the thing liked («a todos les gusta»)."""
    return lemma in ctx.words["copulas"] or ctx.kb.verbs.is_like_gustar(lemma)
