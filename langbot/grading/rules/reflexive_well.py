"""«Yo siento bien», «sientes mal hoy»: how one feels, said with «bien» or «mal», is
sentirse, with its pronoun («me siento bien»). Part of the reflexive family
(rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.reflexive_forms import (
    finite_at,
    lower_at,
    one_person,
    own_pronoun,
    verbs_of,
)
from langbot.grading.tokens import BOUNDARY


def _ends_how(ctx: Context, j: int) -> bool:
    """Past «bien» or «mal» at j, only adverbs, then the clause's end or a preposition
    («me siento mal por él»), no object («siento bien el frío»)."""
    a = ctx.analysis
    k = j + 1
    while k < len(a) and a.only(k, "ADV"):
        k += 1
    return k >= len(a) or a.at(k) == BOUNDARY or (a.only(k, "ADP") and not a.of(k, "DET"))


def feeling_well(ctx: Context):
    """Sentir with no pronoun before it, then «bien» or «mal» ending its clause."""
    a = ctx.analysis
    feel = ctx.kb.verbs.said_with("adjective")
    for i, verbs in verbs_of(ctx, feel):
        person = one_person(verbs)
        if not person or a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive:
            continue
        if person[0] == "3" and any(f.lemma not in feel for f in finite_at(ctx, i)):
            continue  # «esto sienta bien»: sentar, to suit
        if a.at(i + 2) == BOUNDARY or i + 2 >= len(a):
            continue  # «¿sientes mal?»: reflexive_feeling reads a lone «bien» or «mal»
        if a.at(i + 1) in ctx.words["well_or_badly"] and _ends_how(ctx, i + 1):
            yield Hit(i, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")


def feeling_good(ctx: Context):
    """«Me siento bueno», «se siente mala»: how one feels is said with the adverb, «bien» or
    «mal», not the adjective (not «me siento buena persona»: a noun follows)."""
    a = ctx.analysis
    feel = ctx.kb.verbs.said_with("adjective")
    good_bad, well_badly = ctx.words["good_or_bad"], ctx.words["well_or_badly"]
    for i, verbs in verbs_of(ctx, feel):
        if not (a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive):
            continue
        person = one_person(verbs)
        if not person or (person[0] == "3" and any(f.lemma not in feel for f in finite_at(ctx, i))):
            continue  # «me sienta mal»: sentar, to suit
        j = i + 1
        while j < len(a) and a.at(j) in ctx.words["feeling_degrees"]:
            j += 1  # «me siento muy bueno»
        lemmas = {f.lemma for f in a.of(j, "ADJ")}
        if len(lemmas) != 1 or (lemma := lemmas.pop()) not in good_bad:
            continue
        if (a.of(j + 1, "NOUN") and not a.of(j + 1, "ADV")) or a.at(j + 1) in ctx.words["at_what"]:
            continue  # «me siento buena madre», «bueno en matemáticas»: what one feels one is
        yield Hit(j, j + 1, well_badly[good_bad.index(lemma)])
