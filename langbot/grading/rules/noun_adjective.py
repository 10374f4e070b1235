"""An adjective and its noun agree in gender and number: «la casa blanca», not «la casa
blanco»; read from the lexicon's features, past adverbs, «de» phrases and lists."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.adjectives import adjective_fix, apposed_noun, opens_adverb, shade
from langbot.grading.rules.base import Context, Hit, per_sentence
from langbot.grading.rules.common import of_both_genders
from langbot.grading.rules.degree_adjective import measures_comparison
from langbot.grading.rules.determiner_noun import common_nouns, noun_after
from langbot.grading.rules.determiner_series import series as _series
from langbot.grading.rules.joined_nouns import joined_agreement
from langbot.grading.rules.noun_compounds import language_of_lesson
from langbot.grading.rules.noun_phrase import accented_nouns
from langbot.grading.rules.numerals import counted as _counted
from langbot.grading.rules.quantifiers import quantifier_before
from langbot.grading.tokens import BOUNDARY
from langbot.grading.written import inside_quotes
from langbot.text import fold

_COMMA = ","


def disagrees(adj, gender: str | None, number: str | None) -> bool:
    """An adjective reading is of another gender or number than the noun's (None: unknown)."""
    wrong_gender = adj.gender and gender and adj.gender != gender
    return bool(wrong_gender or (number and adj.number != number))


def plain_adjective(ctx: Context, j: int) -> tuple:
    """The adjective readings at j when it can only be an adjective that describes a noun."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or a.original(j)[:1].isupper():
        return ()
    lemmas = {f.lemma for f in adjectives}
    verb_too = not _object_of_verb(a, j - 1)
    if any(
        f.pos != "ADJ"
        and f.form != "part"
        and not (f.pos == "NOUN" and f.lemma in lemmas)
        and (f.pos != "VERB" or verb_too)
        and (f.pos != "ADP" or _object_after(a, j))
        for f in a.readings[j]
    ):
        return ()  # «el chico corta el pan»: maybe a verb; «español» is also the language
    if any(f.lemma in ctx.words["not_attributive"] for f in adjectives) or opens_adverb(ctx, j):
        return ()  # «ven pasado mañana»: an adverb
    return adjectives


def _object_after(a: Analysis, j: int) -> bool:
    """Something a preposition at j could take follows it: not the end, a comma, a
    conjunction or another preposition («una mujer bajo con el pelo largo»: the adjective)."""
    if j + 1 >= len(a) or a.at(j + 1) == BOUNDARY:
        return False
    return not (a.only(j + 1, "ADP") or a.only(j + 1, "CONJ"))


def _object_of_verb(a: Analysis, j: int) -> bool:
    """The noun at j is the object of the conjugated verb right before it (or before its
    article): «tiene pelo corta», «tiene el pelo corta». A word after it is no verb of its
    own (a verb's second clause needs «que», «y» or a comma), so «corta» is the adjective."""
    if not a.only(j, "NOUN"):
        return False
    k = j - 1 if a.of(j - 1, "DET") and not a.accented(j - 1) else j
    return a.only(k - 1, "VERB") and any(
        f.person and f.form not in ("imp", "inf", "ger", "part") for f in a.of(k - 1, "VERB")
    )


@per_sentence
def nouns_with_determiner(ctx: Context):
    """(start, noun index, number) of each noun after a determiner or a number above one."""
    a = ctx.analysis
    for i in range(len(a)):
        counted = (a.of(i, "NUM") and _counted(ctx, i)) or quantifier_before(ctx, i)
        if (_series(ctx, a.at(i)) is None and not counted) or a.accented(i):
            continue
        j = noun_after(ctx, i, True, agreed=True)
        if j is not None:
            dets = a.of(i, "DET")
            yield i, j, common_nouns(a, j)[0].number or (dets[0].number if dets else None)


def _one_word(a: Analysis, j: int, noun) -> bool:
    """Token j is this noun, or else the adjective it comes from, in its gender and number
    (accesorios); a plural right after a conjugated verb is no verb of its own («hay casas
    bonitos»; a singular may open the main verb after a relative: «lo que comió era…»)."""
    after_verb = a.only(j - 1, "VERB") and any(_finite(f) for f in a.of(j - 1, "VERB"))
    after_verb = after_verb and noun.number == "p"
    return all(
        f == noun
        or (f.pos == "ADJ" and (f.lemma, f.gender, f.number) == noun[1:4])
        or (after_verb and f.pos == "VERB" and _finite(f))
        for f in a.readings[j]
    )


def _finite(f) -> bool:
    """A conjugated verb reading, no command."""
    return bool(f.person) and f.form not in ("imp", "inf", "ger", "part")


@per_sentence
def bare_nouns(ctx: Context):
    """(start, noun index, number) of each noun with no determiner: a plain noun, known
    with its number, after a verb, a conjunction or «más», «menos» (tiene ojos azul)."""
    a = ctx.analysis
    for j in range(1, len(a)):
        nouns = common_nouns(a, j)
        if len(nouns) != 1 or not nouns[0].number or not _one_word(a, j, nouns[0]):
            continue
        if a.original(j)[:1].isupper() or _series(ctx, a.at(j - 1)) or a.of(j - 1, "NUM"):
            continue
        if a.at(j) in ctx.words["degree_nouns"]:
            continue  # «es mitad inglés»: how much of it, no noun the adjective describes
        if a.of(j, "ADJ") and any(f.lemma in ctx.words["copulas"] for f in a.of(j - 1, "VERB")):
            continue  # «estoy medio cansada»: after a copula, the predicate's word, no noun
        after = (
            a.of(j - 1, "VERB") or a.of(j - 1, "CONJ") or a.at(j - 1) in ctx.words["more_or_less"]
        )
        if (after or _in_phrase(a, j, nouns[0])) and a.at(j - 1) not in ctx.words["of"]:
            yield j, j, nouns[0].number  # not after «de»: «una camiseta de algodón blanca»


def _in_phrase(a: Analysis, j: int, noun) -> bool:
    """«a organizaciones benéfico»: a plural noun right after a preposition, with no
    participle after it, which may describe a noun before («páginas en castellano abiertas
    por…»); a bare singular is a set phrase a word about the subject may follow («entró en
    clase nervioso»); with no verb at all, nothing else is there to describe («en billete
    pequeños, por favor»)."""
    if not a.only(j - 1, "ADP"):
        return False
    if noun.number != "p" and any(a.of(k, "VERB") for k in range(len(a))):
        return False
    return not any(f.form == "part" for f in a.of(j + 1, "VERB"))


def noun_adjective(ctx: Context):
    a, seen = ctx.analysis, set()
    for start, j, number in (*nouns_with_determiner(ctx), *bare_nouns(ctx)):
        if j in seen or seen.add(j) or a.at(j) in ctx.words["frequency_nouns"]:
            continue  # «son simpáticos y a veces tontos»: how often, no noun described
        noun = common_nouns(a, j)[0]
        gender, coordinated = noun.gender, a.at(start - 1) in ctx.words["coordinators"]
        thing = noun.classes and not noun.classes & set(ctx.words["people_animal_classes"])
        if gender is None and start < j and of_both_genders(a.at(j)) and not thing:
            gender = _determiner_gender(a, start)  # «un estudiante»; not «el azúcar morena»
        k = j + 1
        while adjectives := plain_adjective(ctx, k):
            following = a.of(k + 2, "ADJ")  # «edificios antiguo y bonitos»: not one each
            plural_next = bool(following) and all(f.number == "p" for f in following)
            each = all(f.number != "p" for f in adjectives) and not plural_next
            clause = a.of(k + 2, "CLITIC") or a.only(k + 2, "VERB")  # «…grande y me gusta»
            # «ojos moreno y cabello corto»: another noun, no colour of a list (not a word quoted)
            clause = clause or (a.only(k + 2, "NOUN") and not inside_quotes(a.tokens, k))
            if a.at(k + 1) in ctx.words["coordinators"] and number == "p" and each and not clause:
                break  # «los colores negro y rojo»: each adjective names one
            if coordinated and all(f.number == "p" for f in adjectives):
                if (agreed := joined_agreement(ctx, start, noun, number, adjectives)) is None:
                    break  # «las cejas y la nariz pequeñas» describes both nouns
                gender, number = agreed
            if measures_comparison(ctx, j, k) or _describes_another(ctx, start, k, adjectives):
                break
            if shade(ctx, k + 1) and _invariable(a.of(k + 1, "ADJ")):
                break  # «ojos azul claro»: a colour and its shade, one form for both
            if k > j + 1 and shade(ctx, k) and _invariable(adjectives):
                break  # «una bufanda azul oscuro»: a shade of the colour, in one form
            if number == "p" and apposed_noun(a, k, adjectives):
                break  # «las distancias estándar», «camisas rosa»: a noun set beside it
            if all(disagrees(f, gender, number) for f in adjectives):
                if k == j + 1 and language_of_lesson(ctx, k, noun):
                    break  # «una clase español»: «de español» (noun_without_of)
                if _accent_agrees(a, start, j, adjectives):
                    break  # «un carne nuevo»: «carné» without its accent
                fix = adjective_fix(ctx, k, gender, number or "s")
                if fix and fold(fix) != a.at(k):  # «bufandas gratis»: one form
                    yield Hit(k, k + 1, fix, {"noun": a.original(j)})
                break
            joined = a.at(k + 1) in ctx.words["coordinators"] and not a.of(k + 2, "NOUN")
            joined = (
                joined and not a.of(k + 3, "NOUN") and a.at(k + 2) not in ctx.words["alone_too"]
            )
            joined = joined or _comma_list(ctx, k)  # «pequeña, tranquila y bonita»
            k += 2 if joined else 1  # «una casa grande y bonita»: both describe the noun
            if joined:  # «una ciudad grande y muy bonita»
                while a.at(k) in _plain_degree(ctx) and a.of(k + 1, "ADJ"):
                    k += 1


def _comma_list(ctx: Context, k: int) -> bool:
    """A comma after the adjective at k opens a list of adjectives that «y» closes
    («una ciudad pequeña, tranquila y bonita»): each describes the same noun."""
    a = ctx.analysis
    if a.at(k + 1) != _COMMA:
        return False
    while a.at(k + 1) == _COMMA:
        k += 2
        if not plain_adjective(ctx, k):
            return False
    return a.at(k + 1) in ctx.words["coordinators"] and bool(plain_adjective(ctx, k + 2))


def _accent_agrees(a: Analysis, start: int, j: int, adjectives) -> bool:
    """The noun at j, with the accent a learner may drop, is one its determiner at `start`
    and the adjectives agree with («un carne nuevo»: «carné»)."""
    article = _determiner_gender(a, start) if start < j else None
    return any(
        not disagrees(f, g, n) and (g is None or article in (None, g))
        for g, n in accented_nouns(a.original(j))
        for f in adjectives
    )


def _invariable(adjectives) -> bool:
    """A shade said in its one form, masculine singular («azul oscuro»); in any other form it
    agrees with the noun («ojos azules claros», not «claras»)."""
    return any(f.gender in ("m", None) and f.number == "s" for f in adjectives)


def _plain_degree(ctx: Context) -> frozenset[str]:
    """The degree words that do not compare («muy», «bastante»; not «más … que»)."""
    return frozenset(ctx.words["degree"]) - frozenset(ctx.words["comparing_degree"])


def _determiner_gender(a: Analysis, i: int) -> str | None:
    """The one gender the determiner at i has (un, la, estos), else None (mi, su)."""
    genders = {f.gender for f in a.of(i, "DET")}
    return genders.pop() if len(genders) == 1 else None


def _describes_another(ctx: Context, start: int, k: int, adjectives) -> bool:
    """The adjective at k agrees with the noun right after it («este informe otra vez»), or
    with the noun before the «de» (or «del») phrase the noun phrase at `start` opens («tu
    época del año preferida»), or, a participle before a comma, with the noun phrase after it
    («una vez elegidos, los diputados…»: the participle's own subject)."""
    a = ctx.analysis
    before = start - 1 if a.at(start) in ctx.words["contracted"] else start - 2
    of = a.at(before + 1) in (*ctx.words["of"], ctx.words["contracted"][0])
    nouns = (*a.of(k + 1, "NOUN"), *(common_nouns(a, before) if of else ()))
    if a.original(k + 1) == "," and any(f.form == "part" for f in a.of(k, "VERB")):
        if a.of(k + 2, "DET"):  # «Una vez electos, los diputados…»: a participle's clause
            nouns = (*nouns, *common_nouns(a, k + 3))
    return any(not disagrees(f, n.gender, n.number) for n in nouns for f in adjectives)
