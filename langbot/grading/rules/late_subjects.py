"""A subject pronoun said after its verb, ending the clause («Pagamos con tarjeta yo», «Vivo
en Madrid ella»): the verb takes the pronoun's person. Part of the verbs family
(rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import past_alternative
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.verb_classes import takes_people
from langbot.grading.tokens import BOUNDARY

NOT_FINITE = ("inf", "ger", "part")
MAX_BACK = 8
"""How far back (in words) the pronoun's verb may stand: further, the clause is not simple."""


def _person_object(ctx: Context, verbs, person: str) -> bool:
    """A third-person pronoun right after a verb of the speaker or the listener whose people
    the counts show as its objects (ver, conocer): the pronoun is whom, not who."""
    to = ctx.words["personal_a"][0]
    ours = all(f.person[0] in "12" for f in verbs)
    return person[0] == "3" and ours and any(takes_people(f.lemma, to) for f in verbs)


def _late_pronoun(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun at i that ends its clause and follows no word that
    makes it something else (a preposition: «con (todos) ellos»; «y», «que», «como»: «más
    alto que yo»; «menos», «hasta»: «todos menos yo»; «adonde»)."""
    a = ctx.analysis
    persons = [f.person for f in a.of(i, "PRON") if f.person]
    if not persons or a.at(i + 1) != BOUNDARY or (a.of(i, "DET") and not a.accented(i)):
        return None  # «el», «tu» without their accent are determiners
    j = i - 1 - any(f.lemma in ctx.words["before_subject"] for f in a.readings[i - 1])
    before = a.at(j)  # «con todos ellos»: past «todos»
    if a.of(j, "ADP") or before in ctx.words["coordinators"] or before == BOUNDARY:
        return None
    if before in ctx.words["not_before_late_subject"] or before in ctx.words["where"]:
        return None
    if _compared(ctx, i) or _list_after(ctx, i):
        return None
    return persons[0]


def _list_after(ctx: Context, i: int) -> bool:
    """A comma after the pronoun at i opens a list that «y» ends with no verb in it:
    «Fuimos yo, mi hermana y mis padres» has them all as the verb's subject."""
    a = ctx.analysis
    if a.original(i + 1) != ",":
        return False
    k = i + 2
    while a.at(k) != BOUNDARY and not a.only(k, "VERB"):
        if a.at(k) in ctx.words["coordinators"]:
            return True
        k += 1
    return False


def _compared(ctx: Context, i: int) -> bool:
    a = ctx.analysis
    said = (a.at(i - 1), f"{a.at(i - 2)} {a.at(i - 1)}")
    return any(words in ctx.words["compared_with"] for words in said)


def _verb_before(ctx: Context, i: int, person: str) -> int | None:
    """The nearest conjugated verb before token i in its clause, when it can be nothing
    else nor an order to this person; None when a word on the way is unknown or a
    conjunction."""
    a = ctx.analysis
    for k in range(i - 1, max(i - 1 - MAX_BACK, -1), -1):
        name = k > 0 and a.original(k)[:1].isupper()  # «Madrid»: a name the lexicon lacks
        if a.at(k) == BOUNDARY or a.of(k, "CONJ") or a.of(k, "SUB"):
            return None
        if not a.readings[k] and not name:
            return None
        if a.at(k) in ctx.words["relative_subject"]:
            return None  # «…que tienes tú»: the relative's clause, another verb's
        finite = [f for f in a.of(k, "VERB") if f.form not in NOT_FINITE]
        if not finite or (a.of(k, "NOUN") and (a.of(k - 1, "DET") or a.only(k - 1, "ADP"))):
            continue  # «en casa», «la casa»: a noun, not casar
        order = person[0] == "2" and any(f.form == "imp" for f in finite)
        order = order and not _asked_before(ctx, k)  # «¿dónde vive tú?» asks, orders nothing
        if order or not any(f.person for f in finite):
            return None  # «habla tú»: an order
        return k if a.only(k, "VERB") or _opening_verb(ctx, k) else None
    return None


def _asked_before(ctx: Context, k: int) -> bool:
    """A question word stands before token k in its clause («¿dónde vive…?»)."""
    a = ctx.analysis
    asking = ctx.kb.words.question_words
    for j in range(k - 1, -1, -1):
        if a.at(j) == BOUNDARY:
            return False
        if a.at(j) in asking:
            return True
    return False


def _opening_verb(ctx: Context, k: int) -> bool:
    """Token k opens its clause (after «no» or object pronouns) and is else only a noun or
    an adjective: with a subject after it, it is the clause's verb («Vivo en Madrid ella»)."""
    a = ctx.analysis
    j = k - 1
    while a.of(j, "CLITIC") or a.at(j) in ctx.words["negation"]:
        j -= 1
    other = {f.pos for f in a.readings[k]} - {"VERB", "NOUN", "ADJ"}
    return a.at(j) == BOUNDARY and not other


def late_pronoun_person(ctx: Context):
    """«Pagamos con tarjeta yo», «Trabaja en un banco yo»: the verb takes the person of the
    subject pronoun said after it; where an accent makes it that person's past («Trabajo en
    un banco ella»: trabajó), the message names both fixes."""
    a = ctx.analysis
    for i in range(1, len(a)):
        person = _late_pronoun(ctx, i)
        k = _verb_before(ctx, i, person) if person else None
        if k is None:
            continue
        verbs = [f for f in a.of(k, "VERB") if f.person]
        if any(f.person == person for f in verbs):
            continue
        if any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in verbs):
            continue  # «me gusta yo»: the gustar rules say what is wrong
        if k == i - 1 and _person_object(ctx, verbs, person):
            continue  # «la primera vez que vi él»: whom I saw (someone_without_a: «a él»)
        lemmas = {f.lemma for f in verbs}
        fix = form_for(ctx.kb, lemmas.pop(), person) if len(lemmas) == 1 else None
        fix = fix if all(f.form == "pres" for f in verbs) else None
        said = {"subject": a.original(i), "form": f": «{fix}»" if fix else ""}
        said["or_past"] = past_alternative(a, k, person)  # «trabajo»: trabaja, or trabajó
        yield Hit(k, k + 1, fix, said)
