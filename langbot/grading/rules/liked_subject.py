"""The thing liked as the subject of the next copula: «me gustan las películas porque son
cómicas» says the films are funny; «son» has no subject of its own, and the liked noun phrase
is what it goes on about (rules/copula_subject.py reads it).

Only when no one else may be meant: the person who likes is the speaker or the listener, or a
third person of the other number (a «le» before «es» may be who is described), and nothing but
adverbs and the joining word stand between the noun phrase and the copula."""

from typing import NamedTuple

from langbot.grading.analysis import Analysis, NounPhrase
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import skip_adverbs


class Liked(NamedTuple):
    """A liked noun phrase: where it ends (past its adjectives), its noun phrase, and the
    number of a third-person experiencer (None for the speaker or the listener)."""

    end: int
    phrase: NounPhrase
    experiencer: str | None


def _experiencer(ctx: Context, v: int) -> tuple[bool, str | None]:
    """Whether the pronoun before the verb at v names who likes, and that person's number
    when it is a third person (le: s, les: p)."""
    a = ctx.analysis
    pronoun = a.at(v - 1)
    if pronoun not in ctx.words["experiencers"]:
        return False, None
    person = ctx.words["experiencer_persons"][ctx.words["experiencers"].index(pronoun)]
    return True, (person[1] if person[0] == "3" else None)


def _phrase(a: Analysis, j: int) -> NounPhrase | None:
    """The noun phrase at j after a conjugated verb: a determiner (no object pronoun can
    follow the verb) and the noun that agrees with it («me encanta mi casa»), or a noun alone
    that can be nothing else («me gusta comida caliente»)."""
    dets = a.of(j, "DET")
    n = j + 1 if dets else j
    nouns = [f for f in a.of(n, "NOUN") if f.gender and f.number]
    if len(nouns) != 1 or a.original(n)[:1].isupper() or (not dets and not a.only(n, "NOUN")):
        return None
    noun = nouns[0]
    if dets and not any(
        f.gender in (None, noun.gender) and f.number in (None, noun.number) for f in dets
    ):
        return None
    return NounPhrase(j, n + 1, dets[0] if dets else None, noun)


def _phrase_end(ctx: Context, np: NounPhrase) -> int:
    """Past the adjectives that agree with the noun phrase and the adverbs after it."""
    a, end, noun = ctx.analysis, np.end, np.noun
    while True:
        k = skip_adverbs(a, ctx.kb, end)
        agree = [
            f for f in a.of(k, "ADJ") if f.gender in (None, noun.gender) and f.number == noun.number
        ]
        if agree and not a.of(k, "NOUN"):
            end = k + 1
        else:
            return k


def liked_phrases(ctx: Context) -> dict[int, Liked]:
    """Each liked noun phrase after a verb like gustar with its experiencer's pronoun, keyed
    by the token where its clause goes on; the phrase agrees in number with that verb."""
    a = ctx.analysis
    out = {}
    for v in range(1, len(a) - 1):
        verbs = [f for f in a.of(v, "VERB") if f.lemma in ctx.words["liking_verbs"] and f.person]
        said, number = _experiencer(ctx, v)
        if not verbs or not said or not a.only(v, "VERB"):
            continue
        j = skip_adverbs(a, ctx.kb, v + 1)
        np = _phrase(a, j)
        if np is None:
            continue
        if any(f.person[1] != np.noun.number for f in verbs):
            continue  # not the verb's subject
        out[_phrase_end(ctx, np)] = Liked(np.end, np, number)
    return out


def liked_subject(ctx: Context, liked: dict[int, Liked], k: int, number: str) -> Liked | None:
    """The liked phrase a third-person copula after the joining word at k describes."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["liked_joins"] and a.original(k) not in ctx.spelled["commas"]:
        return None
    found = liked.get(k)
    if found is None and a.original(k - 1) in ctx.spelled["commas"]:
        found = liked.get(k - 1)  # «…la comida mexicana, pero es…»
    if found is None or found.phrase.noun.number != number:
        return None
    if found.experiencer == number:
        return None  # «le gusta la cerveza porque es alemán»: he may be meant
    return found
