"""An action after a verb like gustar is the bare infinitive: not the gerund («Me gusta
bailando», «…bailar y cantando»), nor «a» or «de» before it («Me gusta a cocinar»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.gustar_forms import AGREEING, after_clitic, liking, likings
from langbot.grading.tokens import BOUNDARY


def _gerund_at(ctx: Context, j: int) -> str | None:
    """The infinitive of the gerund at j, when j can be nothing but a gerund."""
    ger = [f for f in ctx.analysis.of(j, "VERB") if f.form == "ger"]
    return ger[0].lemma if ger and ctx.analysis.only(j, "VERB") else None


def _listed_gerunds(ctx: Context, j: int):
    """Gerunds joined to the infinitive at j by «y», «o» or a comma («bailar y cantando»);
    none once a gerund stands alone in the list («pasar el día leyendo y escribiendo»)."""
    a = ctx.analysis
    for k in range(j + 1, len(a) - 1):
        if _gerund_at(ctx, k) and not (a.at(k - 1) in ctx.words["and"] or a.at(k - 1) == BOUNDARY):
            return
        if a.at(k) in ctx.words["and"] or (
            a.at(k) == BOUNDARY and a.original(k) in ctx.spelled["comma"]
        ):
            lemma = _gerund_at(ctx, k + 1)
            if lemma:
                yield k + 1, lemma
        elif a.at(k) == BOUNDARY or any(f.person for f in a.of(k, "VERB") if a.only(k, "VERB")):
            return  # the end of the list: a full stop or a finite verb


def gerund(ctx: Context):
    """«Me gusta bailando», «Me gusta bailar y cantando»: the infinitive, not the gerund."""
    a = ctx.analysis
    for i in likings(ctx):
        if not _pleases(ctx, i):
            continue
        j = skip_adverbs(a, ctx.kb, i + 1)
        lemma = _gerund_at(ctx, j)
        if lemma:
            yield Hit(j, j + 1, lemma)
        elif any(f.form == "inf" for f in a.of(j, "VERB")):
            for k, lemma in _listed_gerunds(ctx, j):
                yield Hit(k, k + 1, lemma)


def _pleases(ctx: Context, i: int) -> bool:
    """The verb at i is a gustar-like form that pleases: third person after «me», «le»…
    («Me gustaba bailando»), not «Me quedo mirando», «Se queda durmiendo» (right)."""
    third = any(f.person and f.person[0] == "3" for f in ctx.analysis.of(i, "VERB"))
    return bool(liking(ctx, i, AGREEING)) and third and after_clitic(ctx, i)


def _action_at(ctx: Context, j: int) -> str | None:
    """The infinitive at j, when j is nothing else or a noun only as the activity
    («correr», a hobby), not «pesar» of «a pesar de»."""
    a = ctx.analysis
    inf = [f for f in a.of(j, "VERB") if f.form == "inf"]
    others = [f for f in a.readings[j] if f.pos != "VERB"]
    actions = set(ctx.words["action_classes"])
    if inf and all(f.pos == "NOUN" and f.classes & actions for f in others):
        return inf[0].lemma
    return None


def a_infinitive(ctx: Context):
    """«Me gusta a cocinar», «Me gusta mucho de bailar»: no little word before the infinitive."""
    a = ctx.analysis
    for i in likings(ctx):
        j = skip_adverbs(a, ctx.kb, i + 1)
        if _own_reflexive(ctx, i):
            continue  # «se sentaron a cenar»: sentarse, not «me sienta bien»
        k = i - 1 - bool(a.of(i - 1, "CLITIC"))
        if a.at(k) in ctx.words["relative"] and a.of(k - 1, "NOUN"):
            continue  # «cualquier cosa que te apetezca de comer»: the noun's «de comer»
        if liking(ctx, i) and a.at(j) in ctx.words["not_before_infinitive"]:
            lemma = _action_at(ctx, j + 1)
            if lemma:
                yield Hit(j, j + 2, lemma)


def _own_reflexive(ctx: Context, i: int) -> bool:
    """The verb at i, one said of a person too (sentar), has the reflexive pronoun of its
    own person before it: the person's own verb («se sentaron», «me senté»)."""
    a = ctx.analysis
    persons = ctx.kb.reflexive.get(a.at(i - 1), frozenset())
    personal = [f for f in a.of(i, "VERB") if ctx.kb.verbs.has(f.lemma, "also_personal")]
    return any(f.person in persons for f in personal)
