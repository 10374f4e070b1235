"""The copula chosen by the predicate's class: a state or a place takes estar; origin,
identity, a job, nationality or a trait takes ser."""

from langbot.grading.copula_adjectives import load_copula_adjectives
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.constructions import place_after
from langbot.grading.rules.copula_activity import activity_gerund, thing_subject
from langbot.grading.rules.copula_classes import (
    a_fit,
    a_level,
    a_participle,
    counted_lasting,
    counted_trait,
    event_subject,
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
    adjective_at,
    capital_at,
    clause_of,
    copulas,
    copulas_of,
    doing_subject,
    other_copula,
    predicate_adjectives,
    skip_degree,
    subject_before,
    thing_colour,
)
from langbot.grading.rules.copula_owner import estar_for_owner
from langbot.grading.rules.copula_past import past_estar, ser_preterites
from langbot.grading.rules.copula_phrases import ser_in_estar_phrase
from langbot.grading.rules.copula_places import ser_bien_unsure, ser_for_place, someone_said
from langbot.grading.rules.copula_thing_states import ser_with_thing_now, ser_with_thing_state
from langbot.grading.rules.estar_nouns import described, estar_noun_phrase
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


def _trait(ctx: Context, i: int, j: int) -> bool:
    """The adjectives after estar at j say what the subject is like («está alto», «está fuerte
    y alto»): one is a trait, none can be a state, and neither «hoy» (one can be nicer today)
    nor an event as the subject («la fiesta está divertida») allows estar."""
    if not ctx.analysis.of(j, "ADJ"):
        return False
    said = [f for adjectives in predicate_adjectives(ctx, j, True) for f in adjectives]
    if not any(f.lemma in ctx.spelled["traits"] or counted_trait(ctx, i, f) for f in said):
        return False
    states = set(ctx.words["state_classes"])
    both = set(ctx.spelled["trait_too"])
    if any(f.classes & states or f.lemma in both for f in said):
        return False
    a = ctx.analysis
    if any(a.at(k) in ctx.words["comparing"] for k in range(i + 1, j)):
        return False  # «está más alto», «le están demasiado grandes»: a change, a fit
    now = any(a.at(k) in ctx.words["now_or_become"] for k in range(*clause_of(a, i)))
    went = _how_it_went(ctx, i)
    return not (
        now or went or event_subject(ctx, i) or a_level(ctx, i, said) or a_fit(ctx, i, j, said)
    )


def _how_it_went(ctx: Context, i: int) -> bool:
    """«¿Qué tal el concierto? Estuvo muy divertido»: estar's preterite in the third person with
    nothing before it in its clause tells how something went, not what one is like («Caitlyn
    estuvo…»)."""
    a = ctx.analysis
    estar = ctx.words["copulas"][1]
    went = [f for f in a.of(i, "VERB") if f.lemma == estar and f.form == "past"]
    start, _ = clause_of(a, i)
    bare = all(a.at(k) in ctx.words["and_or_comma"] or a.only(k, "ADV") for k in range(start, i))
    return bool(went) and all(f.person[:1] == "3" for f in went) and bare


def _event_time(ctx: Context, i: int, j: int) -> bool:
    """«La fiesta está a las ocho», «mi cumpleaños está en mayo», «el concierto está el
    sábado», «la cena está mañana»: when an event takes place."""
    a = ctx.analysis
    if not event_subject(ctx, i):
        return False
    if _a_day(ctx, j):
        return True
    if a.at(j) not in ctx.words["to_or_to_the"] and a.at(j) not in ctx.words["in"]:
        return False
    if a.at(j) in ctx.words["to_or_to_the"]:  # a las ocho
        k = j + 1 + (a.at(j + 1) in ctx.words["definite"])
        return a.at(k).isdigit() or bool(a.of(k, "NUM"))
    if a.at(j) not in ctx.words["in"]:
        return False
    k = j + 1 + bool(a.of(j + 1, "DET"))
    k += bool(a.of(k, "ADJ") and a.of(k + 1, "NOUN"))  # «en el segundo piso»: the noun is piso
    times = set(ctx.words["calendar_classes"])
    return any(f.classes & times for f in a.of(k, "NOUN")) or a.at(k).isdigit()


def _a_day(ctx: Context, j: int) -> bool:
    """At j, a day said on its own: the article and a noun of time («el sábado», not «el
    sábado muy animada»), or «hoy», «mañana», «ayer» ending the clause («la fiesta está hoy
    muy animada» says how it is)."""
    a = ctx.analysis
    _, end = clause_of(a, j)
    if a.at(j) in ctx.words["days_said_alone"]:
        return j + 1 == end
    times = set(ctx.words["calendar_classes"])
    if a.at(j) not in ctx.words["definite"] or not a.only(j + 1, "NOUN"):
        return False
    day = all(f.classes & times for f in a.of(j + 1, "NOUN"))
    return day and (j + 2 == end or a.only(j + 2, "ADP"))


def _identity(ctx: Context, i: int, j: int) -> str | None:
    """What follows estar at j, when only ser can say it: the kind of thing, else None."""
    a = ctx.analysis
    words = ctx.words
    if a.at(j) in words["from"]:
        places = ctx.kb.vocabulary.places
        nxt = a.at(j + 1)
        proper = capital_at(a, j + 1) and not a.of(j + 1, "DET")
        if (nxt in places or proper) and nxt not in words["estar_de_ok"]:
            return "origin"
        place = set(words["place_classes"])  # «estoy de una ciudad pequeña»: from a place
        if nxt in words["indefinite"] and any(f.classes & place for f in a.of(j + 2, "NOUN")):
            return None if a.at(j + 3) in words["towards"] else "origin"  # «de una a otra»
        return None
    k = j + 1 if a.at(j) in words["indefinite"] else j
    job = any("job" in f.classes for f in a.of(k, "NOUN")) and a.only(k, "NOUN")
    if job and not a_participle(a.at(k)):  # «estoy jubilada», «está empleada»: a state
        return "job"
    people = set(words["people_classes"])
    persons = {f.person for f in a.of(i, "VERB") if f.person}  # «estaba»: I or she
    personal = bool(persons) and persons <= set(words["personal_subjects"])
    said = personal or subject_before(ctx, i)  # «somos/mis amigos están personas buenas»
    after = j + 1 + (said and a.only(j + 1, "ADJ") and a.at(j + 2) == BOUNDARY)
    ends = a.at(after) == BOUNDARY or a.at(after) in words["and_or_comma"]  # not «estuvo don Pedro»
    bare = a.only(j, "NOUN") and not described(a.at(j)) and not a_participle(a.at(j))
    if any(f.classes & people for f in a.of(j, "NOUN")) and bare and ends:
        return "identity"  # «Estamos hermanos»: a bare noun of people, not «invitados»
    adjectives = adjective_at(a, j)
    if adjectives and any(f.classes & set(words["ser_classes"]) for f in adjectives):
        return "nationality"
    if _trait(ctx, i, j):
        return "trait"
    if any(f.lemma in ctx.spelled["judgements"] for f in adjective_at(a, j)):
        return "judgement"
    if a.at(j) in words["date_article"] and (a.at(j + 1).isdigit() or a.of(j + 1, "NUM")):
        return "date"
    if _event_time(ctx, i, j):
        return "time"
    return "colour" if thing_colour(ctx, i, j) else None


def _young_then(ctx: Context, i: int, j: int) -> bool:
    """«Cuando estábamos jóvenes»: a stage of life (joven, pequeño) in a clause of when."""
    a = ctx.analysis
    if not any(f.lemma in ctx.spelled["young"] for f in a.of(j, "ADJ")):
        return False
    start, _ = clause_of(a, i)
    when = ctx.words["when"]
    return a.at(start - 1) in when or a.at(skip_adverbs(a, ctx.kb, j + 1)) in when


def _estar_for_ser(ctx: Context):
    a = ctx.analysis
    for i, c in (*copulas_of(ctx, 1), *past_estar(ctx)):
        if not c.person and a.at(i - 1) in ctx.words["from"] and a.of(i - 3, "DET"):
            continue  # «la sala de estar de Ana»: a room, no copula
        j = skip_degree(ctx, i + 1)
        what = _identity(ctx, i, j) or ("age" if _young_then(ctx, i, j) else None)
        if a.at(j + 1) in ctx.words["measured_against"] and a.of(j + 2, "DET"):
            continue  # «está muy alto para su edad»: against what is usual, estar says so
        np = a.noun_phrase(j) if what == "job" and a.at(j) in ctx.words["indefinite"] else None
        if np is not None and place_after(ctx, np.end):
            continue  # «está un vendedor en la puerta»: someone there, «hay» (hay_for_estar)
        fix = other_copula(ctx, c) if what else None
        if fix:
            yield Hit(i, i + 1, fix, {"what": ctx.words[f"says_{what}"][0]})


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
    "ser_with_state": _ser_with_state,
    "ser_for_place": ser_for_place,
    "ser_bien_unsure": ser_bien_unsure,
    "estar_for_ser": _estar_for_ser,
    "estar_before_noun_phrase": estar_noun_phrase,
    "ser_with_gerund": _ser_gerund,
    "activity_gerund": activity_gerund,
    "job_number": _job_number,
    "ser_in_estar_phrase": ser_in_estar_phrase,
    "estar_for_owner": estar_for_owner,
    "ser_with_thing_state": ser_with_thing_state,
    "ser_with_thing_now": ser_with_thing_now,
}
