"""Little words: contractions, y/e and o/u, and the preposition a verb takes."""

from functools import lru_cache

from langbot.grading.analysis import Analysis
from langbot.grading.knowledge import Knowledge
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.clock_readings import age_told, people_object
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.se_for_su import pronoun_opening_noun, se_before_noun
from langbot.grading.rules.when_link import when_after_en
from langbot.grading.tokens import BOUNDARY


def _contraction(ctx: Context):
    """«a el cine» -> «al cine»; never before «él», nor before a name or title that holds
    its «El» (written with capitals: «viajé a El Salvador», «de El País»), nor after «dé»."""
    a = ctx.analysis
    joins = ctx.words["joins"]
    for i, w in enumerate(a.words):
        pair = f"{w} {a.at(i + 1)}"
        if pair not in ctx.words["contractible"] or a.accented(i + 1) or a.accented(i):
            continue  # «que me dé el libro»: dar
        if a.of(i - 1, "CLITIC") and not a.of(i - 1, "DET"):
            continue  # «que me de el libro»: after an object pronoun, a verb (dé)
        if i + 2 < len(a) and a.original(i + 1)[:1].isupper() and a.original(i + 2)[:1].isupper():
            continue
        if not _nominal(a, i + 2):
            continue  # «a el le gusta», «de el.»: «él» without its accent
        yield Hit(i, i + 2, next(j for j in joins if j[0] == w[0]))


_NOT_NOMINAL = frozenset({"VERB", "CLITIC", "CONJ", "ADP", "PRON"})
_NOW = frozenset({"pres", "imp"})  # «está» reads as an imperative too
_IT = frozenset({"3s", None})  # «está bien», of the time; the imperative has no person


def _nominal(a, j: int) -> bool:
    """Token j may be (or start) what an article goes with: no boundary, and a word unknown,
    an infinitive, or with a reading other than a verb, pronoun, conjunction or preposition."""
    if a.at(j) == BOUNDARY:
        return False
    readings = a.readings[j]  # an infinitive is a noun after an article: «al pasar»
    return not readings or any(f.pos not in _NOT_NOMINAL or f.form == "inf" for f in readings)


def _contraction_before_determiner(ctx: Context):
    """«del su pueblo», «uno del los»: «del» and «al» hold «el», so no other determiner
    follows them."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        joined = a.at(i)
        if joined not in ctx.words["joins"] or not a.of(i + 1, "DET") or a.accented(i + 1):
            continue
        if any(f.pos not in ("DET", "CLITIC") for f in a.readings[i + 1]):
            continue  # no pronoun after «del»: «los» is the article here
        if a.at(i + 2) == BOUNDARY or a.at(i + 1) in ctx.words["joins"]:
            continue  # «como al del cuento»: «al» holds a noun left unsaid
        if a.original(i + 1)[:1].isupper() and not a.original(i)[:1].isupper():
            continue  # «denunció al Las Palmas»: a name that holds its article
        preposition = ctx.words["contractible"][ctx.words["joins"].index(joined)].split()[0]
        yield Hit(i, i + 1, preposition)


def _starts_with_vowel_sound(word: str, vowel: str) -> bool:
    rest = word[1:] if word.startswith("h") else word
    return len(rest) > 1 and rest[0] == vowel and rest[1] not in "aeiou"


def _conjunction(ctx: Context, swap: str):
    conj, vowel, fix = ctx.words[swap]
    a = ctx.analysis
    for i, w in enumerate(a.words):
        nxt = a.at(i + 1)
        if w == conj and (a.readings[i + 1 : i + 2] and a.readings[i + 1] or _name(a, i + 1)):
            if _starts_with_vowel_sound(nxt, vowel) and a.original(i) == conj:
                yield Hit(i, i + 1, fix)


def _name(a: Analysis, j: int) -> bool:
    """A name the lexicon lacks at j, a capital then small letters: «Isabel», «Italia»
    (not «iPhone» nor «I», whose first sound is no Spanish «i»)."""
    word = a.original(j)
    return len(word) > 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _where_verbs(ctx: Context) -> frozenset[str]:
    """The verbs whose place takes «en» and never «a», from the prepositions verbs.yaml gives
    each verb (vivir, estar, trabajar, nacer…), but those whose object may be a place."""
    words = ctx.words
    taking = _verbs_taking(ctx.kb, words["right"][0], words["not_before_places"][0])
    return (taking | set(words["also_takes_en"])) - set(words["takes_object"])


@lru_cache(maxsize=8)
def _verbs_taking(kb: Knowledge, right: str, wrong: str) -> frozenset[str]:
    return frozenset(
        inf
        for inf, entry in kb.verbs.entries.items()
        if right in entry.prepositions and wrong not in entry.prepositions
    )


def _place_after(ctx: Context, j: int) -> bool:
    """A place stands at j: a noun phrase of a place (not a distance, «a dos calles», nor the
    side of something, «a la orilla del mar»), a known place name, an acronym, or «casa»."""
    a = ctx.analysis
    if a.at(j) in ctx.kb.vocabulary.places or a.at(j) in ctx.words["bare_places"]:
        return True
    if len(a.at(j)) > 1 and a.original(j).isupper() and not a.readings[j]:
        return True  # «estudio a UC Davis»: an acronym names an institution, no person
    np = a.noun_phrase(j)
    counted = a.of(j, "NUM") and not a.of(j, "DET")  # «a dos calles», not «a una casa»
    if np is None or counted or a.at(np.end) in ctx.words["of_and_of_the"]:
        return False
    if a.at(np.end - 1) in ctx.words["also_places"]:
        return True
    return bool(set(np.noun.classes) & set(ctx.words["place_classes"]))


def _sent_to(ctx: Context, i: int) -> bool:
    """The infinitive at i says what one goes somewhere to do: «se fue a vivir a Madrid»,
    «voy a trabajar a la oficina»; its «a» is where one goes."""
    a = ctx.analysis
    if not any(f.form == "inf" for f in a.of(i, "VERB")):
        return False
    going = ctx.words["sent_to_verbs"]
    return any(f.lemma in going for k in range(max(0, i - 4), i) for f in a.of(k, "VERB"))


def _bare_object(ctx: Context, i: int) -> bool:
    """Token i is a noun with no determiner that is no place: the verb's object between it
    and its place («estudio turismo a la universidad»)."""
    a = ctx.analysis
    noun = a.of(i, "NOUN") and not (a.of(i, "VERB") or a.of(i, "ADP") or a.of(i, "DET"))
    return bool(noun) and not a.of(i - 1, "DET") and not _place_after(ctx, i)


def _verb_preposition(ctx: Context):
    """«Vivo a Madrid», «Trabajé al banco», «estudio turismo a la universidad»: where one
    lives, is, works or studies takes «en»."""
    a = ctx.analysis
    takes_en = _where_verbs(ctx)
    right = ctx.words["right"][0]
    for verb in range(len(a) - 2):
        start = verb + _bare_object(ctx, verb + 1)
        i = start + 3 * _clock_time(ctx, start + 1)  # «quedamos a las ocho a la estación»
        joined = a.at(i + 1) in ctx.words["to_the"]
        if a.at(i + 1) not in ctx.words["not_before_places"] and not joined:
            continue
        if a.of(start - 1, "DET"):
            continue
        if not any(f.lemma in takes_en and f.form != "part" for f in a.of(verb, "VERB")):
            continue
        if _sent_to(ctx, verb):
            continue
        if any(tuple(a.words[i + 1 : i + 1 + len(p)]) == p for p in ctx.kb.locations):
            continue  # «está a la izquierda», «al lado»: a place said with «a»
        if a.of(i + 2, "DET") and any(_side(ctx, i + 1, p) for p in ctx.kb.locations):
            continue  # «está a su izquierda»: the same place with another determiner
        if joined and _place_after(ctx, i + 1):
            yield Hit(i + 1, i + 2, f"{right} {ctx.words['joined_article'][0]}")
        elif not joined and _place_after(ctx, i + 2):
            yield Hit(i + 1, i + 2, right)


def _side(ctx: Context, i: int, place: tuple[str, ...]) -> bool:
    """The words from i are the place («a la izquierda») with another determiner."""
    a = ctx.analysis
    return len(place) == 3 and (place[0], place[2]) == (a.at(i), a.at(i + 2))


def _clock_time(ctx: Context, i: int) -> bool:
    """The words from i are a clock time with «a» («a las ocho», «a la una»): when, between
    the verb and its place."""
    a = ctx.analysis
    hour = a.at(i + 2) in ctx.words["one_hour"] or _hour(ctx, i + 2)
    return (
        a.at(i) in ctx.words["not_before_places"]
        and a.at(i + 1) in ctx.words["hour_articles"]
        and hour
    )


def _determiner(a, i: int) -> bool:
    """Token i is a determiner (not «él», which folds to «el»)."""
    return bool(a.of(i, "DET")) and not a.accented(i)


def _ir_a(ctx: Context):
    a = ctx.analysis
    for i in range(len(a) - 1):
        plans = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["plan_verb"]]
        speaker = any(f.person and f.person[0] in "12" for f in plans)
        if not plans or _determiner(a, i - 1):
            continue
        if len(plans) != len(a.of(i, "VERB")) and not speaker:
            continue  # «fue» is also ser: «su sueño fue ser actriz»; «fui comprar» is not
        if all(f.form in ("part", "ger") for f in plans):
            continue
        if only_infinitive(a, i + 1):
            yield Hit(i, i + 1, f"{a.original(i)} {ctx.words['plan_link'][0]}")


def _hour(ctx: Context, i: int) -> bool:
    """Token i is a clock hour above one: a number word or digits from 2 to 24."""
    word = ctx.analysis.at(i)
    if word.isdigit():
        return 2 <= int(word) <= 24
    return word in ctx.words["hours"]


def _hour_article(ctx: Context):
    a = ctx.analysis
    singular, plural = ctx.words["hour_articles"]
    wrong = set(ctx.words["hour_wrong_articles"])
    for i in range(len(a) - 1):
        one = a.at(i + 1) in ctx.words["one_hour"]
        if a.at(i) not in wrong or not (one or _hour(ctx, i + 1)):
            continue
        fix = singular if one else plural
        # «de» also reads as «dé»: «a las una de la tarde» is still a clock time
        linked = a.at(i) in ctx.words["hour_articles"] and a.of(i + 2, "ADP")
        if fix == a.at(i) or (
            not linked
            and not _time_judged(ctx, i)
            and any(a.of(i + 2, pos) for pos in ("NOUN", "VERB", "CLITIC", "ADJ"))
        ):
            continue  # «a los dos nos gusta», «son los dos responsables»: the two of them
        if _not_a_time(ctx, i):
            continue
        plural = any(f.number == "p" for f in a.of(i, "DET"))
        if plural and (people_object(ctx, i - 2) or age_told(ctx, i)):
            continue  # «Vi a los dos»: the two of them; «Aprendí a leer a los cinco»: age
        if a.at(i - 1) in ctx.words["before_hours"] or a.at(i - 1) == BOUNDARY:
            yield Hit(i, i + 1, fix)


def _time_judged(ctx: Context, i: int) -> bool:
    """«a los diez» before a present of ser or estar («a los diez está bien»): a time
    judged, not the two of them doing something (they would need a pronoun: «les va bien»)."""
    a = ctx.analysis
    verbs = a.of(i + 2, "VERB")
    copula = verbs and all(
        f.lemma in ctx.words["copulas"] and f.form in _NOW and f.person in _IT for f in verbs
    )
    return a.at(i - 1) in ctx.words["to"] and bool(copula) and not a.of(i + 2, "NOUN")


def _not_a_time(ctx: Context, i: int) -> bool:
    """The article and number at i are no clock time: a longer number («Los 1.100
    trabajadores», «La 2, 22.50»), a name («La 18 Setmana»), or «los» (never a clock's
    article) for people named before, after a pronoun or a comma («los amo a los dos»)."""
    a = ctx.analysis
    if a.at(i + 2) == BOUNDARY and a.at(i + 3).isdigit():
        return True
    if a.original(i + 2)[:1].isupper():
        return True
    if a.at(i) in ctx.words["hour_articles"]:
        return False
    plural = set(ctx.words["plural_clitics"])
    before = (a.of(k, "CLITIC") and a.at(k) in plural and not _own(ctx, k) for k in range(i - 1))
    return a.at(i - 1) == BOUNDARY or any(before)  # «nos espera», not «me levanto»


def _own(ctx: Context, k: int) -> bool:
    """The pronoun at k is of the next verb's own person («nos vemos»): no one else."""
    own = dict(zip(ctx.words["own_clitics"], ctx.words["own_persons"], strict=True))
    person, verbs = own.get(ctx.analysis.at(k)), ctx.analysis.of(k + 1, "VERB")
    return bool(verbs) and person is not None and all(f.person == person for f in verbs)


def _stressed_a(ctx: Context):
    a = ctx.analysis
    articles, fixes = ctx.words["stressed_a_articles"], ctx.spelled["stressed_a_fixes"]
    for i in range(len(a) - 1):
        if a.at(i) in articles and a.at(i + 1) in ctx.kb.stressed_a and a.only(i + 1, "NOUN"):
            yield Hit(i, i + 1, fixes[articles.index(a.at(i))], {"noun": a.original(i + 1)})


FINDERS = {
    "contraction": _contraction,
    "contraction_before_determiner": _contraction_before_determiner,
    "y_before_i": lambda ctx: _conjunction(ctx, "y_e"),
    "o_before_o": lambda ctx: _conjunction(ctx, "o_u"),
    "verb_preposition_en": _verb_preposition,
    "ir_a_infinitive": _ir_a,
    "hour_article": _hour_article,
    "stressed_a_article": _stressed_a,
    "se_before_noun": se_before_noun,
    "pronoun_opening_noun": pronoun_opening_noun,
    "en_before_when": when_after_en,
}
