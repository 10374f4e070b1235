"""A subject pronoun and what it is, with no verb between: «Yo estudiante», «Ella de
México», «Él alto»: ser (estar for a state) is missing; «yo veinte años»: tener. Part of the verbs family
(rules/verbless.py finds the clauses with no verb)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON, subject_np
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _pronoun_at(ctx: Context, i: int) -> str | None:
    """The person of a subject pronoun at i («él», not the «el» of «el libro»)."""
    a = ctx.analysis
    persons = [f.person for f in a.of(i, "PRON") if f.person]
    if not persons or (a.of(i, "DET") and not a.accented(i)) or a.of(i - 1, "ADP"):
        return None
    return persons[0]


def _bare_role(ctx: Context, k: int, person: str) -> bool:
    """Token k is a job or a role with no determiner, of the pronoun's number
    («yo estudiante»), and nothing but a noun."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    roles = set(ctx.words["job_classes"])
    if not nouns or not a.only(k, "NOUN") or a.original(k)[:1].isupper():
        return False
    return all(f.classes & roles and f.number == person[1] for f in nouns)


def _one_of(ctx: Context, k: int) -> bool:
    """«un» (or «mi», «la»…) and a noun of people at k: what or who someone is («ella una
    estudiante», «él un chico muy simpático», «ella mi mejor amiga»); not a time («él un
    día»), which says when."""
    a = ctx.analysis
    dets = (*ctx.words["indefinite"], *ctx.words["possessives"], *ctx.words["definite"])
    np = a.noun_phrase(k) if a.at(k) in dets else None
    people = set(ctx.words["people_job_classes"])
    return np is not None and bool(np.noun.classes & people)


def _origin(ctx: Context, k: int, end: int) -> bool:
    """«de» and a name ending the clause: where someone is from («ella de México»)."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["of"] or end <= k + 1:
        return False
    names = range(k + 1, end)
    return all(a.original(j)[:1].isupper() and (_place(ctx, j) or not a.readings[j]) for j in names)


def _place(ctx: Context, j: int) -> bool:
    """Token j is nothing but the name of a place the vocabulary knows («España»)."""
    nouns = ctx.analysis.of(j, "NOUN")
    return bool(nouns) and ctx.analysis.only(j, "NOUN") and all("place" in f.classes for f in nouns)


def _age(ctx: Context, k: int, end: int) -> bool:
    """A number and «años» ending the clause at k («yo veinte años»): an age, said with
    tener."""
    a = ctx.analysis
    number = a.of(k, "NUM") or a.original(k).isdigit()
    years = any(fold(f.lemma) in ctx.words["years"] for f in a.of(k + 1, "NOUN"))
    return bool(number) and years and end == k + 2


def _place_at(ctx: Context, j: int) -> bool:
    """A place stands at j: a name («Madrid») or a noun phrase of a place («la playa»), not
    a set phrase («en serio», «en cambio», «en general»)."""
    a = ctx.analysis
    if name_end(a, j) > j:
        return True
    np = a.noun_phrase(j)
    nouns = [np.noun] if np is not None else a.of(j, "NOUN")
    if any(fold(f.lemma) in ctx.words["instead_nouns"] for f in nouns):
        return False  # «yo en tu lugar…»: instead of you, no place
    return bool(nouns) and all(set(ctx.words["place_classes"]) & f.classes for f in nouns)


def _bare_adjectives(ctx: Context, k: int, end: int) -> bool:
    """Adjectives alone from k to the clause's end («él alto»), none that goes with a
    pronoun («ella sola», «él mismo»); adverbs may follow («yo cansado hoy»)."""
    a = ctx.analysis
    last = k
    while last < end and a.of(last, "ADJ") and _adjective_or_participle(a, last):
        last += 1
    if any(a.at(j) in ctx.words["with_pronoun"] for j in range(k, last)):
        return False
    return last > k and all(a.of(j, "ADV") for j in range(last, end))


def _adjective_or_participle(a, j: int) -> bool:
    """Token j is nothing but an adjective or a participle («cansado»)."""
    return all(f.pos == "ADJ" or f.form == "part" for f in a.readings[j])


def pronoun_predicate(ctx: Context, start: int, end: int) -> Hit | None:
    """A verbless clause [start, end) of a subject pronoun and a role, an origin or (a
    third person's) adjectives: ser is missing. The speaker or the listener («yo», «tú»)
    only in a sentence with no verb at all and no question («Yo de Madrid, ¿y tú?» answers
    one); no verb in a clause before it either (that verb is left out on purpose: «yo soy
    de Madrid, ella de Sevilla»)."""
    a = ctx.analysis
    person = _pronoun_at(ctx, start)
    if person is None or start + 1 >= end:
        return None
    k = start + 1
    third = person in ctx.words["third_persons"]
    if not third and ("?" in a.tokens.original or len(a.clauses) > 1):
        return None
    age = _age(ctx, k, end)
    speaker = person in ctx.words["first_persons"]  # not «tú tranquilo»
    where = speaker and a.at(k) in ctx.words["place_prepositions"] and _place_at(ctx, k + 1)
    going = speaker and a.at(k) in ctx.words["going_prepositions"] and _place_at(ctx, k + 1)
    if not (age or _bare_role(ctx, k, person) or _origin(ctx, k, end) or _one_of(ctx, k)):
        if not where and not going and not ((third or speaker) and _bare_adjectives(ctx, k, end)):
            return None
    opened = start > 0 and a.at(start - 1) in ctx.words["opening_conjunctions"]
    if not opened and any(_verb_word(ctx, s, e) for s, e in a.clauses if e <= start):
        return None  # «…porque ella de México» leaves out no verb of the clause before
    state = where or any(f.classes & set(ctx.words["state_classes"]) for f in a.of(k, "ADJ"))
    verb = ctx.words["having"][0] if age else ctx.words["copulas"][1 if state else 0]
    verb = ctx.words["going_verb"][0] if going else verb
    fix = form_for(ctx.kb, verb, person)
    return Hit(k, k + 1, f"{fix} {a.original(k)}") if fix else None


def noun_predicate(ctx: Context, start: int, end: int) -> Hit | None:
    """A sentence that is one verbless clause [start, end) of a noun phrase of people (after
    a possessive) or a name, then a bare role, an origin or «un» and someone: «Mi padre de
    México», «Mi madre profesora», «Carlos un chico simpático»; ser is missing. Not in a
    question or an exclamation, which may be said for short."""
    a = ctx.analysis
    if start != 0 or len(a.clauses) > 1:
        return None
    if any(mark in a.tokens.original for mark in ctx.spelled["short_marks"]):
        return None
    found = _noun_subject(ctx, start)
    if found is None or found[0] >= end:
        return None
    k, person = found
    # an origin after a possessive only: «el padre de Ana» is whose, «Juan de Austria» a name
    origin = a.at(start) in ctx.words["possessives"] and _origin(ctx, k, end)
    age = _age(ctx, k, end)
    if not (age or _bare_role(ctx, k, person) or origin or _one_of(ctx, k)):
        return None
    fix = form_for(ctx.kb, ctx.words["having" if age else "copulas"][0], person)
    return Hit(k, k + 1, f"{fix} {a.original(k)}") if fix else None


def _noun_subject(ctx: Context, start: int) -> tuple[int, str] | None:
    """Where a subject of people after a possessive («mi padre», not «un padre», «el rey»)
    or a name opening at start ends, and its person."""
    a = ctx.analysis
    np = subject_np(ctx, start)
    people = set(ctx.words["people_pet_classes"])
    if np is not None and np.noun.classes & people and a.at(start) in ctx.words["possessives"]:
        return np.end, PERSON[np.noun.number]  # not «el rey de España»: who, named
    if not name_like(a, start):
        return None
    end = name_end(a, start + 1) if a.readings[start] else name_end(a, start)
    return (end, PERSON["s"]) if end > start else None


def _verb_word(ctx: Context, start: int, end: int) -> bool:
    """A word of the clause [start, end) has a conjugated verb reading."""
    a = ctx.analysis
    return any(f.person for i in range(start, end) for f in a.of(i, "VERB"))


def origin_after_and(ctx: Context, start: int, end: int) -> bool:
    """«Tiene 32 años y de Maine»: «y de» and a place ending the sentence, after a verb that
    is not a copula nor takes «de» itself (vino de Francia y de Italia): a verb is missing."""
    a = ctx.analysis
    if a.at(start - 1) != ctx.words["coordinators"][0] or a.at(start) not in ctx.words["of"]:
        return False
    places = a.of(start + 1, "NOUN")
    place = end == start + 2 and places and all("place" in f.classes for f in places)
    named = end > start + 1 and name_end(a, start + 1) == end
    if not (place or named) or a.at(end) != BOUNDARY or end < len(a) - 1:
        return False
    k = start - 2
    while k >= 0 and not any(f.person for f in only_verb(a, k)):
        k -= 1
    verbs = [f for f in only_verb(a, k) if f.person]
    if not verbs or any(f.lemma in ctx.words["copulas"] for f in verbs):
        return False
    if any(a.at(x) in ctx.words["of"] for x in range(start - 1)):
        return False  # «un libro de Ana y de Luis»: two «de» phrases joined
    return all(ctx.words["of"][0] not in ctx.kb.verbs.prepositions(f.lemma) for f in verbs)
