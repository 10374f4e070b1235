"""Object pronouns and what is said of them: «la quiero negra», not «la quiero negro». Only
adjectives of thing classes (colour, size: vocabulary classes), which cannot be saying what
the speaker is like, and only with the adjective right after the verb, ending the clause."""

from langbot.grading.rules.base import GENDER_NUMBER, Context, Hit
from langbot.grading.rules.doubled_objects import object_without_pronoun
from langbot.grading.rules.laismo import laismo


def _finite(ctx: Context, i: int) -> bool:
    return any(
        f.person and f.form in ("pres", "past", "impf", "imp") for f in ctx.analysis.of(i, "VERB")
    )


def _ends(ctx: Context, k: int) -> bool:
    """Nothing more is said at k: the sentence ends or punctuation follows."""
    a = ctx.analysis
    return k >= len(a) or not a.at(k).isalnum()


def _adjective_chain(ctx: Context, k: int, classes: set[str]) -> list[int] | None:
    """The adjectives of a thing class from k on, joined by a coordinator («grande y
    blanca»), when the chain ends the clause; None when anything else follows."""
    a, chain = ctx.analysis, []
    while True:
        # «lo quiero corta»: right after a conjugated verb, ending the clause, a form that is
        # also a verb («corta», cortar) can only be the adjective
        plain = all(f.pos in ("ADJ", "VERB") for f in a.readings[k]) if k < len(a) else False
        if not plain or not any(f.classes & classes for f in a.of(k, "ADJ")):
            return None
        chain.append(k)
        if _ends(ctx, k + 1):
            return chain
        if a.at(k + 1) not in ctx.words["coordinators"]:
            return None
        k += 2


def _pronoun_adjective(ctx: Context):
    """«La quiero negro», «la quiero grande y blanco»: each adjective after the verb agrees
    with the object pronoun."""
    a = ctx.analysis
    pronouns, classes = ctx.words["object_pronouns"], set(ctx.words["colour_size_classes"])
    for i in range(len(a) - 2):
        if a.at(i) not in pronouns or not a.of(i, "CLITIC") or not _finite(ctx, i + 1):
            continue
        chain = _adjective_chain(ctx, i + 2, classes)
        gender, number = GENDER_NUMBER[pronouns.index(a.at(i))]
        for k in chain or ():
            forms = [f for f in a.of(k, "ADJ") if f.classes & classes]
            if not any(f.gender in (gender, None) and f.number in (number, None) for f in forms):
                yield Hit(k, k + 1, None, {"pronoun": a.original(i)})


FINDERS = {
    "pronoun_adjective": _pronoun_adjective,
    "object_without_pronoun": object_without_pronoun,
    "laismo": laismo,
}
