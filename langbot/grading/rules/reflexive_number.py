"""The reflexive pronoun of the verb's person but the other number: «me levantamos», «nos
ducho». Someone acting on themselves takes the pronoun of the verb's own person."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.reflexive_counts import (
    always_reflexive,
    known_reflexive,
    plain_lemma,
    written_person,
)
from langbot.grading.rules.reflexive_forms import finite_at, lower_at, one_person, own_pronoun
from langbot.text import fold


def _reflexive_verbs(ctx: Context) -> frozenset[str]:
    """The plain verbs (folded) said with their own pronoun: verbs.yaml's -se entries and
    those the counts show nearly always with it."""
    return known_reflexive(ctx) | always_reflexive(ctx.words["third_person_reflexive"][0])


def pronoun_number(ctx: Context):
    """«Me levantamos», «nos ducho», «te quejáis»: before a -se verb of the speaker or the
    listener, a pronoun of that person in the other number, with no object after the verb
    (not «nos compro un helado», where «nos» is to whom)."""
    a = ctx.analysis
    known = _reflexive_verbs(ctx)
    for i in range(1, len(a)):
        clitic = a.at(i - 1)
        held = ctx.kb.reflexive.get(clitic, frozenset())
        if len(held) != 1 or a.accented(i - 1) or a.of(i - 2, "CLITIC") or not a.only(i, "VERB"):
            continue
        verbs = finite_at(ctx, i)
        person = written_person(ctx, i) or one_person(verbs)
        (said,) = held
        if not person or person[0] != said[0] or person == said or person[0] == "3":
            continue
        if not verbs or any(fold(plain_lemma(ctx, f.lemma)) not in known for f in verbs):
            continue
        if a.noun_phrase(skip_adverbs(a, ctx.kb, i + 1)) is not None:
            continue
        yield Hit(i - 1, i + 1, f"{own_pronoun(ctx, person)} {lower_at(ctx, i)}")
