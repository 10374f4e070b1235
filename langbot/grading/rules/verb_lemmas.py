"""The verb a token is, as the treebank counts key it (data/verb_prepositions.yaml)."""

from langbot.grading.rules.base import Context
from langbot.grading.verb_prepositions import load_verb_prepositions


def verb_lemmas(ctx: Context, i: int, noun_ok: bool = False, table=None) -> set[str] | None:
    """The verb lemmas of token i, as -se verbs after a reflexive pronoun the counts know;
    None when the token may be something else (a noun after a determiner, a participle)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or any(f.form == "part" for f in verbs) or a.of(i - 1, "DET"):
        return None
    if not (noun_ok or a.only(i, "VERB") or a.of(i - 1, "PRON") or a.of(i - 1, "CLITIC")):
        return None  # «trabajo»: a noun too, unless a subject or a pronoun stands before
    table = table or load_verb_prepositions()
    reflexive = a.at(i - 1) in ctx.words["reflexive_clitics"]
    out = set()
    for f in verbs:
        pronominal = f.lemma + ctx.words["pronominal_ending"][0]
        out.add(pronominal if reflexive and table.has(pronominal) else f.lemma)
    return out
