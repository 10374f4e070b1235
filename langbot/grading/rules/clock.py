"""Clock times and dates: ser agrees with the hour («es la una», «son las tres»), a date
takes «el» («es el doce de mayo», not «en doce de mayo»), and «pasado» or «próximo» after a
time noun agree with it («el lunes pasado»). Time nouns and months are vocabulary classes."""

from langbot.grading.rules.base import GENDER_NUMBER, Context, Hit
from langbot.grading.rules.copula_forms import copula_form, copulas_of
from langbot.grading.tokens import BOUNDARY


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


def _estar_time(ctx: Context):
    """«Está la una», «Hoy está lunes»: an hour or a day is said with ser («es la una», «hoy
    es lunes»); estar before them would say someone is there."""
    ser, estar = ctx.words["copulas"]
    for i, c in copulas_of(ctx, 1):
        persons = {f.person for f in ctx.analysis.of(i, "VERB") if f.lemma == estar}
        want = _time_person(ctx, i + 1) if persons & {"3s", "3p"} else None
        if want and (fix := copula_form(ctx, ser, c.form, want)):
            yield Hit(i, i + 1, fix)


def _time_person(ctx: Context, j: int) -> str | None:
    """The person ser takes for a time at j: a clock time that can be nothing else («la una»
    ending the clause, «las tres y media»), or a bare day, month or season ending it."""
    a = ctx.analysis
    if a.at(j) in ctx.words["clock_articles"]:
        hour = _hour(ctx, j + 1)
        if hour == "one" and (a.at(j + 2) == BOUNDARY or _clock_phrase(ctx, j + 1)):
            return "3s"
        return "3p" if hour == "more" and _clock_phrase(ctx, j + 1) else None
    day = _in_class(ctx, j, "NOUN", "date_classes")
    return "3s" if day and not a.of(j, "DET") and a.at(j + 1) == BOUNDARY else None


def _clock_phrase(ctx: Context, i: int) -> bool:
    """A clock phrase follows token i: «en punto» or «de la mañana», «de la tarde»."""
    a = ctx.analysis
    dot = f"{a.at(i + 1)} {a.at(i + 2)}" in ctx.words["on_the_dot"]
    part = a.at(i + 1) in ctx.words["of"] and a.at(i + 2) in ctx.words["day_part_articles"]
    return dot or (part and a.at(i + 3) in ctx.words["day_parts"])


def _timed_verb(ctx: Context, i: int) -> bool:
    """«Me levanto a siete.»: the hour at i ends its clause after «a» and a verb said of a
    time of day (clock_verbs), so it is a clock time even with no «de la mañana»."""
    a = ctx.analysis
    if a.at(i - 1) not in ctx.words["to"] or a.at(i + 1) != BOUNDARY:
        return False
    verbs = ctx.words["clock_verbs"]
    reflexive = ctx.kb.words.reflexive_ending
    return any(f.person and f.lemma.removesuffix(reflexive) in verbs for f in a.of(i - 2, "VERB"))


def _range(ctx: Context) -> bool:
    """The sentence gives a range of hours («de 9 de la mañana a 5 de la tarde»)."""
    a = ctx.analysis
    after = {a.at(j - 1) for j in range(1, len(a)) if _hour(ctx, j)}
    return bool(after & set(ctx.words["range_from"]) and after & set(ctx.words["range_to"]))


def _bare_clock(ctx: Context):
    """«A siete de la mañana», «hasta tres en punto»: a clock time takes its article: «a las
    siete»; not in a range («de nueve a cinco de la tarde»), where natives leave it out."""
    a = ctx.analysis
    if _range(ctx):
        return
    for i in range(1, len(a)):
        hour = _hour(ctx, i)
        if hour is None or not (_clock_phrase(ctx, i) or _timed_verb(ctx, i)):
            continue
        k = i - 1
        while (
            a.at(k) in ctx.words["clock_adverbs"]
            or f"{a.at(k - 1)} {a.at(k)}" == ctx.words["at_least"][0]
        ):
            k -= 1 if a.at(k) in ctx.words["clock_adverbs"] else 2
        ser = any(f.lemma == ctx.words["copulas"][0] and f.person for f in a.of(k, "VERB"))
        if not (ser or a.at(k) in ctx.words["before_clock"]) or any(
            _hour(ctx, j) for j in range(k - 3, k)
        ):
            continue  # «de nueve a cinco de la tarde»: a range
        article = ctx.spelled["clock_articles"][0 if hour == "one" else 1]
        yield Hit(i, i + 1, f"{article} {a.original(i)}")


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
        is_day = (day.isdigit() and 1 <= int(day) <= 31) or day in ctx.words["month_days"]
        is_day = is_day or (a.only(i + 1, "NUM") and _hour(ctx, i + 1) is not None)
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
        plural = forms.index(a.at(i + 1)) % 4 >= 2
        day = a.of(i - 2, "NUM") or a.at(i - 2).isdigit()
        if plural and a.at(i - 1) in ctx.words["of"] and day:
            continue  # «del 2 al 28 de abril próximos»: the days, not the month
        number = _number(ctx, i, noun.number)
        if number is None:
            continue
        index = forms.index(a.at(i + 1))
        agrees = index // 4 * 4 + GENDER_NUMBER.index((noun.gender, number))
        if agrees != index:
            yield Hit(i + 1, i + 2, ctx.spelled["time_adjectives"][agrees], {"noun": a.original(i)})


def _when_hour_asked(ctx: Context):
    """«¿En qué hora cierra?», «¿Qué hora es el embarque?»: asking at what time something
    happens takes «a qué hora» («¿qué hora es?» alone asks the time it is now)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["what"] or a.at(i + 1) not in ctx.words["hour_nouns"]:
            continue
        verbs = [f for f in a.of(i + 2, "VERB") if f.person and f.form != "part"]
        if not verbs or a.of(i + 2, "NOUN"):
            continue
        to = ctx.spelled["to"][0]
        if a.at(i - 1) in ctx.words["in"] and _opens(a, i - 1):
            yield Hit(i - 1, i, _cased(to, a.original(i - 1)))  # «¿En qué hora…?»
            continue
        copula = all(f.lemma in ctx.spelled["copulas"][:1] for f in verbs)
        if _opens(a, i) and copula and a.of(i + 3, "DET") and a.of(i + 4, "NOUN"):
            yield Hit(i, i + 1, _cased(f"{to} {a.original(i).lower()}", a.original(i)))


def _day_part_link(ctx: Context):
    """«Ayer de la tarde»: a part of the day right after a day takes «por la» («ayer por la
    tarde»); «de la tarde» follows a clock time («a las cinco de la tarde»), and «de la noche
    a la mañana» is a span. «Ayer por tarde» lacks only its article (day_part_without_article)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if not _a_day(ctx, i - 1):
            continue
        for link in ctx.words["day_part_wrong"]:
            n = len(link.split())
            said = " ".join(a.at(i + k) for k in range(n))
            if said == link and a.at(i + n) in ctx.words["day_parts"]:
                if a.at(i + n + 1) not in ctx.words["range_to"]:
                    yield Hit(i, i + n, _cased(ctx.spelled["day_part_fix"][0], a.original(i)))
                break


def _a_day(ctx: Context, i: int) -> bool:
    """Token i is a day: «ayer», «hoy», «mañana» with no article before it, or a weekday."""
    if ctx.analysis.at(i) in ctx.words["day_words"]:
        return not ctx.analysis.of(i - 1, "DET")
    return _in_class(ctx, i, "NOUN", "weekday_classes") is not None


def _cased(fix: str, found: str) -> str:
    """The fix with a capital where the word it replaces has one."""
    return fix[:1].upper() + fix[1:] if found[:1].isupper() else fix


def _opens(a, i: int) -> bool:
    """Token i opens the sentence or the part after a comma («Sí, ¿en qué hora…?»)."""
    return i == 0 or a.at(i - 1) == BOUNDARY


FINDERS = {
    "bare_clock": _bare_clock,
    "clock_copula_number": _clock_copula,
    "date_article": _date_article,
    "day_part_link": _day_part_link,
    "estar_for_time": _estar_time,
    "time_adjective": _time_adjective,
    "when_hour_asked": _when_hour_asked,
}
