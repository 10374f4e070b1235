"""A verb after a preposition is an infinitive, never the -ndo form: «voy a comiendo»,
«interesado en aprendiendo», «antes de comiendo» («a comer», «en aprender», «de comer»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.tokens import BOUNDARY


def _gerund(ctx: Context, j: int):
    """The one verb token j is, when every reading is a gerund and it is no name
    («con Armando»: a capital inside the sentence), else None."""
    a = ctx.analysis
    if not a.only(j, "VERB") or a.original(j)[:1].isupper():
        return None
    verbs = a.of(j, "VERB")
    return verbs[0] if all(f.form == "ger" for f in verbs) else None


def preposition_before_gerund(ctx: Context):
    """«Soy buena a organizando», «seguir a buscando», «En obteniendo mi título»: where no
    infinitive is meant, the preposition is the slip: a cue, no fix."""
    for i, _, meant in _gerunds(ctx):
        if not meant:
            yield Hit(i, i + 2, None)


def gerund_after_preposition(ctx: Context):
    """«Antes de comiendo»: after «a», «de», «en», «para», «por», «con» or «sin» a verb is
    an infinitive: «de comer»."""
    a = ctx.analysis
    for i, verb, meant in _gerunds(ctx):
        if meant:
            yield Hit(i, i + 2, f"{a.original(i)} {verb.lemma}{_clitics(a.at(i + 1))}")


def _gerunds(ctx: Context):
    """(i, the verb, whether an infinitive is meant) for each preposition at i before an
    -ndo form."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["before_infinitive"] or not a.of(i, "ADP"):
            continue
        if any(f.form != "imp" for f in a.of(i, "VERB")):
            continue  # «para»: also «stops» (parar); «de» is also «dé», never before -ndo
        verb = _gerund(ctx, i + 1)
        if verb is not None:
            yield i, verb, _infinitive_meant(ctx, i)


def _infinitive_meant(ctx: Context, i: int) -> bool:
    """The preposition at i wants the infinitive: not «a» after anything but a verb that
    leads to one («soy buena a organizando» is «buena organizando»; «me a enseñando» is «ha
    enseñado»; «seguir a buscando» is «seguir buscando»), nor «en» opening the sentence
    («En obteniendo mi título» is «Al obtener»)."""
    a = ctx.analysis
    if a.at(i) in ctx.words["gerund_to"]:
        verbs = a.of(i - 1, "VERB")
        return bool(verbs) and not any(f.lemma in ctx.words["gerund_verbs"] for f in verbs)
    return not (a.at(i) in ctx.words["gerund_in"] and (i == 0 or a.at(i - 1) == BOUNDARY))


def _clitics(word: str) -> str:
    """The pronouns a gerund carries («ayudándome»: «me»), kept on the infinitive."""
    return word[word.rfind("ndo") + 3 :]
