"""«¿Cuánto le deber?», «me llamar Juan»: an object pronoun never stands before an infinitive;
it goes before a conjugated verb («le debo») or joins the infinitive («deberle»). Part of the
verbs family (rules/verbs.py lists it)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.tokens import BOUNDARY


def _verbless_before(ctx: Context, i: int) -> bool:
    """No conjugated verb, preposition or link stands between the clause's start and token i:
    only a question word, a no or a subject pronoun («¿cuánto le…», «yo te…», «no me…»)."""
    a, allowed = ctx.analysis, set(ctx.words["before_proclitic"])
    j = i - 1
    while j >= 0 and a.at(j) != BOUNDARY:
        if a.at(j) not in allowed:
            return False
        j -= 1
    return True


def clitic_before_infinitive(ctx: Context):
    """Finder: «me», «te», «le», «les», «nos», «os» right before an infinitive that nothing
    conjugated leads: «¿cuánto le deber?» (le debo, deberle). Not «se» («no se nadar» is
    «sé» with its accent dropped), nor «lo», «la» (articles too)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["proclitics"] or not a.of(i, "CLITIC"):
            continue
        if only_infinitive(a, i + 1) and _verbless_before(ctx, i):
            yield Hit(i, i + 2, f"{a.original(i + 1)}{a.at(i)}")


def clitic_joins_infinitive(ctx: Context):
    """Finder: an object pronoun right before an infinitive that a preposition or another
    verb leads: «quiero a te decir», «para me preparar», «fui a lo comprar» (decirte,
    prepararme, comprarlo); a pronoun never stands between them, and «lo», «la» there are
    no articles (an infinitive takes «el»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 1):
        if a.at(i) not in ctx.words["joined_clitics"] or not a.of(i, "CLITIC"):
            continue
        if a.at(i) not in ctx.words["proclitics"] and _article_here(ctx, i):
            continue  # «es la ser más bonita»: an article before a noun («el ser»)
        if only_infinitive(a, i + 1) and not _verbless_before(ctx, i):
            yield Hit(i, i + 2, f"{a.original(i + 1)}{a.at(i)}")


def _article_here(ctx: Context, i: int) -> bool:
    """«lo», «la» at i read as an article: the word after it may be a noun, or a copula
    leads it («es la ser más bonita»: «ser» after «es la» is the noun «el ser»), as no
    copula leads an infinitive with its pronoun."""
    a = ctx.analysis
    if not a.only(i + 1, "VERB"):
        return True
    return any(f.lemma in ctx.words["copulas"] and f.person for f in a.of(i - 1, "VERB"))
