"""«Yo despierto a las siete»: waking up, said of one's routine at a time, is despertarse,
with its pronoun («me despierto a las siete»). Bare «desperté de un sueño» is right too, so
only a clock time or «temprano»/«tarde» right after the verb shows the routine. Part of the
reflexive family (rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.reflexive_forms import lower_at, one_person, own_pronoun, verbs_of


def woken_without_pronoun(ctx: Context):
    """A present of `timed_reflexives` with no pronoun before it, then a routine's time."""
    a = ctx.analysis
    for i, verbs in verbs_of(ctx, frozenset(ctx.words["timed_reflexives"])):
        person = one_person([f for f in verbs if f.form == "pres"])
        if not person or a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive:
            continue
        if a.of(i - 1, "DET") or a.at(i - 1) in ctx.words["relative"]:
            continue
        if _timed_routine(ctx, i, person):
            yield Hit(i, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")


def _timed_routine(ctx: Context, i: int, person: str) -> bool:
    """The verb at i, also an adjective («despierto»), is said with a clock time or «temprano»
    right after it, with no verb before it nor a noun it cannot be the verb of: a routine,
    not a state («estoy despierto a las siete», «el niño despierto»)."""
    a = ctx.analysis
    if a.of(i - 1, "VERB") or any(f.pos not in ("VERB", "ADJ") for f in a.readings[i]):
        return False
    times = set(ctx.words["calendar_classes"])
    nouns = [f for f in a.of(i - 1, "NOUN") if not f.classes & times]  # «los sábados despierto»
    if nouns and person[0] != "3":
        return False
    j = i + 1
    clock = a.at(j) in ctx.words["to"] and a.at(j + 1) in ctx.words["clock_articles"]
    return a.at(j) in ctx.words["routine_times"] or (clock and bool(a.of(j + 2, "NUM")))
