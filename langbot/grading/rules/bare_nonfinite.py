"""A subject and a gerund or a participle with no conjugated verb anywhere in the sentence:
«Yo trabajando en un banco» (estoy trabajando), «Él vivido en Madrid» (ha vivido): the verb
that carries the person is missing. Part of the verbs family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import form_for
from langbot.grading.rules.verbless import could_be_verb
from langbot.grading.verbs import PERSONS


def _pronoun_person(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun at i («él», not «el»), none after a preposition."""
    a = ctx.analysis
    persons = [f.person for f in a.of(i, "PRON") if f.person]
    if not persons or (a.of(i, "DET") and not a.accented(i)) or a.of(i - 1, "ADP"):
        return None
    return persons[0]


def _subject(ctx: Context, start: int) -> tuple[int, str, bool] | None:
    """Where the clause's subject ends, its person and whether it is a pronoun: a subject
    pronoun, or a noun phrase of people («mi hermano»)."""
    a = ctx.analysis
    person = _pronoun_person(ctx, start)
    if person is not None:
        return start + 1, person, True
    np = a.noun_phrase(start)
    people = set(ctx.words["people_pet_classes"])
    if np is None or not np.noun.classes & people or a.at(start) in ctx.words["indefinite"]:
        return None
    return np.end, ("3s" if np.noun.number == "s" else "3p"), False


def _only(ctx: Context, k: int, form: str) -> bool:
    """Token k is nothing but a verb's `form` (no noun or adjective besides)."""
    a = ctx.analysis
    verbs = a.of(k, "VERB")
    return bool(verbs) and a.only(k, "VERB") and all(f.form == form for f in verbs)


def bare_nonfinite(ctx: Context):
    """«Yo trabajando en un banco», «mi hermano estudiando medicina», «él vivido en
    Madrid»: a sentence with no conjugated verb, opening with a subject and a gerund (estar
    is missing) or, after a pronoun (a noun and a participle may name a thing: «la casa
    pintada»), a participle of a verb alone (haber is missing)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["short_marks"]):
        return  # «¿Tú trabajando?»: said for short
    found = _subject(ctx, 0)
    if found is None:
        return
    k, person, pronoun = found
    if any(could_be_verb(ctx, i) for i in range(len(a)) if i != k):
        return
    fix = None
    if _only(ctx, k, "ger"):
        fix = form_for(ctx.kb, ctx.words["progressive"][0], person)
    elif pronoun and _only(ctx, k, "part"):
        fix = ctx.spelled["perfect_forms"][PERSONS.index(person)]
    if fix:
        yield Hit(k, k + 1, f"{fix} {a.original(k)}")
