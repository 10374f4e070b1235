"""Agreement of an adjective after ser or estar with the subject («Mi madre es alto»),
part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.analysis import Analysis, NounPhrase
from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, skip_adverbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _copula_number(ctx: Context, i: int) -> tuple[frozenset[str], str] | None:
    """(persons, number) of a form of ser or estar at i, when every reading has the number."""
    a = ctx.analysis
    copulas = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["copulas"] and f.person]
    if not copulas or (a.of(i, "DET") and not a.accented(i) and a.of(i + 1, "NOUN")):
        return None
    if (
        len({f.person[1] for f in copulas}) != 1
        or (a.of(i, "NOUN") and a.of(i - 1, "DET"))
        or a.of(i, "ADJ")
    ):
        return None
    return frozenset(f.person for f in copulas), copulas[0].person[1]


def _before(a: Analysis, ctx: Context, i: int) -> int:
    """The token before i, past the adverbs that may sit between a subject and its verb."""
    k = i - 1
    while k >= 0 and (a.at(k) in folded_adverbs(ctx.kb) or a.at(k) in ctx.words["negation"]):
        k -= 1
    return k


def _phrase_ending(a: Analysis, ctx: Context, k: int):
    """The noun phrase that ends at token k (with a determiner, or a bare noun after «de»),
    not one after a coordinator."""
    for back in (2, 1, 3):
        np = a.noun_phrase(k - back + 1) if k - back + 1 >= 0 else None
        if np and np.end == k + 1 and a.at(np.start - 1) not in ctx.words["coordinators"]:
            return np
    nouns = a.of(k, "NOUN")
    if a.at(k - 1) in ctx.words["of"] and len(nouns) == 1 and a.only(k, "NOUN"):
        if not a.original(k)[:1].isupper():
            return NounPhrase(k, k + 1, None, nouns[0])
    return None


def _subject(ctx: Context, i: int, persons: frozenset[str], number: str, last):
    """(gender, number, words) of the subject of the copula at i (gender None: unknown),
    or None when another subject may be meant."""
    a = ctx.analysis
    k = _before(a, ctx, i)
    np = _phrase_ending(a, ctx, k)
    if np is not None and a.at(np.start - 1) in ctx.words["of"]:
        head = _phrase_ending(a, ctx, np.start - 2)  # «su color de pelo es…»: the head noun
        if head is None or a.of(head.start - 1, "ADP"):
            return None
        if head.noun.number != number:
            return None  # «la mayoría de los chicos son…»: the verb goes with the complement
        return head.noun.gender, number, f"«{a.tokens.original_text(head.start, np.end)}»"
    if np is not None:
        if np.noun.number != number or a.of(np.start - 1, "ADP"):
            return None  # another subject, or the noun belongs to a prepositional phrase
        return np.noun.gender, number, f"«{a.tokens.original_text(np.start, np.end)}»"
    pronouns = [f for f in a.of(k, "PRON") if f.person in persons]
    if pronouns and (a.accented(k) or not a.of(k, "DET")):
        word = a.at(k)
        gender = "f" if word in ctx.words["feminine_subjects"] else None
        gender = "m" if word in ctx.words["masculine_subjects"] and a.accented(k) else gender
        return gender, number, f"«{a.original(k)}»"
    if last and last[1] == number and a.at(k) in ctx.words["continuing"]:
        return last  # «mi padre es alto y es simpático»: the same subject
    if persons == {"3s"} and a.at(k) == BOUNDARY and ctx.subject[0]:
        return ctx.subject[0], number, ctx.words["described"][0]
    if len(persons) == 1 and next(iter(persons))[0] in "12":
        return None, number, f"«{PERSON_NAMES[next(iter(persons))]}»"
    return None, number, ctx.spelled["subject_of"][0].format(verb=a.original(i))


def _disagrees(adj, gender: str | None, number: str) -> bool:
    wrong_number = adj.number and adj.number != number
    return bool((gender and adj.gender and adj.gender != gender) or wrong_number)


def _predicate(ctx: Context, k: int):
    """The adjectives of a predicate from k: one, or a list joined by «y» or commas."""
    a = ctx.analysis
    while True:
        first, k = k, skip_adverbs(a, ctx.kb, k)
        adjectives = a.of(k, "ADJ")
        noun = bool(a.of(k, "NOUN")) and k == first  # «es muy cómico»: not the noun
        if not adjectives or noun or any(a.of(k, pos) for pos in ("DET", "ADP", "PRON")):
            return  # after a copula, a verb reading (corta, lleno) is the adjective
        if any(f.lemma in ctx.words["not_attributive"] for f in adjectives):
            return
        if a.of(k + 1, "NOUN"):
            return  # «fueron buenos amigos»: it describes the noun after it
        yield k, adjectives
        after = skip_adverbs(a, ctx.kb, k + 1)
        if a.at(after) not in ctx.words["coordinators"] and a.at(after) != BOUNDARY:
            return
        k = after + 1


def predicate_adjective(ctx: Context):
    """Finder: an adjective after ser or estar that does not agree with the subject."""
    a = ctx.analysis
    last = None
    for i in range(len(a)):
        found = _copula_number(ctx, i)
        if found is None:
            continue
        subject = _subject(ctx, i, *found, last)
        if subject is None:
            continue
        last = subject
        gender, number, words = subject
        for k, adjectives in _predicate(ctx, i + 1):
            if all(_disagrees(f, gender, number) for f in adjectives):
                fix = adjective_fix(ctx, k, gender, number)
                if fix and fold(fix) != a.at(k):
                    yield Hit(k, k + 1, fix, {"subject": words})
                break
