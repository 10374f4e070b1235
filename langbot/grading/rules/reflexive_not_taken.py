"""A reflexive pronoun on a verb that takes none: «me disfruto», «mi madre se cena»."""

from collections.abc import Callable
from functools import lru_cache

from langbot.grading.knowledge import Knowledge
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs, skip_adverbs_back
from langbot.grading.rules.copula_forms import capital_at
from langbot.grading.rules.reflexive_counts import never_reflexive, written_person
from langbot.grading.rules.reflexive_forms import finite_at, lower_at, one_person, verbs_of


def not_reflexive(ctx: Context, no_object_after: Callable[..., bool]):
    """«Me disfruto», «me recuerdo», «mi madre se cena»: a verb that takes no reflexive
    pronoun."""
    a = ctx.analysis
    never = _never_reflexive(ctx.kb) | never_reflexive(ctx.words["third_person_reflexive"][0])
    for i, verbs in verbs_of(ctx, never):
        if any(f.lemma not in never for f in finite_at(ctx, i)):
            continue  # «nos fuimos»: ser, and irse too
        if _owned_object(ctx, i) or _infinitive_after(ctx, i):
            continue  # «me toco la cara»: whose face; «se empezó a enamorar»: the infinitive's
        person = written_person(ctx, i) or one_person(verbs)  # «me tocó»: not «toco»
        if person and person[0] != "3" and person in ctx.kb.reflexive.get(a.at(i - 1), ()):
            if a.at(i - 2) not in ctx.kb.reflexive:
                yield Hit(i - 1, i + 1, lower_at(ctx, i))
        elif person and person[0] == "3" and _said_se(ctx, i, person, no_object_after):
            yield Hit(i - 1, i + 1, lower_at(ctx, i))


def _owned_object(ctx: Context, i: int) -> bool:
    """The verb at i has as its object a body part or a garment with its article («me toco
    la cara»): the pronoun before the verb is whose it is, right with any verb."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, i + 1)
    owned = set(ctx.words["possessed_classes"])  # «la cara»: also «cara», dear
    return bool(a.of(j, "DET")) and any(f.classes & owned for f in a.of(j + 1, "NOUN"))


def _infinitive_after(ctx: Context, i: int) -> bool:
    """An infinitive follows the verb at i, right after it or after a linking word («empezó
    a», «tiene que»): the pronoun before the verb may be the infinitive's, moved up."""
    a = ctx.analysis
    j = i + 1 + bool(a.of(i + 1, "ADP") or a.of(i + 1, "CONJ"))
    return any(f.form == "inf" for f in a.of(j, "VERB"))


def _said_se(ctx: Context, i: int, person: str, no_object_after: Callable[..., bool]) -> bool:
    """«Mi madre se cena a las ocho», «Blue Ivy se nació en 2012»: «se» after the verb's
    own subject (a person, a name or él/ella: so not «se» of no one, «se cena tarde»), with
    nothing after the verb as its object (not «se cenó una pizza»)."""
    a = ctx.analysis
    if a.at(i - 1) != ctx.words["third_person_reflexive"][0] or a.accented(i - 1):
        return False
    k = skip_adverbs_back(a, ctx.kb, i - 2)  # «su hija siempre se nació»
    k = k if a.original(k) != "," else k - 1  # «su hija, Blue Ivy, se nació»
    people = set(ctx.words["people_classes"])
    subject = any(f.classes & people and f.number == person[1] for f in a.of(k, "NOUN"))
    subject = subject or any(f.person == person for f in a.of(k, "PRON") if not a.of(k, "DET"))
    subject = subject or (person == "3s" and capital_at(a, k) and not a.readings[k] and k > 0)
    return subject and no_object_after(ctx, i + 1)


@lru_cache(maxsize=4)
def _never_reflexive(kb: Knowledge) -> frozenset[str]:
    """The verbs verbs.yaml marks as taking no reflexive pronoun (disfrutar); the rule adds
    those the treebank and Tatoeba counts never show with one (never_reflexive)."""
    return frozenset(inf for inf, e in kb.verbs.entries.items() if e.never_reflexive)
