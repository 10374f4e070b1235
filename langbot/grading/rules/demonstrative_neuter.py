"""«Esto juego»: the neuter demonstratives (esto, eso, aquello) stand for a whole idea, never
before a noun; before one, the demonstrative takes the noun's gender and number («este
juego», «esa casa», «aquellos años»)."""

from langbot.grading.analysis import Features
from langbot.grading.rules.article_words import one_noun
from langbot.grading.rules.base import Context, Hit


def _subject_noun(ctx: Context, j: int) -> Features | None:
    """The noun reading of a word that is also a conjugated verb («juego»), when a verb that
    is nothing else follows («esto juego no es…»): the word is the subject, not the verb of
    a fronted object («eso juego yo»)."""
    a = ctx.analysis
    nouns = a.of(j, "NOUN")
    if len(nouns) != 1 or any(f.pos not in ("NOUN", "VERB") for f in a.readings[j]):
        return None
    k = j + 2 if a.at(j + 1) in ctx.words["negation"] else j + 1
    finite = a.only(k, "VERB") and all(f.person for f in a.readings[k])
    return nouns[0] if finite else None


def neuter_demonstrative(ctx: Context):
    """«Esto juego es divertido»: a neuter demonstrative right before a noun that is nothing
    else, written small; not after a preposition («por eso gente como tú…»: «eso» the idea)."""
    a = ctx.analysis
    series = {w: ctx.spelled["demonstrative_series"][k] for k, w in enumerate(ctx.words["neuters"])}
    genders = ctx.words["genders"]
    for i in range(len(a) - 1):
        if a.at(i) not in series or a.of(i - 1, "ADP"):
            continue
        noun = one_noun(a, i + 1) or _subject_noun(ctx, i + 1)
        if noun is None or noun.gender not in genders or noun.number not in ("s", "p"):
            continue
        if not a.original(i + 1)[:1].islower():
            continue  # a name: «eso Juan no lo sabe»
        forms = series[a.at(i)].split()
        fix = forms[genders.index(noun.gender) + 2 * (noun.number == "p")]
        word = a.original(i)
        yield Hit(
            i, i + 1, fix.capitalize() if word[:1].isupper() else fix, {"noun": a.original(i + 1)}
        )
