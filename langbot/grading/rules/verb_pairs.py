"""Two conjugated verbs in a row for one subject («Mi padre trabaja vive en Madrid», «Nosotros
vamos comemos pizza»): a simple clause has one. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.pronoun_subjects import pronoun_subjects
from langbot.grading.rules.subjects import subjects
from langbot.grading.tokens import BOUNDARY

TENSES = ("pres", "past", "impf", "fut", "cond")
"""The indicative forms: a subjunctive may follow with its «que» left out («espero vengas»)."""


def _finite_only(ctx: Context, i: int) -> frozenset[str]:
    """The persons of token i when it is nothing but a conjugated verb in the indicative
    (or an order)."""
    a = ctx.analysis
    verbs = [f for f in a.of(i, "VERB") if f.form != "imp"]
    if not verbs or not a.only(i, "VERB") or any(f.form not in TENSES for f in verbs):
        return frozenset()
    return frozenset(f.person for f in verbs if f.person)


def _chains(ctx: Context, i: int) -> bool:
    """The verb at i leads another verb: ser or estar (copula_then_verb), gustar, querer or
    poder (their rules), haber."""
    lemmas = {f.lemma for f in ctx.analysis.of(i, "VERB")}
    listed = {*ctx.words["copulas"], *ctx.words["takes_infinitive"], *ctx.words["auxiliary"]}
    return bool(lemmas & listed) or any(ctx.kb.verbs.is_like_gustar(x) for x in lemmas)


def _subject_before(ctx: Context, i: int) -> bool:
    """A subject pronoun or a noun phrase of people stands right before the verb at i."""
    said = any(at == i for _, _, at in pronoun_subjects(ctx))
    return said or any(np.end == i for _, np in subjects(ctx))


def _clause_opened(ctx: Context, i: int) -> bool:
    """A relative or a conjunction stands before token i in its part of the sentence: the
    first verb may end a clause of its own («lo que él dice es cierto», «la caja que él
    encontró estaba vacía»); a comma or «y», «pero» before the subject opens a main clause
    («Después de clase, mi padre trabaja vive…»)."""
    a = ctx.analysis
    joining = {*ctx.words["relative_subject"], *ctx.words["where"]}
    for k in range(i - 1, -1, -1):
        if a.at(k) == BOUNDARY or a.at(k) in ctx.words["main_openers"]:
            return False
        if a.at(k) in joining or a.of(k, "CONJ") or a.of(k, "SUB"):
            return True
    return False


def two_finite_verbs(ctx: Context):
    """«Mi padre trabaja vive en Madrid»: a subject, then two different conjugated verbs of
    its person side by side, neither anything else, in a clause nothing opens: one is too
    many (or «y» is missing)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        first = _finite_only(ctx, i)
        if not first or a.at(i) == a.at(i + 1) or _chains(ctx, i):
            continue
        if a.at(i + 1) in ctx.words["time_ago"] or a.accented(i + 1):
            continue  # «murió hace tres años»: hace says how long ago
        if a.original(i)[:1].isupper():
            continue  # «Mi hermana Dora trabaja…»: a capital inside the sentence, a name
        if not first & _finite_only(ctx, i + 1) or not _subject_before(ctx, i):
            continue
        if not _clause_opened(ctx, i):
            yield Hit(i, i + 2, None)
