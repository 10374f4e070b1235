"""Where one goes takes «a», not «en»: a verb of going (ir, llegar, volver…) before «en» and
a place: a noun of places («vamos en la playa», «voy en mi casa») or a known place name
(«voy en Barcelona», «regresé en los Estados Unidos»). Part of the prepositions family
(rules/prepositions.py lists it)."""

from langbot.grading.rules.base import Context, Hit


def _going(ctx: Context, i: int) -> bool:
    """Token i is a verb of going (its -se verb too: «voy» is also «irse») said by «yo»,
    «tú», «nosotros» («fui», also ser, is wrong with «en» either way), or only a verb of
    going: an infinitive after such a verb («quiero ir»), or a third person of a verb that
    never places a thing («llegó»; «la leche va en la nevera», «la fiesta fue en la playa»)."""
    a = ctx.analysis
    going, ending = set(ctx.words["going"]), ctx.kb.words.reflexive_ending
    verbs = [f for f in a.of(i, "VERB") if f.form != "part"]
    go = [f for f in verbs if f.lemma.removesuffix(ending) in going]
    # «voy a ir en…»: the infinitive after «ir a» is a verb of going, not «de regreso en…»
    periphrasis = a.at(i - 1) == ctx.spelled["to"][0] and bool(a.of(i - 2, "VERB"))
    if not go or a.of(i - 1, "DET") or (a.of(i - 1, "ADP") and not periphrasis):
        return False  # «de regreso en el pueblo», «el regreso»
    if any(f.person and f.person[0] in "12" for f in go):
        return True
    if len(go) < len(verbs):
        return False
    if any(f.form == "inf" for f in go):
        before = (f for k in range(max(0, i - 3), i) for f in a.of(k, "VERB"))
        return any(f.person and f.person[0] in "12" for f in before)
    return not {f.lemma.removesuffix(ending) for f in go} & set(ctx.words["going_also_placing"])


def _place_name(ctx: Context, j: int) -> int:
    """The end of a known place's name at j («Barcelona», «Costa Rica», «los Estados
    Unidos»), or j."""
    a = ctx.analysis
    places = ctx.kb.vocabulary.places
    for end in (j + 3, j + 2, j + 1):
        name = " ".join(a.at(k) for k in range(j, min(end, len(a))))
        if end <= len(a) and name in places and a.original(end - 1)[:1].isupper():
            return end
    return j


def _place_noun(ctx: Context, j: int) -> bool:
    """A noun of places starts at j, after its determiner («la playa», «mi casa»: after a
    preposition «mi», «la» are no pronouns), and is no vehicle, nor «en su lugar» (instead)."""
    a = ctx.analysis
    if a.at(j) in ctx.words["bare_places"]:
        return True
    np = a.noun_phrase(j)
    if np is not None:
        nouns = [np.noun]
    elif a.of(j, "DET"):
        nouns = list(a.of(j + 1, "NOUN"))
    else:
        return False
    places, vehicles = set(ctx.words["place_classes"]), set(ctx.words["not_destinations"])
    if not nouns or any(f.lemma in ctx.words["instead_nouns"] for f in nouns):
        return False
    return all(f.classes & places and not f.classes & vehicles for f in nouns)


def _asked_how(ctx: Context, i: int) -> bool:
    """«¿Cómo vas en la escuela?»: how one is doing there, not where one goes."""
    a = ctx.analysis
    return any(a.at(k) in ctx.words["how_doing"] for k in range(max(0, i - 4), i))


def going_in(ctx: Context):
    """«Vamos en la playa», «voy en Barcelona»: where one goes takes «a», not «en»."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i + 1) not in ctx.words["in"] or not _going(ctx, i) or _asked_how(ctx, i):
            continue
        if _place_noun(ctx, i + 2) or _place_name(ctx, i + 2) > i + 2:
            yield Hit(i + 1, i + 2, ctx.spelled["to"][0])
