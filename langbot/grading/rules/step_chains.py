"""A verb of the step conjugated after a verb that takes an infinitive: «Quiero pago con
tarjeta», «Voy a pago» where the step's model answer says «pago». The step makes the word
its verb, so a noun reading of it («el pago») does not excuse it. Part of the step family
(rules/step.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_by_accent

_SPEAKER = frozenset({"1s", "1p"})  # who answers speaks of themself


def _chain_end(ctx: Context, i: int) -> int | None:
    """The token after the verb at i and its link when it takes an infinitive in the
    speaker's own person («quiero», «voy a», «tengo que»), else None."""
    a = ctx.analysis
    for f in a.of(i, "VERB"):
        if not f.person or f.form != "pres":
            continue
        if f.lemma in ctx.words["chain_verbs"]:
            return i + 1
        links = dict(zip(ctx.words["linked_chain_verbs"], ctx.words["chain_links"], strict=True))
        if a.at(i + 1) == links.get(f.lemma):
            return i + 2
    return None


def step_verb_after_chain(ctx: Context):
    """«Quiero pago»: the step's verb in the step's person right after a verb of that same
    person that takes an infinitive; the second verb is the infinitive («pagar»)."""
    a = ctx.analysis
    for i in range(len(a) - 1 if ctx.persons or ctx.step_verbs else 0):
        j = _chain_end(ctx, i)
        if j is None or j >= len(a) or past_by_accent(a, j) or a.of(j, "ADJ"):
            continue  # «lo quiero corto»: what the object is wanted like
        if a.of(j, "NUM"):
            continue  # «¿quiere uno?» «sí, quiero uno azul»: one of them, not «unir»
        if a.of(i - 1, "CLITIC") and a.at(i - 1) in ctx.words["thing_objects"]:
            continue
        if _chain_end(ctx, j) is not None:
            continue  # «no puedo, tengo que estudiar»: a comma left out before another chain
        firsts = {f.person for f in a.of(i, "VERB") if f.person}
        lemmas = {
            f.lemma
            for f in a.of(j, "VERB")
            if f.form == "pres" and f.person in firsts and _step_verb(ctx, f.lemma, f.person)
        }
        if len(lemmas) == 1 and not ctx.kb.verbs.is_like_gustar(lemma := lemmas.pop()):
            yield Hit(j, j + 1, lemma, {"verb": a.tokens.original_text(i, j)})


def _step_verb(ctx: Context, lemma: str, person: str) -> bool:
    """The step names this verb, in this person when its model answer conjugates it."""
    want = ctx.persons.get(lemma)
    return want == person if want else lemma in ctx.step_verbs


def chain_persons(ctx: Context) -> dict[str, str]:
    """The verbs that take a step's verb of the speaker as their infinitive, in that verb's
    person: who wants, goes to or has to do it is who does it («¿Cómo quiere pagar?» «va a
    pagar…», «prefiere pagar…»: ir, preferir, yo)."""
    a, out = ctx.analysis, {}
    for i in range(len(a) - 1 if ctx.persons else 0):
        j = _chain_end(ctx, i)
        if j is None:
            continue
        wants = {ctx.persons.get(f.lemma) for f in a.of(j, "VERB") if f.form == "inf"} & _SPEAKER
        chained = ctx.words["chain_verbs"] + ctx.words["linked_chain_verbs"]
        if len(wants) == 1:
            for f in a.of(i, "VERB"):
                if f.lemma in chained:
                    out.setdefault(f.lemma, next(iter(wants)))
    return out


FINDERS = {"step_verb_after_chain": step_verb_after_chain}
