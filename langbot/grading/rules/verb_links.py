"""The word a verb takes before its complement, from the treebank counts
(grading/verb_prepositions.py): «disfruto a Lauren» (de), «me caso a Juan» (con), «empiezo
de estudiar» (a), and «empiezo estudiar» with no «a». A rule fires only where the counts
strongly attest another word for that verb and role and nearly never the learner's; before
a noun only «a» is checked, as the other prepositions head adjuncts after nearly any verb
(«me casé en Madrid», «llamo de casa», «vivo con mi madre»)"""

from langbot.grading.rules.adjective_links import adjective_preposition
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_infinitive
from langbot.grading.rules.gerund_links import (
    gerund_after_preposition,
    preposition_before_gerund,
)
from langbot.grading.rules.governed_links import governed_after_adjective, governed_preposition
from langbot.grading.rules.manner import manner_with_en
from langbot.grading.rules.object_links import object_link
from langbot.grading.rules.pronominal_links import pronominal_without_preposition, topic_with_sobre
from langbot.grading.rules.speaker_complements import (
    person_without_preposition,
    place_name_without_preposition,
)
from langbot.grading.rules.verb_classes import (
    class_preposition,
    name_without_a,
    people_without_a,
    place_after_a,
)
from langbot.grading.rules.verb_lemmas import preposition_uses, verb_lemmas
from langbot.grading.verb_prepositions import (
    NONE,
    Role,
    VerbPrepositions,
    load_verb_prepositions,
)

MIN_SOURCE = 3
"""How often a verb must take «de» before a noun for «de» before an infinitive to be left."""


def _agreed(ctx: Context, lemmas: set[str], role: Role, used: str) -> str | None:
    """The word every reading's verb favours over `used`, or None if any reading differs."""
    table = load_verb_prepositions()
    found = {table.favoured(lemma, role, used) for lemma in lemmas}
    return found.pop() if len(found) == 1 else None


def _joined(ctx: Context, fix: str) -> str:
    """The fix for a learner's «al», «del»: the preposition with the article in it («del»),
    or the preposition and the article («en el»)."""
    joins, parts = ctx.spelled["joins"], ctx.spelled["joined_from"]
    return joins[parts.index(fix)] if fix in parts else f"{fix} {ctx.spelled['article'][0]}"


def link_uses(ctx: Context, table: VerbPrepositions | None = None):
    """Each verb followed right away by an infinitive: (i, the verb lemmas)."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if not only_infinitive(a, i + 1) or (a.of(i, "NOUN") and i > 0):
            continue  # «el trato», «su intento»: a noun before the infinitive
        if lemmas := verb_lemmas(ctx, i, noun_ok=True, table=table):
            yield i, lemmas


def _source(ctx: Context, lemmas: set[str], used: str) -> bool:
    """«Salgo de trabajar», «vuelvo de correr»: a verb that takes «de» before a noun (where
    one comes from) may take it before an infinitive in the same sense."""
    table = load_verb_prepositions()
    if used not in ctx.words["source_links"]:
        return False
    return any(table.seen(lemma, "noun").get(used, 0) >= MIN_SOURCE for lemma in lemmas)


def _transitive_use(ctx: Context, i: int, lemmas: set[str]) -> bool:
    """The verb at i, with no reflexive pronoun, of a verb whose -se form takes its own word
    («casarse con»): the plain verb takes its object with «a» («casó a su hija»)."""
    if ctx.analysis.at(i - 1) in ctx.words["reflexive_by_person"]:
        return False
    ending = ctx.kb.words.reflexive_ending
    return all(
        not lemma.endswith(ending) and ctx.kb.verbs.is_reflexive(lemma + ending) for lemma in lemmas
    )


def treebank_preposition(ctx: Context):
    """«Pienso de ti», «depende en su madre», «empiezo de estudiar»: the verb takes another
    preposition there: «pienso en ti», «depende de», «empiezo a estudiar»."""
    for i, lemmas, role, used, joined in preposition_uses(ctx):
        if role == "infinitive" and _source(ctx, lemmas, used):
            continue
        if role == "noun" and _transitive_use(ctx, i, lemmas):
            continue
        fix = _agreed(ctx, lemmas, role, used)
        allowed = ctx.words["links"] if role == "infinitive" else ctx.words["fixes"]
        if fix in allowed:  # none: «necesito a comer» is a_before_infinitive's
            yield Hit(i + 1, i + 2, _joined(ctx, fix) if joined else fix)


def treebank_link(ctx: Context):
    """«Empiezo estudiar», «trato hacerlo»: the verb takes a word before an infinitive:
    «empiezo a estudiar», «trato de hacerlo»."""
    for i, lemmas in link_uses(ctx):
        fix = _agreed(ctx, lemmas, "infinitive", NONE)
        if fix in ctx.words["links"]:
            yield Hit(i, i + 1, f"{ctx.analysis.original(i)} {fix}")


FINDERS = {
    "treebank_preposition": treebank_preposition,
    "treebank_link": treebank_link,
    "name_without_a": name_without_a,
    "class_preposition": class_preposition,
    "adjective_preposition": adjective_preposition,
    "governed_preposition": governed_preposition,
    "governed_after_adjective": governed_after_adjective,
    "gerund_after_preposition": gerund_after_preposition,
    "preposition_before_gerund": preposition_before_gerund,
    "place_after_a": place_after_a,
    "object_link": object_link,
    "pronominal_without_preposition": pronominal_without_preposition,
    "manner_with_en": manner_with_en,
    "topic_with_sobre": topic_with_sobre,
    "place_name_without_preposition": place_name_without_preposition,
    "people_without_a": people_without_a,
    "person_without_preposition": person_without_preposition,
}
