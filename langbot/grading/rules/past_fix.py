"""A verb's form in a past tense for another person, made with the ending tables of
shared.yaml (`past_ar`…`impf_er_ir`): the fixes of the step's person and past
(rules/step.py, rules/step_tense.py) and of a verb joined to a past one
(rules/joined_infinitive.py, rules/quantified_subjects.py)."""

from collections.abc import Mapping

from langbot.grading.past_forms import past_form
from langbot.grading.rules.base import Context

_TABLES = {"past": ("past_ar", "past_er_ir", "past_strong"), "impf": ("impf_ar", "impf_er_ir")}
"""The ending tables (rule data) a form of each past tense is made with, the -ar one first."""
PAST_TENSES = frozenset(_TABLES)


def past_tables(words: Mapping[str, tuple[str, ...]], form: str) -> list[tuple[str, ...]]:
    """The ending tables of a past tense (`form`: past, impf) from a family's words."""
    return [words[name] for name in _TABLES[form]]


def past_of(ctx: Context, lemma: str, form: str, person: str, written: str = "") -> str | None:
    """The verb's form in a past tense (`form`: past, impf) for a person; made from the form
    `written` when given (tuvo → tuvieron), else from the stem (pasar: pas- + é), and kept
    only when the lexicon reads it so."""
    tables = past_tables(ctx.spelled, form)
    if written and (made := past_form(lemma, form, written, person, tables)):
        return made
    stem = lemma.removesuffix(ctx.kb.words.reflexive_ending)
    table = tables[0] if stem.endswith(ctx.words["first_conjugation"][0]) else tables[1]
    return past_form(lemma, form, stem[:-2] + table[0], person, tables)
