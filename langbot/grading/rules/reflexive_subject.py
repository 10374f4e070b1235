"""Who a reflexive verb's form of several persons is said of («sentía»: yo or él), read
from the subject before it (part of the reflexive family, rules/reflexive.py)."""

from langbot.grading.rules.base import Context
from langbot.grading.rules.copula_forms import capital_at


def persons_by_subject(ctx: Context, i: int, verbs) -> list[str]:
    """The persons a verb form of several (sentía: yo, él) can have here: the subject's
    before it (a name, a noun, a pronoun), else every one."""
    a = ctx.analysis
    k = i - 1
    while a.at(k) in ctx.words["negation"] or a.only(k, "ADV"):
        k -= 1
    persons = sorted({f.person for f in verbs})
    said = [f.person for f in a.of(k, "PRON") if f.person in persons]
    if said and (a.accented(k) or not a.of(k, "DET")):
        return said[:1]
    third = [p for p in persons if p[0] == "3"]
    if third and (a.of(k, "NOUN") or (capital_at(a, k) and not a.readings[k])):
        return third[:1]
    return persons
