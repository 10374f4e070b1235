"""A part of one's own body after a verb like «doler» takes the article, not a possessive:
«me duele la cabeza», not «me duele mi cabeza»; after «dolor de» it is bare. Part of the
gustar family (rules/gustar.py)."""

from langbot.grading.rules.base import Context, Hit, series_index
from langbot.grading.rules.common import possessive_noun_after, skip_adverbs
from langbot.text import fold


def body_possessive(ctx: Context):
    """A pronoun, a verb of `body_verbs`, then a possessive and a noun of the body."""
    a = ctx.analysis
    articles = ctx.spelled["articles"]
    body = set(ctx.words["body_classes"])
    for i in range(1, len(a) - 2):
        if not a.of(i - 1, "CLITIC"):
            continue
        if not any(f.lemma in ctx.words["body_verbs"] and f.person for f in a.of(i, "VERB")):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        if a.at(j) not in ctx.words["possessives"]:
            continue
        np = a.noun_phrase(j)
        if np is None or not np.noun.classes & body or np.noun.gender not in ("m", "f"):
            continue
        yield Hit(j, j + 1, articles[series_index(np.noun.gender, np.noun.number)])


def own_body_possessive(ctx: Context):
    """«Me lavo mis manos», «se rompió su pierna»: a reflexive pronoun of the verb's own
    person already says whose body; the part takes the article («me lavo las manos»)."""
    a = ctx.analysis
    articles = ctx.spelled["articles"]
    body = set(ctx.words["body_classes"])
    verbs_of_body = ctx.words["own_body_verbs"]
    for i in range(1, len(a) - 2):
        persons = ctx.kb.reflexive.get(a.at(i - 1), frozenset())
        own = [f for f in a.of(i, "VERB") if f.person in persons]
        if a.accented(i - 1) or not own:
            continue
        ending = ctx.kb.words.reflexive_ending
        if not any(fold(f.lemma).removesuffix(ending) in verbs_of_body for f in own):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        np = a.noun_phrase(j) if a.at(j) in ctx.words["possessives"] else None
        if np is None or not np.noun.classes & body or np.noun.gender not in ("m", "f"):
            continue
        yield Hit(j, j + 1, articles[series_index(np.noun.gender, np.noun.number)])


def pain_possessive(ctx: Context):
    """«Tiene un dolor de su cabeza»: after «dolor de» the part of the body that hurts is
    named bare («dolor de cabeza», «dolor de muelas»), with no possessive."""
    body, pains = set(ctx.words["body_classes"]), ctx.words["pain_nouns"]
    for i in possessive_noun_after(ctx, "NOUN", pains, ctx.words["of"], body):
        yield Hit(i + 2, i + 4, ctx.analysis.original(i + 3))
