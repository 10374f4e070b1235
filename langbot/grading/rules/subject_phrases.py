"""The noun phrases a copula's subject may be: one ending right before it, one an adjective
after it describes, two joined by «y», one joined to «yo»; and the Subject each makes
(rules/copula_subject.py picks among them)."""

from typing import NamedTuple

from langbot.grading.analysis import Analysis, Features, NounPhrase
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import determined, opens_sentence
from langbot.grading.rules.noun_phrase import accent_tells


class Subject(NamedTuple):
    """What a predicate describes: its gender (None: unknown) and number, how the message
    names it, its noun, whether it is sure (said, or a first or second person), its person,
    and, when it is carried into a clause of its own, where the clause it was said in goes
    on after it (its verb, or the pronouns before the verb)."""

    gender: str | None
    number: str
    words: str
    noun: Features | None = None
    sure: bool = False
    person: str | None = None
    carried_from: int | None = None


def phrase_ending(a: Analysis, ctx: Context, k: int, joined: bool = False):
    """The noun phrase that ends at token k (with a determiner, or a bare noun after «de»),
    not one after a coordinator (`joined`: only one after a coordinator)."""
    for back in (2, 1, 3):
        np = a.noun_phrase(k - back + 1) if k - back + 1 >= 0 else None
        if np and np.end == k + 1 and _after_coordinator(a, ctx, np.start) == joined:
            return np
    nouns = a.of(k, "NOUN")
    named = (
        all(
            f.pos == "NOUN" or (f.pos == "ADJ" and f.lemma == nouns[0].lemma) for f in a.readings[k]
        )
        if nouns
        else False
    )
    if a.at(k - 1) in ctx.words["of"] and len(nouns) == 1 and named:  # «de español»
        if not a.original(k)[:1].isupper():
            return NounPhrase(k, k + 1, None, nouns[0])
    return None


def _after_coordinator(a: Analysis, ctx: Context, k: int) -> bool:
    """A coordinator joins the phrase at k to one before it (not «Y» opening the sentence)."""
    return a.at(k - 1) in ctx.words["coordinators"] and not opens_sentence(a, k - 1)


def described_phrase(a: Analysis, ctx: Context, k: int):
    """The noun phrase that ends one token before k, when the adjective at k agrees with
    its noun («las personas famosas»)."""
    adjectives = a.of(k, "ADJ")
    lemmas = {f.lemma for f in adjectives}
    # a determiner reading of the adjective's own gender and number is the long possessive
    # after its noun («unas amigas mías son…»), which the lexicon reads both ways
    forms = {(f.gender, f.number) for f in adjectives if f.gender and f.number}
    plain = all(
        f.pos == "ADJ"
        or (f.pos == "NOUN" and f.lemma in lemmas)
        or (f.pos == "DET" and (f.gender, f.number) in forms)
        for f in a.readings[k]
    )
    np = phrase_ending(a, ctx, k - 1) if adjectives and plain else None
    if np is None or all(disagrees(f, np.noun.gender, np.noun.number) for f in adjectives):
        return None
    return NounPhrase(np.start, k + 1, np.det, np.noun)


def article_noun(a: Analysis, ctx: Context, k: int) -> NounPhrase | None:
    """«La casa es…», «mi casa tiene que…»: a determiner that agrees with the noun right
    before the verb is no pronoun before a verb (la casa), whatever else the noun may be."""
    nouns = [f for f in a.of(k, "NOUN") if f.gender and f.number]
    dets = a.of(k - 1, "DET")
    if len(nouns) != 1 or not a.of(k - 1, "CLITIC") or a.at(k - 2) in ctx.words["coordinators"]:
        return None
    if a.original(k)[:1].isupper() or a.accented(k - 1):
        return None
    noun = nouns[0]
    if not any(f.gender in (None, noun.gender) and f.number == noun.number for f in dets):
        return None
    return NounPhrase(k - 1, k + 1, dets[0], noun)


def joined_subject(a: Analysis, ctx: Context, k: int):
    """«Mi madre y mi tía son…»: two noun phrases joined by «y», feminine when both are."""
    second = phrase_ending(a, ctx, k, joined=True)
    first = _first_part(a, ctx, second.start - 2) if second else None
    if first is None or a.of(first.start - 1, "ADP") or a.at(first.start - 1) in ctx.words["of"]:
        return None
    genders = {first.noun.gender, second.noun.gender}
    if None in genders:
        return None
    gender = "f" if genders == {"f"} else "m"
    return Subject(gender, "p", f"«{a.tokens.original_text(first.start, second.end)}»", sure=True)


def _first_part(a: Analysis, ctx: Context, k: int) -> NounPhrase | None:
    """The noun phrase ending at k before «y» («la casa y el coche»: «la» opens it)."""
    return phrase_ending(a, ctx, k) or article_noun(a, ctx, k)


def with_speaker(a: Analysis, ctx: Context, k: int, persons) -> Subject | None:
    """«Mi hermano y yo somos…», «yo y mi hermano…»: a masculine noun joined to «yo» (or
    «tú» for «vosotros») makes the plural masculine; a feminine one leaves it unknown."""
    one = {p[0] + "s" for p in persons}
    if len(one) != 1 or a.at(k - 1) not in ctx.words["coordinators"]:
        np = phrase_ending(a, ctx, k, joined=True)
        pronoun = np.start - 2 if np else -1
    else:
        np, pronoun = _first_part(a, ctx, k - 2), k
    if np is None or not any(f.person in one for f in a.of(pronoun, "PRON")):
        return None
    start = min(np.start, pronoun)
    if a.of(start - 1, "ADP") or determined(a, np).gender != "m":
        return None
    words = f"«{a.tokens.original_text(start, max(np.end, pronoun + 1))}»"
    return Subject("m", "p", words, sure=True, person=next(iter(persons)))


def phrase_subject(a: Analysis, head: NounPhrase, np: NounPhrase, number: str) -> Subject:
    """The subject a noun phrase is (from `head` to the end of `np`, its noun `head`'s); a
    noun of both genders has its determiner's («las estudiantes»)."""
    words = f"«{a.tokens.original_text(head.start, np.end)}»"
    gender = determined(a, head).gender
    det = head.det
    if det is not None and det.gender and accent_tells(head.noun.lemma, a.original(head.end - 1)):
        gender = det.gender  # «las papas»: potatoes, not «papás»; the determiner says which
    return Subject(gender, number, words, head.noun, True, "3" + number)


def disagrees(adj, gender: str | None, number: str) -> bool:
    """The adjective reading has another gender (when both are known) or number."""
    wrong_number = adj.number and adj.number != number
    return bool((gender and adj.gender and adj.gender != gender) or wrong_number)
