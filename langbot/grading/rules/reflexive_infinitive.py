"""«Voy a levantar temprano», «tengo que duchar»: a routine verb with no object after a
verb that leads an infinitive is its -se verb too; the pronoun of the leading verb's person
joins the infinitive («levantarme»). Part of the reflexive family (rules/reflexive.py)."""

from collections.abc import Callable

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.reflexive_forms import lower_at, one_person, own_pronoun
from langbot.text import fold


def _leading_person(ctx: Context, i: int) -> str | None:
    """The person of the conjugated verb that leads the infinitive at i («voy a», «tengo
    que», «quiero»), when no pronoun stands before it («me voy a levantar» has it)."""
    a = ctx.analysis
    k = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
    leads = ctx.words["leads_infinitive"]
    verbs = [f for f in a.of(k, "VERB") if f.person and f.form != "imp" and f.lemma in leads]
    if not verbs or any(_clitic(a, j, k) for j in range(max(k - 2, 0), k)):
        return None
    return one_person(verbs)


def _clitic(a, j: int, k: int) -> bool:
    """Token j is a pronoun before the verb at k: right before it, or no determiner too
    («mi hermano quiere…»: «mi» is the possessive)."""
    return bool(a.of(j, "CLITIC")) and (j == k - 1 or not a.of(j, "DET"))


def infinitive_without_pronoun(ctx: Context, no_object_after: Callable[..., bool]):
    """An infinitive of a routine verb (levantar, duchar, acostar…) after a verb that leads
    it, with no pronoun joined and no object after: «voy a levantar temprano» (levantarme)."""
    a = ctx.analysis
    routine = ctx.kb.verbs.said_with("no_object")
    for i in range(1, len(a)):
        bare = [f for f in a.of(i, "VERB") if f.form == "inf" and fold(f.lemma) == a.at(i)]
        if not a.only(i, "VERB") or not any(f.lemma in routine for f in bare):
            continue  # not «levantarme», its pronoun joined
        person = _leading_person(ctx, i)
        if person is None or a.at(i + 1) in ctx.words["contractions"]:
            continue  # «voy a acostar al niño»: someone after it
        if a.at(i + 1) in ctx.words["amount_after"]:
            continue
        if no_object_after(ctx, i + 1, when_ends=True):
            yield Hit(i, i + 1, f"{lower_at(ctx, i)}{own_pronoun(ctx, person)}")


def infinitive_other_person(ctx: Context):
    """«Quiero acostarse», «vamos a levantarse»: the speaker's or the listener's verb leads
    the infinitive, whose subject is the same, so the joined «se» of a third person is wrong:
    the pronoun is the leading verb's («acostarme», «levantarnos»)."""
    a = ctx.analysis
    third = ctx.words["third_person_reflexive"][0]
    for i in range(1, len(a)):
        word = a.at(i)
        joined = [f for f in a.of(i, "VERB") if f.form == "inf" and word == fold(f.lemma) + third]
        if not joined or not a.only(i, "VERB"):
            continue
        person = _leading_person(ctx, i)
        if person is None or person[0] == "3":
            continue
        stem = lower_at(ctx, i)[: -len(third)]
        yield Hit(i, i + 1, f"{stem}{own_pronoun(ctx, person)}")


def gerund_without_pronoun(ctx: Context, no_object_after: Callable[..., bool]):
    """«Estoy duchando ahora»: a routine verb's gerund after «estar», with no pronoun before
    «estar» and no object after, is its -se verb: «me estoy duchando»."""
    a = ctx.analysis
    routine = ctx.kb.verbs.said_with("no_object")
    progressive = ctx.words["progressive"]
    for i in range(1, len(a)):
        if not a.only(i, "VERB") or not any(
            f.form == "ger" and f.lemma in routine for f in a.of(i, "VERB")
        ):
            continue
        leading = [f for f in a.of(i - 1, "VERB") if f.person and f.lemma in progressive]
        person = one_person(leading)
        if person is None or a.of(i - 2, "CLITIC") or a.at(i - 2) in ctx.kb.reflexive:
            continue
        if any(a.at(i).endswith(pronoun) for pronoun in ctx.kb.reflexive):
            continue  # «estoy duchándome»: its pronoun joined
        if a.at(i + 1) in (*ctx.words["contractions"], *ctx.words["amount_after"]):
            continue
        if no_object_after(ctx, i + 1, when_ends=True):
            fix = f"{own_pronoun(ctx, person)} {lower_at(ctx, i - 1)} {a.original(i)}"
            yield Hit(i - 1, i + 1, fix)
