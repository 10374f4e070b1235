"""A subject said after its predicate: «Es muy bonito la casa», «Está cerrado la tienda».
With no subject before the copula, a noun phrase right after the adjective, in the copula's
number, is its subject, and the adjective agrees with it. Part of the agreement family
(rules/agreement.py lists it)."""

from langbot.grading.analysis import NounPhrase
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.determiner_noun import common_nouns
from langbot.grading.rules.predicate import predicate_words
from langbot.grading.rules.predicate_subjects import copula_subjects
from langbot.grading.rules.subject_phrases import disagrees
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _subject_after(ctx: Context, k: int, number: str):
    """The noun phrase right after token k that ends the clause (or goes on with «de»), in
    this number, and says no time («estaba cansado el lunes»: when), else None."""
    a = ctx.analysis
    if a.of(k + 1, "ADP") or a.at(k + 1) in ctx.words["contracted"]:
        return None  # «enamorada del chico»: a complement
    np = a.noun_phrase(k + 1) or article_noun(a, k + 1)
    if np is None or np.det is None or a.accented(k + 1) or np.noun.number != number:
        return None
    if a.original(np.end - 1)[:1].isupper() or not np.noun.gender:
        return None
    if np.noun.classes & set(ctx.words["not_subject_classes"]):
        return None
    if (
        a.at(np.end) not in (BOUNDARY, *ctx.words["of"])
        or fold(np.noun.lemma) in ctx.words["asides"]
    ):
        return None  # «es muy bonito, la verdad»: an aside
    return np


def article_noun(a, i: int) -> NounPhrase | None:
    """A determiner at i and the one noun right after it that agrees with it («la casa»,
    though «la» may be a pronoun and «casa» a verb)."""
    nouns = common_nouns(a, i + 1)
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    dets = [
        f for f in a.of(i, "DET") if f.number == noun.number and f.gender in (None, noun.gender)
    ]
    return NounPhrase(i, i + 2, dets[0], noun) if dets else None


def _opens_clause(ctx: Context, i: int) -> bool:
    """The copula at i opens its clause, past adverbs and pronouns before it."""
    a = ctx.analysis
    k = i - 1
    while k >= 0 and (a.of(k, "CLITIC") or a.only(k, "ADV")):
        k -= 1
    return a.at(k) == BOUNDARY or a.at(k) in ctx.words["coordinators"] or a.only(k, "CONJ")


def postposed_subject(ctx: Context):
    """Finder: a copula of the third person with no subject before it, one adjective, and
    a noun phrase after it that the adjective does not agree with."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        if subject.sure or subject.gender is not None or not linking:
            continue  # a subject before the verb: rules/predicate.py reads it
        if not _opens_clause(ctx, i):
            continue  # «Mary está enamorada…»: a name, or a word unknown, may be the subject
        words = list(predicate_words(ctx, i + 1))
        if len(words) != 1:
            continue
        k, adjectives = words[0]
        np = _subject_after(ctx, k, subject.number)
        if np is None:
            continue
        noun = np.noun
        if all(disagrees(f, noun.gender, noun.number) for f in adjectives):
            fix = adjective_fix(ctx, k, noun.gender, noun.number)
            if fix and fold(fix) != a.at(k):
                yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(np.start, np.end)})
