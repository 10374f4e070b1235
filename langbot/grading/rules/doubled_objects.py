"""A stressed pronoun as the verb's object («a ella», «a nosotros») goes with the verb's short
pronoun too: «la mató a ella», not «mató a ella». Only verbs whose people complements take
«a» in the treebank and Tatoeba counts (data/verb_prepositions.yaml, role person: conocer,
ayudar, matar, ver), so never a verb of going («voy a él») or of regime («se parece a él»)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions
from langbot.text import fold

MIN_PEOPLE = 2
"""How often the verb's nouns of people must take «a», and how many times as often as none."""
MIN_NAMES, MIN_NAME_RATIO = 3, 4
"""How often its names must take «a», and how many times as often as none."""
LOOK_BACK = 3
"""How far before the verb a short pronoun may stand («no la he visto a ella»)."""


def _takes_people(lemma: str, to: str) -> bool:
    """The counts show the verb's nouns of people with «a» (conocí a su padre), or its names
    with «a» and nearly never bare while its places never take «a» (odio a Tom; not llegar
    a Madrid)."""
    table = load_verb_prepositions()
    people, names = table.seen(lemma, "person"), table.seen(lemma, "name")
    if people.get(to, 0) >= MIN_PEOPLE and people[to] >= MIN_PEOPLE * people.get(NONE, 0):
        return True
    named = names.get(to, 0) >= MIN_NAMES and names[to] >= MIN_NAME_RATIO * names.get(NONE, 0)
    return named and table.seen(lemma, "place").get(to, 0) < MIN_PEOPLE


def _bare_verb(ctx: Context, i: int):
    """The verb reading of token i with no short pronoun before it or on it, or None."""
    a = ctx.analysis
    verbs = a.of(i, "VERB")
    if not verbs or a.of(i - 1, "DET") and not a.accented(i - 1):
        return None
    said = a.at(i - 1) in ctx.words["negation"] or any(f.person for f in a.of(i - 1, "PRON"))
    said = said or (i == 0 and any(f.person for f in verbs))  # «Odio a él.»: no «el odio»
    if not a.only(i, "VERB") and not said:
        return None  # «el miedo a él»: a noun's complement
    if _short_before(ctx, i):
        return None
    f = verbs[0]
    if f.form == "part" and not any(
        v.lemma == ctx.words["perfect"][0] for v in a.of(i - 1, "VERB")
    ):
        return None  # «fue elegido a…»
    if _pronoun_on(ctx, i):
        return None  # «verla a ella», «dáselo a él»: the pronoun is on the verb
    return f


def _pronoun_on(ctx: Context, i: int) -> bool:
    """A short pronoun may be written on the verb at i: an infinitive longer than its
    lemma, a gerund past its «-ndo», an imperative ending like a short pronoun."""
    a = ctx.analysis
    word = a.at(i)
    for f in a.of(i, "VERB"):
        if f.form == "inf" and word != fold(f.lemma):
            return True
        if f.form == "ger" and not word.endswith(ctx.words["gerund_endings"]):
            return True
        if f.form == "imp" and word.endswith(ctx.words["enclitics"]):
            return True
    return False


def _short_before(ctx: Context, i: int) -> bool:
    """A short pronoun stands before the verb, or before the verbs and «no» just before it
    («la mató», «no la he visto», «la quiero ver»)."""
    a = ctx.analysis
    k = i - 1
    while k > i - 1 - LOOK_BACK and (a.only(k, "VERB") or a.at(k) in ctx.words["negation"]):
        k -= 1
    return bool(a.of(k, "CLITIC"))


def _pronoun_at(ctx: Context, j: int) -> int | None:
    """The index of the stressed pronoun at j in the family's list, or None: «mí», «él» only
    with their accent, or ending the phrase («a mi casa», «a el hombre» are no pronouns)."""
    a = ctx.analysis
    pronouns = ctx.words["stressed_pronouns"]
    if a.at(j) not in pronouns:
        return None
    if a.at(j) in ctx.words["accented_only"] and not a.accented(j) and a.at(j + 1).isalnum():
        return None
    if a.at(j + 1) in ctx.words["coordinators"]:
        return None  # «invité a ella y a su marido»: a pronoun in a pair may go alone
    return pronouns.index(a.at(j))


def _past_object(ctx: Context, j: int) -> int:
    """Past the verb's object at j, a noun phrase or two joined by «y» («muestra su amor y
    obediencia a nosotros»: the person after it is the other object); j when none."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is None:
        return j
    end = np.end
    if a.at(end) in ctx.words["coordinators"]:
        if (more := a.noun_phrase(end + 1)) is not None:
            end = more.end
        elif a.only(end + 1, "NOUN"):
            end += 2
    return end


def object_without_pronoun(ctx: Context):
    """«Mató a ella», «conozco a él», «muestra su amor a nosotros»: the verb takes its short
    pronoun too: «la mató a ella», «lo conozco a él», «nos muestra su amor a nosotros»."""
    a = ctx.analysis
    to = ctx.words["to"][0]
    for i in range(len(a) - 2):
        j = _past_object(ctx, i + 1)
        if a.at(j) != to or (k := _pronoun_at(ctx, j + 1)) is None:
            continue
        verb = _bare_verb(ctx, i)
        if verb is None or not _takes_people(verb.lemma, to):
            continue
        short = ctx.spelled["short_pronouns" if j == i + 1 else "other_object_pronouns"][k]
        fix = None
        if "/" not in short and any(f.person for f in a.of(i, "VERB")):  # «muestra»: also imp
            fix = f"{short} {a.tokens.original_text(i, j + 2)}"
        yield Hit(i, j + 2, fix, {"short": short, "pronoun": a.original(j + 1)})
