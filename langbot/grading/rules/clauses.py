"""Clauses: a clause that modifies a noun needs «que»."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb

_PERSON = {"s": "3s", "p": "3p"}


def _opens_a_relative(ctx: Context, start: int) -> bool:
    """The clause follows «que» after a noun or an article («la persona que vive…», «de la
    que voy…»): it says more about that noun, and a verb after its own belongs to the
    sentence around it («…en esta casa es mi madre»)."""
    a = ctx.analysis
    if a.at(start - 1) not in ctx.words["relative"]:
        return False
    return bool(a.of(start - 2, "NOUN") or a.of(start - 2, "DET"))


def _relative_que(ctx: Context):
    a = ctx.analysis
    for start, end in a.clauses:
        if _opens_a_relative(ctx, start):
            continue
        seen_verb = False
        for i in range(start, end):
            if a.present(i):
                seen_verb = True
            if not seen_verb or not a.of(i, "ADP"):
                continue
            np = a.noun_phrase(i + 1)
            if np is None or np.noun.number is None or np.end >= end:
                continue
            verbs = only_verb(a, np.end)
            if verbs and any(f.person == _PERSON[np.noun.number] for f in verbs):
                if not a.of(np.end, "ADJ"):
                    yield Hit(
                        np.end, np.end + 1, f"{ctx.words['relative'][0]} {a.original(np.end)}"
                    )
            break


FINDERS = {"relative_que": _relative_que}
