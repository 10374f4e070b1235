"""«Mi hermano están alta»: a copula of the wrong number after the clause's one noun phrase
leaves that phrase its subject still; an adjective of its number in the other gender
agrees with it («alto»), besides the verb's own cue («está»). Part of the agreement family
(rules/predicate.py calls it)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _plural_copula(ctx: Context, i: int) -> bool:
    """Token i is only a plural ser or estar."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    return (
        a.only(i, "VERB")
        and bool(verbs)
        and all(f.lemma in ctx.words["copulas"] and (f.person or "")[1:] == "p" for f in verbs)
    )


def opening_subject_adjective(ctx: Context):
    """Finder: a singular noun phrase opens the clause, a plural copula follows, then an
    adjective of the singular in the other gender: the adjective's gender is wrong too."""
    a = ctx.analysis
    for start in range(len(a) - 3):
        if start and a.at(start - 1) != BOUNDARY:
            continue
        np = a.noun_phrase(start)
        if np is None or np.noun.number != "s" or np.noun.gender not in ("m", "f"):
            continue
        i = np.end
        if not a.only(i - 1, "NOUN") or not _plural_copula(ctx, i):
            continue
        k = skip_adverbs(a, ctx.kb, i + 1)
        adjectives = a.of(k, "ADJ")
        if not adjectives or not a.only(k, "ADJ") or a.of(k + 1, "NOUN"):
            continue
        gender = np.noun.gender
        if all(f.number == "s" and f.gender and f.gender != gender for f in adjectives):
            fix = adjective_fix(ctx, k, gender, "s")
            if fix and fold(fix) != a.at(k):
                words = " ".join(a.original(j) for j in range(start, i))
                yield Hit(k, k + 1, fix, {"subject": f"«{words}»"})
