"""The preposition an adjective takes before its complement, from the treebank and Tatoeba
counts (data/verb_prepositions.yaml, `adjectives:`): «interesado de la música» (en),
«enamorada con él» (de), «orgulloso en su hija» (de). As after a verb, a fix is given only
where the counts strongly attest another word and never the learner's."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.verb_lemmas import role_at
from langbot.grading.verb_prepositions import load_verb_prepositions


def _adjectives(ctx: Context, i: int) -> set[str]:
    """The adjective lemmas of token i (interesada: interesado), when it can be no noun."""
    a = ctx.analysis
    k = i - 1
    article = a.of(k, "DET") and not (a.of(k, "VERB") or a.of(k, "CLITIC") or a.accented(k))
    verb = any(f.form != "part" for f in a.of(i, "VERB"))  # «lo vi de cerca»: a verb
    if a.of(i, "NOUN") or article or verb or not _said_of(ctx, i):
        return set()  # «una experta en…», «el preocupado por…»: a noun (not «está»)
    return {f.lemma for f in a.of(i, "ADJ")}


def _said_of(ctx: Context, i: int) -> bool:
    """The adjective at i says how someone or something is: after a noun, or after a
    copula (ser, estar, parecer, sentirse…) and its degree words; not after another verb,
    whose own complement may follow («se asoma orgulloso a la élite»)."""
    a = ctx.analysis
    k = i - 1
    while a.at(k) in ctx.words["degree_words"]:
        k -= 1
    copulas = set(ctx.spelled["copulas_with_state"])
    return bool(a.only(k, "NOUN") or any(f.lemma in copulas for f in a.of(k, "VERB")))


def adjective_uses(ctx: Context):
    """Each adjective followed by a preposition and a complement: (i, the adjective lemmas,
    the role, the preposition, whether it holds the article: «al», «del»)."""
    a = ctx.analysis
    joins = dict(zip(ctx.words["joins"], ctx.words["joined_from"], strict=True))
    for i in range(len(a) - 2):
        word = a.at(i + 1)
        if not a.of(i + 1, "ADP"):
            continue
        role = "noun" if word in joins else role_at(ctx, i + 2)
        if role is not None and (lemmas := _adjectives(ctx, i)):
            yield i, lemmas, role, joins.get(word, word), word in joins


def adjective_preposition(ctx: Context):
    """«Estoy interesado de la música», «está enamorada con él»: the adjective takes another
    preposition: «interesado en», «enamorada de»."""
    table = load_verb_prepositions()
    for i, lemmas, role, used, joined in adjective_uses(ctx):
        if used not in ctx.words["adjective_checked"]:
            continue
        fixes = {table.favoured_after_adjective(m, role, used) for m in lemmas}
        fix = fixes.pop() if len(fixes) == 1 else None
        allowed = ctx.words["links"] if role == "infinitive" else ctx.words["fixes"]
        if fix in allowed:
            spelled = ctx.spelled["fixes"][ctx.words["fixes"].index(fix)]
            if joined:
                parts = ctx.spelled["joined_from"]
                spelled = (
                    ctx.spelled["joins"][parts.index(fix)]
                    if fix in parts
                    else f"{spelled} {ctx.spelled['article'][0]}"
                )
            yield Hit(i + 1, i + 2, spelled)
