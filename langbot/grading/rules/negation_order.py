"""«Te no ayudo», «me no gusta»: «no» stands before the object pronouns of its verb, never
between them and the verb («no te ayudo», «no me gusta»). Part of the negation family
(rules/negation.py)."""

from langbot.grading.rules.base import Context, Hit


def _pronoun(ctx: Context, k: int) -> bool:
    """Token k is an object pronoun, unaccented («te», «me», «lo»; not «él», nor «si» of a
    condition); one that may be a noun or a verb too («te»: té; «se»: sé) only with no determiner or subject pronoun
    before it («el te no tiene azúcar», «yo se no…»)."""
    a = ctx.analysis
    if not a.of(k, "CLITIC") or a.accented(k):
        return False
    if any(f.pos not in ("CLITIC", "DET", "NOUN", "VERB") for f in a.readings[k]):
        return False  # «si no quieres»: «si» opens a condition
    other = a.of(k, "VERB") or a.of(k, "NOUN")
    return not other or not (a.of(k - 1, "DET") or a.of(k - 1, "PRON"))


def negation_after_pronoun(ctx: Context):
    """An object pronoun, then «no», then a conjugated verb that is no noun too: «no» goes
    before the pronouns («te no ayudo» → «no te ayudo»; «la no violencia» is left)."""
    a = ctx.analysis
    no = ctx.spelled["negation_word"][0]
    for k in range(1, len(a) - 1):
        if a.at(k) != no or not _pronoun(ctx, k - 1):
            continue
        verbs = a.of(k + 1, "VERB")
        if not verbs or len(verbs) != len(a.readings[k + 1]) or not any(f.person for f in verbs):
            continue
        start = k - 1
        while start > 0 and _pronoun(ctx, start - 1):
            start -= 1
        pronouns = " ".join(a.original(j) for j in range(start, k))
        if pronouns[:1].isupper() and not pronouns.isupper():  # the sentence's first word
            no, pronouns = no.capitalize(), pronouns[:1].lower() + pronouns[1:]
        yield Hit(start, k + 1, f"{no} {pronouns}")
