"""Ser or estar before another conjugated verb of one subject («Mi padre es trabaja», «Yo
era vivía»): one is too many. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb
from langbot.grading.rules.estar_nouns import described
from langbot.grading.rules.past_person import written_persons
from langbot.grading.tokens import BOUNDARY


def copula_then_verb(ctx: Context):
    """«Mi padre es trabaja en un banco», «Yo era vivía en Madrid»: ser or estar, then the
    conjugated verb it doubles."""
    a = ctx.analysis
    copulas = ctx.words["copulas"]
    for i in range(len(a) - 1):
        if not any(f.lemma in copulas for f in a.readings[i]):
            continue
        verbs = a.of(i, "VERB")
        if (said := _past_pair(ctx, i)) is not None:
            yield Hit(i, i + 2, said)  # «Yo era vivía en Madrid»
            continue
        if not (a.only(i, "VERB") or (a.accented(i) and not a.of(i, "NOUN"))):
            continue  # «está», not the «esta» of «esta casa»
        if not any(f.lemma in copulas and f.form == "pres" for f in verbs):
            continue
        if (own := _own_pronoun_verb(ctx, i)) is not None:
            yield Hit(i, i + 3, own)  # «Mi hermana es se llama Ana»
            continue
        # «Mi perro es mudo»: a form the curated verbs read as «mudar» is an adjective too
        nxt = () if described(a.at(i + 1)) else only_verb(a, i + 1)
        nxt = nxt or _same_person_noun(ctx, i)
        if any(f.form == "pres" for f in nxt):
            yield Hit(i, i + 2, a.original(i + 1))
        elif nxt and all(f.person and f.form == "past" for f in nxt):
            yield Hit(i, i + 2, a.original(i + 1))  # «Amy es fue al Boston College»
        elif written_persons(ctx, i + 1):  # «mi madre es trabajó»: a past by its accent
            yield Hit(i, i + 2, a.original(i + 1))


def _past_pair(ctx: Context, i: int) -> str | None:
    """«Yo fui comí pizza», «mi padre era trabajaba»: ser or estar in a past tense, then a
    verb that is nothing but a past or an imperfect of the same one person: the second
    verb, which the copula doubles (not after «que»: «lo que fue cambió…»)."""
    a = ctx.analysis
    copulas = ctx.words["copulas"]
    mine = [f for f in a.of(i, "VERB") if f.lemma in copulas and f.form in ("past", "impf")]
    if not mine or any(a.of(i, pos) for pos in ("DET", "ADJ", "ADV", "ADP")):
        return None
    if a.of(i, "NOUN") and any(a.of(i - 1, pos) for pos in ("DET", "ADJ", "ADP")):
        return None  # «una nueva era comenzó»: the noun
    nxt = [f for f in only_verb(a, i + 1) if f.person]
    persons = {f.person for f in nxt}
    if not persons or not persons <= {f.person for f in mine} or a.at(i + 1) == a.at(i):
        return None
    if a.at(i - 1) in ctx.words["relative"]:
        return None
    if any(f.form not in ("past", "impf") or f.lemma in copulas for f in nxt):
        return None
    return a.original(i + 1)


def _own_pronoun_verb(ctx: Context, i: int) -> str | None:
    """«Es se llama», «soy me llamo»: after ser or estar, a reflexive pronoun of its person
    and a conjugated verb of that person too: the pronoun and verb, which the copula
    doubles."""
    a = ctx.analysis
    persons = {f.person for f in a.of(i, "VERB") if f.person}
    own = ctx.kb.reflexive.get(a.at(i + 1), frozenset()) if not a.accented(i + 1) else ()
    verbs = [f for f in a.of(i + 2, "VERB") if f.person in persons & set(own)]
    return a.tokens.original_text(i + 1, i + 3) if verbs and len(persons) == 1 else None


def _same_person_noun(ctx: Context, i: int) -> tuple:
    """«Yo estoy trabajo en un banco»: after ser or estar in the speaker's or the listener's
    person, a word that is a noun or that verb in the same person is the verb (not «es
    trabajo»: it is work; nor an adjective: «estoy vivo»)."""
    a = ctx.analysis
    persons = {f.person for f in a.of(i, "VERB")}
    verbs = [f for f in a.of(i + 1, "VERB") if f.person in persons]
    if len(persons) != 1 or persons & set(ctx.words["third_persons"]) or not verbs:
        return ()
    if any(f.pos not in ("VERB", "NOUN") for f in a.readings[i + 1]) or a.at(i + 2) == BOUNDARY:
        return ()
    return tuple(verbs)


def there_is_then_verb(ctx: Context):
    """«Hay es un parque», «hay está un banco»: «hay» is already the verb, and a conjugated
    verb right after it is one too many."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["there_is"]:
            continue
        nxt = only_verb(a, i + 1)
        if a.accented(i + 1) and not a.of(i + 1, "NOUN"):
            nxt = a.of(i + 1, "VERB")  # «está», not the «esta» of «esta casa»
        nonfinite = any(f.form in ("inf", "ger", "part") for f in nxt)
        if any(f.person for f in nxt) and not nonfinite:
            yield Hit(i, i + 2, a.original(i))
