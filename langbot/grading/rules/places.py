"""Where: the preposition before where one goes or leaves («voy a la escuela», «salgo de
casa»), and «de» after where something is («cerca de la escuela»). Finders of the
complements family (langbot/grading/rules/complements.py)."""

from functools import lru_cache

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import opens_clause
from langbot.grading.rules.pronoun_subjects import pronoun_subjects
from langbot.grading.rules.subjects import subjects
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


@lru_cache(maxsize=4)
def entries(entries: tuple[str, ...]) -> dict[str, str]:
    """«lemma word» entries -> {lemma: word}."""
    return dict(entry.split() for entry in entries)


def _destination(ctx: Context, j: int) -> bool:
    """An article or a possessive and a place one goes to stand at j («la escuela», «mi
    casa»). After a finite verb of going, «la tienda» is the noun, never a pronoun and a verb."""
    a = ctx.analysis
    if a.at(j) not in ctx.words["articles"] and a.at(j) not in ctx.words["possessives"]:
        return False
    np = a.noun_phrase(j)
    nouns = (np.noun,) if np is not None else a.of(j + 1, "NOUN")
    if len(nouns) != 1 or nouns[0].classes & set(ctx.words["not_destinations"]):
        return False
    end = np.end if np is not None else j + 2
    place = nouns[0].classes & set(ctx.words["place_classes"])
    return bool(place) or a.at(end - 1) in ctx.words["also_destinations"]


def place_without_preposition(ctx: Context):
    """«Ella va la escuela», «Salgo la casa»: where one goes, or leaves, takes its
    preposition: «va a la escuela», «salgo de la casa»."""
    a = ctx.analysis
    any_person = entries(ctx.words["place_after_any_person"])
    speaker = entries(ctx.words["place_after_speaker"])
    for i in range(len(a) - 2):
        verbs = [f for f in a.of(i, "VERB") if f.form not in ("part", "ger")]
        mine = [f for f in verbs if f.lemma in any_person or f.lemma in speaker]
        if not mine or a.of(i - 1, "DET") or a.of(i - 1, "CLITIC"):
            continue  # «me va la música»: the music suits me
        # an infinitive has no subject after it: «ir la playa» is «ir a la playa»
        first_second = [f for f in mine if f.form == "inf" or (f.person and f.person[0] in "12")]
        if len(mine) == len(verbs) and _person_before(ctx, i):
            first_second = mine  # «Ana entra la escuela»: a person's subject before it
        if (len(mine) < len(verbs) or mine[0].lemma in speaker) and not first_second:
            continue  # «fue la escuela más grande»: ser; «sale el sol»: the subject
        if not _destination(ctx, i + 1) or (not first_second and _inverted(ctx, i, mine)):
            continue
        lemma = (first_second or mine)[0].lemma
        preposition = any_person.get(lemma) or speaker[lemma]
        joined = dict(zip(ctx.words["joinable"], ctx.spelled["joins"], strict=True))
        fix = joined.get(f"{preposition} {a.at(i + 1)}", f"{preposition} {a.original(i + 1)}")
        yield Hit(i + 1, i + 2, fix)


def _person_before(ctx: Context, i: int) -> bool:
    """A subject pronoun or a noun phrase of people ends right before the verb at i: what
    follows the verb is then no subject («mi hermano sale la casa»)."""
    if any(k == i for _, _, k in pronoun_subjects(ctx)):
        return True
    return any(np.end == i for _, np in subjects(ctx))


def _inverted(ctx: Context, i: int, verbs) -> bool:
    """The third-person verb at i opens its clause and the noun phrase after it has its
    number: that phrase is its subject («llegaron los bomberos»), not where one goes."""
    a = ctx.analysis
    np = a.noun_phrase(i + 1)
    if np is None or not opens_clause(ctx, i):
        return False
    return any(f.person and f.person[1:] == np.noun.number for f in verbs)


def _subject_or_speaker(ctx: Context, verb: int) -> bool:
    """The finite verb at `verb` has its subject before it (a noun, a pronoun, a name), or is
    said by «yo», «tú», «nosotros»: what follows it is then no subject."""
    a = ctx.analysis
    verbs = a.of(verb, "VERB")
    if any(f.person and f.person[0] in "12" and f.form != "inf" for f in verbs):
        return True
    before = verb - 1
    subject = a.of(before, "NOUN") or any(f.person for f in a.of(before, "PRON"))
    name = before > 0 and a.original(before)[:1].isupper() and not a.readings[before]
    return bool(verbs) and bool(subject or name)


@lru_cache(maxsize=4)
def _phrases(locations: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase of where, by its first word."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in locations:
        words = tuple(phrase.split())
        out[words[0]] = (*out.get(words[0], ()), words)
    return out


def _location_end(ctx: Context, i: int) -> int:
    """The end of a word or phrase of where («cerca», «al lado») at i, or i."""
    a = ctx.analysis
    for words in _phrases(ctx.words["locations"]).get(a.at(i), ()):
        if tuple(a.words[i : i + len(words)]) == words:
            return i + len(words)
    return i


def _needs_de(ctx: Context, i: int, verb: int) -> bool:
    """The word of where at i is one a noun phrase after never is the subject of («está
    encima la cama»), after a finite verb."""
    a = ctx.analysis
    finite = any(f.person for f in a.of(verb, "VERB"))
    return finite and i == _location_end(ctx, i) - 1 and a.at(i) in ctx.words["locations_before_de"]


def location_without_de(ctx: Context):
    """«Mi casa está cerca la escuela»: where something is, said from another place, takes
    «de»: «cerca de la escuela», «al lado del banco». Only when the subject is before the
    verb or is «yo», «tú»: «está cerca la playa» (the beach is near) is right."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        end = _location_end(ctx, i)
        verb = i - 1
        while verb > 0 and a.only(verb, "ADV"):
            verb -= 1  # «está muy cerca»
        if end == i:
            continue
        verbless = end == i + 1 and _verbless(ctx, verb, end)
        after_verb = verb >= 0 and (_subject_or_speaker(ctx, verb) or _needs_de(ctx, i, verb))
        if not (verbless or after_verb or _after_noun(ctx, verb)):
            continue
        place = a.at(end) in ctx.kb.vocabulary.places
        if a.at(end) in ctx.words["joins"]:
            continue  # «cerca del lago» has its «de»
        if not place and (not a.of(end, "DET") or a.accented(end)):
            continue
        np = a.noun_phrase(end)
        if np is not None and np.noun.classes & set(ctx.words["time_classes"]):
            continue  # «está lejos la semana que viene»: when, not from where
        of = ctx.spelled["of"][0]
        joined = dict(zip(ctx.words["joinable"], ctx.spelled["joins"], strict=True))
        fix = joined.get(f"{ctx.words['of'][0]} {a.at(end)}", f"{of} {a.original(end)}")
        yield Hit(end, end + 1, fix)


def _after_noun(ctx: Context, before: int) -> bool:
    """The word of where follows a noun it tells the place of («un hotel cerca la estación»):
    what comes after it is where from, never a subject."""
    a = ctx.analysis
    return before > 0 and a.only(before, "NOUN") and a.of(before - 1, "DET")


def _verbless(ctx: Context, before: int, end: int) -> bool:
    """A word of where opens its phrase (the sentence's start or a comma at `before`) and no
    verb follows it in that phrase («En la calle, cerca el museo»): nothing after it can be
    a subject, so what follows is where from, and lacks its «de»."""
    a = ctx.analysis
    if before >= 0 and a.at(before) != BOUNDARY:
        return False
    k = end
    while k < len(a) and a.at(k) != BOUNDARY:
        if a.of(k, "VERB") or a.of(k, "AUX"):
            return False
        k += 1
    return True


def location_with_a(ctx: Context):
    """«Vivo lejos al centro», «está detrás a la puerta»: the place these words of where are
    measured from takes «de» («lejos del centro»), not «a». Only before a place: «a» with
    a person is whom («mantiene lejos al doctor»), with an infinitive what for."""
    a = ctx.analysis
    to, joined_to = ctx.words["to"][0], ctx.words["joins"][0]
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["locations_from"] or _location_end(ctx, i + 1) > i + 1:
            continue  # «detrás a la derecha»: a second word of where
        prep, end = a.at(i + 1), i + 2
        if prep == joined_to:
            np = a.noun_phrase(i + 1) if a.of(end, "NOUN") else None
            fix = ctx.spelled["joins"][1]
        elif prep == to:
            np = a.noun_phrase(end)
            fix = ctx.spelled["of"][0]
        else:
            continue
        places = set(ctx.words["place_classes"])
        named = prep == to and a.at(end) in ctx.kb.vocabulary.places
        if named or (np is not None and np.noun.classes & places):
            yield Hit(i + 1, i + 2, fix)  # a place: «mantiene lejos al doctor» is whom


def _going_before(ctx: Context, i: int) -> bool:
    """A verb of going stands in the few words before i («voy a la escuela a …»)."""
    a = ctx.analysis
    lemmas = ctx.words["going_verbs"]
    return any(f.lemma in lemmas for k in range(max(0, i - 5), i) for f in a.of(k, "VERB"))


@lru_cache(maxsize=4)
def _going_phrases(entries: tuple[str, ...]) -> tuple[dict[str, str], frozenset[str]]:
    """«wrong|right» entries -> ({folded wrong: right as spelled}, the folded rights)."""
    spelled = dict(entry.split("|") for entry in entries)
    return {fold(k): v for k, v in spelled.items()}, frozenset(fold(v) for v in spelled.values())


def going_how(ctx: Context):
    """«Voy a compras», «voy a la escuela a bicicleta», «voy en pie»: how or what for one
    goes has its own little word: «de compras», «en bicicleta», «a pie»."""
    a = ctx.analysis
    phrases, rights = _going_phrases(ctx.spelled["going_phrases"])
    transport = set(ctx.words["transport_classes"])
    to, by = ctx.words["to"][0], ctx.spelled["in_transport"][0]
    firsts = {*(k.split()[0] for k in phrases), to}
    for i in range(1, len(a) - 1):
        if a.at(i) not in firsts:
            continue
        pair = f"{a.at(i)} {a.at(i + 1)}"
        triple = f"{pair} {a.at(i + 2)}"  # «voy en el pie»
        bare_transport = (
            a.at(i) == to
            and pair not in phrases
            and pair not in rights
            and a.of(i + 1, "NOUN")
            and all(f.classes & transport for f in a.of(i + 1, "NOUN"))
        )
        if triple in phrases and _going_before(ctx, i):
            yield Hit(i, i + 3, phrases[triple])
        elif (pair in phrases or bare_transport) and _going_before(ctx, i):
            yield Hit(i, i + 2, phrases.get(pair) or f"{by} {a.original(i + 1)}")
