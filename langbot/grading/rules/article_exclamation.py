"""«¡Qué un día!»: the exclamation «what a…» is «qué» and the bare noun («¡Qué día!», «¡Qué
sorpresa!»); Spanish says no «un», «una» after it."""

from langbot.grading.rules.base import Context, Hit


def what_a(ctx: Context):
    """«Qué» written with its accent, then «un» or «una» and a noun, in a sentence that asks
    nothing («¿Qué un niño sabe?» may be a question)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["question_marks"]):
        return
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["what"] or not a.accented(i):
            continue
        if a.at(i + 1) in ctx.words["indefinite_singular"] and a.of(i + 2, "NOUN"):
            yield Hit(i, i + 2, a.original(i))
