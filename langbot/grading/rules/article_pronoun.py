"""«Creo que él libro es largo»: «él» with its accent is the pronoun «he»; before a masculine
noun (an adjective may sit between) the article «el» is meant. The other way round, «Mi llamo
Ana»: the possessive «mi» before a verb of «yo» is the pronoun «me»."""

from langbot.grading.rules.article_words import one_noun
from langbot.grading.rules.base import Context, Hit


def pronoun_as_article(ctx: Context):
    """«él» right before a masculine singular noun, when no preposition stands before it
    («le di a él dinero»: the pronoun, and the noun the verb's object)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["masculine_pronoun"] or not a.accented(i):
            continue
        if a.of(i - 1, "ADP"):
            continue
        j = i + 2 if a.of(i + 1, "ADJ") and one_noun(a, i + 2) else i + 1
        noun = one_noun(a, j)
        if noun is None or (noun.gender, noun.number) != ("m", "s"):
            continue
        if a.original(j)[:1].isupper():
            continue  # a name or a title («Él Salvador»)
        article = ctx.spelled["definite"][0]
        yield Hit(i, i + 1, article.capitalize() if a.original(i)[:1].isupper() else article)


def possessive_as_pronoun(ctx: Context):
    """«Mi llamo Ana», «mi levanto a las siete»: «mi» with no accent right before a word that
    is nothing but a verb form of «yo» (not a verb like gustar: gustar_possessive says it)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["my"] or a.accented(i) or a.original(i + 1)[:1].isupper():
            continue
        readings = a.readings[i + 1]
        if not readings or any(f.pos != "VERB" for f in readings):
            continue
        if not any(f.person == "1s" for f in readings):
            continue
        if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in readings):
            continue
        me = ctx.spelled["pronoun_me"][0]
        yield Hit(i, i + 1, me.capitalize() if a.original(i)[:1].isupper() else me)
