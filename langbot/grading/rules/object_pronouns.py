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


def _pronoun_adjective(ctx: Context):
    """«La quiero negro»: the adjective after the verb agrees with the object pronoun."""
    a = ctx.analysis
    pronouns, classes = ctx.words["object_pronouns"], set(ctx.words["colour_size_classes"])
    for i in range(len(a) - 2):
        if a.at(i) not in pronouns or not a.of(i, "CLITIC") or not _finite(ctx, i + 1):
            continue
        adjectives = [f for f in a.of(i + 2, "ADJ") if f.classes & classes]
        # «lo quiero corta»: right after a conjugated verb, ending the clause, a form that is
        # also a verb («corta», cortar) can only be the adjective
        plain = all(f.pos in ("ADJ", "VERB") for f in a.readings[i + 2])
        if not adjectives or not plain or not _ends(ctx, i + 3):
            continue
        gender, number = GENDER_NUMBER[pronouns.index(a.at(i))]
        if any(f.gender in (gender, None) and f.number in (number, None) for f in adjectives):
            continue
        yield Hit(i + 2, i + 3, None, {"pronoun": a.original(i)})


FINDERS = {
    "pronoun_adjective": _pronoun_adjective,
    "object_without_pronoun": object_without_pronoun,
    "laismo": laismo,
}
