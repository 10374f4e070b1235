"""Prepositions of everyday phrases: travelling «en» a bare means of transport («voy en
metro», not «con metro»); working «en» a place («trabajo en una tienda», not «de una
tienda»); how often «a la semana» («dos veces a la semana», not «en semana», «por la
semana»); «escuchar» a thing with no «a» («escuchar música»); playing «con» someone. The words are in
data/rules/everyday.yaml."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import possessive_noun_after
from langbot.grading.rules.everyday_articles import verb_of
from langbot.text import fold


def _clause_of(ctx: Context, i: int) -> tuple[int, int]:
    return next(((s, e) for s, e in ctx.analysis.clauses if s <= i < e), (0, len(ctx.analysis)))


def transport_with_en(ctx: Context):
    """«Voy con metro», «vengo con autobús»: after a verb of going in the clause, «con» + a
    bare means of transport is «en» («con mi coche», with its determiner, is right); so is
    «por» («voy por metro»; «voy por el pan» fetches it) and «de» right after the verb
    («vamos de tren»)."""
    a = ctx.analysis
    transport = set(ctx.words["transport_classes"])
    lemmas = ctx.words["motion_lemmas"]
    for i in range(1, len(a) - 1):
        of = a.at(i) in ctx.words["transport_of"]  # «vamos de tren»: right after the verb only
        linked = a.at(i) in ctx.words["with"] or a.at(i) in ctx.words["transport_by"]
        if not (of or linked) or a.at(i + 1) in ctx.words["transport_not_en"]:
            continue
        if a.at(i) in ctx.words["transport_by"] and _travelled_by_the(ctx, i, transport):
            yield Hit(i, i + 1, ctx.spelled["transport_fix"][0])
            continue  # «viajó por el avión»: travelling by it, in it
        nouns = a.of(i + 1, "NOUN")
        if not nouns or not all(f.classes & transport for f in nouns) or a.of(i + 1, "DET"):
            continue
        start = i - 1 if of else _clause_of(ctx, i)[0]  # «la estación de tren»: a noun's
        by = a.at(i) in ctx.words["transport_by"]
        if by and _passive(a, start, i, lemmas):
            continue  # «fueron sustituidos por trenes»: who or what did it
        if any(f.lemma in lemmas and f.person for k in range(start, i) for f in a.of(k, "VERB")):
            yield Hit(i, i + 2, f"{ctx.spelled['transport_fix'][0]} {a.original(i + 1)}")


def _travelled_by_the(ctx: Context, i: int, transport: set[str]) -> bool:
    """«Por» at i, a definite article and a means of transport, after a verb of travelling
    right before it (not «voy por el coche»: going to fetch it)."""
    a = ctx.analysis
    if a.at(i + 1) not in ctx.words["definite"]:
        return False
    nouns = a.of(i + 2, "NOUN")
    if not nouns or not all(f.classes & transport for f in nouns):
        return False
    return any(f.lemma in ctx.words["travel_lemmas"] and f.person for f in a.of(i - 1, "VERB"))


def _passive(a, start: int, i: int, going: list[str]) -> bool:
    """A participle, or a verb that may be «ser» as well as a verb of going («fue»), stands
    between start and i: «por» may name who or what does it."""
    for k in range(start, i):
        verbs = a.of(k, "VERB")
        other = any(f.lemma not in going for f in verbs)
        if any(f.form == "part" for f in verbs) or (other and any(f.lemma in going for f in verbs)):
            return True
    return False


def work_place_with_en(ctx: Context):
    """«Trabajo de una tienda», «trabaja del hospital»: where one works takes «en» («trabajo
    de camarero», a bare job, is right)."""
    a = ctx.analysis
    places = set(ctx.words["place_classes"])
    for i in range(len(a) - 2):
        if not verb_of(a, i, ctx.words["work_lemmas"]):
            continue
        joined = a.at(i + 1) in ctx.words["of_joined"]
        if joined:
            noun = i + 2
        elif a.at(i + 1) in ctx.words["of"] and a.of(i + 2, "DET"):
            noun = i + 3
        else:
            continue
        if not any(f.classes & places for f in a.of(noun, "NOUN")):
            continue
        if joined:
            yield Hit(i + 1, i + 2, ctx.spelled["in_joined"][0])
        else:
            yield Hit(i + 1, i + 3, f"{ctx.spelled['in'][0]} {a.original(i + 2)}")


def times_per_period(ctx: Context):
    """«Dos veces en semana», «una vez por la semana», «ocho horas en día»: a la semana (al
    día, al mes, al año)."""
    a = ctx.analysis
    periods = ctx.words["periods"]
    for i in range(len(a) - 2):
        counted = any(fold(f.lemma) in ctx.words["counted_time"] for f in a.of(i, "NOUN"))
        if not counted or not (a.at(i) in ctx.words["times"] or a.of(i - 1, "NUM")):
            continue  # «veces», or a number of hours or days («ocho horas en día»)
        prep = a.at(i + 1)
        if prep in ctx.words["in"] and a.at(i + 2) in periods:
            end = i + 3
        elif (
            prep in ctx.words["by_article"]
            and a.at(i + 2) in ctx.words["period_articles"]
            and a.at(i + 3) in periods
        ):
            end = i + 4
        else:
            continue
        if a.of(end, "ADJ") or a.original(end)[:1].isupper():
            continue  # «en semana santa», «por la semana pasada»
        yield Hit(i + 1, end, ctx.spelled["per_period"][periods.index(a.at(end - 1))])


def _heard(ctx: Context, j: int) -> bool:
    """Token j is a thing heard (music, the radio), not a person."""
    nouns = ctx.analysis.of(j, "NOUN")
    heard, people = set(ctx.words["heard_classes"]), set(ctx.words["listener_classes"])
    if not nouns or ctx.analysis.original(j)[:1].isupper():
        return False
    if any(fold(f.lemma) in ctx.words["heard_lemmas"] for f in nouns):
        return True
    return all(f.classes & heard and not f.classes & people for f in nouns)


def _thing(ctx: Context, j: int) -> bool:
    """Token j is a noun only of the classes the complements rule `thing_after_a` reads:
    with an article before it («escucho a la radio») that rule flags it already."""
    things = set(ctx.words["thing_classes"])
    return all(f.classes and f.classes <= things for f in ctx.analysis.of(j, "NOUN"))


def listen_without_a(ctx: Context):
    """«Me gusta escuchar a música», «escucho a la radio»: a thing heard takes no «a»."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if not any(f.lemma in ctx.words["listen_lemma"] for f in a.of(i, "VERB")):
            continue
        to = a.at(i + 1)
        if to in ctx.words["to"]:
            j = i + 3 if a.of(i + 2, "DET") and _heard(ctx, i + 3) else i + 2
            if _heard(ctx, j) and (j == i + 2 or not _thing(ctx, j)):
                yield Hit(i + 1, j + 1, a.tokens.original_text(i + 2, j + 1))
        elif to in ctx.words["to_joined"] and _heard(ctx, i + 2) and not _thing(ctx, i + 2):
            fix = f"{ctx.spelled['to_joined_article'][0]} {a.original(i + 2)}"
            yield Hit(i + 1, i + 3, fix)


def play_game_with_a(ctx: Context):
    """«Juego el fútbol»: a game is played «a» it (al fútbol); «el partido», «el papel» are
    what is played, not a game's name, so only the data's games fire."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if not any(f.lemma in ctx.words["play_lemma"] for f in a.of(i, "VERB")):
            continue
        if a.at(i + 1) in ctx.words["play_article"] and a.at(i + 2) in ctx.words["games"]:
            yield Hit(i + 1, i + 3, f"{ctx.spelled['play_fix'][0]} {a.original(i + 2)}")


def play_with_someone(ctx: Context):
    """«Juego a mi perro», «jugamos a nuestros primos»: who one plays with takes «con»; «a»
    is for the game. Only a possessive before a person or a pet: «jugar a los médicos» is a
    game, and «jugar a su favor» no one."""
    playmates, playing = set(ctx.words["playmate_classes"]), ctx.words["play_lemma"]
    for i in possessive_noun_after(ctx, "VERB", playing, ctx.words["to"], playmates):
        yield Hit(i + 1, i + 2, ctx.spelled["play_with"][0])
