"""What Spanish says with hay, tener or hacer where English has a copula: «there is»,
age and hunger («I am twenty», «I am hungry»), and the weather («it is sunny»)."""

from langbot.grading.analysis import Analysis
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.ages import age_with_tener, age_without_old
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.compared_pronoun import compared_pronoun
from langbot.grading.rules.copula_forms import a_person, copula_form, copulas
from langbot.grading.rules.counted_spelling import counted_spelling
from langbot.grading.rules.degree_words import (
    many_of,
    more_better,
    more_than_number,
    so_as,
    so_much,
    takes_amount,
    very_absolute,
    very_alone,
    very_before_comparative,
    very_before_verb,
    very_much,
)
from langbot.grading.rules.hay_known import hay_with_possessive
from langbot.grading.rules.qu_spelling import qu_spelling
from langbot.grading.rules.stressed_me import stressed_me_joined
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _have_noun(ctx: Context):
    """«Estoy hambre», «Soy miedo»: a feeling of the body is had (tener), not been."""
    a = ctx.analysis
    had = set(ctx.words["had_nouns"])
    for i, c in copulas(ctx):
        if not c.person or not a_person(ctx, i, c.person):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        j += a.at(j) in ctx.words["amounts"]  # «estoy mucha hambre»
        amount = j > i + 1 and a.at(j - 1) in ctx.words["amounts"]
        nouns = a.of(j, "NOUN")  # after «mucho» «frío» is the noun, not the adjective
        if (a.only(j, "NOUN") or amount) and any(fold(f.lemma) in had for f in nouns):
            fix = copula_form(ctx, ctx.words["have"][0], c.form, c.person)
            if fix and not a.of(j - 1, "DET"):
                yield Hit(i, i + 1, fix)


def _weather(ctx: Context):
    """«Es sol», «Está viento»: the weather is made (hace), not been."""
    a = ctx.analysis
    weather = set(ctx.words["weather_made"])
    for i, c in copulas(ctx):
        if c.person != "3s":
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if a.at(j) in weather and not a.of(j - 1, "DET"):
            fix = copula_form(ctx, ctx.words["make"][0], c.form, c.person)
            if fix:
                yield Hit(i, i + 1, fix)


def _there_is(ctx: Context):
    """«Está una farmacia en la calle», «Son muchos parques en mi barrio»: that something
    exists somewhere is «hay»."""
    a = ctx.analysis
    ser, estar = ctx.words["copulas"]
    for i, c in copulas(ctx):
        persons = {f.person for f in a.of(i, "VERB") if f.lemma == c.lemma}
        if not persons & {"3s", "3p"} or c.form not in ("pres", "impf"):
            continue  # «estaba» is also the third person
        b = i - 2 if a.original(i - 1) in ctx.spelled["closing_quotes"] else i - 1
        before = a.original(b)[:1].isupper() or a.of(b, "PRON") or a.of(b, "NOUN")
        if i > 0 and before and not a.of(0, "ADP"):
            continue  # a subject before it («"The Rock" está un luchador»): not «there is»
        if a.of(i - 1, "ADP") and not a.accented(i):
            continue  # «sobre esta una cuestión»: after a preposition, the determiner
        number = c.lemma == estar and (a.at(i + 1).isdigit() or a.only(i + 1, "NUM"))
        amount = a.at(i + 1) in ctx.words["amounts"] or number  # «están treinta estudiantes»
        amount = amount and a.at(i + 2) not in ctx.words["of_and_of_the"]
        if c.lemma == estar and a.at(i + 1) in ctx.words["indefinite"]:
            np = a.noun_phrase(i + 1)
            # not someone, nor a time: «está una semana de vacaciones» says how long
            others = set(ctx.words["people_classes"]) | {"job"} | set(ctx.words["time_classes"])
            found = np is not None and not np.noun.classes & others
            places = np is not None and np.noun.classes & set(ctx.words["place_classes"])
            found = found and (places or _place_said(ctx, i, np.end))  # «está una farmacia»
        elif amount:  # «está mucha gente», «son muchos parques en mi barrio»
            weather = set(ctx.words["weather_classes"])
            nouns = a.of(i + 2, "NOUN")
            found = bool(nouns) and not any(f.classes & weather for f in nouns)
            found = found and (c.lemma == estar or _somewhere(ctx, i))  # «hace mucho frío»
        else:
            found = c.lemma == estar and _bare_thing(ctx, i)
        if found and c.lemma in (ser, estar):
            yield Hit(i, i + 1, ctx.spelled["there_is" if c.form == "pres" else "there_was"][0])


def _estar_what_it_is(ctx: Context):
    """«Está un problema», «Mi novela favorita está una historia de amor»: estar before a
    noun with «un», no place said: what something is, so ser («es»), not «hay»."""
    a = ctx.analysis
    ser, estar = ctx.words["copulas"]
    # people are estar_before_noun_phrase's; a time says how long («están unas semanas»)
    others = set(ctx.words["people_classes"]) | {"job"} | set(ctx.words["time_classes"])
    others |= set(ctx.words["place_classes"])  # «está una farmacia»: there is one (hay)
    for i, c in copulas(ctx):
        persons = [f.person for f in a.of(i, "VERB") if f.lemma == estar and f.person]
        third = [p for p in persons if p[:1] == "3"]
        if not third or c.lemma != estar or c.form not in ("pres", "impf"):
            continue
        if a.at(i + 1) not in ctx.words["indefinite"] or (a.of(i - 1, "ADP") and not a.accented(i)):
            continue  # «sobre esta una cuestión»: after a preposition, the determiner
        np = a.noun_phrase(i + 1)
        if np is None or np.noun.classes & others or _place_said(ctx, i, np.end):
            continue
        if fix := copula_form(ctx, ser, c.form, third[0]):
            yield Hit(i, i + 1, fix)


def _bare_thing(ctx: Context, i: int) -> bool:
    """«No, no está jardín»: estar (as written, «está») opening its sentence or answer before
    a bare noun of a thing or a place that ends its clause or has where after it: «hay»."""
    a = ctx.analysis
    if not (a.accented(i) or a.only(i, "VERB")) or not a.only(i + 1, "NOUN"):
        return False
    k = i - 1
    while k >= 0 and a.at(k) in ctx.words["before_there"]:
        k -= 1
    if k >= 0 and a.at(k) != BOUNDARY:
        return False  # a subject, or a «que» whose noun is the subject («la niña que está…»)
    if a.at(i + 2) != BOUNDARY and not a.of(i + 2, "ADP"):
        return False
    kinds = set(ctx.words["bare_there_classes"])
    return all(f.classes & kinds for f in a.of(i + 1, "NOUN"))


def _place_said(ctx: Context, i: int, end: int) -> bool:
    """«Está una farmacia en la calle», «al lado del banco»: a place is said. With none,
    «está una historia de amor» is what something is (ser), not «hay»."""
    return place_after(ctx, end) or bool(ctx.analysis.of(0, "ADP")) or _somewhere(ctx, i)


def place_after(ctx: Context, end: int) -> bool:
    """A place said right after a noun phrase ending at end: «un vendedor en la puerta»."""
    a = ctx.analysis
    after = bool(a.of(end, "ADP")) and a.at(end) not in ctx.words["of"]
    return after or a.at(end) in ctx.words["joined_place"]


def _somewhere(ctx: Context, i: int) -> bool:
    """The clause of the verb at i says where («en mi barrio»), not when («en verano»)."""
    a = ctx.analysis
    start, end = next(((s, e) for s, e in a.clauses if s <= i < e), (i, i + 1))
    times = set(ctx.words["calendar_classes"])
    for k in range(start, end):
        if a.at(k) in ctx.words["in"]:
            n = k + 1 + bool(a.of(k + 1, "DET"))
            nouns = a.of(n, "NOUN")
            if nouns and not any(f.classes & times for f in nouns):
                return True
    return False


def _hay_the(ctx: Context):
    """«Hay la cama», «hay las sillas»: hay introduces something new, with «una», not «la»."""
    a = ctx.analysis
    there, the = set(ctx.words["there_is"]), ctx.words["definite"]
    most = set(ctx.words["most"])
    for i in range(len(a) - 2):
        if a.at(i) not in there or a.at(i + 1) not in the:
            continue
        end = i + 3 + bool(a.only(i + 3, "ADJ"))
        if a.only(i + 2, "NOUN") and not any(a.at(k) in most for k in range(i + 2, end + 1)):
            yield Hit(i + 1, i + 2, ctx.spelled["indefinite"][the.index(a.at(i + 1))])


def _very_noun(ctx: Context):
    """«Tengo muy hambre», «hace muy calor», «bebo muy agua»: after a verb that takes an
    object, how much of a noun is «mucho», «mucha», not «muy» (which goes before an
    adjective); before a plural noun, anywhere, how many: «muy gracias» → «muchas»."""
    a = ctx.analysis
    verbs = {*ctx.words["have"], *ctx.words["make"]}
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["very"]:
            continue
        many = many_of(ctx, i)
        if many is not None:  # «muy gracias», «tengo muy cosas»: «muchas»
            yield Hit(i, i + 1, ctx.spelled["much_forms"][2 + many])
            continue
        having = any(f.lemma in verbs for f in a.of(i - 1, "VERB"))
        if not (having or takes_amount(ctx, i - 1)):
            continue
        nouns = a.of(i + 1, "NOUN")
        had = having and a.at(i + 1) in ctx.words["had_nouns"]  # «tengo muy frío»: the noun
        others = [f for f in a.readings[i + 1] if f.pos != "NOUN" and not (had and f.pos == "ADJ")]
        if any(f.pos not in ("VERB", "INTJ") or f.pos == "VERB" and not f.person for f in others):
            continue  # a conjugated verb never follows «muy»: «sueño» is the noun
        if not nouns or len({f.gender for f in nouns}) != 1:
            continue
        if nouns[0].gender in ("m", "f") and nouns[0].number == "s":
            yield Hit(i, i + 1, ctx.spelled["much"][("m", "f").index(nouns[0].gender)])


def _noun_before(a: Analysis, i: int) -> bool:
    """Token i follows its noun («los ojos muchos grandes»), or a word the lexicon does not
    know after a determiner («las labias muchos grandes»)."""
    unknown = not a.readings[i - 1] and bool(a.of(i - 2, "DET"))
    return a.only(i - 1, "NOUN") or unknown


def _much_adjective(ctx: Context):
    """«Es mucho alta», «los ojos muchos grandes»: before an adjective that ends its phrase,
    how much is «muy», not a form of «mucho» (which goes before a noun or a comparative)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if not any(f.lemma in ctx.words["much"] for f in a.of(i, "ADJ")):
            continue
        linked = any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB"))
        if not linked and not _noun_before(a, i):
            continue  # after ser or estar, or right after its noun, it cannot count a noun left out
        if a.at(i + 1) in ctx.words["comparatives_of_amount"]:
            continue  # «mucho mayor»
        plural = any(f.number == "p" for f in a.of(i, "ADJ"))
        if linked and plural and "NOUN" in lexicon().upos_set(a.original(i + 1)):
            continue  # «son muchos jóvenes»: many young people
        adjectives = a.of(i + 1, "ADJ")
        lemmas = {f.lemma for f in adjectives}
        # after ser or estar, an adjective that is also a participle: «fue mucho divertido»
        participles = [f for f in a.readings[i + 1] if linked and f.form == "part"]
        if (
            not adjectives
            or lemmas & set(ctx.words["comparatives_of_amount"])
            or len(a.readings[i + 1]) != len(adjectives) + len(participles)
        ):
            continue  # a noun or a verb it may be: «mucho frío», «mucha sed»
        after = a.readings[i + 2] if i + 2 < len(a) else ()
        if any(f.pos in ("NOUN", "ADJ") for f in after) or a.original(i + 1)[:1].isupper():
            continue  # «muchas buenas ideas»: the adjective goes with the noun after it
        yield Hit(i, i + 1, ctx.spelled["very"][0])


FINDERS = {
    "age_with_tener": age_with_tener,
    "age_without_old": age_without_old,
    "tener_with_noun": _have_noun,
    "hacer_weather": _weather,
    "hay_for_estar": _there_is,
    "estar_what_it_is": _estar_what_it_is,
    "hay_with_the": _hay_the,
    "hay_with_possessive": hay_with_possessive,
    "very_before_noun": _very_noun,
    "much_before_adjective": _much_adjective,
    "counted_spelling": counted_spelling,
    "qu_spelling": qu_spelling,
    "stressed_me_joined": stressed_me_joined,
    "very_much": very_much,
    "very_absolute": very_absolute,
    "more_better": more_better,
    "more_than_number": more_than_number,
    "so_much": so_much,
    "very_before_comparative": very_before_comparative,
    "very_before_verb": very_before_verb,
    "very_alone": very_alone,
    "so_as": so_as,
    "compared_pronoun": compared_pronoun,
}
