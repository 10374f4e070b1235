"""An adjective said of an infinitive or a «que» clause: «Es muy divertida ir a la playa»,
«Es importantes que vengas». A clause has no gender or number, so the adjective is masculine
singular («divertido», «importante»). Part of the agreement family (rules/agreement.py)."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

_FINITE = ("pres", "impf", "past", "fut", "cond")


def _bare_ser(ctx: Context, i: int) -> bool:
    """A third-person singular form of ser opens its clause at i, with no subject before it
    («Es…», «…y es…», «No es…»); not after «que», whose noun is its subject."""
    a = ctx.analysis
    ser = ctx.words["copulas"][0]
    if not any(f.lemma == ser and f.person == "3s" and f.form in _FINITE for f in a.of(i, "VERB")):
        return False
    k = i - 1 if a.at(i - 1) in ctx.words["negation"] else i
    return a.at(k - 1) == BOUNDARY or a.at(k - 1) in ctx.words["clause_starts"]


def _clause_after(ctx: Context, j: int, compared: bool) -> bool:
    """An infinitive (nothing else) or, but after a comparison («más divertida que…», «tan
    buena que…»), a «que» stands at j: the subject the adjective before it describes."""
    a = ctx.analysis
    verbs = a.of(j, "VERB")
    if verbs and a.only(j, "VERB") and all(f.form == "inf" for f in verbs):
        return True
    return not compared and a.at(j) in ctx.words["that"]


def clause_subject_adjective(ctx: Context):
    """«Es muy divertida ir a la playa»: ser with no subject of its own, an adjective not in
    the masculine singular, and an infinitive or a «que» clause after it as the subject."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if not _bare_ser(ctx, i):
            continue
        j, compared = i + 1, False
        while a.at(j) in ctx.words["degree"]:
            compared = compared or a.at(j) in ctx.words["comparing_degree"]
            j += 1
        adjectives = a.of(j, "ADJ")
        if not adjectives or not a.only(j, "ADJ") or not _clause_after(ctx, j + 1, compared):
            continue
        if all(f.number == "p" or f.gender == "f" for f in adjectives):
            fix = adjective_fix(ctx, j, "m", "s")
            if fix and fold(fix) != a.at(j):  # «crucial»: one form for both genders
                yield Hit(j, j + 1, fix)
