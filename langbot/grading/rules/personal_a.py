"""Personal «a»: a known person, or a person's name, after a verb like visitar or ayudar
takes «a» («visito a mi abuela», «admiro a Barack Obama»). Part of the prepositions family."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import relative_subject_after, skip_adverbs, skip_adverbs_back
from langbot.grading.rules.name_spans import name_end
from langbot.grading.rules.subjects import after_subject, subjects
from langbot.grading.rules.verb_classes import (
    counted_person_verbs,
    inverted_subject,
    subject_before,
)
from langbot.grading.tokens import BOUNDARY

QUOTE_MARKS = "-—–\"«»“”'"
"""Marks that close or open quoted words: a verb right after one tags them."""


def _verbs_at(ctx: Context, i: int, key: str):
    lemmas = ctx.spelled[key]
    return [f for f in ctx.analysis.of(i, "VERB") if f.lemma in lemmas and f.form != "part"]


def person_verbs(ctx: Context, i: int):
    """The verb readings at i whose object, a person, takes «a»: listed or counted so."""
    listed = _verbs_at(ctx, i, "person_with_a") or _verbs_at(ctx, i, "told_with_a")
    return listed or counted_person_verbs(ctx, i)


def _said_by_speaker(ctx: Context, i: int) -> bool:
    """The verb at i is said by «yo», «tú», «nosotros», or is an infinitive, or a subject
    stands right before it («Tyrion mató»): the person after it is then no subject."""
    verbs = person_verbs(ctx, i)
    return any(f.form == "inf" or (f.person and f.person[0] in "12") for f in verbs) or (
        _subject_said_before(ctx, i)
        or (subject_before(ctx, i - 1) and not _verbs_at(ctx, i, "person_with_a"))
    )


def _subject_said_before(ctx: Context, i: int) -> bool:
    """A noun phrase of people or animals is the subject of the third-person verb at i
    («El hombre recoge el bebé»), or a subject pronoun stands right before it («Él encuentra
    la muchacha»): the person after the verb is then its object."""
    a = ctx.analysis
    persons = {f.person for f in a.of(i, "VERB") if f.person}
    if any(f.person in persons for f in a.of(i - 1, "PRON")) and not a.of(i - 1, "DET"):
        return True
    return any(
        after_subject(ctx, np.end) == i and f"3{np.noun.number}" in persons
        for _, np in subjects(ctx)
    )


def personal_a(ctx: Context):
    """«Visito mi abuela»: a known person after a verb like visitar takes «a»."""
    a = ctx.analysis
    people, pets = set(ctx.words["people_classes"]), set(ctx.words["own_pet_classes"])
    for i in range(len(a)):
        if not a.of(i, "VERB") or not person_verbs(ctx, i):
            continue
        if a.at(i - 1) in ctx.words["object_clitics_and_se"] or _object_before(ctx, i):
            continue  # «me visitó mi abuela», «¿qué quiere tu padre?»: the person is who does it
        if _after_quote(a, i):
            continue  # «…el zoológico -dijo el padre»: who says the quoted words follows
        j = skip_adverbs(a, ctx.kb, i + 1)
        met = a.at(j) in ctx.words["indefinite"] and _met_once(ctx, i, j)  # «encontró un hombre»
        if not (_said_by_speaker(ctx, i) or _verbs_at(ctx, i, "person_with_a_any") or met):
            continue  # «no entiende mi madre»: she is who does not understand
        if _quantified_person(ctx, j) and _verbs_at(ctx, i, "someone_with_a"):
            yield Hit(j, j + 1, f"{ctx.spelled['to'][0]} {a.original(j)}")
            continue  # «ayuda muchos niños»: many children, people still
        np = a.noun_phrase(j + (a.at(j) in ctx.words["all_of"]))  # «ayudo todos los niños»
        jobs = set(ctx.words["job_classes"])
        person = np is not None and (
            np.noun.classes & people
            or (np.noun.classes and np.noun.classes <= jobs)
            or own_pet(ctx, np)
        )  # «el médico», not «la música» (also a musician)
        if np is None or np.det is None or not person:
            continue
        if _name_word(a, np.end - 1) or _postposed_subject(ctx, i, np):
            continue  # «ver la Sagrada Familia»; «que visitaron mis padres», «mis amigos y yo»
        if not _verbs_at(ctx, i, "person_with_a") and not np.noun.classes <= people | pets:
            continue  # counted: only a noun that is only a person («mi empleo»: a job)
        if not np.noun.classes & people and a.at(np.end - 1) in ctx.words["jobs_also_things"]:
            continue
        if a.at(j) in ctx.words["not_before_person"] or _group_left(ctx, i, np):
            continue  # «al abuelo» has its «a»; «dejó el equipo»: quit it
        if a.at(j) in ctx.words["indefinite"] and not _someone(ctx, i, j):
            continue  # «busco un médico» may be anyone; «conocí a un chico» is someone
        present = any(f.form == "pres" for f in a.of(i, "VERB"))
        if a.at(j) in ctx.words["indefinite"] and present and a.at(np.end) in ctx.words["that"]:
            continue  # «conozco un abogado que te puede ayudar»: one said to exist
        article, joined = ctx.words["joins_with_to"]
        fix = joined if a.at(j) == article else f"{ctx.spelled['to'][0]} {a.original(j)}"
        yield Hit(j, j + 1, fix)


def _after_quote(a, i: int) -> bool:
    """A dash or quotation mark stands right before the verb at i: a tag after quoted words,
    its subject after it."""
    if i == 0:
        return False
    spans = a.tokens.spans
    return any(mark in a.tokens.original[spans[i - 1][1] : spans[i][0]] for mark in QUOTE_MARKS)


def _someone(ctx: Context, i: int, j: int) -> bool:
    """The verb at i makes a person after «un», «una» someone in particular: always
    (conocer, ayudar), or in the preterite, what happened once («encontró a un hombre»,
    «vi a una chica»; not «veo un señor y una dama», «busco un médico»)."""
    return bool(_verbs_at(ctx, i, "someone_with_a")) or _met_once(ctx, i, j)


def _met_once(ctx: Context, i: int, j: int) -> bool:
    """The verb at i is one of meeting or seeing someone, in the preterite, and the noun
    after the determiner at j is no partner one gets («encontró un novio»: as a job)."""
    np = ctx.analysis.noun_phrase(j)
    if np is not None and np.noun.lemma in ctx.words["partners"]:
        return False
    return any(f.form == "past" for f in _verbs_at(ctx, i, "someone_met"))


def _group_left(ctx: Context, i: int, np) -> bool:
    """A group of people after a verb of leaving («dejó el equipo», «abandonó el grupo»):
    one quits it, as one leaves a place, with no «a»."""
    leaving = any(f.lemma in ctx.words["leaving"] for f in ctx.analysis.of(i, "VERB"))
    return leaving and np.noun.lemma in ctx.words["groups"]


def own_pet(ctx: Context, np) -> bool:
    """One's own pet, named by a possessive («mi perro», «su gato»): someone known, whose
    «a» a verb like encontrar or matar takes as a person's («encontré a mi perro»)."""
    owned = np.det is not None and np.det.lemma in ctx.words["possessives"]
    return owned and bool(np.noun.classes) and np.noun.classes <= set(ctx.words["own_pet_classes"])


def _quantified_person(ctx: Context, j: int) -> bool:
    """A quantifier that is only an adjective (muchos, otras, pocos) before a noun that is
    only a person («muchos niños», «otras personas»)."""
    a = ctx.analysis
    quantifiers = set(ctx.words["person_quantifiers"])
    if not a.only(j, "ADJ") or not all(f.lemma in quantifiers for f in a.readings[j]):
        return False
    nouns = a.of(j + 1, "NOUN")
    people = set(ctx.words["people_classes"])
    return a.only(j + 1, "NOUN") and all(f.classes & people for f in nouns)


def _name_word(a, k: int) -> bool:
    """A capitalised noun inside the sentence: part of a name («la Mujer Maravilla»)."""
    return k > 0 and a.original(k)[:1].isupper()


def _postposed_subject(ctx: Context, i: int, np) -> bool:
    """The phrase np after the verb at i is its subject: in a relative clause on a noun
    («la ciudad que visitaron mis padres»), after «como» («tal como esperaban mis padres»),
    before the verb's own «a» object («así conoció mi padre a mi madre»), after a fronted
    adverb («ayer llamó mi madre»), or with «y yo».
    The verb has the third person of the phrase's number (or the first plural with «yo»)."""
    a = ctx.analysis
    if relative_subject_after(ctx, i, np.noun.number) or _joined_speaker(ctx, i, np):
        return True
    if a.at(i - 1) == ctx.words["joins_with_to"][1] and any(
        f.form == "inf" for f in a.of(i, "VERB")
    ):
        return True  # «al dejarle mi hermano las llaves»: «al» + an infinitive and its subject
    agrees = any(f.person == f"3{np.noun.number}" for f in person_verbs(ctx, i))
    before = a.at(skip_adverbs_back(a, ctx.kb, i - 1)) in ctx.words["subject_follows"]
    to = a.at(np.end) in (ctx.spelled["to"][0], ctx.words["joins_with_to"][1])
    alone = _after_opening_phrase(a, i) and _verbs_at(ctx, i, "said_alone")
    return agrees and (before or to or alone or _after_fronted_adverb(a, i))


def _after_fronted_adverb(a, i: int) -> bool:
    """Only adverbs open the sentence before the verb at i («Ayer llamó mi madre»): after
    them the subject follows its verb."""
    return 0 < i and all(a.only(k, "ADV") for k in range(i))


def _after_opening_phrase(a, i: int) -> bool:
    """A phrase of time or place with no verb of its own opens the sentence, then a comma,
    right before the verb at i («Después de desayunar, llamó mi madre»): as after an adverb."""
    if i < 2 or a.at(i - 1) != BOUNDARY or not (a.only(0, "ADV") or a.only(0, "ADP")):
        return False
    return not any(a.only(k, "VERB") and a.of(k, "VERB")[0].person for k in range(i - 1))


def _joined_speaker(ctx: Context, i: int, np) -> bool:
    """The phrase after the verb at i goes on with «y yo» («vimos mis amigos y yo»): with
    the verb in the first person plural, it is the subject."""
    a = ctx.analysis
    if a.at(np.end) not in ctx.words["coordinators"]:
        return False
    speaker = any(f.person == "1s" for f in a.of(np.end + 1, "PRON"))
    own_verb = any(f.person == "1s" for f in a.of(np.end + 2, "VERB"))  # «…y yo fui»
    return speaker and not own_verb and any(f.person == "1p" for f in a.of(i, "VERB"))


def _object_before(ctx: Context, i: int) -> bool:
    """An asked «qué», or a relative «lo que», «a quien», stands shortly before the verb."""
    a = ctx.analysis
    for k in range(max(0, i - 4), i):
        if a.at(k) in ctx.words["fronted_objects"]:
            if a.accented(k) or a.at(k - 1) in ctx.words["fronting"]:
                return True
    return False


def _name_at(ctx: Context, j: int) -> int:
    """The end of a person's name at j (a capitalised word the lexicon does not know, inside
    the sentence, that is no known place nor a platform: «Odio Instagram»), or j."""
    a = ctx.analysis
    if j <= 0 or j >= len(a) or a.readings[j] or not a.original(j)[:1].isupper():
        return j
    if a.at(j) in ctx.kb.vocabulary.places or a.at(j) in ctx.words["platforms"]:
        return j
    return name_end(a, j)


def personal_a_name(ctx: Context):
    """«Admiro Barack Obama»: a name after a verb whose object is a person takes «a»."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        end = _name_at(ctx, i + 1)
        if end == i + 1 or not _verbs_at(ctx, i, "name_with_a") or a.of(i - 1, "DET"):
            continue  # «el saludo Vulcan»: a noun
        if relative_subject_after(ctx, i, "s") or inverted_subject(ctx, i, end):
            continue  # «los niños que cuidaba Ana», «nos ayudó Marta.»: Ana, Marta did it
        name = a.tokens.original_text(i + 1, end)
        yield Hit(i + 1, end, f"{ctx.spelled['to'][0]} {name}")
