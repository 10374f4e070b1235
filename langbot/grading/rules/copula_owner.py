"""Estar before «de» and someone who owns the subject: «El libro está de mi hermano», «la
casa estaba de mis abuelos»: whose something is takes ser. Part of the copula family
(rules/copula.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.copula_forms import copulas_of, other_copula, people
from langbot.grading.tokens import BOUNDARY


def estar_for_owner(ctx: Context):
    """Estar, «de» and a noun phrase of people with its determiner («de mi hermano», «de la
    profesora»), ending the clause: not «está de camarero» (a job for now, no determiner)
    nor «está de parte de…»."""
    a = ctx.analysis
    for i, c in copulas_of(ctx, 1):
        j = skip_adverbs(a, ctx.kb, i + 1)
        if not c.person or a.at(j) not in ctx.words["of"]:
            continue
        np = a.noun_phrase(j + 1)
        if np is None or np.det is None or not np.noun.classes & people(ctx):
            continue
        if a.at(np.end) == BOUNDARY or a.at(np.end) in ctx.words["and_or_comma"]:
            if fix := other_copula(ctx, c):
                yield Hit(i, i + 1, fix)
