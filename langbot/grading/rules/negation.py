"""Negative words after the verb: «nada», «nadie», «nunca», «ningún» after the verb need
«no» before it («no quiero nada», not «quiero nada»); before the verb they stand alone
(«nadie viene»). The words are data (data/rules/negation.yaml)."""

from langbot.grading.rules.also_negative import also_after_negative
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.negation_order import negation_after_pronoun
from langbot.grading.tokens import BOUNDARY


def _verb_start(ctx: Context, v: int) -> int:
    """Where the verb at v begins with the object pronouns before it («me gusta»)."""
    a = ctx.analysis
    while (
        a.of(v - 1, "CLITIC") and not a.accented(v - 1) and a.at(v - 1) not in ctx.words["negators"]
    ):
        v -= 1
    return v


def _bare_negative(ctx: Context, k: int) -> bool:
    """The negative word at k stands for itself: not before its own verb («esperan nunca se
    produzca», «deseó nunca haber…»), nor «nada más» or «nada menos» before more words
    («nada más que un amigo», «nada menos que un milagro»: “only”, “no less”)."""
    a = ctx.analysis
    verb = k + 1 + bool(a.of(k + 1, "CLITIC"))
    infinitive = any(f.form == "inf" for f in a.of(verb, "VERB"))
    if infinitive or (a.of(verb, "VERB") and not a.of(verb, "NOUN")):
        return False  # «tengo ningún hermano»: a noun is no verb of its own
    if a.at(k + 1) not in ctx.words["more_or_less"]:
        return True
    return a.at(k + 2) == BOUNDARY


def _compared(ctx: Context, k: int) -> bool:
    """A comparison or a superlative, then «que», before the negative word at k, in one
    clause with it (not «es más alto que yo y come nada»)."""
    a = ctx.analysis
    first = next((j for j in range(k) if a.at(j) in ctx.words["ever_after"]), None)
    that = [j for j in range(k) if first is not None and j > first and a.at(j) in ctx.words["that"]]
    joined = set(ctx.words["coordinators"]) | {BOUNDARY}
    return bool(that) and not any(a.at(j) in joined for j in range(that[-1], k))


def _negative_after_verb(ctx: Context):
    """«Quiero nada más», «Me gusta nada», «Hay nadie», «Voy nunca»: a negative word right
    after a verb with no negative word before it in the sentence."""
    a = ctx.analysis
    negatives, negators = ctx.words["negatives"], ctx.words["negators"]
    if any(mark in a.tokens.original for mark in ctx.spelled["question_marks"]):
        return  # «¿Hay nada más triste?»: a question may use them with no «no»
    for k in range(1, len(a)):
        if a.at(k) not in negatives or not a.only(k - 1, "VERB"):
            continue
        if not any(f.person for f in a.of(k - 1, "VERB")) or not _bare_negative(ctx, k):
            continue  # «sin decir nada» has its «sin»; an infinitive alone has no person
        if any(a.at(j) in negators and a.at(j + 1) != BOUNDARY for j in range(k)):
            return  # a «no» alone before a comma answers yes or no («No, quiero nada»)
        if _compared(ctx, k):
            continue  # «la más triste que he visto nunca»: ever
        start = _verb_start(ctx, k - 1)
        found = " ".join(a.original(j) for j in range(start, k))
        no = ctx.spelled["negation_word"][0]
        if found[:1].isupper() and not found.isupper():  # the sentence's first word
            no, found = no.capitalize(), found[:1].lower() + found[1:]
        fix = f"{no} {found}"
        yield Hit(start, k, fix, {"word": a.original(k)})


FINDERS = {
    "negative_after_verb": _negative_after_verb,
    "also_after_negative": also_after_negative,
    "negation_after_pronoun": negation_after_pronoun,
}
