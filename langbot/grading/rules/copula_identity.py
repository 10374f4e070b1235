"""Estar where only ser says what follows: origin, identity, a job, a trait, a date, a time."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.constructions import place_after
from langbot.grading.rules.copula_classes import (
    a_fit,
    a_level,
    a_participle,
    counted_trait,
    event_subject,
)
from langbot.grading.rules.copula_forms import (
    adjective_at,
    capital_at,
    clause_of,
    copulas_of,
    other_copula,
    predicate_adjectives,
    skip_degree,
    subject_before,
    thing_colour,
)
from langbot.grading.rules.copula_past import past_estar
from langbot.grading.rules.estar_nouns import described
from langbot.grading.rules.subjects import PERSON
from langbot.grading.rules.verb_only_subject import lone_name
from langbot.grading.tokens import BOUNDARY


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


def estar_for_ser(ctx: Context):
    """Estar before what only ser says (origin, identity, a job, a trait…): the other copula."""
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
        if c.person == PERSON["p"] and (lone_name(ctx, i - 1) or _one_opening(ctx, i)):
            c = c._replace(person=PERSON["s"])  # «Nathan están cómico»: one person, «es»
        fix = other_copula(ctx, c) if what else None
        if fix:
            yield Hit(i, i + 1, fix, {"what": ctx.words[f"says_{what}"][0]})


def _one_opening(ctx: Context, i: int) -> bool:
    """The clause opens with a determiner and a singular noun right before the copula at i
    («Mi hermano están alta»): one person, whose copula is «es», not «son»."""
    a = ctx.analysis
    start = i - 2
    np = a.noun_phrase(start)
    if np is None or np.end != i or np.noun.number != "s" or not a.only(i - 1, "NOUN"):
        return False
    return start == 0 or a.at(start - 1) == BOUNDARY
