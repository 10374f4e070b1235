"""«¿En cuándo es el examen?»: «cuándo» asks the time itself and takes no «en» before it
(«¿cuándo es…?», «¿para cuándo…?», «¿desde cuándo…?»). The question word is told by its accent
or by the «¿» opening right before the preposition, so «de vez en cuando» is left alone. Part
of the little family (rules/little.py)."""

from langbot.grading.rules.base import Context, Hit


def when_after_en(ctx: Context):
    """A preposition of `when_wrong_links` right before «cuándo» asked: the fix drops it."""
    a = ctx.analysis
    text, spans = a.tokens.original, a.tokens.spans
    for i in range(len(a) - 1):
        if (
            a.at(i) not in ctx.words["when_wrong_links"]
            or a.at(i + 1) not in ctx.words["when_words"]
        ):
            continue
        accented = a.original(i + 1).lower() != a.at(i + 1)
        opened = text[: spans[i][0]].rstrip().endswith("¿")
        if accented or opened:
            yield Hit(i, i + 2, a.original(i + 1))
