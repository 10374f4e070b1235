"""«Estoy estudiar español», «la mujer estaba mentir»: what is going on is said with estar
and the gerund (estudiando, mintiendo); estar never takes a bare infinitive after it (a
preposition stands between: «está por llegar», «estoy para ayudar»). Part of the verbs
family (rules/verbs.py). Seguir and continuar take the gerund too: «sigue siendo», not
«sigue ser»."""

from langbot.grading.lexicon import lexicon
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive, skip_adverbs


def _estar_at(ctx: Context, i: int) -> bool:
    """Token i is a conjugated estar and nothing else («está», not the «esta» of «esta
    casa»)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not any(f.lemma in ctx.words["progressive"] and f.person for f in verbs):
        return False
    return a.only(i, "VERB") or (a.accented(i) and not a.of(i, "NOUN"))


def estar_infinitive(ctx: Context):
    """A conjugated estar, then (past adverbs) a word that is only an infinitive: the
    gerund is meant."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not _estar_at(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if j >= len(a) or not only_infinitive(a, j):
            continue
        if (gerund := _gerund(ctx, a.of(j, "VERB")[0].lemma)) is not None:
            yield Hit(j, j + 1, gerund)


def gerund_verb_infinitive(ctx: Context):
    """A verb that goes on doing something (seguir, continuar: the `gerund_only` list), in
    any form but the participle, then (past adverbs) a word that is only an infinitive:
    «sigo estudiar» is «sigo estudiando»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        verbs = a.of(i, "VERB")
        if not a.only(i, "VERB") or not verbs or verbs[0].form == "part":
            continue
        if not any(f.lemma in ctx.words["gerund_only"] for f in verbs):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if j >= len(a) or not only_infinitive(a, j):
            continue
        if (gerund := _gerund(ctx, a.of(j, "VERB")[0].lemma)) is not None:
            yield Hit(j, j + 1, gerund, {"verb": a.original(i)})


def _gerund(ctx: Context, inf: str) -> str | None:
    """The gerund of a verb: verbs.yaml's, else the regular one when the lexicon reads it
    as that verb's («difundir»: difundiendo)."""
    entry = ctx.kb.verbs.entries.get(inf)
    if entry:
        return entry.gerund
    endings = ctx.words["regular_gerunds"]
    regular = inf[:-2] + (endings[0] if inf.endswith(endings[2]) else endings[1])
    readings = lexicon().readings(regular)
    return regular if any(r.lemma == inf and r.verbform == "Ger" for r in readings) else None
