"""A clause that «porque», «que» or «cuando» opens with no verb: «…porque muy fuerte»,
«cuando yo pequeño», «piensa que el enemigo» (rules/verbless.py finds the clauses)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb
from langbot.grading.rules.copula_forms import adjective_at
from langbot.grading.rules.pronoun_predicates import origin_after_and
from langbot.grading.rules.verbless import any_subject
from langbot.grading.rules.verbless_clauses import verbless_clauses
from langbot.grading.tokens import BOUNDARY

NONFINITE = ("inf", "ger")
"""The verb forms that carry no person."""


def missing_verb_after_conjunction(ctx: Context):
    """«…porque muy fuerte», «cuando oscuro»: a clause that «porque», «que» or «cuando»
    opens, with only an adjective (and its degree word), lacks its verb; so does «piensa que
    el enemigo»: a verb's «que» clause of nothing but a noun phrase."""
    a = ctx.analysis
    for start, end in verbless_clauses(ctx):
        if start == 0 or a.at(start - 1) not in ctx.words["opening_conjunctions"]:
            continue
        if a.accented(start - 1):
            continue  # «dijo que sí muy feliz»: «sí», «cuándo» open no clause
        said = {"conjunction": a.original(start - 1)}
        k = start + 1 if a.at(start) in ctx.words["degree_in_verbless"] else start
        lone = k > start or a.at(start - 1) in ctx.words["before_lone_adjective"]
        if a.at(start - 2) in ctx.words["contrast"] or (
            k == start and a.at(end) in ctx.words["coordinators"]
        ):
            continue  # «muy, pero que muy afortunado»; «porque todos y cada uno… ocupan»
        described = a.only(k, "ADJ") or (k > start and bool(adjective_at(a, k)))  # «muy cansado»
        if lone and end == k + 1 and described:
            yield Hit(start, k + 1, None, said)
        elif _subject_and_adjective(ctx, start, end):
            yield Hit(start, end, None, said)
        elif _said_that(ctx, start, end):
            yield Hit(start, end, None, said)
    for start, end in a.clauses:
        if origin_after_and(ctx, start, end) or _role_after_and(ctx, start, end):
            yield Hit(start, end, None, {"conjunction": a.original(start - 1)})


def _subject_and_adjective(ctx: Context, start: int, end: int) -> bool:
    """«cuando yo pequeño», «cuando todo bien», «pienso que el examen difícil»: after
    «porque», «cuando» or a verb's «que», a subject (a pronoun, a noun phrase, «todo») and
    one adjective or «bien», with nothing else: the verb that links them is missing («ella sola», «él mismo» go with a pronoun alone)."""
    a = ctx.analysis
    said = a.at(start - 1) in ctx.words["that"] and any(f.person for f in only_verb(a, start - 2))
    if (a.at(start - 1) not in ctx.words["before_lone_adjective"] and not said) or end < start + 2:
        return False
    if a.at(start) in ctx.words["whole_subjects"]:
        k = start + 1
    elif (found := any_subject(ctx, start)) is not None:
        k = found[0]
    else:
        return False
    if k != end - 1 or a.at(k) in ctx.words["with_pronoun"]:
        return False
    if any(f.person or f.pos not in ("ADJ", "ADV") for f in a.readings[k]):
        return False
    return a.at(k) in ctx.words["how"] or bool(adjective_at(a, k))


def _said_that(ctx: Context, start: int, end: int) -> bool:
    """The clause [start, end) is a noun phrase alone after a verb's «que», ending the
    sentence or its part («Quijote piensa que el enemigo.»)."""
    a = ctx.analysis
    if a.at(start - 1) not in ctx.words["that"] or not a.only(start - 2, "VERB"):
        return False
    if not any((f.person or "")[:1] == "3" and f.form == "pres" for f in a.of(start - 2, "VERB")):
        return False  # «Creo que el tren»: the speaker's short answer
    if a.at(start - 3) in ctx.words["speaker_datives"]:
        return False  # «me parece que el tren»: so is a verb of seeming to the speaker
    np = a.noun_phrase(start)
    if np is None or np.noun.classes & set(ctx.words["calendar_classes"]):
        return False  # «dice que el lunes»: when, said for short
    return np.end == end and a.at(end) == BOUNDARY


def _role_after_and(ctx: Context, start: int, end: int) -> bool:
    """«Tiene 20 años y estudiante»: «y» and a bare job ending the sentence, after a clause
    whose verb is not a copula and no person or role before «y» («es médico y profesor»,
    «trabaja de médico y profesor» join two roles)."""
    a = ctx.analysis
    if end != start + 1 or a.at(start - 1) != ctx.words["coordinators"][0]:
        return False
    if a.at(end) != BOUNDARY or end < len(a) - 1 or a.original(start)[:1].isupper():
        return False
    roles, people = set(ctx.words["job_classes"]), set(ctx.words["people_job_classes"])
    nouns = a.of(start, "NOUN")
    if not nouns or not a.only(start, "NOUN") or not all(f.classes & roles for f in nouns):
        return False
    if any(f.classes & people for f in a.of(start - 2, "NOUN")) or a.of(start - 2, "ADJ"):
        return False
    k = start - 2
    while k >= 0 and not any(f.person for f in only_verb(a, k)):
        k -= 1
    verbs = [f for f in only_verb(a, k) if f.person]
    return bool(verbs) and not any(f.lemma in ctx.words["copulas"] for f in verbs)


def nonfinite_after_because(ctx: Context):
    """«…porque nevando mucho», «porque comer difícil»: right after «porque», a gerund or an
    infinitive, and no word after it to the sentence's end that may be a conjugated verb
    (nor a word the lexicon lacks, maybe one: «porque estar triste, solo, es peor» has its
    verb past a comma): the clause lacks the verb that carries its person."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["before_nonfinite"]:
            continue
        verbs = a.of(i + 1, "VERB")
        if not verbs or not a.only(i + 1, "VERB") or any(f.form not in NONFINITE for f in verbs):
            continue
        after = range(i + 2, len(a))
        if any(a.at(k).isalpha() and not a.readings[k] for k in after):
            continue
        if any(f.person for k in after for f in a.of(k, "VERB")):
            continue
        yield Hit(i + 1, i + 2, None, {"conjunction": a.original(i)})
