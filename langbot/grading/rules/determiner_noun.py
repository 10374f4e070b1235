"""A determiner and its noun («un hermana», «una tía y un prima»), read from the lexicon's
features, and the noun-finding helpers the other agreement rules share. Part of the agreement
family (rules/agreement.py lists it)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.adjective_noun_word import adjective_before_noun
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import unaccented_verb_or_pronoun
from langbot.grading.rules.determiner_series import series as _series
from langbot.grading.rules.noun_phrase import accent_tells, accented_nouns, before_verb
from langbot.grading.rules.numerals import counted as counts_many
from langbot.grading.tokens import BOUNDARY
from langbot.text import has_accent

_SLOTS = {("m", "s"): 0, ("f", "s"): 1, ("m", "p"): 2, ("f", "p"): 3}
_GENDERS, _NUMBERS = "mf", "sp"
_NAMES = {"m": "masculine", "f": "feminine", "s": "singular", "p": "plural"}


def common_nouns(a: Analysis, j: int) -> tuple:
    """The noun readings of token j, without a reading as a name (no gender, no number)
    beside a reading of the same noun that has them (comunidad)."""
    nouns = a.of(j, "NOUN")
    marked = {f.lemma for f in nouns if f.gender or f.number}
    counted = {(f.lemma, f.gender) for f in nouns if f.number}
    unmarked = {(f.lemma, f.gender) for f in nouns if f.gender and not f.number}
    one_form = {(f.lemma, f.gender) for f in nouns if f.number == "s"} & unmarked
    if one_form and _invariable(a, j):
        counted -= one_form  # «la crisis», «las crisis»: one form for both numbers
        nouns = tuple(f for f in nouns if not f.number or (f.lemma, f.gender) not in one_form)
    return tuple(
        f
        for f in nouns
        if (f.gender or f.number or f.lemma not in marked)
        and (f.number or (f.lemma, f.gender) not in counted)  # «programa»: one noun, twice
    )


def _invariable(a: Analysis, j: int) -> bool:
    """The word at j ends in an unstressed -s (crisis, análisis; not interés): a noun of one
    form for both numbers, whose reading with no number is the one to keep."""
    word = a.original(j)
    return word.endswith("s") and not has_accent(word[-2:])


def noun_after(ctx: Context, i: int, adjective_too: bool = False, agreed=False) -> int | None:
    """The noun of a determiner at i: right after it, or after one adjective; with
    `adjective_too`, also a noun that is an adjective of the same gender (protector); with
    `agreed`, only such a noun that agrees with the determiner, or one that is also an
    adjective of both genders (el continente)."""
    a = ctx.analysis
    j = i + 1
    plain_degree = set(ctx.words["degree"]) - set(ctx.words["comparing_degree"])
    if a.at(j) in plain_degree and a.only(j + 1, "ADJ") and _agreed_noun(a, j + 1):
        j += 1  # «un muy buena persona»: an adjective of the noun («esta muy rico, gracias»: no)
    marked = any(f.gender or f.number for f in a.of(j, "NOUN"))  # «gran»: no noun of its own
    whole = any(f.lemma in ctx.words["whole"] for f in a.of(j, "ADJ"))  # «del todo»: adverb
    # «un gran casa»: after an adjective said only before a noun, a noun that may be a verb
    ahead = a.at(j) in ctx.words["before_nouns"] and all(
        f.pos in ("NOUN", "VERB") for f in a.readings[j + 1]
    )
    nominal = a.only(j + 1, "NOUN") or (ahead and a.of(j + 1, "NOUN")) or _agreed_noun(a, j)
    if (a.of(j, "ADJ") or a.only(j, "NUM")) and not marked and not whole and nominal:
        j += 1  # «la primera vez», «los dos libros»
    if j == i + 2 and f"{a.at(i)} {a.at(i + 1)}" in ctx.words["a_little"]:
        return None  # «un poco chueca»: «un poco» is an adverb
    nouns = common_nouns(a, j)
    if len(nouns) != 1 or a.of(j, "DET") or a.of(j, "ADP") or a.of(j, "PRON"):
        return None  # «las cuales»: a pronoun
    if a.of(j, "CLITIC") and a.of(j + 1, "VERB"):
        return None  # «otros te pulieron»: the pronoun of the verb after it, not «té»
    adjectives = a.of(j, "ADJ")
    if adjectives and not adjective_too:
        return None
    same = [f for f in a.of(i, "DET") if f.number == nouns[0].number]
    if (
        adjectives
        and agreed
        and not any(f.gender == nouns[0].gender or not nouns[0].gender for f in same)
    ):
        return None  # «los afro-americanos»: an adjective of one form
    if not agreed and nouns[0].gender:
        numbers = {f.number for f in a.of(i, "DET")}
        adjectives = [f for f in adjectives if not f.number or f.number in numbers]
        # «los mueble»: no adjective of the determiner's number to stand with it
    if any(f.gender != nouns[0].gender and (f.gender or not agreed) for f in adjectives):
        return None  # an adjective the determiner may stand with (la grande); not «la autógrafo»,
        # nor «los coordenadas», an adjective of the noun's gender
    # a singular present subjunctive is read as the usted command only («pase»: «la pase»)
    finite = any(f.person or f.form == "imp" for f in a.of(j, "VERB"))
    after_verb = a.only(i - 1, "ADP") or any(f.person for f in a.of(i - 1, "VERB"))
    pronoun = a.of(i, "CLITIC") or a.at(i) in (
        *ctx.words["demonstratives"],
        *ctx.words["alone_too"],
    )
    agreed_noun = j == i + 2 and _agreed_noun(a, i + 1)  # «este buena casa»
    if pronoun and finite and not after_verb and not before_verb(ctx, i, j) and not agreed_noun:
        return None  # «la come», «ese era mi dedo»: a pronoun before a verb
    if j > 0 and a.original(j)[:1].isupper() and a.at(j) not in ctx.kb.vocabulary.nouns:
        return None  # a name: Las Vegas, Los Ángeles (a brand the vocabulary lists is a noun)
    return j


def _agreed_noun(a, j: int) -> bool:
    """The adjective at j agrees in gender and number with a noun right after it that may
    also be a conjugated verb: the noun it goes before («este buena casa», «este malas
    notas»), no verb of its own."""
    nouns = a.of(j + 1, "NOUN")
    if not nouns or not all(
        f.pos == "NOUN" or f.person or f.form == "imp" for f in a.readings[j + 1]
    ):
        return False
    marked = [f for f in a.of(j, "ADJ") if f.gender and f.number]
    return bool(marked) and all(
        any((f.gender, f.number) == (n.gender, n.number) for n in nouns) for f in marked
    )


def _neuter_meant(ctx: Context, i: int, j: int) -> bool:
    """«de la contrario», «por la mismo»: «la» after a preposition, right before a word that
    is also a masculine adjective, is the neuter «lo» of a set phrase, not «el»."""
    a = ctx.analysis
    if j != i + 1 or a.at(i) != ctx.words["definite"][1] or not a.of(i - 1, "ADP"):
        return False
    return any(f.gender == "m" and f.number == "s" for f in a.of(j, "ADJ"))


def determiner_noun(ctx: Context):
    """«un hermana», «la programa»: a determiner whose gender or number is not its noun's."""
    a = ctx.analysis
    stressed = ctx.kb.stressed_a
    for i in range(len(a) - 1):
        det = a.at(i)
        series = _series(ctx, det)
        j = None if series is None or a.accented(i) else noun_after(ctx, i, True)
        if j is None or a.at(j) in stressed or len(a.at(j)) == 1 or _hyphen_after(a, j):
            continue  # a letter or an abbreviation: «al n.º 19»; «los afro-americanos»: a compound
        if j == i + 1 and adjective_before_noun(a, i, _det_slots(series, det), common_nouns):
            continue  # «la segundo vez»: the adjective is the word to fix
        if in_title(a, i, j):
            continue  # «Me gusta El Noches Después»: a title keeps its own words
        noun = common_nouns(a, j)[0]
        number = noun.number
        if number is None or ctx.kb.vocabulary.invariable(a.at(j)):
            number = "p" if det in series[2:] else "s"
        gender = noun.gender or ("f" if det == series[1] or det == series[3] else "m")
        if a.of(i - 2, "NUM") and a.at(i - 1) in ctx.words["coordinators"]:
            continue  # «treinta y un años»
        counted = det in series[:2] and det not in ctx.words["possessives"]
        if j == i + 2 and counted and a.at(i + 1) in ctx.words["plural_numbers"]:
            continue  # «un cinco plazas», «un tres estrellas»: a thing named by its count
        if f"{a.at(i - 1)} {det}" in ctx.words["adverb_phrases"]:
            continue  # «por cierto mamá llamó»: an adverb, no determiner
        same_gender = series.index(det) % 2 == _SLOTS[(gender, number)] % 2
        many = det in series[2:] and counts_many(ctx, i + 1)  # «mis 2 hermano»: numerals'
        if j == i + 2 and same_gender and (_adjective_agrees(a, i) or many):
            continue  # «el próximo años», «mis 2 hermano»: the noun's number is the odd one
        fix = series[_SLOTS[(gender, number)]]
        if (fix in series[2:]) != (det in series[2:]) and _adjective_as_noun(ctx, j, noun):
            continue  # «los azulgrana»: an adjective as a noun tells its gender, not its number
        if det in series[2:] and a.at(j)[-1:] in ctx.words["plural_as_singular_endings"]:
            continue  # los pódcast, los test: borrowed nouns may keep one form
        if accent_tells(noun.lemma, a.original(j)) or _accented_agrees(
            a.original(j).lower(), fix, det, series
        ):
            continue  # «papas» may be «papás» or potatoes: only the accent tells
        after_verb = any(f.person for f in a.of(i - 1, "VERB"))  # «Me gusta esta vestido»
        after_verb = after_verb or _infinitive_object(a, i)
        # «en el cocina», «El casa es grande»: no «él» before a verb there
        article = a.at(i - 1) in ctx.words["before_article_only"] or before_verb(ctx, i, j)
        article = article or _asked_for(ctx, i, j)
        if j == i + 1 and not (after_verb or article) and unaccented_verb_or_pronoun(a, i, j):
            continue  # «Tom esta cansado», «el era»: «está», «él» without the accent
        if fix != det and _neuter_meant(ctx, i, j):
            fix = ctx.spelled["neuter_article"][0]  # «de la contrario»: «de lo contrario»
        if fix != det:
            features = f"{_NAMES[gender]} {_NAMES[number]}"
            yield Hit(i, i + 1, fix, {"noun": a.original(j), "features": features})


def _det_slots(series, det: str) -> set[tuple[str, str]]:
    """The (gender, number) the determiner of the series can have (mi: both genders)."""
    return {(_GENDERS[k % 2], _NUMBERS[k // 2]) for k, d in enumerate(series) if d == det}


def in_title(a: Analysis, i: int, j: int) -> bool:
    """The noun at j is capitalised inside the sentence and so is the determiner at i (not
    opening it) or the word after the noun: the words are a title («El Noches Después»),
    not a noun phrase whose agreement the learner chose."""
    if not a.original(j)[:1].isupper():
        return False
    opening = i == 0 or a.at(i - 1) == BOUNDARY
    capital_det = not opening and a.original(i)[:1].isupper()
    return capital_det or (j + 1 < len(a) and a.original(j + 1)[:1].isupper())


def _adjective_agrees(a: Analysis, i: int) -> bool:
    """The adjective after the determiner at i has its gender and number, both marked."""
    dets = [(f.gender, f.number) for f in a.of(i, "DET") if f.gender and f.number]
    return any((f.gender, f.number) in dets for f in a.of(i + 1, "ADJ"))


def _infinitive_object(a: Analysis, i: int) -> bool:
    """«Va a comprar el casa», «quiere desarrollar el bomba»: the word at i follows an
    infinitive that hangs on a finite verb, so it begins the infinitive's object; not «después
    de comer el cocina», where «él» may begin a clause of its own."""
    if not any(f.form == "inf" for f in a.of(i - 1, "VERB")):
        return False
    k = i - 2 - bool(a.of(i - 2, "ADP") or a.of(i - 2, "CONJ"))  # «va a», «tiene que»
    return any(f.person for f in a.of(k, "VERB"))


def _accented_agrees(written: str, fix: str, det: str, series) -> bool:
    """The unaccented noun is, with one accent, another noun the determiner agrees with
    («un carne»: «carné»): the learner's article is right, the accent is what is left out."""
    if fix == det:
        return False
    slots = {(_GENDERS[k % 2], _NUMBERS[k // 2]) for k, d in enumerate(series) if d == det}
    numbers = {n for _, n in slots}
    return any(n in numbers and (g is None or (g, n) in slots) for g, n in accented_nouns(written))


def _hyphen_after(a: Analysis, j: int) -> bool:
    """A hyphen follows the word at j: the first part of a compound («afro - americanos»)."""
    spans = a.tokens.spans
    return j + 1 < len(spans) and "-" in a.tokens.original[spans[j][1] : spans[j + 1][0]]


def _adjective_as_noun(ctx: Context, j: int, noun) -> bool:
    """The word at j is an adjective standing for a noun: its noun reading has no gender of
    its own (azulgrana), or it is a colour («los rosa»); not a noun of one gender that is
    also an adjective («los mueble»: muebles)."""
    adjectives = ctx.analysis.of(j, "ADJ")
    colours = set(ctx.words["colours"])
    return bool(adjectives) and (not noun.gender or any(f.classes & colours for f in adjectives))


def _phrase_at(ctx: Context, k: int, words: list[str]) -> bool:
    return [ctx.analysis.at(k + n) for n in range(len(words))] == words


def _asked_for(ctx: Context, i: int, j: int) -> bool:
    """«El cuenta, por favor»: a clause of the determiner at i and the word at j alone, said
    with «por favor», asks for a thing, so the determiner is an article."""
    a = ctx.analysis
    if a.at(i - 1) != BOUNDARY or a.at(j + 1) != BOUNDARY:
        return False
    for phrase in ctx.words["request_phrases"]:
        words = phrase.split()
        after = _phrase_at(ctx, j + 2, words) and a.at(j + 2 + len(words)) == BOUNDARY
        before = i - 1 - len(words)
        if after or (_phrase_at(ctx, before, words) and a.at(before - 1) == BOUNDARY):
            return True
    return False
