"""The weather: made with hacer («hace frío», not «es frío»), a cloudy sky with estar («está
nublado», not «es/hace nublado»), a noun after hace («hace calor», not «hace caliente»), its
verbs with no person («llueve», «hace», not «llueven», «hacen»), and «mucho» agreeing with the
weather noun («mucho frío»). Weather words are the vocabulary's class `weather`."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.base import GENDER_NUMBER, Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import copula_form, copulas
from langbot.grading.rules.person_forms import form_in_person


def _weather_noun(ctx: Context, j: int) -> bool:
    """Token j is a noun of a weather class."""
    classes = set(ctx.words["weather_classes"])
    return any(f.classes & classes for f in ctx.analysis.of(j, "NOUN"))


def _impersonal(a: Analysis, i: int) -> bool:
    """Nothing before the verb at i in its clause can be its subject: only adverbs, yes or no,
    and phrases after a preposition («hoy es…», «en invierno es…», «sí, es…»); a noun after
    such a phrase («por la mañana el aire es…») or a capitalised word past the first («pero
    Tom es…») is a subject."""
    start = next((s for s, e in a.clauses if s <= i < e), 0)
    in_phrase = False
    for k in range(start, i):
        if a.of(k, "ADP"):
            in_phrase = True
        elif a.of(k, "VERB") and not a.of(k, "ADV"):
            return False
        elif k > 0 and a.original(k)[:1].isupper():
            return False
        elif a.of(k, "NOUN") and in_phrase:
            in_phrase = False  # the phrase ends at its noun («por la mañana»)
        elif a.of(k, "NOUN") and not a.of(k, "ADV"):
            return False
        elif any(f.person for f in a.of(k, "PRON")) and not a.of(k, "DET"):
            return False
    return True


def _ends(ctx: Context, k: int) -> bool:
    """Nothing but punctuation, a phrase of when or where or a word of time is at k («…es
    frío.», «…es frío en invierno», «es muy frío hoy»; not «es frío con sus amigos»)."""
    a = ctx.analysis
    if k >= len(a) or not a.at(k).isalnum():
        return True
    return a.at(k) in ctx.words["now"] or a.at(k) in ctx.words["when_where"]


def _after(ctx: Context, i: int) -> int:
    """The first token after a verb at i past adverbs and an amount («mucho»)."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, i + 1)
    return j + (a.at(j) in ctx.words["weather_amounts"])


def _made(ctx: Context):
    """«Hoy es frío», «Está sol»: a made weather noun with ser or estar and no subject."""
    a = ctx.analysis
    made = set(ctx.words["made"])
    ser = ctx.words["copulas"][0]
    for i, c in copulas(ctx):
        if c.person != "3s" or not _impersonal(a, i):
            continue
        j = _after(ctx, i)
        hot = c.lemma == ser and a.at(j) in ctx.words["hot"] and _ends(ctx, j + 1)
        if hot:  # «hoy es muy caliente»: hace calor
            make = copula_form(ctx, ctx.words["make"][0], c.form, c.person)
            yield Hit(i, j + 1, f"{make} {ctx.spelled['heat_noun'][0]}")
        if a.at(j) not in made or a.only(j - 1, "DET") or not _weather_noun(ctx, j):
            continue
        amount = a.at(j - 1) in ctx.words["weather_amounts"]  # «mucho frío»: the noun
        if a.of(j, "ADJ") and c.lemma != ser and not amount:
            continue  # «está frío» says how a thing (or, in many places, the day) feels
        if a.of(j, "ADJ") and not amount and not _ends(ctx, j + 1):
            continue  # «es frío y distante», «es tan frío como el hielo»: an adjective
        if j + 1 < len(a) and a.of(j + 1, "NOUN"):
            continue
        fix = copula_form(ctx, ctx.words["make"][0], c.form, c.person)
        if fix:
            yield Hit(i, i + 1, fix)


def _state(ctx: Context):
    """«Es nublado», «Hace nublado»: the state of the sky takes estar."""
    a = ctx.analysis
    ser, estar = ctx.words["copulas"]
    for i in range(len(a)):
        verb = next(
            (f for f in a.of(i, "VERB") if f.person == "3s" and f.form in ("pres", "impf")), None
        )
        if verb is None or verb.lemma not in (ser, *ctx.words["make"]):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        sky = any(f.lemma in ctx.words["sky_states"] for f in a.of(j, "ADJ"))
        if not sky or a.of(j, "NOUN") or a.only(j - 1, "DET"):
            continue
        if verb.lemma == ser and not _impersonal(a, i):
            continue  # «el día es soleado»
        fix = copula_form(ctx, estar, verb.form, verb.person)
        if fix:
            yield Hit(i, i + 1, fix)


def _heat(ctx: Context):
    """«Hace caliente»: after hace the weather is the noun (calor)."""
    a = ctx.analysis
    for i in range(len(a)):
        if not any(f.lemma in ctx.words["make"] and f.person for f in a.of(i, "VERB")):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if a.at(j) in ctx.words["heat_adjectives"] and not a.only(j - 1, "DET"):
            yield Hit(j, j + 1, ctx.spelled["heat_noun"][0])


def _impersonal_verbs(ctx: Context):
    """«Hacen frío», «nievo», «llueven», «nevaron»: the weather's verbs are in the 3rd person
    singular, in every tense."""
    a = ctx.analysis
    made = set(ctx.words["made"])
    for i in range(len(a)):
        readings = [f for f in a.of(i, "VERB") if f.person and f.form != "inf"]
        if not readings or any(f.person == "3s" for f in readings):
            continue
        f = readings[0]
        weather = f.lemma in ctx.words["weather_verbs"] and _impersonal(a, i)
        if weather and f.form != "pres" and not a.of(i + 1, "NOUN"):
            yield Hit(i, i + 1, form_in_person(ctx, a.original(i), {f.lemma}, "3s"))
            continue
        if f.form != "pres":
            continue
        if weather:
            pass  # «las hojas llueven» has a subject
        elif f.lemma in ctx.words["make"]:
            j = _after(ctx, i)
            if a.at(j) not in made or not _weather_noun(ctx, j) or a.only(j - 1, "DET"):
                continue
        else:
            continue
        fix = ctx.kb.verbs.present(f.lemma).get("3s")
        if fix:
            yield Hit(i, i + 1, fix)


def _amount(ctx: Context):
    """«Hace mucha frío», «hay mucho nubes»: the amount agrees with the weather noun."""
    a = ctx.analysis
    amounts = ctx.words["weather_amounts"]
    verbs = (*ctx.words["make"], *ctx.words["there_is_lemma"])
    for i in range(len(a)):
        if not any(f.lemma in verbs for f in a.of(i, "VERB")):
            continue
        j = next((k for k in (i + 1, i + 2) if a.at(k) in amounts), -1)
        if j < 0 or not _weather_noun(ctx, j + 1):
            continue
        noun = next(f for f in a.of(j + 1, "NOUN") if f.classes & set(ctx.words["weather_classes"]))
        if noun.gender not in ("m", "f") or noun.number not in ("s", "p"):
            continue
        series = amounts.index(a.at(j)) // 4 * 4
        fix = ctx.spelled["weather_amounts"][
            series + GENDER_NUMBER.index((noun.gender, noun.number))
        ]
        if fix != a.at(j):
            yield Hit(j, j + 1, fix, {"noun": a.original(j + 1)})


FINDERS = {
    "weather_made": _made,
    "weather_state_estar": _state,
    "weather_heat_noun": _heat,
    "weather_impersonal": _impersonal_verbs,
    "weather_amount": _amount,
}
