"""A copula whose subject only its own person shows: whether the word before it says the verb
is the odd word («Nathan están cómico», «las personas es amables»), so the adjective is left
alone. Used by predicate_adjective (rules/predicate.py)."""

from langbot.grading.rules.base import Context


def verb_disagrees(ctx: Context, i: int, subject) -> bool:
    """The subject is known only by the verb at i, and a noun of the other number stands
    right before it, after its determiner: the noun is the subject, and the verb disagrees
    with it."""
    a = ctx.analysis
    if subject.noun is not None or subject.gender is not None:
        return False
    if subject.number == "p" and lone_name(ctx, i - 1):
        return True  # «…, Nathan están cómico»: one person; «cómicos» would not mend it
    if not a.of(i - 2, "DET"):
        return False  # «Tom parecen copado»: a name, left to the rules of names
    return any(f.number and f.number != subject.number for f in a.of(i - 1, "NOUN"))


def lone_name(ctx: Context, k: int) -> bool:
    """Token k is a name inside the sentence (a capital, no reading), with no determiner,
    preposition or «y» before it: one person or thing, the subject («Nathan»; not «Ana y
    Pedro», «los Lakers», «los papeles de Paul»)."""
    a = ctx.analysis
    if k < 0 or a.readings[k]:
        return False
    people = set(ctx.words["pair_people_classes"])  # «mi amigo mateo»: a name in lower case
    named = any(f.classes & people for f in a.of(k - 1, "NOUN"))
    if not (a.original(k)[:1].isupper() or named):
        return False
    before = a.of(k - 1, "DET") or a.of(k - 1, "ADP")
    return not before and a.at(k - 1) not in ctx.words["coordinators"]
