"""More of the agreement family (rules/agreement.py lists it): an adjective after a degree
word («muy», «tan») and the noun it describes («una persona muy amable y generoso»)."""

from langbot.grading.analysis import Analysis
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import determined
from langbot.grading.rules.joined_nouns import joined_agreement
from langbot.grading.rules.numerals import counted as _counted
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _described_nouns(ctx: Context, bare_nouns, common_nouns):
    """(noun index, noun, number, phrase start) of each noun phrase with a determiner, and
    of each bare noun after a verb (tenían raíces muy grandes)."""
    a = ctx.analysis
    for i in range(len(a)):
        np = a.noun_phrase(i)
        counted = np is not None and np.det is not None and _counted(ctx, i)
        if np is not None and (counted or a.at(np.end) in ctx.words["degree"]):
            yield (
                np.end - 1,
                determined(a, np),
                np.noun.number or (np.det.number if np.det else None),
                np.start,
            )
    for start, j, number in bare_nouns(ctx):
        after_verb = a.of(j - 1, "VERB") or a.at(j - 1) in ctx.words["coordinators"]
        if a.at(j + 1) in ctx.words["degree"] and after_verb:
            yield j, common_nouns(a, j)[0], number, start


def measures_comparison(ctx: Context, noun: int, adjective: int) -> bool:
    """The noun at `noun` is counted («dos años», «cada vez») and the adjective at
    `adjective` compares («mayor que», «más rápida»): it describes the subject, not the noun."""
    a = ctx.analysis
    if not any(f.lemma in ctx.spelled["measures"] for f in a.of(noun, "NOUN")):
        return False  # «dos hermanas más altas»: the adjective describes the noun
    counted = (
        a.of(noun - 1, "NUM") or a.at(noun - 1).isdigit() or a.at(noun - 1) in ctx.words["each"]
    )
    compared = ctx.words["compared"]
    if counted and any(f.lemma in ctx.words["counted_age"] for f in a.of(adjective, "ADJ")):
        return True  # «veinte años viejo»: an age said the English way (age_without_old)
    return bool(counted) and (a.at(adjective - 1) in compared or a.at(adjective + 1) in compared)


def _open(a: Analysis, j: int) -> bool:
    """Token j is else only a noun or a verb, which cannot follow «muy» (muy secreta)."""
    return all(f.pos in ("ADJ", "NOUN", "VERB") for f in a.readings[j])


def adjective_after_degree(ctx: Context, bare_nouns, common_nouns, disagrees):
    """An adjective after «muy» or the like that disagrees with the noun it describes."""
    a = ctx.analysis
    for end, noun, number, start in _described_nouns(ctx, bare_nouns, common_nouns):
        j = end + 1
        while a.at(j) in ctx.words["degree"]:
            j += 1
        adjectives = a.of(j, "ADJ")
        plain = a.only(j, "ADJ") or (a.at(j - 1) in ctx.words["before_adjectives"] and _open(a, j))
        adverbial = a.at(j) in ctx.words["adverbial"]
        if (
            adverbial
        ):  # «come la sopa muy rápido»: an adverb of the verb, unless the verb takes none
            plain = _no_manner(ctx, start) and a.at(j - 1) in ctx.words["before_adjectives"]
        if not adjectives or not plain:
            continue
        if a.original(j)[:1].isupper():
            continue  # a name: «tres calles - Somera, Artecalle…»
        if any(f.lemma in ctx.words["not_attributive"] for f in adjectives):
            continue
        if measures_comparison(ctx, end, j):
            continue
        if not all(disagrees(f, noun.gender, number) for f in adjectives):
            j = _joined_adjective(ctx, j)  # «una persona muy amable y generosa»
            adjectives = a.of(j, "ADJ") if j is not None else ()
        gender = noun.gender
        if a.at(start - 1) in ctx.words["coordinators"] and all(
            f.number == "p" for f in adjectives
        ):
            agreed = joined_agreement(ctx, start, noun, number, adjectives)
            if agreed is None:
                continue  # «un hermano y una hermana muy simpáticos» describes both
            gender, number = agreed
        if adjectives and all(disagrees(f, gender, number) for f in adjectives):
            fix = adjective_fix(ctx, j, gender, number or "s")
            if fix and fold(fix) != a.at(j):
                yield Hit(j, j + 1, fix, {"noun": a.original(end)})


def _no_manner(ctx: Context, start: int) -> bool:
    """The clause's finite verb before the noun phrase at start takes no adverb of manner
    («es una chica muy alto»), so a word after it that may be an adverb describes the noun."""
    a = ctx.analysis
    k = start - 1
    while k >= 0 and a.at(k) != BOUNDARY:
        verbs = a.of(k, "VERB")
        if verbs and (a.only(k, "VERB") or any(f.person for f in verbs)):
            finite = [f for f in verbs if f.person]  # «tengo que hablar con ella muy claro»
            return bool(finite) and all(f.lemma in ctx.words["describing_verbs"] for f in finite)
        k -= 1
    return False


def _joined_adjective(ctx: Context, j: int) -> int | None:
    """The adjective joined by «y» to the one at j (past «muy»), when it can only be one."""
    a = ctx.analysis
    if a.at(j + 1) not in ctx.words["coordinators"]:
        return None
    k = j + 2
    while a.at(k) in ctx.words["degree"]:
        k += 1
    # «difícil y aburrido»: an adjective that is also a participle is one here too
    adjective = a.of(k, "ADJ") and all(f.pos == "ADJ" or f.form == "part" for f in a.readings[k])
    if not adjective or a.at(k) in ctx.words["adverbial"] or a.of(k + 1, "NOUN"):
        return None
    if a.of(k + 1, "CLITIC") or any(f.person for f in a.of(k + 1, "VERB")):
        return None  # «es muy machista y muchos la critican»: «muchos» is the next subject
    return None if a.original(k)[:1].isupper() else k
