"""Any adjective right before a bare noun agrees with it: «tiene grande ojos», «delicioso
comida», «especial canciones» (part of the agreement family, rules/agreement.py). The
adjectives natives put first (ctx.kb.prenominal: «mucho», «buen») have their own rule, and
one after a determiner the determiner's. An adjective that disagrees with the bare noun
after it is in 5 of 31,719 native-net sentences (an adverb phrase, a predicate, a noun's
adjective before a new phrase, «todo», one typo: none flagged) against 1 in 120 learner
sentences of the allowed COWS files."""

from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import lost_accent
from langbot.grading.rules.determiner_noun import common_nouns
from langbot.grading.rules.subject_phrases import disagrees

_VERB = frozenset({"VERB"})


def adjective_before_bare_noun(ctx: Context):
    """An adjective alone before a bare common noun, in neither's other gender nor number."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        adjectives = a.of(i, "ADJ")
        if not a.only(i, "ADJ") or adjectives[0].lemma in ctx.kb.prenominal:
            continue
        if not a.only(i + 1, "NOUN") or a.original(i + 1)[:1].isupper() or _said_after(ctx, i):
            continue
        nouns = common_nouns(a, i + 1)
        if len(nouns) != 1 or not nouns[0].number or nouns[0].classes & _times(ctx):
            continue  # «llegó cansado días después»: a time said as an adverb
        noun = nouns[0]
        if all(disagrees(f, noun.gender, noun.number) for f in adjectives):
            fix = adjective_fix(ctx, i, noun.gender, noun.number)
            if fix and fix != a.at(i):
                yield Hit(i, i + 1, fix, {"noun": a.original(i + 1)})


def _times(ctx: Context) -> set[str]:
    return set(ctx.words["time_classes"])


def _said_after(ctx: Context, i: int) -> bool:
    """The adjective at i belongs to what comes before it: a determiner or a number («las
    grandes ciudades»: their own checks), an adverb («está muy rico gracias»: a predicate,
    the answer unpunctuated), an adverb phrase («de nuevo»), a copula or a linking verb
    («es posible gracias a…»), a noun it agrees with («una herradura hecha imán»), «todo»
    («es todo palabras»); or it is a verb with its accent left off («probo»)."""
    a = ctx.analysis
    if a.of(i - 1, "DET") or a.of(i - 1, "NUM") or a.at(i - 1).isdigit() or a.of(i - 1, "ADV"):
        return True
    if f"{a.at(i - 1)} {a.at(i)}" in ctx.words["adverb_phrases"]:
        return True
    linking = {*ctx.words["copulas"], *ctx.words["linking_verbs"]}
    if any(f.lemma in linking for f in a.of(i - 1, "VERB")):
        return True
    adjectives = a.of(i, "ADJ")
    if any(not disagrees(f, n.gender, n.number) for n in a.of(i - 1, "NOUN") for f in adjectives):
        return True
    return adjectives[0].lemma in ctx.words["all"] or lost_accent(a, i, _VERB)
