"""More of the agreement family (rules/agreement.py lists them): a quantifier the lexicon
reads as a determiner agrees with the noun right after it («varios hermanas», «algunos
amigas», «ambos hermanas»), by the lexicon's features, with no list of quantifiers; and a
demonstrative subject of ser agrees with the noun after ser («Este es mi hermana»)."""

from langbot.grading.analysis import Analysis, Features
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_KEPT = ("DET", "ADJ", "PRON", "NOUN")


def _quantifier(a: Analysis, i: int) -> tuple[Features, ...]:
    """The determiner and adjective readings at i, when a determiner reading has a gender
    and a number and every other reading is the same word (vario: det, adjective, noun)."""
    dets = a.of(i, "DET") or (a.of(i, "PRON") if a.accented(i) else ())  # «¿cuánta?»
    if not any(f.gender and f.number for f in dets) or a.of(i, "CLITIC"):
        return ()
    lemmas = {f.lemma for f in dets}
    if any(f.pos not in _KEPT for f in a.readings[i]):
        return ()
    if any(f.pos == "NOUN" and f.lemma not in lemmas for f in a.readings[i]):
        return ()
    return tuple(f for f in a.readings[i] if f.pos in ("DET", "ADJ") or f in dets)


def _agrees(f: Features, noun: Features) -> bool:
    return (not f.gender or f.gender == noun.gender) and (not f.number or f.number == noun.number)


def quantifier_noun(ctx: Context, series_of, nouns):
    """Finder: a determiner that is no article, demonstrative or possessive («varios»,
    «algunos», «ambos», «tantos») and the noun right after it disagree."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if series_of(ctx, a.at(i)) is not None or a.original(i + 1)[:1].isupper():
            continue  # the determiner's own rule; a name
        readings = _quantifier(a, i)
        found = nouns(a, i + 1) if readings else ()
        if len(found) != 1 or not a.only(i + 1, "NOUN") or a.at(i + 1) in ctx.kb.stressed_a:
            continue
        noun = found[0]
        if not noun.gender or not noun.number or ctx.kb.vocabulary.invariable(a.at(i + 1)):
            continue
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
    """The word with its gender ending for `gender` (algunos: algunas), keeping its number."""
    plural = ctx.words["plural_ending"][0]
    stem = word[: -len(plural)] if word.lower().endswith(plural) else word
    endings = ctx.words["gender_endings"]
    if stem[-1:].lower() not in endings:
        return None
    ending = endings[ctx.words["genders"].index(gender)]
    return stem[:-1] + ending + word[len(stem) :]


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
        fix = series[(noun.gender == "f") + 2 * (noun.number == "p")]
        if fix != a.at(i):
            fix = fix.capitalize() if a.original(i)[:1].isupper() else fix
            yield Hit(i, i + 1, fix, {"noun": a.original(np.end - 1)})
