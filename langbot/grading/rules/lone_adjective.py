"""«Le iba muy bien en la escuela y muy feliz»: «y», a degree word and an adjective end the
sentence after a noun, with no verb in the sentence that an adjective may follow (ser,
estar, parecer…): the adjective has nothing to join, its verb is missing. Part of the
verbs family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _predicative_verb(ctx: Context) -> bool:
    """A word of the sentence may be a verb that an adjective can follow («está en casa y
    muy feliz», «llegó a casa y muy cansado»)."""
    a = ctx.analysis
    linking = set(ctx.words["adjective_verbs"])
    return any(f.lemma in linking for i in range(len(a)) for f in a.of(i, "VERB"))


def adjective_after_and(ctx: Context):
    """«…en la escuela y muy feliz»: «y», a degree word and one adjective closing the
    sentence, right after a noun, and no linking verb in the sentence."""
    a = ctx.analysis
    last = len(a) - 1 if a.at(len(a) - 1) == BOUNDARY else len(a)
    i, k = last - 3, last - 2
    if i < 1 or a.at(i) not in ctx.words["and"] or a.at(k) not in ctx.words["degree_in_verbless"]:
        return
    if not a.only(k + 1, "ADJ") or not a.only(i - 1, "NOUN") or _predicative_verb(ctx):
        return
    yield Hit(k, k + 2, None, {"conjunction": a.original(i)})
