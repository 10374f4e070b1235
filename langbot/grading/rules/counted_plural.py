"""The plural a number above one asks of its noun, for a noun the vocabulary files lack
(«dos casco»: the lexicon knows «casco» only as a singular noun and «cascos» as its plural),
and the hour a number may be instead («a las dos trabajo»: at two I work, no count). Part of
the agreement family (rules/noun_phrase.py `numerals`); the words are in
data/rules/agreement.yaml."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context
from langbot.text import fold


def lexicon_plural(ctx: Context, k: int) -> str | None:
    """The plural of the noun at k when it can be nothing but a singular noun of one lemma,
    is no name, and the lexicon knows its plural as that noun's: «casco» -> «cascos». After
    a number said in words, a verb of «yo» is no reading («cuatro premio»: not «premiar»; a
    year in digits may open a clause, «desde 2015 trabajo…»)."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    worded = not a.at(k - 1).isdigit() and all(
        f.pos == "NOUN" or f.person == "1s" for f in a.readings[k]
    )
    if not (a.only(k, "NOUN") or (worded and nouns)) or a.original(k)[:1].isupper():
        return None
    lemmas = {f.lemma for f in nouns}
    if len(lemmas) != 1 or not any(f.number == "s" for f in nouns):
        return None
    if any(f.number not in ("s", None) for f in nouns):
        return None  # a plural reading: «crisis»
    written = a.original(k).lower()
    for ending in ctx.spelled["noun_plural_endings"]:
        # the plural may drop the singular's written accent («canción», «canciones»)
        for form in (written + ending, *lexicon().spellings(fold(written + ending))):
            readings = lexicon().readings(form)
            if any(r.upos == "NOUN" and r.number == "Plur" and r.lemma in lemmas for r in readings):
                return form
    return None


def an_hour(ctx: Context, i: int) -> bool:
    """The number at i is an hour («a las dos») and a verb may follow it («trabajo»)."""
    a = ctx.analysis
    opener = f"{a.at(i - 2)} {a.at(i - 1)}" if i >= 2 else ""
    verb = any(f.person for f in a.of(i + 1, "VERB"))
    return verb and opener in ctx.words["clock_openers"]
