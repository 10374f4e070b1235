"""The little words of time expressions: «después de quince minutos», a date with no «en»
(«nació el 8 de mayo»), a clock time with «a» («a las siete») and its part of the day with
«de» («de la noche»), a year with «en» («en 1992»). Part of the prepositions family
(rules/prepositions.py lists it)."""

from functools import cache

from langbot.grading.rules.base import Context, Hit


def time_without_de(ctx: Context):
    """«Después quince minutos»: after or before a length of time takes «de»."""
    a = ctx.analysis
    times = set(ctx.words["time_classes"])
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["before_after"] or not a.of(i + 1, "NUM"):
            continue
        if any(f.classes & times for f in a.of(i + 2, "NOUN")):
            yield Hit(i, i + 1, f"{a.original(i)} {ctx.spelled['of'][0]}")


def date_after_en(ctx: Context):
    """«Nació en el 8 de mayo», «en los martes», «en este sábado»: a date or a weekday
    takes the article (or the demonstrative) alone, no «en»."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        day = _weekday(ctx, i + 2)
        pointed = day and a.at(i + 1) in ctx.words["weekday_pointers"]
        if not _every_day_after_a(ctx, i):
            if a.at(i) not in ctx.words["in"]:
                continue
            if a.at(i + 1) not in ctx.words["date_articles"] and not pointed:
                continue
            if _takes_in(ctx, i - 1):
                continue  # «pienso en el sábado»: what one thinks of
        number = a.at(i + 2).isdigit() or bool(a.of(i + 2, "NUM"))
        date = number and a.at(i + 3) in ctx.words["of"] and a.at(i + 4) in ctx.words["months"]
        if day or date:
            yield Hit(i, i + 2, a.original(i + 1))


def _takes_in(ctx: Context, i: int) -> bool:
    """Token i is a verb whose object takes «en» («pensar en», «confiar en»; verbs.yaml's
    `governs`): «en» is then the verb's, not the date's."""
    into = ctx.words["in"][0]
    return any(into in ctx.kb.verbs.governs(f.lemma) for f in ctx.analysis.of(i, "VERB"))


def _every_day_after_a(ctx: Context, i: int) -> bool:
    """«Voy al gimnasio a los lunes»: «a» before a weekday in the plural (every Monday), not
    the end of a range («de los lunes a los viernes») nor what «le» stands for («le tengo
    miedo a los lunes»)."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["to"] or a.at(i + 1) != ctx.words["date_articles"][1]:
        return False
    if not _weekday(ctx, i + 2):
        return False
    before = range(max(i - 4, 0), i)
    # «prefiero los sábados a los domingos»: a day before it is compared or a range's start
    if any(_weekday(ctx, k) for k in before):
        return False
    return not {a.at(k) for k in before} & {*ctx.words["range_starts"], *ctx.words["dative"]}


def _weekday(ctx: Context, i: int) -> bool:
    """Token i is a day of the week: a noun of the vocabulary's weekday class."""
    classes = _as_set(ctx.words["weekday_classes"])  # asked at every token: no set each time
    return any(f.classes & classes for f in ctx.analysis.of(i, "NOUN"))


@cache
def _as_set(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(entries)


def clock_part_of_day(ctx: Context):
    """«A las diez en la noche»: after a clock time, the part of the day takes «de»."""
    a = ctx.analysis
    for i in range(2, len(a) - 2):
        if a.at(i) not in ctx.words["in"] or a.at(i + 2) not in ctx.words["day_parts"]:
            continue
        hour = a.at(i - 1).isdigit() or a.at(i - 1) in ctx.words["clock_hours"]
        if hour and a.at(i - 2) in ctx.words["hour_openers"] and a.of(i + 1, "DET"):
            yield Hit(i, i + 1, ctx.spelled["of"][0])


def clock_after_en(ctx: Context):
    """«Me levanto en las siete»: a clock time takes «a»: «a las siete». «En las dos» may
    be «in both», so «dos» and «tres» fire only with the minutes or the part of the day."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["in"] or a.at(i + 1) not in ctx.words["clock_articles"]:
            continue
        hour = a.at(i + 2)
        digits = hour.isdigit() and 1 <= int(hour) <= 24
        if not (digits or hour in ctx.words["clock_hours"]) or a.of(i + 3, "NOUN"):
            continue
        if a.original(i + 1)[:1].isupper():
            continue  # «sólo en La 2»: a capital after «en» starts a name (a channel)
        day_part = a.at(i + 3) in ctx.words["of"] and a.at(i + 5) in ctx.words["day_parts"]
        minutes = a.at(i + 3) in ctx.words["clock_next"] or day_part
        if hour in ctx.words["clock_also_both"] and not minutes:
            continue
        yield Hit(i, i + 1, ctx.spelled["to"][0])


MONTH_DAYS = 31  # a number a month's day may be


def year_after(ctx: Context):
    """«Se casaron a 1992»: a year takes «en»; «4 de agosto, 1961»: after the month, «de»."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        j = i + 2 if a.at(i + 1) == "," else i + 1
        if not (a.at(j).isdigit() and len(a.at(j)) == 4) or a.only(j + 1, "NOUN"):
            continue  # «a 5000 personas»: a count of things, no year
        if a.at(i) in ctx.words["months"] and a.at(i - 1) in ctx.words["of"]:
            yield Hit(i + 1, j + 1, f"{ctx.spelled['of'][0]} {a.at(j)}")
        elif a.at(i) in ctx.words["to"] and j == i + 1:
            if a.at(i - 1) in ctx.words["before_a"]:
                continue  # «con respecto a 1985»: the «a» of the word before
            if not any(a.at(k) in ctx.words["range_starts"] for k in range(max(0, i - 4), i)):
                yield Hit(i, i + 1, ctx.spelled["in"][0])  # not «de 1990 a 1995»


def month_after_day(ctx: Context):
    """«Nació 29 enero»: a day's number and its month are joined by «de» («29 de enero»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if (
            a.at(i).isdigit()
            and 0 < int(a.at(i)) <= MONTH_DAYS
            and a.at(i + 1) in ctx.words["months"]
        ):
            fix = f"{a.original(i)} {ctx.spelled['of'][0]} {a.original(i + 1)}"
            yield Hit(i, i + 2, fix)


def month_link_after_day(ctx: Context):
    """«El uno del julio», «el lunes uno en julio»: after «el» or a weekday, a day's number
    and its month are joined by «de», with no article and not «en»; a month said with an
    adjective takes its article («el 13 del octubre pasado»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        digit = a.at(i).isdigit() and 0 < int(a.at(i)) <= MONTH_DAYS
        if not digit and not a.of(i, "NUM"):
            continue
        k = i - 2 if a.at(i - 1) == "," else i - 1
        if a.at(k) not in ctx.words["day_articles"] and not (k >= 0 and _weekday(ctx, k)):
            continue
        link = a.at(i + 1)
        if link not in (*ctx.words["of_joined"], *ctx.words["in"]):
            continue
        if a.at(i + 2) in ctx.words["months"] and not a.of(i + 3, "ADJ"):
            yield Hit(i + 1, i + 2, ctx.spelled["of"][0])  # not «del octubre pasado»
