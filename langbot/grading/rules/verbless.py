"""A clause with no verb at all where one is needed: «Mi hermano muy alto», «El lago lejos
de la casa». A clause after «porque» or «que» with none: rules/conjunction_verbless.py."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.pronoun_predicates import (
    noun_predicate,
    pronoun_predicate,
)
from langbot.grading.rules.subjects import PERSON, subject_np
from langbot.grading.rules.verbless_clauses import could_be_verb, verbless_clauses
from langbot.grading.rules.verbless_described import described_without_verb
from langbot.grading.tokens import BOUNDARY


def _subject(ctx: Context, start: int) -> tuple[int, str] | None:
    """Where a clause's subject ends and its verb's person: a noun phrase of people (not
    «un…»: «un hermano muy alto» answers a question), a third-person pronoun, or a name."""
    a = ctx.analysis
    np = subject_np(ctx, start)
    people = set(ctx.words["people_pet_classes"])
    if np is not None and np.noun.classes & people and a.at(start) not in ctx.words["indefinite"]:
        return np.end, PERSON[np.noun.number]
    third = [f.person for f in a.of(start, "PRON") if f.person in ctx.words["third_persons"]]
    if third and (a.accented(start) or not a.of(start, "DET")):  # «él», not «el»
        return start + 1, third[0]
    end = name_end(a, start)
    return (end, PERSON["s"]) if end > start else None


def _plain_opening(ctx: Context, start: int) -> bool:
    """The clause opens a statement, or follows «porque», «que»…: not one after a comma
    («Muy bien, mi amigo muy querido»: who is spoken to), nor a question or an exclamation
    («¿Tú más alto que yo?», «¡La comida muy rica!»: said for short)."""
    a = ctx.analysis
    if any(mark in a.tokens.original for mark in ctx.spelled["short_marks"]):
        return False
    return (
        start == 0
        or a.at(start - 1) in ctx.words["opening_conjunctions"]
        or _after_fronted(ctx, start)
    )


def _after_fronted(ctx: Context, start: int) -> bool:
    """The clause follows the one comma that closes a fronted «cuando…», «si…» clause
    («Cuando era niño, mi casa muy grande»): the main clause, not someone spoken to."""
    a = ctx.analysis
    commas = [i for i in range(start) if a.at(i) == BOUNDARY]
    return (
        a.at(0) in ctx.words["fronted_conjunctions"]
        and commas == [start - 1]
        and a.original(start - 1) in ctx.spelled["fronted_comma"]
    )


def any_subject(ctx: Context, start: int) -> tuple[int, str] | None:
    """Where a clause's subject ends and its person, any noun phrase (not «un…»: «una
    ciudad muy bonita» names one) or any subject pronoun («nosotros», «tú»)."""
    a = ctx.analysis
    if a.at(start) in ctx.words["indefinite"]:
        return None
    described = set(ctx.words["described_classes"])
    np = subject_np(ctx, start, things=True)
    if np is not None and not np.noun.classes & described:
        return np.end, PERSON[np.noun.number]
    if np is not None or any(f.classes & described for f in a.of(start + 1, "NOUN")):
        return None
    if (found := _article_noun(ctx, start)) is not None:
        return found
    persons = [f.person for f in a.of(start, "PRON") if f.person]
    if persons and (a.accented(start) or not a.of(start, "DET")):
        return start + 1, persons[0]
    named = a.only(start, "NOUN") and not any(f.classes for f in a.of(start, "NOUN"))
    if named and a.original(start)[:1].isupper():  # «Ana», first in the sentence
        return max(start + 1, name_end(a, start + 1)), PERSON["s"]
    return None


def _article_noun(ctx: Context, start: int) -> tuple[int, str] | None:
    """A determiner (not «un…») and the one noun after it, of its number, where the noun
    phrase reader leaves «mi casa», «la casa» (also casar; «la» also a pronoun): its end
    and person."""
    a = ctx.analysis
    nouns, dets = a.of(start + 1, "NOUN"), a.of(start, "DET")
    if a.at(start) in ctx.words["indefinite"] or len(nouns) != 1 or not dets:
        return None
    number = nouns[0].number
    if number in PERSON and any(d.number in (None, number) for d in dets):
        return start + 2, PERSON[number]
    return None


def _degree_predicate(ctx: Context, k: int, end: int, loose: bool) -> int | None:
    """From k to the clause's end: a degree word and an adjective that is no adverb too
    («muy alto», not «muy bien»), then adverbs only («muy cansado hoy»): where the degree
    word stands. `loose` (a subject of people) takes any adverb for the degree word («mi
    hermano también alto»), and the adjective its own complement («muy contentos con mi
    trabajo»); an adverb may stand before «muy» («siempre muy alto»)."""
    a = ctx.analysis
    if a.only(k, "ADV") and a.at(k + 1) in ctx.words["degree_in_verbless"]:
        k, loose = k + 1, False  # «mi hermano siempre muy alto»; not «también muy bien»
    degree = a.at(k) in ctx.words["degree_in_verbless"] or (loose and a.only(k, "ADV"))
    if not degree or not a.of(k + 1, "ADJ") or k + 1 >= end:
        return None
    if any(f.person for f in a.of(k + 1, "VERB")) or (not loose and a.of(k + 1, "ADV")):
        return None
    if a.of(k + 1, "ADV") and all(f.number is None for f in a.of(k + 1, "ADJ")):
        return None  # «mis padres muy bien, gracias»: how they are, said for short
    if loose and _adjective_complement(ctx, k + 2, end):
        return k  # «mis padres muy contentos con mi trabajo»
    return k if all(a.only(j, "ADV") for j in range(k + 2, end)) else None


def _adjective_complement(ctx: Context, k: int, end: int) -> bool:
    """From k to the (verbless) clause's end: a preposition and what it governs
    («contentos con mi trabajo», «amables con todos»)."""
    return k + 1 < end and ctx.analysis.only(k, "ADP")


def _superlative(ctx: Context, d: int, end: int) -> bool:
    """«El príncipe más joven, llamado Pedro, no…»: «más» with no «que» in its clause, and a
    comma closing it, names one of a group; its verb comes after the aside. So does a «que»
    clause with its own verb and the main verb after it («La ciudad más grande que visité
    fue Roma»), where «más alto que yo» compares."""
    a = ctx.analysis
    if a.at(d) not in ctx.words["superlative_degree"]:
        return False
    if a.at(end) in ctx.words["that"]:
        return sum(any(f.person for f in a.of(j, "VERB")) for j in range(end + 1, len(a))) > 1
    if a.original(end) != ",":
        return False
    return not any(a.at(j) in ctx.words["that"] for j in range(d, end))


def missing_verb(ctx: Context):
    """«Mi hermano muy alto», «El lago lejos de la casa»: a subject and its predicate with no
    verb between; the fix is ser (estar for a state or a place) for the subject's person."""
    a = ctx.analysis
    ser, estar = ctx.words["copulas"]
    indefinite = ctx.words["indefinite"]
    clauses = verbless_clauses(ctx)
    for start, end in clauses:
        people = _subject(ctx, start)
        found = people or (any_subject(ctx, start) if _plain_opening(ctx, start) else None)
        if found is None:
            continue
        k, person = found
        if (d := _degree_predicate(ctx, k, end, loose=people is not None)) is not None:
            if _superlative(ctx, d, end):
                continue
            adjectives = a.of(d + 1, "ADJ")
            state = any(f.classes & set(ctx.words["state_classes"]) for f in adjectives)
            fix = form_for(ctx.kb, estar if state else ser, person)
            yield Hit(k, k + 1, f"{fix} {a.original(k)}")

    for start, _ in clauses:
        np = a.noun_phrase(start)  # «el lago lejos de…»: any thing, not «un…»
        if np is not None and (np.noun.number not in PERSON or a.at(start) in indefinite):
            continue
        found = (np.end, PERSON[np.noun.number]) if np else _article_noun(ctx, start)
        of = (*ctx.words["of"], ctx.words["contracted"][0])  # «cerca del parque»
        if found and a.at(found[0]) in ctx.words["place_adverbs"] and a.at(found[0] + 1) in of:
            k = found[0]
            fix = form_for(ctx.kb, estar, found[1])
            yield Hit(k, k + 1, f"{fix} {a.original(k)}")
    yield from _joined_subjects(ctx)
    if (hit := described_without_verb(ctx)) is not None:
        yield hit
    for start, end in clauses:
        if (hit := _where_without_verb(ctx, start, end)) is not None:
            yield hit
        elif (hit := pronoun_predicate(ctx, start, end)) is not None:
            yield hit
        elif (hit := noun_predicate(ctx, start, end)) is not None:
            yield hit


def _joined_subjects(ctx: Context):
    """«Mi hermana y yo muy diferentes»: two subjects joined by «y», then a degree and an
    adjective with no verb; the verb is plural, of «nosotros» when «yo» is one of them."""
    a = ctx.analysis
    for (s1, e1), (s2, e2) in zip(a.clauses, a.clauses[1:], strict=False):
        if e1 + 1 != s2 or a.at(e1) not in ctx.words["coordinators"] or not _plain_opening(ctx, s1):
            continue
        if any(could_be_verb(ctx, i) for i in range(s1, e2)):
            continue
        first = _subject(ctx, s1) or any_subject(ctx, s1)
        second = _subject(ctx, s2) or any_subject(ctx, s2)
        if first is None or second is None or first[0] != e1:
            continue
        persons = {first[1], second[1]}
        k = second[0]
        d = _degree_predicate(ctx, k, e2, False)
        if persons & set(ctx.words["second_persons"]) or d is None:
            continue  # «tú y Ana»: sois or son, by country
        speaker, others = ctx.words["joined_verb_persons"]
        person = speaker if persons & set(ctx.words["first_persons"]) else others
        adjectives = a.of(d + 1, "ADJ")
        state = any(f.classes & set(ctx.words["state_classes"]) for f in adjectives)
        fix = form_for(ctx.kb, ctx.words["copulas"][1 if state else 0], person)
        yield Hit(k, k + 1, f"{fix} {a.original(k)}")


def _where_without_verb(ctx: Context, start: int, end: int) -> Hit | None:
    """«Ahora, ella en música», «Selena Gómez en películas»: a person and where they are,
    with no verb; not a second part that leaves out the verb of a first («yo vivo en
    Madrid, ella en Sevilla»): no «en» before it in the sentence, and it ends the sentence."""
    a = ctx.analysis
    found = _subject(ctx, start)
    known = (*ctx.words["definite"], *ctx.words["possessives"])  # not «Cinco naufragios en…»
    if found is None and _plain_opening(ctx, start) and a.at(start) in known:
        found = any_subject(ctx, start)  # «Mi casa en el centro»: a thing's place too
    if found is None or found[0] >= end or a.at(found[0]) not in ctx.words["place_prepositions"]:
        return None
    if any(a.at(i) in ctx.words["place_prepositions"] for i in range(start)):
        return None
    np = a.noun_phrase(found[0] + 1)
    if np is not None and np.noun.classes & set(ctx.words["time_classes"]):
        return None  # «su tercera escuela en cuatro años»: how long, not where
    if any(_main_verb(ctx, s, e) for s, e in a.clauses if e <= start):
        return None  # «metido a alguien como Tom en un psiquiátrico»: the verb came before
    if any(a.at(i) != BOUNDARY for i in range(end, len(a))):
        return None  # «mi madre en casa y mi padre en el trabajo, vivo solo»: ends no sentence
    k, person = found
    fix = form_for(ctx.kb, ctx.words["copulas"][1], person)
    return Hit(k, k + 1, f"{fix} {a.original(k)}")


def _main_verb(ctx: Context, start: int, end: int) -> bool:
    """The clause has a word that may be its verb, and no conjunction opens it («cuando»)."""
    if start > 0 and ctx.analysis.at(start - 1) in ctx.words["opening_conjunctions"]:
        return False
    return any(could_be_verb(ctx, i) for i in range(start, end))
