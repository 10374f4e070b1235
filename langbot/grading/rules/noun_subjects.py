"""Noun phrases as a clause's subject, and the verb after them: «Mi madre trabajo»
(trabaja), «Ana trabajar» (trabaja), «Mi madre me llamo Ana» (se llama); names are in
rules/name_subjects.py. Part of the verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import (
    ago,
    chained_infinitive,
    only_infinitive,
    other_tense,
    past_alternative,
    past_by_accent,
    past_told,
    skip_adverbs,
)
from langbot.grading.rules.joined_subjects import coordinated_subjects
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.step import slip_at
from langbot.grading.rules.subject_number import a_part, an_amount, number_sure
from langbot.grading.rules.subjects import (
    PERSON,
    after_subject,
    classed,
    past_complement,
    subject_end,
    subjects,
)
from langbot.grading.verbs import PERSONS
from langbot.text import fold


def noun_subject_person(ctx: Context):
    """A noun phrase opening a clause, and a present-tense verb in another person: any
    person for a noun of people or things the vocabulary classes, the other number for any
    noun («sus letras me consuela»)."""
    a = ctx.analysis
    for start, np in subjects(ctx, things=True):
        if comparing(ctx, start - 1):
            continue  # «tanto el niño como la niña son…»: one of two subjects
        counted = any(a.at(j) in ctx.words["plural_numbers"] for j in range(start, np.end))
        if counted and np.noun.number == "s":
            continue  # «quince café son»: the number says plural; the noun is the slip
        if np.det is not None and np.det.number == "p" and np.noun.number == "s":
            continue  # «algunos cuento pueden»: as with a number, the noun is the slip
        if a.at(start) in ctx.words["each"] and np.noun.number == "p":
            continue  # «cada personas es»: «cada» says singular; the noun is the slip
        k = subject_verb(ctx, np)
        if a.of(k, "ADJ") or other_tense(a, ctx.kb, k) or a.at(k) in ctx.words["impersonal"]:
            continue
        if ago(ctx, k):
            continue  # «…ni sus aficionados hace pocos años»: ago, no verb of theirs
        verbs = () if comparing(ctx, k) else a.present(k)
        if {f.lemma for f in a.of(k, "VERB") if f.person} - {f.lemma for f in verbs}:
            continue  # also a form of another verb in another tense («eran»: erar, ser)
        want = PERSON[np.noun.number]
        if not verbs or any(f.person == want for f in verbs) or excused(ctx, np, k, verbs):
            continue
        if whole_span(ctx, start, np, {f.person for f in verbs}):
            continue  # «Toda mi vida he querido…»: how long, not who
        if past_alternative(a, k, want) and past_told(a, k):
            continue  # «Mi madre llego tarde y se fue»: «llegó», its accent dropped
        said = {"subject": a.tokens.original_text(start, np.end), "or_past": ""}
        other_number = all(f.person in PERSON.values() for f in verbs)
        if a.of(k - 1, "CLITIC"):
            if other_number and number_sure(ctx, np, k, verbs):
                if fix := _one_fix(ctx, verbs, want):
                    yield Hit(k, k + 1, fix, {**said, "or_past": past_alternative(a, k, want)})
            elif classed(np) and (hit := _own_pronoun_person(ctx, k, want)) is not None:
                yield Hit(hit.start, hit.end, hit.fix, said)
            continue
        if not classed(np) and not (other_number and number_sure(ctx, np, k, verbs)):
            continue
        if fix := _one_fix(ctx, verbs, want):
            yield Hit(k, k + 1, fix, {**said, "or_past": past_alternative(a, k, want)})


def whole_span(ctx: Context, start: int, np, persons) -> bool:
    """«todo» and a singular noun phrase before a verb of none of the third persons: how
    long, not who («Toda mi vida he querido…», «Toda la película lloré»)."""
    whole = ctx.analysis.of(start - 1, "ADJ")
    if not any(f.lemma in ctx.words["before_subject"] for f in whole) or np.noun.number != "s":
        return False
    return bool(persons) and not any(p and p[0] == "3" for p in persons)


def _one_fix(ctx: Context, verbs, want: str) -> str | None:
    """The verb's form for the subject's person, when its readings are of one verb (a verb
    and its -se form are one: «llaman», of llamar and llamarse)."""
    lemmas = {f.lemma for f in verbs}
    se = ctx.words["reflexive_by_person"][2]  # the pronoun «llamarse» ends in
    lemmas = {m for m in lemmas if not (m.endswith(se) and m.removesuffix(se) in lemmas)}
    return form_for(ctx.kb, lemmas.pop(), want) if len(lemmas) == 1 else None


def subject_verb(ctx: Context, np) -> int:
    """Where the verb of a noun-phrase subject stands: past its adjectives and «de» phrase
    when a verb of the third person follows them («mi camiseta favorita son…»; not «una
    persona famosa conozco», a clause that lacks its «que»), past adverbs and clitics."""
    a = ctx.analysis
    end = subject_end(ctx, np)
    k = after_subject(ctx, end)
    if end > np.end and past_complement(ctx, np.end) != end:
        verbs = [f for f in a.of(k, "VERB") if f.person]
        if not a.only(k, "VERB") or not all(f.person in PERSON.values() for f in verbs):
            return after_subject(ctx, past_complement(ctx, np.end))
    return k


def excused(ctx: Context, np, k: int, verbs) -> bool:
    """A verb at k that need not agree with the noun phrase before it: ser before a noun
    phrase of its own number («mi problema son los exámenes»), a group the speaker counts
    themself in («mi familia somos cuatro», «los estudiantes tenemos»), a part of a plural
    («la mitad de mis amigos trabajan»), an amount («diez euros es mucho»)."""
    if _inverted_copula(ctx, k, verbs) or a_part(ctx, np, verbs) or an_amount(ctx, np, verbs):
        return True
    if fold(np.noun.lemma) in ctx.words["group_nouns"] and any(
        f.person == ctx.words["group_person"][0] for f in verbs
    ):
        return True
    return np.noun.number == "p" and any(f.person in ctx.words["inclusive"] for f in verbs)


def comparing(ctx: Context, k: int) -> bool:
    """«como» at k compares («tanto el niño como la niña son…», «una mujer como vos no
    merece…»): «tanto» before it, or a conjugated verb after what it compares."""
    a = ctx.analysis
    if not (a.of(k, "CONJ") and a.of(k, "VERB")):
        return False
    start, end = next(((s, e) for s, e in a.clauses if s <= k < e), (0, len(a)))
    if any(a.at(j) in ctx.words["as_much"] for j in range(start, k)):
        return True
    return any(f.person for j in range(k + 2, end) for f in a.of(j, "VERB") if a.only(j, "VERB"))


def _inverted_copula(ctx: Context, k: int, verbs) -> bool:
    """Ser at k before a noun phrase (or a determiner and a name) of its own number: «mi
    comida favorita son las patatas» (the copula agrees with the plural of the two)."""
    a = ctx.analysis
    if not verbs or not any(f.lemma == ctx.words["copulas"][0] for f in verbs):
        return False  # «fueron» is ser or ir: before a noun phrase, ser
    j = skip_adverbs(a, ctx.kb, k + 2 if a.original(k + 1) == ":" else k + 1)
    np = a.noun_phrase(j)  # «su hábitat eran: los ríos»
    if np is not None:
        numbers = {np.noun.number}
    else:  # «mi equipo favorito son los Warriors»: a determiner, then a name
        numbers = {d.number for d in a.of(j, "DET")} if name_end(a, j + 1) > j + 1 else set()
    return any(PERSON.get(n) == f.person for n in numbers for f in verbs)


def _own_pronoun_person(ctx: Context, k: int, want: str) -> Hit | None:
    """«Mi madre me llamo Ana»: a -se verb with the pronoun of its own person (me llamo),
    after a subject of another person: both take the subject's person (se llama); at a step
    whose verb it is, the step's rule says so (step.py)."""
    a = ctx.analysis
    own = ctx.kb.reflexive.get(a.at(k - 1), frozenset())
    verbs = [f for f in a.of(k, "VERB") if f.person]
    if not verbs or len(verbs) != len(a.readings[k]) or past_by_accent(a, k):
        return None
    if slip_at(ctx, k) or not all(f.person in own for f in verbs):
        return None
    reflexive = {f.lemma for f in verbs if ctx.kb.verbs.is_reflexive(f.lemma)}
    if len(reflexive) != 1 or not (fix := form_for(ctx.kb, reflexive.pop(), want)):
        return None
    pronoun = ctx.words["reflexive_by_person"][PERSONS.index(want)]
    return Hit(k - 1, k + 1, f"{pronoun} {fix}")


def noun_subject_infinitive(ctx: Context):
    """A noun phrase of people or a name opening a clause, then an infinitive as its verb."""
    a = ctx.analysis
    people = set(ctx.words["people_pet_classes"])
    found = [
        (start, np.end, np.noun.number)
        for start, np in subjects(ctx)
        if np.noun.classes & people or a.at(start) not in ctx.words["indefinite"]
    ]  # not «Un gusto verte», «Una pena perderlo»: said of the infinitive, no verb
    for start in {0, *(s for s, _ in a.clauses)}:  # «Ana trabajar en un banco»
        if name_like(a, start) and (end := name_end(a, start + 1 if a.readings[start] else start)):
            if a.at(end) not in ctx.words["coordinators"]:
                found.append((start, end, "s"))
    persons = coordinated_subjects(ctx)  # «Mis amigos y yo jugar al fútbol»: jugamos
    joined = {end for _, end, _ in persons}  # «Ana y Luis»: not «Luis» alone
    persons += [(start, end, PERSON[n]) for start, end, n in found if end not in joined]
    for start, end, person in persons:
        k = after_subject(ctx, end)  # past adverbs and object pronouns: «Tom me morder»
        while a.only(k, "ADV"):  # «Tom no poder esperar»
            k = after_subject(ctx, k + 1)
        infs = [f for f in a.of(k, "VERB") if f.form == "inf"]
        # a word the lexicon does not know may be a verb with its pronoun («Déjeme ir»):
        # there only an infinitive of one reading
        if not infs:
            continue
        # an unknown word first («Hacenos saber»): only a word that is nothing but the verb
        known = a.readings[start] and only_infinitive(a, k)
        every = known or (len(infs) == len(a.readings[k]) == 1)
        if every or chained_infinitive(a, k):
            fixes = (form_for(ctx.kb, f.lemma, person) for f in infs)
            fix = next((f for f in fixes if f), None)  # dormir, not dormirse
            if fix:
                yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(start, end)})
