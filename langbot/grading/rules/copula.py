"""The copula chosen by the predicate's class: a person's passing state takes estar."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, form_for, skip_adverbs


def _a_person(ctx: Context, i: int, person: str) -> bool:
    """The subject of the verb at i is surely a person: by its person, or a pronoun before it."""
    if person in ctx.words["personal_subjects"]:
        return True
    a = ctx.analysis
    k = i - 1
    while k >= 0 and a.at(k) in folded_adverbs(ctx.kb):
        k -= 1
    pronoun = any(f.person == person for f in a.of(k, "PRON"))
    return pronoun and (a.accented(k) or not a.of(k, "DET"))  # él, not the article


def _ser_with_state(ctx: Context):
    a = ctx.analysis
    ser, estar = ctx.words["copulas"]
    state = set(ctx.words["state_classes"])
    for i in range(len(a)):
        persons = [f.person for f in a.of(i, "VERB") if f.lemma == ser and f.form == "pres"]
        if not persons or not _a_person(ctx, i, persons[0]):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        adjectives = a.of(j, "ADJ")
        if not adjectives or not a.only(j, "ADJ"):
            continue
        # an adjective the vocabulary gives no class (from the generated lexicon) says nothing
        if all(f.classes and f.classes <= state for f in adjectives) and not any(
            f.lemma in ctx.words["trait_too"] for f in adjectives
        ):
            fix = form_for(ctx.kb, estar, persons[0])
            if fix:
                yield Hit(i, i + 1, fix, {"adjective": a.original(j)})


FINDERS = {"ser_with_state": _ser_with_state}
