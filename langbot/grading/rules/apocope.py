"""An adjective that loses its last letter before a masculine singular noun («un buen
día») keeps its whole form before any other noun: «una buen idea» is «una buena idea».
Part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.inflection import feminine, plural
from langbot.grading.rules.base import Context, Hit


def apocopated_adjective(ctx: Context, series_of, common_nouns):
    """Finder: a short adjective (buen, mal, primer) after a determiner, before a noun that
    is not masculine singular and agrees with the determiner (else the determiner's own
    rule speaks): the adjective takes its whole form in the noun's gender and number."""
    a = ctx.analysis
    short, full = ctx.words["short_adjectives"], ctx.spelled["short_adjectives_from"]
    whole = dict(zip(short, full, strict=True))
    for i in range(1, len(a) - 1):
        lemma, series = whole.get(a.at(i)), series_of(ctx, a.at(i - 1))
        if lemma is None or not series or a.accented(i - 1) or a.original(i + 1)[:1].isupper():
            continue
        nouns = common_nouns(a, i + 1)
        if len(nouns) != 1 or a.at(i + 1) in ctx.kb.stressed_a:
            continue
        noun = nouns[0]
        if not noun.gender or not noun.number or (noun.gender, noun.number) == ("m", "s"):
            continue
        if series[(noun.gender == "f") + 2 * (noun.number == "p")] != a.at(i - 1):
            continue  # «una mal día»: the determiner is wrong, which its own rule says
        if any(f.pos not in ("NOUN", "VERB") or f.form == "part" for f in a.readings[i + 1]):
            continue  # «la mal llamada crisis»: an adverb before a participle
        form = feminine(lemma) if noun.gender == "f" else lemma
        if form:
            fix = plural(form) if noun.number == "p" else form
            yield Hit(i, i + 1, fix, {"noun": a.original(i + 1)})
