"""«Voy al cine sábado»: a day of the week said as when something happens takes the article
(«el sábado», «los sábados» for every week). Bare, a day names the day itself: «Hoy es
lunes», «de lunes a viernes», «lunes 5 de mayo» (a date), none of which is flagged."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _finite_verb(ctx: Context) -> bool:
    """The sentence has a conjugated verb (not a sign's «Cerrado domingos»)."""
    a = ctx.analysis
    return any(f.person for k in range(len(a)) for f in a.of(k, "VERB"))


def _names_the_day(ctx: Context, i: int) -> bool:
    """The bare day at i names the day: after a determiner, a number, a preposition, a copula
    («es lunes») or «y» («el lunes y martes»), or before a number (a date) or another day."""
    a = ctx.analysis
    if _on_the_day(ctx, i):
        return False  # «en lunes y miércoles», «en lunes 5 de mayo»: when, all the same
    before = a.at(i - 1)
    if a.original(i - 1) == ctx.spelled["clause_comma"][0] and _day_at(ctx, i - 2):
        return True  # «los lunes, martes y jueves»: the first day's article serves the list
    deadline = before in ctx.words["day_deadlines"]
    if deadline and (_day_at(ctx, i - 2) or a.at(i + 1) in ctx.words["day_deadlines"]):
        return True  # «desde lunes hasta sábado»: a range of days named
    if a.of(i - 1, "DET") or a.of(i - 1, "NUM") or a.of(i - 1, "CONJ"):
        return True
    if a.of(i - 1, "ADP") and not deadline:
        return True
    if any(f.lemma in ctx.words["copulas"] for f in a.of(i - 1, "VERB")):
        return True
    if before in ctx.words["coordinators"] or a.of(i - 1, "ADJ"):
        return True  # «el pasado lunes», «el lunes y martes»
    if i > 0 and before != BOUNDARY and a.original(i)[:1].isupper():
        return True  # «don Domingo Ortiz»: a name
    if a.original(i + 1)[:1].isupper() or (
        before == BOUNDARY and a.at(i - 2) in ctx.words["today"]
    ):
        return True  # «Domingo Bárcenas»; «hoy, viernes,»: the day named beside «hoy»
    j = i + 2 if a.at(i + 1) == BOUNDARY else i + 1
    after = a.at(j)
    return (
        after.isdigit()
        or a.of(j, "NUM")
        or a.at(i + 1) in ctx.words["range_words"]
        or (a.original(i + 1) in ctx.spelled["heading_marks"])
    )


def _on_the_day(ctx: Context, i: int) -> bool:
    """«en lunes» said as when («No tengo clase en viernes»): the article stands for «en»;
    not where a date falls («cae en domingo»), nor a day joined to one before («…en martes y
    en jueves» is the first one's)."""
    a = ctx.analysis
    if a.at(i - 1) not in ctx.words["day_on"] or a.original(i)[:1].isupper() and i > 1:
        return False
    return not any(f.lemma in ctx.words["day_falls"] for f in a.of(i - 2, "VERB"))


def _day_at(ctx: Context, i: int) -> bool:
    return any(f.classes & set(ctx.words["day_classes"]) for f in ctx.analysis.of(i, "NOUN"))


def day_without_article(ctx: Context):
    """«Sábado voy al cine», «Trabajo sábado», «Hasta jueves»: a day as when takes «el» (or
    «los»), after «hasta», «desde» or «para» too, unless a range follows («desde lunes a…»)."""
    a = ctx.analysis
    finite = _finite_verb(ctx)
    for i in range(len(a)):
        days = [f for f in a.of(i, "NOUN") if f.classes & set(ctx.words["day_classes"])]
        if not days or not a.only(i, "NOUN") or _names_the_day(ctx, i):
            continue
        deadline = a.at(i - 1) in ctx.words["day_deadlines"]
        start = i - 1 if _on_the_day(ctx, i) else i  # «en lunes»: «el lunes» in its place
        opening = a.at(i - 2) == BOUNDARY and (deadline or start < i)  # «En lunes.» answered
        if not finite and not opening:
            continue  # a sign's «Cerrado domingos»; a farewell's «Hasta jueves» is said
        numbers = {f.number for f in days}
        word = a.original(i)
        day = word[:1].lower() + word[1:]
        if numbers == {"s"} or (deadline and "p" not in numbers):  # «hasta el lunes»: one day
            fix = f"{ctx.spelled['definite'][0]} {day}"
        elif numbers == {"p"} and day.endswith(tuple(ctx.words["plural_endings"])):
            fix = f"{ctx.spelled['definite'][2]} {day}"
        else:
            fix = None  # «lunes»: one Monday or every Monday
        yield Hit(start, i + 1, fix, _choices(ctx, day, numbers))


def _choices(ctx: Context, day: str, numbers: set) -> dict[str, str]:
    """The day with «el» (one day) and with «los» (every week), each in its own number:
    «el sábado» and «los sábados» for «sábados» too, «el lunes» and «los lunes»."""
    ending = next((e for e in ctx.words["plural_endings"] if day.endswith(e)), None)
    one = day[: -len(ending)] if ending and numbers == {"p"} else day
    every = day if ending else day + ctx.words["plural_endings"][0]
    the = ctx.spelled["definite"]
    return {"one": f"{the[0]} {one}", "every": f"{the[2]} {every}"}
