"""A noun of one form for both numbers (cumpleaños, paraguas) takes its number from its
determiner, so a plural determiner before a singular verb is the slip: «Mis cumpleaños es
en mayo» is «Mi cumpleaños». Part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.determiner_noun import common_nouns
from langbot.grading.rules.subjects import after_subject, subject_starts


def _invariable_noun(ctx: Context, j: int):
    """The one noun reading at j when it has a gender and no number, names no time («los
    lunes es difícil»: when) and is no name."""
    a = ctx.analysis
    nouns = common_nouns(a, j)
    if len(nouns) != 1 or not a.only(j, "NOUN") or a.original(j)[:1].isupper():
        return None
    noun = nouns[0]
    if not noun.gender or noun.number or noun.classes & set(ctx.words["weekday_classes"]):
        return None
    return noun


def invariable_subject(ctx: Context, series_of):
    """Finder: a plural determiner and a noun of one form opening a clause, then a verb
    that can only be of the third person singular: the determiner is singular."""
    a = ctx.analysis
    for i in subject_starts(ctx):
        series = series_of(ctx, a.at(i))
        if not series or a.accented(i) or series.index(a.at(i)) < 2:
            continue
        noun = _invariable_noun(ctx, i + 1)
        if noun is None:
            continue
        k = after_subject(ctx, i + 2)
        persons = {f.person for f in a.of(k, "VERB")}
        if not a.only(k, "VERB") or persons != {"3s"} or a.of(k - 1, "CLITIC"):
            continue  # «mis paraguas los tiene ella»: maybe an object fronted
        fix = series[noun.gender == "f"]
        verb = a.original(k)
        yield Hit(i, i + 1, fix, {"noun": a.original(i + 1), "verb": verb})
