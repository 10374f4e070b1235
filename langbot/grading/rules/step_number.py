"""A plural for the one thing the step speaks of: «¿Dónde está el gato?» «Están encima del
tractor», where the model answer says «está»; the verb, its subject left unsaid, agrees with
that one thing. Part of the step family (rules/step.py: slip_at)."""

from langbot.grading.rules.base import Context


def plural_for_one(ctx: Context, i: int, want: str, persons: set[str]) -> bool:
    """The verb at i is only a third plural where the step's model answer gives it the third
    singular, and no plural noun of the answer may be its subject (one after a preposition
    or a number is none: «encima de los tractores», «pesan dos kilos»)."""
    if want != "3s" or persons != {"3p"}:
        return False
    a = ctx.analysis
    for k in range(len(a)):
        if not any(f.number == "p" for f in a.of(k, "NOUN")):
            continue
        j = k - 1
        while j >= 0 and (a.of(j, "DET") or a.of(j, "ADJ")) and not a.of(j, "ADP"):
            j -= 1
        if not (a.of(j, "ADP") or a.of(j, "NUM") or a.of(k - 1, "NUM")):
            return False
    return True
