"""Saying one's name: llamar + a name is llamarse, with the pronoun of the verb's person
(«Yo llamo Ana»), and the speaker's own pronoun takes the speaker's person («Nos llaman
García»). Part of the reflexive family (rules/reflexive.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import opens_clause, past_by_accent, skip_adverbs_back
from langbot.grading.rules.copula_forms import capital_at
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.reflexive_counts import written_person
from langbot.grading.rules.reflexive_forms import (
    finite_at,
    lower_at,
    one_person,
    own_pronoun,
    verbs_of,
)
from langbot.grading.rules.step import slip_at
from langbot.grading.tokens import BOUNDARY


def named(ctx: Context):
    """«Yo llamo Ana», «una persona llama Keanu»: llamar + a name says one's name: llamarse."""
    a = ctx.analysis
    for i, verbs in verbs_of(ctx, ctx.kb.verbs.said_with("name")):
        person = written_person(ctx, i) or one_person(verbs)  # «llamó»: not «llamo»
        if (
            not person
            or a.of(i - 1, "CLITIC")
            or a.at(i - 1) in ctx.words["possessive_not_pronoun"]
        ):
            continue
        if person[0] == "3" and ("?" in a.tokens.original or opens_clause(ctx, i)):
            continue  # «¿Llamó Tom?», «Llamó Marta cuando…»: the name is who called
        if _calls_someone(ctx, i, person):
            continue  # «la gente llama CR7»: it lacks «lo», and «se llama» would be wrong
        if capital_at(a, i + 1) and not a.readings[i + 1]:
            yield Hit(i, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")


def _calls_someone(ctx: Context, i: int, person: str) -> bool:
    """The subject before llamar at i calls someone a name and bears none: people at large
    («la gente», «todo el mundo»), or many given one name («mis amigos llaman Pepe»)."""
    a = ctx.analysis
    j = skip_adverbs_back(a, ctx.kb, i - 1)
    if a.at(j) in ctx.words["people_at_large"]:
        return True
    names_end = name_end(a, i + 1)
    return person == "3p" and a.at(names_end) not in ctx.words["and"]


def speaker_named(ctx: Context):
    """«Me llama Ana»: the speaker's own pronoun opening a clause, then llamar in another
    person and a name: the speaker says their name, and the verb takes their person."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if a.at(i) not in ctx.words["speaker_reflexive"] or a.of(i - 1, "PRON"):
            continue
        if i > 0 and a.at(i - 1) != BOUNDARY and not a.of(i - 1, "CONJ"):
            continue  # «mi madre me llama Ana»: she calls me so
        naming = [f for f in finite_at(ctx, i + 1) if f.lemma in ctx.kb.verbs.said_with("name")]
        own = ctx.kb.reflexive.get(a.at(i), frozenset())
        if not naming or any(f.person in own for f in naming) or len(own) != 1:
            continue
        if slip_at(ctx, i + 1):
            continue  # «me llamas Ana» where the step says «me llamo»: the step's rule
        if capital_at(a, i + 2) and not a.readings[i + 2] and not past_by_accent(a, i + 1):
            fix = ctx.kb.verbs.present(naming[0].lemma + ctx.kb.words.reflexive_ending)
            yield Hit(i + 1, i + 2, fix.get(next(iter(own))), {"pronoun": a.original(i)})
