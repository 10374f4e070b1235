"""Whether natives say a verb with a reflexive pronoun of its own person, as counted in the
UD Spanish treebanks and Tatoeba (data/verb_prepositions.yaml, role `pronoun`): «el chico
disculpó» where natives nearly always say «se disculpó», and the verbs natives never say
with one («nos regresamos»)."""

from functools import lru_cache

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import read_otherwise, skip_adverbs
from langbot.grading.rules.past_person import written_persons
from langbot.grading.tokens import BOUNDARY
from langbot.grading.verb_prepositions import NONE, load_verb_prepositions
from langbot.grading.verbs import PERSONS
from langbot.text import fold

MIN_NEVER = 50
"""A verb is «never reflexive» when seen this often, and never with its own pronoun (at
40, confiar and regresar would be: «no te confíes», «nos regresamos» are said)."""
MIN_OWN = 5
"""A verb is «always reflexive» when seen this often with its own pronoun…"""
MIN_RATIO = 8
"""…and this many times as often as without it."""


def plain_lemma(ctx: Context, lemma: str) -> str:
    """The verb without its -se (casarse: casar), as the counts key it."""
    ending = ctx.kb.words.reflexive_ending
    return lemma.removesuffix(ending) if lemma.endswith("r" + ending) else lemma


NOT_BEFORE_VERB = ("VERB", "ADJ", "DET", "ADP", "NUM")
"""A word read as one of these before a verb form makes it a noun the lexicon lacks («tus
constantes quejas», «oír quejas», «cine mudo»), unless it is also a pronoun."""


def _finite(ctx: Context, i: int) -> tuple[set[str], set[str]] | None:
    """Token i's verb lemmas and persons, when it is only a conjugated verb (its imperative
    readings left: their pronoun goes after them, «siéntate»). An accented past the folded
    form reads as a present («casó»: caso) takes the person of its ending."""
    a = ctx.analysis
    verbs = [f for f in a.of(i, "VERB") if f.form != "imp"]
    if not verbs or not a.only(i, "VERB"):
        return None
    article = a.of(i - 1, "DET") and not a.of(i - 1, "CLITIC") and not a.accented(i - 1)
    pronoun = not article and (a.of(i - 1, "CLITIC") or a.of(i - 1, "PRON"))
    if not pronoun and any(a.of(i - 1, pos) for pos in NOT_BEFORE_VERB):
        return None
    if any(not f.person or f.form in ("inf", "ger", "part") for f in verbs):
        return None
    written = written_person(ctx, i)
    return {f.lemma for f in verbs}, {written} if written else {f.person for f in verbs}


def written_person(ctx: Context, i: int) -> str | None:
    """The one person of an accented past the folded form reads as a present («tocó»: toco),
    as the analysis reads it; None for any other word."""
    persons = written_persons(ctx, i, own_pronoun=True)
    return next(iter(persons)) if persons and len(persons) == 1 else None


def own_pronoun_before(ctx: Context, i: int, persons: set[str]) -> bool:
    """A reflexive pronoun of one of the verb's persons stands before it, right before or
    before its other pronoun («se me olvidó»); «se» is always the verb's own («se casó»
    reads as «caso», the folded form's present)."""
    a = ctx.analysis
    for k in (i - 1, i - 2):
        own = ctx.kb.reflexive.get(a.at(k), frozenset()) if not a.accented(k) else frozenset()
        if own & persons or (own and a.at(k) == ctx.words["third_person_reflexive"][0]):
            return True
        if not a.of(k, "CLITIC"):
            return False
    return False


def pronoun_uses(ctx: Context):
    """Each conjugated verb of the sentence: (its plain lemma, «se» when a reflexive pronoun
    of its own person stands before it, else none)."""
    a = ctx.analysis
    for i in range(len(a)):
        found = _finite(ctx, i)
        if found:
            own = ctx.words["third_person_reflexive"][0]  # the `pronoun` role's key for it
            used = own if own_pronoun_before(ctx, i, found[1]) else NONE
            for lemma in {plain_lemma(ctx, lemma) for lemma in found[0]}:
                yield lemma, used


@lru_cache(maxsize=2)
def never_reflexive(own: str) -> frozenset[str]:
    """The folded verbs seen at least MIN_NEVER times, never with their own pronoun (counted
    under `own`, «se»)."""
    table = load_verb_prepositions()
    out = set()
    for lemma, counts in table.counts.items():
        if not counts.pronoun.get(own) and counts.pronoun.get(NONE, 0) >= MIN_NEVER:
            out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=2)
def always_reflexive(own: str) -> frozenset[str]:
    """The folded verbs seen at least MIN_OWN times with their own pronoun (counted under
    `own`, «se»), and MIN_RATIO times as often as without it (quejarse, casarse)."""
    table = load_verb_prepositions()
    out = set()
    for lemma, counts in table.counts.items():
        said, bare = counts.pronoun.get(own, 0), counts.pronoun.get(NONE, 0)
        if said >= MIN_OWN and said >= MIN_RATIO * bare:
            out.add(lemma)
    return frozenset(out)


def _narrowed(ctx: Context, i: int, persons: set[str]) -> set[str]:
    """The persons a form of several (casaba: yo, él) has here, from the subject right
    before it: a subject pronoun, or a noun or a name (third person)."""
    a = ctx.analysis
    k = i - 1
    while a.at(k) in ctx.words["negation"] or a.only(k, "ADV"):
        k -= 1
    said = {f.person for f in a.of(k, "PRON") if f.person in persons}
    if said and (a.accented(k) or not a.of(k, "DET")):
        return said
    third = {p for p in persons if p[0] == "3"}
    named = a.original(k)[:1].isupper() and not a.readings[k] and k > 0
    return third if third and (a.only(k, "NOUN") or named) else persons


def _fixes(ctx: Context, i: int, persons: set[str]) -> str:
    persons = _narrowed(ctx, i, persons) if len(persons) > 1 else persons
    a = ctx.analysis
    word = a.original(i)
    word = word[:1].lower() + word[1:] if i == 0 else word
    by_person = ctx.words["reflexive_by_person"]
    return " / ".join(f"{by_person[PERSONS.index(p)]} {word}" for p in sorted(persons))


def reflexive_always(ctx: Context):
    """«El chico disculpó», «Einstein nacionalizó estadounidense»: a verb natives nearly
    always say with its own reflexive pronoun, said with none."""
    a = ctx.analysis
    always = always_reflexive(ctx.words["third_person_reflexive"][0])
    for i in range(len(a)):
        found = _finite(ctx, i)
        if found is None or a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive:
            continue
        lemmas, persons = found
        if all(fold(plain_lemma(ctx, m)) in always for m in lemmas) and not _object(ctx, i):
            yield Hit(i, i + 1, _fixes(ctx, i, persons))


@lru_cache(maxsize=2)
def usually_reflexive(own: str, known: frozenset[str]) -> frozenset[str]:
    """The folded verbs seen at least MIN_OWN times with their own pronoun, and no less
    often than without it, that verbs.yaml knows as -se verbs too (`known`, plain: preocupar,
    reunir); a verb it lacks may owe its count to «se» that makes it passive (se produjo)."""
    table = load_verb_prepositions()
    return frozenset(
        lemma
        for lemma, counts in table.counts.items()
        if counts.pronoun.get(own, 0) >= max(MIN_OWN, counts.pronoun.get(NONE, 0))
        and lemma in known
    )


def known_reflexive(ctx: Context) -> frozenset[str]:
    """The plain verbs (folded) of verbs.yaml's -se entries (levantar for levantarse)."""
    verbs = ctx.kb.verbs
    held = _KNOWN.get(id(verbs))
    if held is None or held[0] is not verbs:  # once per verb table, not on every sentence
        found = (fold(plain_lemma(ctx, inf)) for inf in verbs.entries if verbs.is_reflexive(inf))
        held = _KNOWN[id(verbs)] = (verbs, frozenset(found))
    return held[1]


_KNOWN: dict[int, tuple[object, frozenset[str]]] = {}  # the table is held: its id stays its own


def reflexive_usual(ctx: Context):
    """«Mis padres preocupan por mí», «nosotros reunimos en el parque»: a verb natives say
    with its own pronoun at least as often as without, said by a person with none and
    nothing after it that could be its object (the sentence ends, or a preposition)."""
    a = ctx.analysis
    usual = usually_reflexive(ctx.words["third_person_reflexive"][0], known_reflexive(ctx))
    for i in range(len(a)):
        found = _finite(ctx, i)
        if found is None or a.of(i - 1, "CLITIC") or a.at(i - 1) in ctx.kb.reflexive:
            continue
        lemmas, persons = found
        plain = {fold(plain_lemma(ctx, m)) for m in lemmas}
        if len(plain) > 1 or not plain <= usual or _object(ctx, i):
            continue  # «siento»: sentir or sentarse, neither for sure
        if read_otherwise(ctx, i, a.of(i, "VERB")) or _object_before(ctx, i):
            continue  # «cine mudo»; «¿qué sentís?», «lo que siento»: the object came first
        if _person_says(ctx, i, persons) and _nothing_after(ctx, i + 1):
            yield Hit(i, i + 1, _fixes(ctx, i, persons))


def _person_says(ctx: Context, i: int, persons: set[str]) -> bool:
    """The verb's subject is a person: the speaker or the listener, or a person's pronoun,
    a noun of people or a name right before it («mis padres preocupan»)."""
    a = ctx.analysis
    if all(p[0] in "12" for p in persons):
        return True
    k = i - 1
    people = set(ctx.words["people_classes"])
    pronoun = any(f.person for f in a.of(k, "PRON")) and (a.accented(k) or not a.of(k, "DET"))
    noun = a.only(k, "NOUN") and all(f.classes & people for f in a.of(k, "NOUN"))
    named = k > 0 and a.original(k)[:1].isupper() and not a.readings[k]
    return pronoun or noun or named


def _nothing_after(ctx: Context, j: int) -> bool:
    """Past its adverbs, the verb is followed by the sentence's end or a preposition that
    opens no person («a su hermano» may be its object)."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, j)
    if a.at(j) == BOUNDARY or a.at(j) in ctx.words["and"]:
        return True
    if not a.only(j, "ADP") or a.at(j) in ctx.words["person_before"]:
        return False
    for k in range(j + 1, len(a)):  # past commas too: «encontré en la tienda, lo que…»
        if a.at(k) in ctx.words["and"] or a.original(k) in ctx.spelled["sentence_ends"]:
            return True
        if a.at(k) in ctx.words["neuter"]:
            return False  # «encontré en la tienda lo que necesitaba»: its object, later
    return True


def _object_before(ctx: Context, i: int) -> bool:
    """A word that may be the verb's object stands before it in the sentence: «qué», «que»
    (a relative, «lo que siento»), «cuánto»."""
    return any(ctx.analysis.at(k) in ctx.words["objects_first"] for k in range(i))


def _object(ctx: Context, i: int) -> bool:
    """The verb has an object after it, so is used as its plain verb: a noun phrase in its
    clause with no preposition before it («comprometió por ello sus gestiones»), or «a» and
    a person («enamora en la ficción a Laura»)."""
    a = ctx.analysis
    j = skip_adverbs(a, ctx.kb, i + 1)
    if _phrase(ctx, j) and a.at(j) not in ctx.words["contractions"]:
        return True
    for k in range(i + 1, len(a) - 1):
        if a.at(k) in ctx.words["object_ends"] or a.of(k, "CONJ"):
            return False
        if a.at(k) in ctx.words["person_before"] and (a.of(k + 1, "DET") or not a.readings[k + 1]):
            return True
        bare = not a.of(k - 1, "ADP") and a.at(k - 1) not in ctx.words["contractions"]
        if bare and _phrase(ctx, k) and a.at(k) not in ctx.words["contractions"]:
            return True  # «comprometió por ello sus gestiones»
    return False


def _phrase(ctx: Context, j: int) -> bool:
    """A noun phrase that may be an object starts at j: not one of time, which says when
    («se casaron el año pasado»)."""
    np = ctx.analysis.noun_phrase(j)
    return np is not None and not np.noun.classes & set(ctx.words["when_classes"])
