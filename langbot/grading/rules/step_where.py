"""«¿Dónde está la catedral?» «Hay en el centro»: where a known thing is takes estar, as the
step's model answer says it («Está en el centro»); «hay» right before where, with nothing
after it that exists, says where with the wrong verb. Part of the step family
(rules/step.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _nothing_there(ctx: Context, start: int) -> bool:
    """From token `start` to the end of its clause, every noun follows a preposition (with
    determiners and adjectives between): where, and no thing that is there («en el centro»;
    not «en el centro muchas tiendas»); no verb either."""
    a = ctx.analysis
    inside = False
    for k in range(start, len(a)):
        if a.at(k) == BOUNDARY:
            break
        if a.of(k, "VERB") and not a.of(k, "ADP") and not a.of(k, "NOUN"):
            return False
        if a.of(k, "ADP") or a.at(k) in ctx.words["where_words"]:
            inside = True
        elif a.of(k, "NOUN") and not inside:
            return False
        elif a.of(k, "NOUN"):
            inside = False
    return True


def step_hay_for_estar(ctx: Context):
    """«Hay» then a word of where, and nothing there, where the step's model answer says
    where with estar and names no haber; the fix is the model answer's form of estar."""
    estar, haber = ctx.words["copulas"][1], ctx.words["perfect_auxiliaries"][0]
    if estar not in ctx.persons or haber in ctx.step_verbs:
        return
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["there_is"] or a.at(i + 1) not in ctx.words["where_words"]:
            continue
        if a.at(i - 1) in ctx.words["negation"] or not _nothing_there(ctx, i + 1):
            continue  # «no hay en esta calle»: none there, said short
        fix = ctx.kb.verbs.present(estar).get(ctx.persons[estar])
        if fix:
            yield Hit(i, i + 1, fix, {})
            return


FINDERS = {"step_hay_for_estar": step_hay_for_estar}
