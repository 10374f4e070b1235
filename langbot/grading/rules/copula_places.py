"""Where a thing is takes estar, not ser: «la estación es en el centro», «¿dónde es el
baño?»; an event's place or time («la fiesta es en mi casa», «¿qué hora es allí?») keeps
ser. Part of the copula family (rules/copula.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs, skip_adverbs_back
from langbot.grading.rules.copula_classes import event_subject, unsaid_subject
from langbot.grading.rules.copula_forms import (
    a_person,
    adjective_at,
    capital_at,
    clause_of,
    copulas_of,
    other_copula,
    subject_before,
)
from langbot.grading.rules.copula_past import past_ser


def _a_time(ctx: Context, i: int, j: int) -> bool:
    """A time, not a place: a noun of time as the subject right before the verb at i («¿qué
    hora es allí?»), or a clock time after it («son cerca de las diez»)."""
    a = ctx.analysis
    times = set(ctx.words["calendar_classes"])
    _s, e = clause_of(a, i)
    third = all((f.person or "")[:1] == "3" for f in a.of(i, "VERB"))  # not «el sábado soy»
    if third and any(f.classes & times for f in a.of(i - 1, "NOUN")):
        return True
    return any(
        a.at(k) in ctx.words["definite"] and (a.at(k + 1).isdigit() or a.of(k + 1, "NUM"))
        for k in range(j, e)
    )


def _location_after(ctx: Context, j: int, someone: bool = False) -> bool:
    """«en» and a noun or a name from j on (a place); a time only when the subject is
    `someone` and a determiner opens it («soy en mi primer año»: where one is in one's
    studies), not «en mayo»."""
    a = ctx.analysis
    if a.at(j) in ctx.words["in"]:
        np = a.noun_phrase(j + 1)
        k = np.end - 1 if np else j + 1
        if np is None and a.of(k, "DET") and (a.of(k + 1, "NOUN") or capital_at(a, k + 1)):
            k += 1  # «en el estado de…», «en la España»: a noun of several readings, a name
        elif np is None and a.only(k, "ADJ") and a.only(k + 1, "NOUN"):
            k += 1  # «en muchas películas»: a quantity, then the noun
        nouns = a.of(k, "NOUN")
        if not nouns and not capital_at(a, k) or a.at(k) in ctx.words["not_places"]:
            return False
        if someone and a.of(j + 1, "DET"):
            return True  # «soy en mi primer año», not «soy en verano más feliz»
        return not any(f.classes & set(ctx.words["calendar_classes"]) for f in nouns)
    return any(tuple(a.words[j : j + len(p)]) == p for p in ctx.kb.locations)


def someone_said(ctx: Context, i: int) -> bool:
    """The subject of ser at i is surely a person: every reading of the verb is of a speaker
    («soy», «somos»), or a person is said before it («él es», «mi hermano es»)."""
    a, personal = ctx.analysis, set(ctx.words["personal_subjects"])
    persons = {f.person for f in a.of(i, "VERB") if f.lemma == ctx.words["copulas"][0]}
    if persons and persons <= personal:
        return True
    k = skip_adverbs_back(a, ctx.kb, i - 1)
    if any(f.person in persons for f in a.of(k, "PRON")) and not a.of(k, "DET"):
        return True  # «yo era…»: the pronoun says whose «era» it is
    return any(a_person(ctx, i, p) for p in persons - personal if p)


def _asks_where(ctx: Context, i: int, j: int) -> bool:
    """«¿Dónde es la estación?»: where a thing (not an event) is."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    events = set(ctx.spelled["events"])
    return np is not None and np.det is not None and np.noun.lemma not in events


def _which_place(ctx: Context, i: int) -> bool:
    """«¿En qué andén es…?»: «en qué» and a noun of place ask where, before the verb at i."""
    a = ctx.analysis
    if a.at(i - 3) not in ctx.words["in"] or a.at(i - 2) not in ctx.words["which"]:
        return False
    places = set(ctx.words["place_classes"])
    return any(f.classes & places for f in a.of(i - 1, "NOUN"))


def _from_or_by(ctx: Context, k: int) -> bool:
    """Token k, before «dónde», is a preposition other than «en»: the question asks where
    from or which way, not where a thing is."""
    a = ctx.analysis
    return bool(a.of(k, "ADP")) and a.at(k) not in ctx.words["in"]


def ser_for_place(ctx: Context):
    """Finder: a form of ser before a place or asking where a thing is: estar."""
    for i, _, fix, unsure in _ser_for_place(ctx):
        if not unsure:
            yield Hit(i, i + 1, fix)


def ser_bien_unsure(ctx: Context):
    """«Mis profesores son mal»: of something said before the verb, «bien» or «mal» after
    ser may be how it is (están mal) or what it is like (son malos): a cue, no fix."""
    for i, j, _, unsure in _ser_for_place(ctx):
        if unsure:
            yield Hit(i, j + 1, None)


def _unsure(ctx: Context, i: int) -> bool:
    """The subject of ser at i is said before it and is not the speaker or the hearer."""
    persons = {f.person for f in ctx.analysis.of(i, "VERB")}
    return subject_before(ctx, i) and not persons <= set(ctx.words["personal_subjects"])


def _ser_for_place(ctx: Context):
    """(i, j, estar's form, unsure) for each ser at i before where or how (at j) something
    is."""
    a = ctx.analysis
    for i, c in (*copulas_of(ctx, 0), *past_ser(ctx)):
        j, how = skip_adverbs(a, ctx.kb, i + 1), False  # how: an event's too («es muy bien»)
        which = _which_place(ctx, i)  # «en qué» is no cleft's «en» (unsaid_subject)
        if a.at(i - 1) in ctx.words["where"] and _from_or_by(ctx, i - 2):
            continue  # «¿de dónde es?», «¿por dónde es la entrada?»: origin, the way
        if a.at(i - 1) in ctx.words["where"] or which:
            place = _asks_where(ctx, i, j)
        else:
            described = adjective_at(a, j + 1) or any(f.form == "part" for f in a.of(j + 1, "VERB"))
            apocope = any(f.gender == "m" and f.number == "s" for f in a.of(j + 1, "NOUN"))
            apocope = apocope or (a.at(j) in ctx.words["short_how"] and a.of(j + 1, "NOUN"))
            described = described or apocope or a.of(j + 1, "ADJ") or a.of(j + 1, "DET")
            how = a.at(j) in ctx.words["how"] and not described  # «es bien conocida», «mal momento»
            place = _location_after(ctx, j, c.form != "past" and someone_said(ctx, i)) or how
        event = event_subject(ctx, i) or (not which and unsaid_subject(ctx, i))
        if place and (how or not event) and not _a_time(ctx, i, j):
            fix = other_copula(ctx, c)
            if fix:
                yield i, j, fix, how and _unsure(ctx, i)
