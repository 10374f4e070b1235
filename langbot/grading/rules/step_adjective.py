"""An answer that is an adjective alone describes the thing the step asks about, which it
leaves unsaid, so it agrees with it in gender («¿De qué color las quiere?» «Rojo» → rojas;
«¿De qué color lo quiere?», el pelo: «Castaña» → castaño). Part of the step family
(rules/step.py); the thing's gender comes from step_context (meaning/subject_asked.py)."""

from langbot.grading.openers import opening_words
from langbot.grading.rules.base import Context, Hit, folded
from langbot.grading.rules.hedges import opens_after_hedge
from langbot.grading.tokens import BOUNDARY


def _looks(ctx: Context, i: int) -> bool:
    """Token i is an adjective of how a thing looks (a colour, a size, a taste) or how
    someone or something is («cansada», «tímido»), whatever else it may be («corto»: also
    cortar; «castaña»: also the nut); not «claro», «perfecto», said alone to agree."""
    a = ctx.analysis
    looks = set(ctx.words["looks_classes"]) | set(ctx.words["alone_described_classes"])
    if any(f.pos not in ("ADJ", "NOUN", "VERB") for f in a.readings[i]):
        return False
    if any(f.lemma in ctx.words["agreeing_alone"] for f in a.of(i, "ADJ")):
        return False
    return any(f.classes & looks for f in a.of(i, "ADJ"))


def _lone_adjective(ctx: Context) -> int | None:
    """The one adjective the answer is made of, beside degree words, «sí»/«no» and
    politeness («Rojas, por favor», «Muy corto»); None when anything else stands there."""
    a = ctx.analysis
    aside = {part for phrase in ctx.kb.adverbs_between for part in phrase.split()}
    aside |= set(opening_words("answer_openers")) | set(ctx.words["politeness"])
    found = None
    for i in range(_past_hedge(ctx, folded(tuple(aside))), len(a)):
        if found is not None and a.at(i) in ctx.words["made_of"]:
            return found if _noun_only(ctx, i + 1, aside) else None  # «Pequeño, de fresa»
        if a.at(i) == BOUNDARY or a.at(i) in aside:
            continue
        if found is not None or not _looks(ctx, i):
            return None
        found = i
    return found


def _past_hedge(ctx: Context, openers: frozenset[str]) -> int:
    """Where the answer starts past an opinion hedge that opens it («creo que pequeño»), or 0."""
    return next((i for i in range(len(ctx.analysis)) if opens_after_hedge(ctx, i, openers)), 0)


def _noun_only(ctx: Context, start: int, aside: set[str]) -> bool:
    """From `start` to the end, a noun with its determiners and nothing else but `aside`
    («(Pequeño,) de fresa, por favor»): what the thing is made of, not a second answer."""
    a = ctx.analysis
    rest = [k for k in range(start, len(a)) if a.at(k) != BOUNDARY and a.at(k) not in aside]
    return any(a.of(k, "NOUN") for k in rest) and all(
        a.of(k, "DET") or a.of(k, "NOUN") for k in rest
    )


def step_adjective(ctx: Context):
    """An adjective alone, of a gender the step's thing lacks, fixed to the thing's gender
    and number; an adjective of one form for both genders («azul», «grande») is left."""
    gender, number = ctx.subject
    i = _lone_adjective(ctx) if gender in ("m", "f") else None
    if i is None:
        return
    genders = {f.gender for f in ctx.analysis.of(i, "ADJ")}
    if not genders <= {"m", "f"} or gender in genders:
        return
    fix = ctx.kb.vocabulary.adjective_form(ctx.analysis.at(i), gender, number)
    if fix:
        yield Hit(i, i + 1, fix, {})


FINDERS = {"step_adjective": step_adjective}
