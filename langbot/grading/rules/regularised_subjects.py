"""«El libro costa diez euros», «Pode venir el jueves»: an irregular verb conjugated as if
regular (kb.regularised) where a pronoun does not say it is one: after a noun phrase that
opens the clause and is its subject in the verb's person («el concierto empeza»), or before
the infinitive a verb like poder takes («pode venir»). The spelling is then surely that
verb, not the noun or the other verb it also spells («costa», «pode»). Part of the verbs
family (rules/verbs.py); after a pronoun, regularised_irregular reads it."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.tokens import BOUNDARY


def _subject_before(ctx: Context, i: int, person: str) -> bool:
    """A determiner and a noun of the person's number open the clause before i, past the
    object pronouns and adverbs between them («mi madre me encontra», «el niño no juga»)."""
    a = ctx.analysis
    k = i - 1
    while k > 1 and (a.only(k, "CLITIC") or a.only(k, "ADV")):
        k -= 1
    if person[0] != "3" or not a.only(k, "NOUN") or not a.of(k - 1, "DET"):
        return False
    if not (k - 1 == 0 or a.at(k - 2) == BOUNDARY):
        return False
    return all(f.number == person[1] for f in a.of(k, "NOUN"))


def _modal_before_infinitive(ctx: Context, i: int, inf: str, person: str) -> bool:
    """The verb takes a bare infinitive and one follows it («pode venir»); not «tú», whose
    regular form is the voseo one without its accent («¿queres ser mi novia?»)."""
    if person == ctx.words["voseo_person"][0]:
        return False
    return inf in ctx.words["takes_infinitive"] and only_infinitive(ctx.analysis, i + 1)


def regularised_after_subject(ctx: Context):
    """Finder: a regularised form after its noun subject or before its infinitive: the
    irregular form."""
    a = ctx.analysis
    for i in range(len(a)):
        hit = ctx.kb.regularised.get(a.at(i))
        if hit is None or a.accented(i) or a.of(i, "ADJ") or a.original(i).isupper():
            continue
        inf, person, real = hit
        if _subject_before(ctx, i, person) or _modal_before_infinitive(ctx, i, inf, person):
            yield Hit(i, i + 1, real, {"verb": inf})
