"""When a verb of the other number than the noun phrase before it is a sure error: the noun
phrase is its subject, not an object said first («las manzanas las compra mi madre»), nor a
when or a part before the subject that comes after the verb («cada semestre vienen
estudiantes»). Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.subjects import PERSON, bare_noun, past_complement
from langbot.text import fold


def number_sure(ctx: Context, np, k: int, verbs) -> bool:
    """The verb at k, of the third person, takes the noun phrase's number for sure: no
    object pronoun of the third person and the noun phrase's number before it, no subject of its own after it, not a
    verb like gustar, not a group or a part of a plural («la mayoría de ellos son»)."""
    a = ctx.analysis
    if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
        return False  # «mi hermano le gustan los perros»: the gustar rules'
    doubling = ctx.words["third_clitics_" + ("plural" if np.noun.number == "p" else "singular")]
    if any(a.at(j) in doubling for j in _pronouns_before(ctx, np.end, k)):
        return False  # «las manzanas las compra mi madre»: an object said first
    return not (a_part(ctx, np, verbs) or _subject_after(ctx, k, verbs))


def _pronouns_before(ctx: Context, start: int, k: int) -> range:
    """The object pronouns right before the verb at k, past adverbs, not an article of a
    noun between («el grifo de la cocina están»: «la» is the kitchen's article)."""
    a, j = ctx.analysis, k
    while j > start and (a.of(j - 1, "CLITIC") or a.of(j - 1, "ADV")):
        j -= 1
    return range(j, k)


def a_part(ctx: Context, np, verbs) -> bool:
    """A singular noun of a part or an amount («la mayoría son», «la mitad de mis amigos
    trabajan»), or of a group with a plural «de» phrase («un grupo de turistas llegaron»),
    before a plural verb: the verb may agree with the people it counts."""
    if np.noun.number != "s" or not any(f.person == PERSON["p"] for f in verbs):
        return False
    lemma = fold(np.noun.lemma)
    if lemma in ctx.words["part_nouns"]:
        return True
    return lemma in ctx.words["group_nouns"] and _of_plural(ctx, np)


def _of_plural(ctx: Context, np) -> bool:
    """«El resto de los alumnos llegaron»: a «de» phrase of the plural completes it."""
    a = ctx.analysis
    if a.at(np.end) not in ctx.words["of"] or past_complement(ctx, np.end) == np.end:
        return False
    inner = a.noun_phrase(np.end + 1)
    pronouns = [f for f in a.of(np.end + 1, "PRON") if f.person]
    return (inner is not None and inner.noun.number == "p") or any(
        f.person[1:] == "p" for f in pronouns
    )


def _subject_after(ctx: Context, k: int, verbs) -> bool:
    """A noun phrase, a noun, a name or a pronoun of the verb's own number right after it
    (past adverbs): the verb's subject may be that one («este año vienen mis primos»)."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, k + 1)
    persons = {f.person for f in verbs}
    np = a.noun_phrase(j)
    passive = a.at(k - 1) == ctx.words["reflexive_by_person"][2]  # «se cultiva papa»
    if (
        np is None
        and (bare := bare_noun(a, j)) is not None
        and (passive or bare.noun.number == "p")
    ):
        np = bare  # «vienen estudiantes»; a bare singular is an object: «me dio dinero»
    if np is not None and PERSON.get(np.noun.number) in persons:
        return True
    if any(f.person in persons for f in a.of(j, "PRON")):
        return True
    if all(f.lemma in ctx.words["naming"] for f in verbs):
        return False  # «mis padres se llama Juan y Ana»: the name they go by, no subject
    return PERSON["s"] in persons and name_end(a, j) > j


def an_amount(ctx: Context, np, verbs) -> bool:
    """A plural counted by a number before ser in the singular: an amount said of as one
    («diez euros es mucho», «cien kilómetros es demasiado»)."""
    a = ctx.analysis
    if np.noun.number != "p" or not a.of(np.start, "NUM"):
        return False
    finite = [f for f in verbs if f.person]
    ser = any(f.lemma == ctx.words["copulas"][0] for f in finite)
    return ser and all(f.person == PERSON["s"] for f in finite)  # «fue»: ser's or ir's
