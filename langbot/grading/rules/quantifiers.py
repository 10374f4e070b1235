"""More of the agreement family (rules/agreement.py lists them): a quantifier the lexicon
reads as a determiner agrees with the noun right after it («varios hermanas», «algunos
amigas», «ambos hermanas»), by the lexicon's features, with no list of quantifiers; and a
demonstrative subject of ser agrees with the noun after ser («Este es mi hermana»); «todo»
agrees with its noun phrase («todos los días»)."""

from functools import lru_cache

from langbot.grading.analysis import Analysis, Features
from langbot.grading.inflection import feminine, plural
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit, series_index
from langbot.grading.rules.common import lost_accent
from langbot.grading.rules.noun_phrase import accent_tells
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_KEPT = ("DET", "ADJ", "PRON", "NOUN")
_VERB = frozenset({"VERB", "AUX"})


def _quantifier(a: Analysis, i: int) -> tuple[Features, ...]:
    """The determiner and adjective readings at i, when a determiner reading has a gender
    and a number and every other reading is the same word (vario: det, adjective, noun)."""
    dets = a.of(i, "DET") or (a.of(i, "PRON") if a.accented(i) else ())  # «¿cuánta?»
    if not any(f.gender and f.number for f in dets) or a.of(i, "CLITIC"):
        return ()
    lemmas = {f.lemma for f in dets}
    if any(f.pos not in _KEPT for f in a.readings[i]):
        return ()
    if any(
        f.pos == "NOUN" and f.lemma not in lemmas and not _alone(f, dets) for f in a.readings[i]
    ):
        return ()
    return tuple(f for f in a.readings[i] if f.pos in ("DET", "ADJ") or f in dets)


def _alone(noun: Features, dets) -> bool:
    """A noun reading that is the determiner standing alone, its lemma the determiner's in
    its own gender and number (the lexicon reads «alguna» also as a noun «alguna»)."""
    return any(
        (f.gender, f.number) == (noun.gender, noun.number) and feminine(f.lemma) == noun.lemma
        for f in dets
    )


def _agrees(f: Features, noun: Features) -> bool:
    return (not f.gender or f.gender == noun.gender) and (not f.number or f.number == noun.number)


def quantifier_noun(ctx: Context, series_of, nouns):
    """Finder: a determiner that is no article, demonstrative or possessive («varios»,
    «algunos», «ambos», «tantos») and the noun right after it disagree."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not any(f.pos in ("DET", "PRON") for f in a.readings[i]):
            continue
        if series_of(ctx, a.at(i)) is not None or a.original(i + 1)[:1].isupper():
            continue  # the determiner's own rule; a name
        readings = _quantifier(a, i)
        found = nouns(a, i + 1) if readings else ()
        if len(found) != 1 or not _noun_here(a, i) or a.at(i + 1) in ctx.kb.stressed_a:
            continue
        noun = found[0]
        if not noun.gender or not noun.number or ctx.kb.vocabulary.invariable(a.at(i + 1)):
            continue
        if accent_tells(noun.lemma, a.original(i + 1)):
            continue  # «algunas papas»: «papás» or potatoes, only the accent tells
        if noun.number == "s" and a.at(i + 1)[-1:] in ctx.words["plural_as_singular_endings"]:
            continue  # «varios test»: a borrowed noun may keep one form
        if any(_agrees(f, noun) for f in readings) or all(
            f.number != noun.number for f in readings
        ):
            continue  # agrees, or the number is wrong, which the noun may be («varias libro»)
        fix = _swapped(ctx, a.original(i), noun.gender)
        if fix and fold(fix) != a.at(i):
            yield Hit(i, i + 1, fix, {"noun": a.original(i + 1)})


def _swapped(ctx: Context, word: str, gender: str) -> str | None:
    """The word with its gender ending for `gender` (algunos: algunas), keeping its number;
    from its series when it has one (ninguna: ningún)."""
    forms = _series(tuple(ctx.spelled["quantifier_sets"])).get(fold(word))
    if forms:
        fix = forms[(gender == "f") + 2 * (fold(word) in map(fold, forms[2:]))]
        return fix.capitalize() if word[:1].isupper() else fix
    plural = ctx.words["plural_ending"][0]
    stem = word[: -len(plural)] if word.lower().endswith(plural) else word
    endings = ctx.words["gender_endings"]
    if stem[-1:].lower() not in endings:
        return None
    ending = endings[ctx.words["genders"].index(gender)]
    return stem[:-1] + ending + word[len(stem) :]


@lru_cache(maxsize=4)
def _series(sets: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each folded quantifier -> its four forms (ningún ninguna ningunos ningunas)."""
    return {fold(w): tuple(line.split()) for line in sets for w in line.split()}


def demonstrative_subject(ctx: Context, series_of):
    """Finder: «Este es mi hermana»: a demonstrative that is the subject of ser, with a noun
    phrase after ser, takes that noun's gender and number («Esta es mi hermana»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        series = series_of(ctx, a.at(i))
        if not series or series[0] not in ctx.words["demonstratives"]:
            continue
        if a.at(i - 1) != BOUNDARY and a.at(i - 1) not in ctx.words["clause_starts"]:
            continue
        verbs = a.of(i + 1, "VERB")
        if not a.only(i + 1, "VERB") or not any(f.lemma == ctx.words["copulas"][0] for f in verbs):
            continue
        np = a.noun_phrase(i + 2)
        if np is None or np.start != i + 2 or a.at(np.end) in ctx.words["coordinators"]:
            continue
        noun = np.noun
        if not noun.gender or not noun.number or a.original(np.end - 1)[:1].isupper():
            continue
        if ctx.kb.vocabulary.invariable(a.at(np.end - 1)):
            continue
        fix = series[series_index(noun.gender, noun.number)]
        if fix != a.at(i):
            fix = fix.capitalize() if a.original(i)[:1].isupper() else fix
            yield Hit(i, i + 1, fix, {"noun": a.original(np.end - 1)})


@lru_cache(maxsize=4)
def _phrases(kb) -> frozenset[str]:
    """The folded adverbs of more than one word (sobre todo)."""
    return frozenset(fold(w) for w in kb.lists.adverbs_between if " " in w)


def whole_noun_phrase(ctx: Context, series_of, noun_after, common_nouns, disagrees):
    """Finder: «todo» before a determiner agrees with the noun phrase: «todos los días»."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        adjectives = a.of(i, "ADJ")
        if not any(f.lemma in ctx.words["whole"] for f in adjectives) or a.of(i, "NOUN"):
            continue
        pair = f"{a.at(i - 1)} {a.at(i)}"
        if pair in _phrases(ctx.kb) or a.at(i - 1) in ctx.words["contracted"]:
            continue  # «sobre todo», «del todo»: an adverb, not a determiner
        series = series_of(ctx, a.at(i + 1))
        dets = a.of(i + 1, "DET")
        before_verb = a.of(i + 1, "CLITIC") and any(f.person for f in a.of(i + 2, "VERB"))
        if not series and (hit := _whole_bare(ctx, i, adjectives, common_nouns)):
            yield hit  # «todos películas»: the gender, beside the missing article
        if not series or not dets or a.accented(i + 1) or before_verb:
            continue  # «todo la como»: a pronoun, not a determiner
        if a.at(i + 1) in ctx.words["contracted"]:
            continue  # «nos llevó a todas al cine»: «al» opens the next phrase
        if lost_accent(a, i + 1, _VERB) and not a.only(i + 2, "NOUN"):
            continue  # «Todo esta bien»: «está» without its accent
        if a.at(i) == ctx.words["whole"][0] and a.at(i + 1) in ctx.words["whole_adverb_before"]:
            continue  # «fue todo una gran equivocación»: «todo» says how much, an adverb
        j = noun_after(ctx, i + 1)
        if j is None and a.of(i + 1, "VERB"):
            continue  # «todo esta bien»: «está» with its accent dropped, no determiner
        noun = common_nouns(a, j)[0] if j is not None else dets[0]  # «todo los cuatro años»
        j = i + 1 if j is None else j
        gender, number = noun.gender or dets[0].gender, noun.number or dets[0].number
        if gender and number and all(disagrees(f, gender, number) for f in adjectives):
            fix = adjective_fix(ctx, i, gender, number)
            if fix and fold(fix) != a.at(i):
                yield Hit(i, i + 1, fix, {"noun": a.original(j)})


def _whole_bare(ctx: Context, i: int, adjectives, common_nouns) -> Hit | None:
    """«Todos películas»: «todo» before a bare plural noun of the other gender."""
    a = ctx.analysis
    nouns = common_nouns(a, i + 1)
    if len(nouns) != 1 or not a.only(i + 1, "NOUN") or a.original(i + 1)[:1].isupper():
        return None
    noun = nouns[0]
    if noun.number != "p" or not noun.gender or a.at(i + 1) in ctx.kb.stressed_a:
        return None
    if any(f.number != "p" or f.gender == noun.gender for f in adjectives):
        return None
    fix = adjective_fix(ctx, i, noun.gender, "p")
    return Hit(i, i + 1, fix, {"noun": a.original(i + 1)}) if fix else None


def _in_number(ctx: Context, i: int, noun: Features, number: str) -> str | None:
    """The noun at i in the other number, when the lexicon knows it as that noun."""
    word = ctx.analysis.original(i)
    if number == "p":
        fix = ctx.kb.vocabulary.plural_of(ctx.analysis.at(i)) or plural(word)
    else:
        fix = noun.lemma
    want = "Plur" if number == "p" else "Sing"
    known = lexicon().readings_folded(fix) if fix else ()
    if not any(r.upos == "NOUN" and r.lemma == noun.lemma and r.number == want for r in known):
        return None
    return fix


def _noun_here(a: Analysis, i: int) -> bool:
    """The token after the determiner at i is its noun: it can be nothing else, or else only
    a verb, which cannot follow a determiner that is no pronoun («ninguna casas»)."""
    if a.only(i + 1, "NOUN"):
        return True
    if (
        i + 1 >= len(a)
        or a.of(i, "CLITIC")
        or any(f.pos not in ("NOUN", "VERB") for f in a.readings[i + 1])
    ):
        return False
    # a pronoun is the subject of a verb of the third person in its number («muchos casan»),
    # never of another person («muchos casas»: the noun)
    numbers = {f.number for f in a.of(i, "PRON")}
    return not any(
        not f.person or (f.person[0] == "3" and f.person[1:] in numbers)
        for f in a.of(i + 1, "VERB")
    )


def quantifier_number(ctx: Context, series_of, nouns):
    """Finder: a determiner with one number that is no article, demonstrative or possessive
    («varios», «algunos», «ningún», «ambos»), and a noun right after it in the other number:
    the noun takes the determiner's number («varios persona»: «personas»)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        dets = a.of(i, "DET")
        if not dets or series_of(ctx, a.at(i)) is not None or a.of(i, "NUM"):
            continue
        if a.at(i) in ctx.words["neuters"]:
            continue  # «esto libros»: the demonstrative is the slip (neuter_demonstrative)
        numbers = {f.number for f in _quantifier(a, i)}
        found = nouns(a, i + 1)
        if len(numbers) != 1 or None in numbers or len(found) != 1 or not _noun_here(a, i):
            continue
        number, noun = numbers.pop(), found[0]
        if not noun.number or noun.number == number or a.original(i + 1)[:1].isupper():
            continue
        if ctx.kb.vocabulary.invariable(a.at(i + 1)) or a.at(i + 1) in ctx.kb.stressed_a:
            continue
        if a.at(i + 1)[-1:] in ctx.words["plural_as_singular_endings"]:
            continue  # «varios test»: a borrowed noun may keep one form
        fix = _in_number(ctx, i + 1, noun, number)
        if fix and fold(fix) != a.at(i + 1):
            yield Hit(i + 1, i + 2, fix, {"quantifier": a.original(i)})


def noun_after_pair(ctx: Context, series_of, nouns):
    """Finder: «el próximo años»: an article and the adjective after it agree in gender and
    number, and their noun, of their gender, differs only in number: the noun takes theirs
    («año»), not the article the noun's («los próximo años»)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        dets = [f for f in a.of(i, "DET") if f.gender and f.number]
        if len(dets) != 1 or series_of(ctx, a.at(i)) is None or a.original(i + 2)[:1].isupper():
            continue
        det, found = dets[0], nouns(a, i + 2)
        if not any((f.gender, f.number) == (det.gender, det.number) for f in a.of(i + 1, "ADJ")):
            continue
        if (
            len(found) != 1
            or found[0].gender != det.gender
            or found[0].number in (None, det.number)
        ):
            continue
        if ctx.kb.vocabulary.invariable(a.at(i + 2)):
            continue
        fix = _in_number(ctx, i + 2, found[0], det.number)
        if fix and fold(fix) != a.at(i + 2):
            yield Hit(i + 2, i + 3, fix, {"words": a.tokens.original_text(i, i + 2)})


def quantifier_before(ctx: Context, i: int) -> bool:
    """Token i is a quantifier (a determiner with a gender and a number, or an adjective
    that goes before its noun: muchas, varios, otras) that agrees with the noun right after
    it, which it opens as an article would («muchas amigas simpáticas»)."""
    a = ctx.analysis
    if a.of(i, "NOUN") or a.of(i, "VERB") or a.of(i, "CLITIC") or not _noun_here(a, i):
        return False
    dets = [f for f in a.of(i, "DET") if f.gender and f.number]
    before = [f for f in a.of(i, "ADJ") if f.lemma in ctx.kb.prenominal and f.number]
    nouns = [f for f in a.of(i + 1, "NOUN") if f.number]
    if len(nouns) != 1 or not (dets or before):
        return False
    # a noun of both genders («estudiantes») takes the quantifier's: «muchos estudiantes»
    noun = nouns[0] if nouns[0].gender else nouns[0]._replace(gender=before and before[0].gender)
    return any(_agrees(f, noun) and f.gender for f in (*dets, *before))
