"""Numbers in the agreement family (rules/agreement.py lists them): a noun after a number
above one is plural («dos perro»), and «uno» before a masculine noun is «un»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.counted_plural import an_hour, lexicon_plural
from langbot.grading.tokens import BOUNDARY


def counted(ctx: Context, i: int) -> bool:
    """Token i counts more than one thing: a number word above one, or digits other than 1."""
    a = ctx.analysis
    word = a.at(i)
    if word.isdigit():  # not a label after a noun: «la carretera nacional 21», «Top 40»
        before = a.readings[i - 1] if i > 0 else ()
        label = all(f.pos in ("NOUN", "ADJ") for f in before) and (before or i > 1)
        # after a singular determiner, digits say which one: «su 20 año», «la 2 vez»
        dets = [f for f in before if f.pos == "DET"]
        which = bool(dets) and all(f.number == "s" for f in dets)
        return word != ctx.words["one_digit"][0] and not (i > 0 and (label or which))
    return bool(ctx.analysis.of(i, "NUM")) and word in ctx.words["plural_numbers"]


YEAR_DIGITS = 4


def numerals(ctx: Context):
    """Finder: «dos perro»: a noun after a number above one is plural."""
    a = ctx.analysis
    vocabulary = ctx.kb.vocabulary
    for i in range(len(a) - 1):
        if not counted(ctx, i) or an_hour(ctx, i) or _clitic_before_verb(ctx, i + 1):
            continue
        if _year_then_verb(ctx, i):
            continue  # «desde 2015 trabajo en Madrid»: a year, then «yo trabajo»
        if _adverb_ending_clause(ctx, i + 1):
            continue  # «una mesa para dos mañana»: for two, tomorrow
        if any(f.classes & set(ctx.words["month_classes"]) for f in a.of(i + 1, "NOUN")):
            continue  # «nació 29 enero 1954»: a day of the month, no count
        noun = vocabulary.nouns.get(a.at(i + 1))
        if noun is None:  # «dos casco»: a noun the vocabulary files lack
            plural = lexicon_plural(ctx, i + 1)
            if plural:
                yield Hit(i + 1, i + 2, plural, {"number": a.at(i)})
        elif noun.number == "s" and not vocabulary.invariable(a.at(i + 1)):
            yield Hit(i + 1, i + 2, vocabulary.plural_of(a.at(i + 1)), {"number": a.at(i)})


def _year_then_verb(ctx: Context, i: int) -> bool:
    """The number at i is a year in digits and the word after it may be a conjugated verb."""
    a = ctx.analysis
    year = a.at(i).isdigit() and len(a.at(i)) == YEAR_DIGITS
    return year and any(f.person for f in a.of(i + 1, "VERB"))


def _adverb_ending_clause(ctx: Context, j: int) -> bool:
    """The word at j is also an adverb («mañana», «tarde») and ends the clause: the number
    before it stands alone («llegaron dos tarde»), counting no noun."""
    a = ctx.analysis
    ends = j + 1 >= len(a) or a.at(j + 1) == BOUNDARY
    return ends and bool(a.of(j, "ADV"))


def _clitic_before_verb(ctx: Context, i: int) -> bool:
    """«a las ocho te va bien»: a pronoun before a conjugated verb is no counted noun."""
    a = ctx.analysis
    return bool(a.of(i, "CLITIC")) and any(f.person for f in a.of(i + 1, "VERB"))


def numeral_apocope(ctx: Context):
    """Finder: «veintiuno años»: «uno» before a masculine noun is «un»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        noun = ctx.kb.vocabulary.nouns.get(a.at(i + 1))
        if noun and noun.number == "p" and a.at(i) == ctx.words["apocopated"][0]:
            continue  # «uno libros»: «unos», one_before_noun's fix, not «un»
        if noun and noun.gender == "m" and a.at(i) in ctx.words["apocopated"]:
            index = ctx.words["apocopated"].index(a.at(i))
            yield Hit(i, i + 1, ctx.spelled["apocope"][index], {"noun": noun.lemma})
