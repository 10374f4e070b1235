"""Verbs that take no person as their object, and the people they go with: a plural noun
of people right after one («En mi casa vive mis padres», «Ayer llegó los invitados») is
its subject, said after it; a «que» after a noun of people and before one («amigos que
vive en Madrid»), or before a verb with a bare object («familias que no tiene comida»), is
its subject too. Either way the verb takes that number. Part of the
verbs family (rules/verbs.py)."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import only_verb, skip_adverbs, skip_adverbs_back
from langbot.grading.rules.person_forms import form_in_person
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON
from langbot.text import fold


def late_people_subject(ctx: Context):
    """Finder: a singular verb of the `no_person_object` list, no clitic before it, and a
    plural noun phrase of people after it with no «a»: the verb agrees with that phrase."""
    a = ctx.analysis
    for k in range(1, len(a) - 2):
        verbs = [f for f in only_verb(a, k) if f.person]
        if not verbs or any(f.person != PERSON["s"] for f in verbs) or a.of(k - 1, "CLITIC"):
            continue  # «se vende casas», «le llegan cartas»: not this construction
        lemmas = {f.lemma for f in verbs}
        if len(lemmas) != 1 or not lemmas <= set(ctx.words["no_person_object"]):
            continue
        j = skip_adverbs(a, ctx.kb, k + 1)
        end = _people_after(ctx, j)
        if end is None:
            continue
        present = all(f.form == "pres" for f in verbs)
        fix = form_for(ctx.kb, lemmas.pop(), PERSON["p"]) if present else None
        form = f": «{fix}»" if fix else ""
        yield Hit(k, k + 1, fix, {"subject": a.tokens.original_text(j, end), "form": form})


def _people_after(ctx: Context, j: int) -> int | None:
    """The end of a plural noun phrase of people opening at j, with a determiner («mis
    padres») or a word that counts («muchos estudiantes», «dos amigos»), else None."""
    a = ctx.analysis
    people = set(ctx.words["people_job_classes"])
    np = a.noun_phrase(j)
    if np is not None and np.det is not None and np.start == j:
        nouns, end = [np.noun], np.end
    else:
        counts = a.of(j, "NUM") or [
            f for f in a.of(j, "ADJ") if f.lemma in ctx.words["subject_quantifiers"]
        ]
        nouns, end = (a.of(j + 1, "NOUN") if counts else ()), j + 2
    if not nouns or not a.only(end - 1, "NOUN") or a.original(end - 1)[:1].isupper():
        return None
    if any(f.number != "p" or not f.classes & people for f in nouns):
        return None
    return end


def relative_people_verb(ctx: Context):
    """Finder: a noun of people, «que» (maybe after a comma), and a verb of the
    `no_person_object` list in the other number, or a verb whose object follows it: «que»
    is the subject, so the verb agrees with the noun (not a noun for a group, which natives
    join to the plural)."""
    a = ctx.analysis
    people = set(ctx.words["people_job_classes"])
    for j in range(len(a) - 3):
        nouns = a.of(j, "NOUN")
        if len(nouns) != 1 or not a.only(j, "NOUN") or not nouns[0].classes & people:
            continue
        if nouns[0].number not in PERSON:
            continue
        if nouns[0].number == "s" and nouns[0].lemma in ctx.words["group_nouns"]:
            continue
        if _told(ctx, j) or _completes(ctx, j):
            continue  # «enseñan a sus hijos que está mal»: «que» opens what they are told
        r = j + 1 + (a.original(j + 1) == ",")
        if a.at(r) not in ctx.words["relative"] or a.accented(r):
            continue
        k = r + 1
        while a.at(k) in ctx.words["negation"] or a.of(k, "CLITIC"):
            k += 1
        want = PERSON[nouns[0].number]
        verbs = [f for f in only_verb(a, k) if f.person]
        if not verbs or any(f.person == want for f in verbs):
            continue
        after = skip_adverbs(a, ctx.kb, k + 1)
        if not _object_after(ctx, r, k, after, verbs) and not _intransitive(ctx, after, verbs):
            continue
        yield Hit(k, k + 1, (fix := _fix(ctx, k, verbs, want)), _said(a, j, fix))


def _intransitive(ctx: Context, after: int, verbs) -> bool:
    """A third-person verb of one lemma, of the `no_person_object` list or before a bare
    object, with no subject of its own after it («…que vienen mis primos»)."""
    a = ctx.analysis
    lemmas = {f.lemma for f in verbs}
    if any(f.person not in PERSON.values() for f in verbs) or len(lemmas) != 1:
        return False
    if not (lemmas <= set(ctx.words["no_person_object"]) or _bare_object(ctx, after)):
        return False
    return not (a.of(after, "DET") and a.at(after) not in ctx.words["contracted"])


def _object_after(ctx: Context, r: int, k: int, after: int, verbs) -> bool:
    """A noun phrase (_object_noun) right after the verb at k (no clitic between «que»
    at r and it), not of time, that cannot be the verb's subject: the verb is of another
    number («amigos que tiene los ojos azules»), or of «yo», «tú» not said of the speaker or
    listener before («un pintor que cambié el arte»; not «soy una chica que tengo…»)."""
    a = ctx.analysis
    if k > r + 1 and any(a.of(m, "CLITIC") for m in range(r + 1, k)):
        return False  # «el chico que le di el libro»: «que» there is no subject
    noun, end = _object_noun(ctx, after)
    if noun is None or noun.number not in PERSON:
        return False
    time = {*ctx.words["adverbial_nouns"], *ctx.words["spans_of_time"]}
    if fold(noun.lemma) in time or noun.classes & set(ctx.words["object_time_classes"]):
        return False  # «la chica que conocí el lunes»: a when, no object
    if a.at(after) in ctx.words["contracted"] or a.original(end - 1)[:1].isupper():
        return False
    persons = {f.person for f in verbs}
    if persons & set(ctx.words["inclusive"]) or PERSON[noun.number] in persons:
        return False  # «los estudiantes que tenemos…»: the speaker among them
    said = {f.person for m in range(k) for f in (*a.of(m, "VERB"), *a.of(m, "PRON"))}
    return not persons & said


def _object_noun(ctx: Context, j: int):
    """(the noun, the end) of a noun phrase opening at j with a determiner («los ojos»), a
    number or a word that counts («dos perros», «muchas canciones»); (None, j) when none."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None and np.det is not None and np.start == j:
        return np.noun, np.end
    counts = a.of(j, "NUM") or [
        f for f in a.of(j, "ADJ") if f.lemma in ctx.words["subject_quantifiers"]
    ]
    nouns = a.of(j + 1, "NOUN") if counts and a.only(j + 1, "NOUN") else ()
    return (nouns[0], j + 2) if nouns else (None, j)


def _fix(ctx: Context, k: int, verbs, want: str) -> str | None:
    """The verb at k in the noun's person, in the tense it was written in."""
    lemmas = {f.lemma for f in verbs}
    if all(f.form == "pres" for f in verbs) and len(lemmas) == 1:
        return form_for(ctx.kb, next(iter(lemmas)), want)
    return form_in_person(ctx, ctx.analysis.original(k), lemmas, want)


def _said(a, j: int, fix: str | None) -> dict:
    """The message's slots: the noun, and the form when there is one."""
    return {"noun": a.original(j), "form": f": «{fix}»" if fix else ""}


def _bare_object(ctx: Context, k: int) -> bool:
    """A bare common noun at k, not of time: the verb before it has its object there, so the
    «que» before the verb is its subject («familias que no tienen comida»)."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    if not nouns or not a.only(k, "NOUN") or a.original(k)[:1].isupper():
        return False
    time = {*ctx.words["adverbial_nouns"], *ctx.words["spans_of_time"]}
    return not any(fold(f.lemma) in time for f in nouns)


def _told(ctx: Context, j: int) -> bool:
    """The noun at j, past its determiners and adjectives, follows «a»: someone told or
    taught, after whom «que» may open what is said; not after a verb of another kind
    («ayudo a familias que…»: the people helped)."""
    a = ctx.analysis
    k = j - 1
    while k >= 0 and (a.of(k, "DET") or a.only(k, "ADJ")):
        k -= 1
    if a.at(k) not in ctx.words["told"]:
        return False
    verbs = only_verb(a, skip_adverbs_back(a, ctx.kb, k - 1))
    return not verbs or any(fold(f.lemma) in ctx.words["telling_verbs"] for f in verbs)


def _completes(ctx: Context, j: int) -> bool:
    """The noun at j, past its determiners and adjectives, follows «de» or «del»: it completes
    the noun before, which a «que» after it may stand for («la casa de mis abuelos, que
    está en el campo»)."""
    a = ctx.analysis
    of = {*ctx.words["of"], ctx.words["contracted"][0]}
    k = j - 1
    while k >= 0 and (a.of(k, "DET") or a.only(k, "ADJ")) and a.at(k) not in of:
        k -= 1
    return a.at(k) in of
