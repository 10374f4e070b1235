"""«Vamos a comer en el pueblo. Es muy bonita.»: a sentence of ser or estar with its subject
left out describes a thing the answer named before it; a feminine adjective there, where
every noun named before is masculine and the step's thing is no feminine one, agrees with
none of them (bonito). The masculine is left alone: «es muy bonito» may say it of the whole
plan. Part of the step family (rules/step.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY

_ENDS = frozenset(".!?")


def _opening(ctx: Context, i: int) -> bool:
    """Token i opens a sentence after one of the answer's, past «¡» or «¿»."""
    a, k = ctx.analysis, i - 1
    while k >= 0 and a.original(k) in ("¡", "¿"):
        k -= 1
    return k >= 0 and a.original(k) in _ENDS


def _copula(ctx: Context, i: int) -> bool:
    """Token i is only ser's or estar's third person singular."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    return (
        bool(verbs)
        and all(f.lemma in ctx.words["copulas"] and f.person == "3s" for f in verbs)
        and not a.of(i, "NOUN")
    )


def _feminine_alone(ctx: Context, j: int) -> bool:
    """Token j is only a feminine singular adjective, and ends its sentence."""
    a = ctx.analysis
    adjectives = a.of(j, "ADJ")
    if not adjectives or len(adjectives) != len(a.readings[j]):
        return False
    one = all(f.gender == "f" and f.number == "s" for f in adjectives)
    return one and (j + 1 >= len(a) or a.at(j + 1) == BOUNDARY)


def _named_genders(ctx: Context, i: int) -> set[str | None]:
    """The genders of the singular nouns after a determiner before token i."""
    a = ctx.analysis
    return {
        f.gender
        for k in range(1, i)
        if a.of(k - 1, "DET")
        for f in a.of(k, "NOUN")
        if f.number == "s"
    }


def named_before_adjective(ctx: Context):
    """A later sentence «es (muy) bonita» with only masculine nouns named before it."""
    a = ctx.analysis
    if ctx.subject[0] == "f":
        return
    degree = {part for phrase in ctx.kb.adverbs_between for part in phrase.split()}
    for i in range(1, len(a) - 1):
        if not (_opening(ctx, i) and _copula(ctx, i)):
            continue
        j = i + 1
        while j < len(a) and a.at(j) in degree:
            j += 1
        if j >= len(a) or not _feminine_alone(ctx, j) or _named_genders(ctx, i) != {"m"}:
            continue
        fix = ctx.kb.vocabulary.adjective_form(a.at(j), "m", "s")
        if fix:
            yield Hit(j, j + 1, fix, {})
