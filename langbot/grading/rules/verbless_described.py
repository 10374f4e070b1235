"""«Mi hermano alto y delgado.»: a sentence of a subject and two or more adjectives joined
by «y» or commas, with no verb: ser (estar for a state) is missing. One adjective after the
noun («Mi casa grande.») names which one; a list of them ending the sentence says what the
subject is like. Part of the verbs family (rules/verbless.py)."""

from langbot.grading.analysis import Features
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON
from langbot.grading.rules.verbless_clauses import could_be_verb
from langbot.grading.tokens import BOUNDARY


def described_without_verb(ctx: Context) -> Hit | None:
    """«Mis primos simpáticos, altos y divertidos.»: a noun phrase after a possessive or
    «el», then adjectives agreeing with it, joined, the last by «y», and the sentence ends;
    not a question nor an exclamation, nor a look («el pelo largo y negro»)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["short_marks"]):
        return None
    if a.at(0) not in (*ctx.words["possessives"], *ctx.words["definite"]):
        return None
    np = a.noun_phrase(0)
    if (
        np is None
        or np.noun.number not in PERSON
        or np.noun.classes & set(ctx.words["described_classes"])
    ):
        return None
    if any(could_be_verb(ctx, i) for i in range(len(a))):
        return None
    k = np.end
    last = _adjective_list(ctx, k, np.noun)
    if last is None or any(a.at(j) != BOUNDARY for j in range(last, len(a))):
        return None
    state = any(f.classes & set(ctx.words["state_classes"]) for f in a.of(k, "ADJ"))
    fix = form_for(ctx.kb, ctx.words["copulas"][1 if state else 0], PERSON[np.noun.number])
    return Hit(k, k + 1, f"{fix} {a.original(k)}") if fix else None


def _adjective_list(ctx: Context, k: int, noun: Features) -> int | None:
    """Where a list of two or more adjectives agreeing with the noun, from k, ends, the last
    joined by «y» («altos, simpáticos y divertidos»), else None."""
    a = ctx.analysis
    j = k
    while _agrees(ctx, j, noun):
        j += 1
        joined = a.at(j) in ctx.words["and"]
        if joined:
            return j + 2 if _agrees(ctx, j + 1, noun) else None
        if a.at(j) != BOUNDARY or a.original(j) not in ctx.spelled["list_comma"]:
            return None
        j += 1
    return None


def _agrees(ctx: Context, j: int, noun: Features) -> bool:
    """Token j is nothing but an adjective (or a participle) agreeing with the noun, and no
    word that goes with a pronoun («todos»)."""
    a = ctx.analysis
    readings = a.readings[j] if j < len(a) else ()
    if not readings or a.at(j) in ctx.words["with_pronoun"]:
        return False
    if not all(f.pos == "ADJ" or f.form == "part" for f in readings):
        return False
    return any(
        f.number in (None, noun.number) and f.gender in (None, noun.gender)
        for f in readings
        if f.pos == "ADJ"
    )
