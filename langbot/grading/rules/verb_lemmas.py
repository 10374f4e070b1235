"""The verb a token is, as the treebank counts key it (data/verb_prepositions.yaml), and
the kind of complement after a preposition."""

from langbot.grading.rules.base import Context
from langbot.grading.rules.common import only_infinitive
from langbot.grading.verb_prepositions import Role, VerbPrepositions, load_verb_prepositions


def verb_lemmas(ctx: Context, i: int, noun_ok: bool = False, table=None) -> set[str] | None:
    """The verb lemmas of token i, as -se verbs after a reflexive pronoun the counts know;
    None when the token may be something else (a noun after a determiner, a participle
    that is no perfect's)."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    perfect = any(f.lemma in ctx.words["perfect_auxiliary"] for f in a.of(i - 1, "VERB"))
    if not verbs or any(f.form == "part" for f in verbs) and not perfect:
        return None  # «ha empezado a», not «empezado»
    finite = a.only(i, "VERB") and all(f.form not in ("inf", "ger", "part") for f in verbs)
    if a.of(i - 1, "DET") and not a.accented(i - 1) and not finite:
        return None  # «el trabajo», «el pensar de»; not «él trabaja», «la volví», «eso vuelva»
    if not (
        noun_ok
        or a.only(i, "VERB")
        or a.of(i - 1, "PRON")
        or a.of(i - 1, "CLITIC")
        or _joined_predicate(ctx, i)
    ):
        return None  # «trabajo»: a noun too, unless a subject or a pronoun stands before
    table = table or load_verb_prepositions()
    reflexive = a.at(i - 1) in ctx.words["reflexive_by_person"]
    out = set()
    for f in verbs:
        pronominal = f.lemma + ctx.kb.words.reflexive_ending
        out.add(pronominal if reflexive and table.has(pronominal) else f.lemma)
    return out


def _joined_predicate(ctx: Context, i: int) -> bool:
    """Token i, also a noun, follows «y» and a conjugated verb of its person earlier in the
    sentence: a second verb of that subject («es tico y visita a Costa Rica»)."""
    a = ctx.analysis
    if a.at(i - 1) not in ctx.words["coordinators"]:
        return False
    persons = {f.person for f in a.of(i, "VERB") if f.person and f.form != "imp"}
    earlier = (f for k in range(i - 1) for f in a.of(k, "VERB") if a.only(k, "VERB"))
    return bool(persons) and any(f.person in persons and f.form != "imp" for f in earlier)


def role_at(ctx: Context, j: int) -> Role | None:
    """What follows the preposition at j: an infinitive, a noun (a determiner and its noun,
    a person's pronoun, a name), or None (a time, a number, anything else)."""
    a = ctx.analysis
    if only_infinitive(a, j):
        return "infinitive"
    if a.of(j, "NUM") or a.at(j).isdigit() or a.at(j) in ctx.words["not_complements"]:
        return None
    np = a.noun_phrase(j)
    if np is not None:
        if np.noun.classes & set(ctx.words["time_classes"]) or a.of(np.end - 1, "NUM"):
            return None
        return "noun"
    if a.at(j) in ctx.words["person_pronouns"]:
        return "noun"
    name = j > 0 and a.original(j)[:1].isupper() and not a.readings[j]
    return "noun" if name and a.at(j) not in ctx.kb.vocabulary.places else None


def preposition_uses(ctx: Context, table: VerbPrepositions | None = None, every: bool = False):
    """Each verb followed by a checked preposition (with `every`, any) and a complement: (i,
    the verb lemmas, the role, the preposition, whether it holds the article: «al», «del»)."""
    a = ctx.analysis
    joins = dict(zip(ctx.words["joins"], ctx.words["joined_from"], strict=True))
    for i in range(len(a) - 2):
        word = a.at(i + 1)
        used = joins.get(word, word)
        if not a.of(i + 1, "ADP"):
            continue
        role = "noun" if word in joins else role_at(ctx, i + 2)
        checked = ctx.words["checked" if role == "noun" else "links"]
        if role is None or (used not in checked and not every):
            continue
        if lemmas := verb_lemmas(ctx, i, table=table):
            yield i, lemmas, role, used, word in joins
