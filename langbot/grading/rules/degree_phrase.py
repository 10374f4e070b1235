"""A noun phrase with a word of degree between its determiner and its adjective («un muy
aterrador cosa», «una muy pequeño casa»): the determiner and the adjective each agree with
the noun, read from the lexicon's features. Part of the agreement family (rules/agreement.py
lists it)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import GENDER_NUMBER, Context, Hit, series_index
from langbot.grading.rules.determiner_noun import common_nouns, in_title
from langbot.grading.rules.determiner_series import series as series_of
from langbot.grading.rules.subject_phrases import disagrees
from langbot.text import fold


def _slots(series: tuple[str, ...], det: str) -> set[tuple[str, str]]:
    """The (gender, number) the determiner of the series can have (mi: both genders)."""
    return {slot for slot, form in zip(GENDER_NUMBER, series, strict=True) if form == det}


def _adjective(a, k: int) -> bool:
    """Token k is an adjective and nothing else but its participle («aburrido»)."""
    readings = a.readings[k]
    return bool(a.of(k, "ADJ")) and all(
        f.pos == "ADJ" or (f.pos == "VERB" and f.form == "part") for f in readings
    )


def _phrase(ctx: Context, i: int):
    """(series, adjectives, noun) of «determiner, degree word, adjective, noun» from i: the
    adjective nothing else, the noun a common noun of known gender and number; else None."""
    a = ctx.analysis
    series = series_of(ctx, a.at(i))
    plain = set(ctx.words["degree"]) - set(ctx.words["comparing_degree"])
    if series is None or a.accented(i) or a.at(i + 1) not in plain or not _adjective(a, i + 2):
        return None
    if any(f.person for f in a.of(i, "VERB")):
        return None  # «esta muy rico, gracias»: «está» without its accent
    n = i + 3
    nouns = common_nouns(a, n)
    if len(nouns) != 1 or not nouns[0].gender or not nouns[0].number:
        return None
    if a.at(n) in ctx.kb.stressed_a or in_title(a, i, n) or a.original(n)[:1].isupper():
        return None  # «un muy buen agua» is no error; a title or a name keeps its words
    return series, a.of(i + 2, "ADJ"), nouns[0]


def degree_phrase(ctx: Context):
    """Finder: in «determiner + muy + adjective + noun», a determiner that is not the noun's
    gender and number when the noun can be nothing else («un muy aterrador cosa»: «una»); an
    adjective that agrees with neither the noun nor the determiner, whichever the noun's
    other readings («una muy pequeño casa»: «pequeña»)."""
    a = ctx.analysis
    for i in range(len(a) - 3):
        found = _phrase(ctx, i)
        if found is None:
            continue
        series, adjectives, noun = found
        slots = _slots(series, a.at(i))
        wrong_adjective = all(disagrees(f, noun.gender, noun.number) for f in adjectives)
        if (noun.gender, noun.number) not in slots:
            marked = all(f.gender for f in adjectives)  # «un muy buena persona»: determiner_noun
            if a.only(i + 3, "NOUN") and (wrong_adjective or not marked):
                fix = series[series_index(noun.gender, noun.number)]
                yield Hit(i, i + 1, fix, {"noun": a.original(i + 3)})
            continue
        apart = all(disagrees(f, g, n) for f in adjectives for g, n in slots)
        if wrong_adjective and (apart or a.only(i + 3, "NOUN")):
            fix = adjective_fix(ctx, i + 2, noun.gender, noun.number)
            if fix and fold(fix) != a.at(i + 2):
                yield Hit(i + 2, i + 3, fix, {"noun": a.original(i + 3)})
