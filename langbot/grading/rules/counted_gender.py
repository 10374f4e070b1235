"""The gender of words that count: the hundreds agree with their noun («doscientas personas»,
not «doscientos personas»), and a quantity picked out of a group of women or feminine
things is feminine («una de mis amigas», «ninguna de ellas», not «uno de mis amigas»). A
masculine group may hold women too, so «una de mis amigos» is left alone. A half takes the
gender of what it halves («media hora», «una hora y media», «las dos y media», «un año y
medio»). Part of the
agreement family; the words are in data/rules/agreement.yaml."""

from langbot.grading.rules.base import Context, Hit


def _swapped(ctx: Context, word: str, masculine: str, feminine: str) -> tuple[str, str] | None:
    """(the word's gender, its other form) when the word is in one of the two lists."""
    males, females = ctx.words[masculine], ctx.words[feminine]
    if word in males:
        return "m", ctx.spelled[feminine][males.index(word)]
    if word in females:
        return "f", ctx.spelled[masculine][females.index(word)]
    return None


def hundreds_gender(ctx: Context):
    """Finder: «doscientos personas», «quinientas libros»: the hundreds take the noun's gender."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        found = _swapped(ctx, a.at(i), "hundreds_masculine", "hundreds_feminine")
        if found is None:
            continue
        k = i + 1
        while a.of(k, "NUM") or a.at(k) in ctx.words["within_numbers"]:
            k += 1  # «doscientas cincuenta mil personas»
        nouns = a.of(k, "NOUN")
        genders = {f.gender for f in nouns}
        if not nouns or not a.only(k, "NOUN") or len(genders) != 1:
            continue
        if any(f.number != "p" for f in nouns) or genders == {found[0]} or None in genders:
            continue
        yield Hit(i, i + 1, found[1], {"noun": a.original(k)})


def _feminine_group(ctx: Context, k: int) -> bool:
    """The group from k is plural and feminine: «mis amigas», «las estudiantes», «ellas»."""
    a = ctx.analysis
    if a.at(k) in ctx.words["feminine_groups"]:
        return True
    dets = a.of(k, "DET")
    nouns = a.of(k + 1, "NOUN")
    # after «de» and its article, a conjugated reading is no verb («de las casas»: casar)
    verbs = [f for f in a.readings[k + 1] if f.pos != "NOUN"] if 0 <= k + 1 < len(a) else []
    if not dets or not nouns or not all(f.pos == "VERB" and f.person for f in verbs):
        return False
    genders = {f.gender or d.gender for f in nouns for d in dets}
    return genders == {"f"} and all(f.number == "p" for f in nouns)


def partitive_gender(ctx: Context):
    """Finder: «uno de mis amigas», «ninguno de ellas»: one out of a feminine group is «una»."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        found = _swapped(ctx, a.at(i), "partitive_masculine", "partitive_feminine")
        if found is None or found[0] != "m" or a.at(i + 1) not in ctx.words["of"]:
            continue
        if _feminine_group(ctx, i + 2):
            fix = found[1].capitalize() if a.original(i)[:1].isupper() else found[1]
            end = i + 3 if a.at(i + 2) in ctx.words["feminine_groups"] else i + 4
            yield Hit(i, i + 1, fix, {"group": a.tokens.original_text(i + 2, end)})


def _halved(ctx: Context, i: int) -> tuple[str, int, int] | None:
    """(gender, start, end) of what the half at i halves: the noun before «y» («una hora y
    medio»), an hour of the clock («las dos y medio»: la hora), or the noun right after it
    («medio hora»)."""
    a = ctx.analysis
    if a.at(i - 1) in ctx.words["halves_join"]:
        if a.of(i + 1, "NOUN") or a.of(i + 1, "ADJ"):
            return None  # «y media docena»: a noun of its own
        j = i - 2
        nouns = a.of(j, "NOUN") if a.only(j, "NOUN") else ()
        if nouns and len({f.gender for f in nouns}) == 1 and nouns[0].gender:
            return nouns[0].gender, j, j + 1
        clock = a.of(j, "NUM") or a.at(j).isdigit()
        if clock and a.at(j - 1) in ctx.words["clock_articles"]:
            return ctx.words["hour_gender"][0], j - 1, j + 1
        return None
    nouns = a.of(i + 1, "NOUN") if a.only(i + 1, "NOUN") else ()
    if nouns and {f.number for f in nouns} == {"s"} and len({f.gender for f in nouns}) == 1:
        return (nouns[0].gender, i + 1, i + 2) if nouns[0].gender else None
    return None


def half_gender(ctx: Context):
    """Finder: «una hora y medio», «las dos y medio», «medio hora»: the half agrees."""
    a = ctx.analysis
    halves = ctx.words["halves"]
    for i in range(1, len(a)):
        if a.at(i) not in halves or (found := _halved(ctx, i)) is None:
            continue
        gender, start, end = found
        fix = ctx.spelled["halves"][ctx.words["genders"].index(gender)]
        if fix != a.at(i):
            yield Hit(i, i + 1, fix, {"noun": a.tokens.original_text(start, end)})


def half_as_noun(ctx: Context):
    """Finder: «ochenta y mitad», «una hora y mitad»: after a count and «y», the half is the
    adjective «medio», «media» (as what it halves), not the noun «mitad»."""
    a = ctx.analysis
    for i in range(2, len(a)):
        if a.at(i) not in ctx.words["half_nouns"] or a.at(i - 1) not in ctx.words["halves_join"]:
            continue
        counted = a.of(i - 2, "NUM") or a.at(i - 2).isdigit() or a.only(i - 2, "NOUN")
        if not counted or a.at(i - 2) in ctx.words["half_nouns"]:
            continue  # «mitad y mitad»: half and half
        found = _halved(ctx, i)
        gender = found[0] if found else ctx.words["genders"][0]
        yield Hit(i, i + 1, ctx.spelled["halves"][ctx.words["genders"].index(gender)])
