"""A subject and a gerund or a participle with no conjugated verb anywhere in the sentence:
«Yo trabajando en un banco» (estoy trabajando), «Él vivido en Madrid» (ha vivido): the verb
that carries the person is missing. Part of the verbs family."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.verbless_clauses import could_be_verb
from langbot.grading.verbs import PERSONS

Agrees = tuple[str | None, str | None]
"""A noun's gender and number, for what may describe it."""


def _pronoun_person(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun at i («él», not «el»), none after a preposition."""
    a = ctx.analysis
    persons = [f.person for f in a.of(i, "PRON") if f.person]
    if not persons or (a.of(i, "DET") and not a.accented(i)) or a.of(i - 1, "ADP"):
        return None
    return persons[0]


def _subject(ctx: Context, start: int) -> tuple[int, str, bool | Agrees] | None:
    """Where the clause's subject ends, its person and whether it is a pronoun (True) or
    else the noun's gender and number: a subject pronoun, or a noun phrase of people («mi
    hermano»)."""
    a = ctx.analysis
    person = _pronoun_person(ctx, start)
    if person is not None:
        return start + 1, person, True
    np = a.noun_phrase(start)
    people = set(ctx.words["people_pet_classes"])
    if np is None or not np.noun.classes & people or a.at(start) in ctx.words["indefinite"]:
        return None
    agrees = (np.noun.gender, np.noun.number)
    return np.end, ("3s" if np.noun.number == "s" else "3p"), agrees


def _perfect_only(ctx: Context, k: int, agrees: Agrees) -> bool:
    """The participle at k is the perfect's one form (masculine singular) and the noun
    before it is feminine or plural, so it cannot describe it: «mi madre comido pizza»,
    «mis padres viajado mucho» (haber is missing), not «la casa pintada»."""
    readings = lexicon().readings_folded(ctx.analysis.at(k))
    parts = [r for r in readings if r.verbform == "Part"]
    if not parts or any(r.upos != "VERB" or r.verbform != "Part" for r in readings):
        return False
    perfect = all((r.gender, r.number) == ("Masc", "Sing") for r in parts)
    return perfect and agrees != ("m", "s") and None not in agrees


def _only(ctx: Context, k: int, form: str) -> bool:
    """Token k is nothing but a verb's `form` (no noun or adjective besides)."""
    a = ctx.analysis
    verbs = a.of(k, "VERB")
    return bool(verbs) and a.only(k, "VERB") and all(f.form == form for f in verbs)


def bare_nonfinite(ctx: Context):
    """«Yo trabajando en un banco», «mi hermano estudiando medicina», «él vivido en
    Madrid»: a sentence with no conjugated verb, opening with a subject and a gerund (estar
    is missing) or a participle of a verb alone (haber is missing), after a pronoun or
    after a noun it cannot describe (a noun and its participle may name a thing: «la casa
    pintada»)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["short_marks"]):
        return  # «¿Tú trabajando?»: said for short
    found = _subject(ctx, 0)
    if found is None:
        return
    k, person, said = found
    pronoun = said is True
    if any(could_be_verb(ctx, i) for i in range(len(a)) if i != k):
        return
    fix = None
    if _only(ctx, k, "ger"):
        fix = form_for(ctx.kb, ctx.words["progressive"][0], person)
    elif _only(ctx, k, "part") and (pronoun or _perfect_only(ctx, k, said)):
        fix = ctx.spelled["perfect_forms"][PERSONS.index(person)]
    if fix:
        yield Hit(k, k + 1, f"{fix} {a.original(k)}")
