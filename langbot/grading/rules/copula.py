"""The copula chosen by the predicate's class: a state or a place takes estar; origin,
identity, a job, nationality or a trait takes ser."""

from langbot.grading.copula_adjectives import load_copula_adjectives
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_activity import activity_gerund, thing_subject
from langbot.grading.rules.copula_classes import (
    a_participle,
    counted_lasting,
    felt,
    joined_feeling,
    only_states,
    participle_state,
    passive,
    someone,
    timed_state,
)
from langbot.grading.rules.copula_forms import (
    a_person,
    clause_of,
    copulas,
    copulas_of,
    doing_subject,
    other_copula,
    predicate_adjectives,
)
from langbot.grading.rules.copula_identity import estar_for_ser
from langbot.grading.rules.copula_owner import estar_for_owner
from langbot.grading.rules.copula_past import ser_preterites
from langbot.grading.rules.copula_phrases import ser_in_estar_phrase
from langbot.grading.rules.copula_places import ser_bien_unsure, ser_for_place, someone_said
from langbot.grading.rules.copula_stay import ser_for_stay
from langbot.grading.rules.copula_thing_states import ser_with_thing_now, ser_with_thing_state
from langbot.grading.rules.estar_nouns import estar_noun_phrase
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _ser_with_state(ctx: Context):
    a = ctx.analysis
    lasting = set(ctx.words["lasting_classes"])
    for i, c in (*copulas(ctx), *ser_preterites(ctx)):
        if c.lemma != ctx.words["copulas"][0]:
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        feeling = joined_feeling(ctx, j)
        if feeling is not None or not a.of(j, "ADJ"):
            state = feeling is not None or participle_state(ctx, i, c, j)
            fix = other_copula(ctx, c) if state else None
            if fix:
                yield Hit(i, i + 1, fix, {"adjective": a.original(feeling or j)})
            continue
        said = [f for adjectives in predicate_adjectives(ctx, j) for f in adjectives]
        caused = bool(said) and _for_a_cause(ctx, j, said) and someone_said(ctx, i)
        if not said or (c.form == "past" and not (_how_one_was(ctx, j) or caused)):
            continue
        if not a_person(ctx, i, c.person) and not (c.person and felt(ctx, said)):
            continue
        classes = set().union(*(f.classes for f in said))
        if counted_lasting(said):
            classes |= lasting  # counted only with ser: «hoy soy capaz» too
        now = caused or any(a.at(k) in ctx.words["now"] for k in range(*clause_of(a, i)))
        timed = timed_state(ctx, i, c, said)
        counted = someone(ctx, i, c.lemma) and not passive(ctx, j)
        if only_states(ctx, said, counted) or (now and classes and not classes & lasting) or timed:
            fix = other_copula(ctx, c)
            if fix:
                yield Hit(i, i + 1, fix, {"adjective": a.original(j)})


def _for_a_cause(ctx: Context, j: int, said: list) -> bool:
    """«Era muy nerviosa cuando…», «es triste porque…»: adjectives from j that the counts
    say are states (copula_adjectives.yaml), none a participle, then a cause or a moment
    (`causes`): how someone felt then, not what they are like."""
    counts = load_copula_adjectives()
    if not all(counts.state(f.lemma) and not a_participle(fold(f.lemma)) for f in said):
        return False
    a, k = ctx.analysis, j
    while k < len(a) and (a.of(k, "ADJ") or a.at(k) in ctx.words["and_or_comma"]):
        k += 1
    return a.at(k) in ctx.words["causes"]


def _how_one_was(ctx: Context, j: int) -> bool:
    """The adjective at j after «fue» says how one was: not a passive's participle («fue
    sorprendido», «su novio fue herido»), unless a degree word before it makes it one the
    counts say is a state («fui muy cansado»); and after it in its clause only a link, an
    adverb or a time («fue muy cansada ayer», «la semana pasada»), not where one went («fue
    contento a casa»: ir)."""
    a = ctx.analysis
    counts = load_copula_adjectives()
    degree = a.at(j - 1) in ctx.words["degree_before_predicate"]
    if a.of(j, "VERB") and not (degree and any(counts.state(f.lemma) for f in a.of(j, "ADJ"))):
        return False
    k = j + 1
    if a.at(k) == BOUNDARY or a.of(k, "CONJ") or a.only(k, "ADV"):
        return True
    np = a.noun_phrase(k)
    return np is not None and bool(np.noun.classes & set(ctx.words["time_classes"]))


def _ser_gerund(ctx: Context):
    """«Soy estudiando»: what someone is doing is estar and the gerund; not a cleft («es
    trabajando como se aprende») nor a thing («mi hobby es leyendo»: the infinitive)."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 0):
        j = skip_adverbs(a, ctx.kb, i + 1)
        weather = any(f.lemma in ctx.words["weather_verbs"] for f in a.of(j, "VERB"))
        if not c.person or not (weather or doing_subject(ctx, i, c.person)):
            continue  # «es lloviendo»: the weather has no subject
        if thing_subject(ctx, i):
            continue  # «mi deporte favorito era corriendo»: activity_gerund's (the infinitive)
        if not a.only(j, "VERB") or any(f.form != "ger" for f in a.of(j, "VERB")):
            continue
        _, end = clause_of(a, i)
        if any(a.at(k) in ctx.words["cleft"] for k in range(j, end)):
            continue
        fix = other_copula(ctx, c)
        if fix:
            yield Hit(i, i + 1, fix)


def _job_number(ctx: Context):
    """«Soy estudiantes», «soy amigos de Pablo»: one person's job or role is singular."""
    a = ctx.analysis
    for i, c in copulas(ctx):
        if c.lemma != ctx.words["copulas"][0] or c.person[1:] != "s":
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        one = set(ctx.words["one_person_classes"])
        jobs = [f for f in a.of(j, "NOUN") if f.classes & one and f.number == "p"]
        if jobs and a.only(j, "NOUN"):
            yield Hit(j, j + 1, jobs[0].lemma)


FINDERS = {
    "ser_for_stay": ser_for_stay,
    "ser_with_state": _ser_with_state,
    "ser_for_place": ser_for_place,
    "ser_bien_unsure": ser_bien_unsure,
    "estar_for_ser": estar_for_ser,
    "estar_before_noun_phrase": estar_noun_phrase,
    "ser_with_gerund": _ser_gerund,
    "activity_gerund": activity_gerund,
    "job_number": _job_number,
    "ser_in_estar_phrase": ser_in_estar_phrase,
    "estar_for_owner": estar_for_owner,
    "ser_with_thing_state": ser_with_thing_state,
    "ser_with_thing_now": ser_with_thing_now,
}
