"""«Le gustan a las rosas», «Me encanta al fútbol»: what a verb like gustar pleases is its
subject, said with no «a»; an «a» phrase after the verb names who likes, a person or, with
«le», an animal (part of the gustar family, rules/gustar.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, after_clitic, liking, likings


def a_before_thing(ctx: Context):
    """«Me gustan a las películas»: «a» + the article + a thing liked that agrees with the
    verb, right after the verb and its pronoun: the thing is the subject, «las películas»."""
    a = ctx.analysis
    for i in likings(ctx):
        lemma = liking(ctx, i, AGREEING)
        if lemma not in ctx.words["no_object_verbs"] or not after_clitic(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if a.at(j) in ctx.words["to_the"]:  # «al»: «a» + «el»
            article, k = ctx.words["joined_article"][0], j + 1
        elif a.at(j) in ctx.words["to"] and a.at(j + 1) in ctx.words["articles"]:
            article, k = a.original(j + 1), j + 2
        else:
            continue
        if _thing(ctx, i, k):
            yield Hit(j, k + 1, f"{article} {a.original(k)}")


def _thing(ctx: Context, i: int, k: int) -> bool:
    """The noun at k names a thing (or, after «me», «te», «nos», «os», an animal, which then
    cannot be who likes) and no person, and, after «le», «les», agrees with the verb at i:
    what is liked."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    if len(nouns) != 1 or a.of(k, "VERB") or a.original(k)[:1].isupper():
        return False
    things = set(ctx.words["liked_thing_classes"])
    third = a.at(i - 1) in ctx.words["third_person_indirect"]
    if not third:
        things |= set(ctx.words["animal_classes"])
    noun = nouns[0]
    if not noun.classes & things or noun.classes & set(ctx.words["people_classes"]):
        return False
    return not third or f"3{noun.number}" in {f.person for f in a.of(i, "VERB")}
