"""Clock times and dates: ser agrees with the hour («es la una», «son las tres»), a date
takes «el» («es el doce de mayo», not «en doce de mayo»), and «pasado» or «próximo» after a
time noun agree with it («el lunes pasado»). Time nouns and months are vocabulary classes."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.copula_forms import copula_form, copulas_of

_GENDER_NUMBER = (("m", "s"), ("f", "s"), ("m", "p"), ("f", "p"))


def _hour(ctx: Context, i: int) -> str | None:
    """Token i as a clock hour: "one" for one o'clock, "more" for another hour, else None."""
    word = ctx.analysis.at(i)
    if word in ctx.words["one_hour"]:
        return "one"
    if word in ctx.words["hours"] or (word.isdigit() and 2 <= int(word) <= 24):
        return "more"
    return None


def _clock_copula(ctx: Context):
    """«Es las tres», «Son la una»: ser before a clock time agrees with the hour."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    for i, c in copulas_of(ctx, 0):
        persons = {f.person for f in a.of(i, "VERB") if f.lemma == ser}
        if not persons & {"3s", "3p"} or a.at(i + 1) not in ctx.words["clock_articles"]:
            continue
        hour = _hour(ctx, i + 2)
        link = a.of(i + 3, "ADP") or a.of(i + 3, "CONJ")  # «…las diez de la noche», «y media»
        if hour is None or (not link and any(a.of(i + 3, p) for p in ("NOUN", "VERB", "CLITIC"))):
            continue  # «es las dos cosas»: not a time
        want = "3s" if hour == "one" else "3p"
        fix = None if want in persons else copula_form(ctx, ser, c.form, want)
        if fix:
            yield Hit(i, i + 1, fix)


def _in_class(ctx: Context, i: int, pos: str, key: str):
    classes = set(ctx.words[key])
    return next((f for f in ctx.analysis.of(i, pos) if f.classes & classes), None)


def _date_article(ctx: Context):
    """«En doce de mayo»: a day of a month takes «el»."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        if a.at(i) not in ctx.words["date_wrong"] or a.at(i + 2) not in ctx.words["of"]:
            continue
        day = a.at(i + 1)
        is_day = (day.isdigit() and 1 <= int(day) <= 31) or (
            a.only(i + 1, "NUM") and _hour(ctx, i + 1) is not None
        )
        if is_day and _in_class(ctx, i + 3, "NOUN", "month_classes"):
            yield Hit(i, i + 1, ctx.spelled["date_article"][0])


def _number(ctx: Context, noun_at: int, noun_number: str | None) -> str | None:
    """The noun's number, or its determiner's where the noun has both («el lunes»)."""
    if noun_number in ("s", "p"):
        return noun_number
    numbers = {f.number for f in ctx.analysis.of(noun_at - 1, "DET")} - {None}
    return numbers.pop() if len(numbers) == 1 else None


def _time_adjective(ctx: Context):
    """«El lunes pasada»: «pasado», «próximo» agree with the time noun before them."""
    a = ctx.analysis
    forms = ctx.words["time_adjectives"]
    for i in range(len(a) - 1):
        noun = _in_class(ctx, i, "NOUN", "time_classes")
        if noun is None or noun.gender not in ("m", "f") or a.at(i + 1) not in forms:
            continue
        if a.at(i - 1) in ctx.words["of"] and a.of(i - 2, "NOUN"):
            continue  # «el fin de semana pasado»: it may describe the noun before «de»
        number = _number(ctx, i, noun.number)
        if number is None:
            continue
        index = forms.index(a.at(i + 1))
        agrees = index // 4 * 4 + _GENDER_NUMBER.index((noun.gender, number))
        if agrees != index:
            yield Hit(i + 1, i + 2, ctx.spelled["time_adjectives"][agrees], {"noun": a.original(i)})


FINDERS = {
    "clock_copula_number": _clock_copula,
    "date_article": _date_article,
    "time_adjective": _time_adjective,
}
