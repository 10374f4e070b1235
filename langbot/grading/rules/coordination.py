"""Verbs joined by «y» that share one subject take its person: «Él es guatemalteco y vive en
Brooklyn», not «…y vivo». Two subjects joined by «y» are joined_subjects.py's."""

from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.name_spans import name_end, name_like
from langbot.grading.rules.person_forms import form_in_person
from langbot.grading.rules.present_forms import form_for
from langbot.grading.rules.subjects import PERSON, after_subject, subjects
from langbot.grading.tokens import BOUNDARY


def _person(ctx: Context, k: int, loose: bool = False, said: bool = False) -> str | None:
    """The one person of a present or preterite verb at k that can be nothing else (loose: or an
    adjective or a noun too, when a preposition or an article follows: «y vivo en…»; said:
    its subject pronoun stands right before, so it is the verb, not a noun nor an order:
    «yo trabajo y…», «él come y…»)."""
    a = ctx.analysis
    if not 0 <= k < len(a):
        return None
    verbs = [f for f in a.of(k, "VERB") if f.person and not (said and f.form == "imp")]
    others = [] if said and verbs else [f for f in a.readings[k] if f.pos != "VERB"]
    if others and not (loose and all(f.pos in ("ADJ", "NOUN") for f in others)):
        return None
    if others and not (a.of(k + 1, "ADP") or a.of(k + 1, "DET")):
        return None
    persons = {f.person for f in verbs}
    if len(persons) != 1 or len({f.form for f in verbs}) != 1:
        return None
    if verbs[0].form not in ("pres", "past"):
        return None  # the imperfect's «yo» and «él» share one form
    return persons.pop()


def _subject_verbs(ctx: Context):
    """(verb index, the subject's person, whether it is a pronoun, whether it names people:
    a pronoun, a name of two words or more) for each verb with a subject just before it: a
    noun phrase of people, a subject pronoun or a name opening its clause; and a third-person verb opening the sentence (None: no
    subject said)."""
    a = ctx.analysis
    people = set(ctx.words["people_pet_classes"])
    for _, np in subjects(ctx):
        yield (
            after_subject(ctx, np.end),
            PERSON[np.noun.number],
            False,
            bool(np.noun.classes & people),
        )
    for i in sorted({0, *(s for s, _ in a.clauses)} if len(a) else ()):
        said = [f.person for f in a.of(i, "PRON") if f.person]
        if said and (a.accented(i) or not a.of(i, "DET")):  # «él», «tú», not «el», «tu»
            yield after_subject(ctx, i + 1), said[0], True, True
        elif name_like(a, i) and (end := name_end(a, i + 1 if a.readings[i] else i)) > i:
            # a name of one word may be a place's: «Madrid es bonita, tienes museos y…»
            yield after_subject(ctx, end), PERSON["s"], False, end - i > 1
    if len(a) and (person := _person(ctx, 0, loose=True)) in PERSON.values():
        yield 0, person, None, False  # «Van al mercado y camina…»: the subject left unsaid


def _joined_verb(ctx: Context, k: int) -> int | None:
    """The verb right after the «y» that follows the verb at k in its clause (past clitic
    pronouns), or None when another verb or a clause opener comes first."""
    a = ctx.analysis
    j = k + 1
    while j < len(a) and a.at(j) not in ctx.words["coordinators"] and not a.only(j, "VERB"):
        if a.at(j) in ctx.words["clause_openers"]:
            return None
        j += 1
    if a.at(j) not in ctx.words["coordinators"]:
        return None
    v = j + 1
    while a.of(v, "CLITIC") and a.of(v + 1, "VERB"):
        v += 1
    return v


def coordinated_person(ctx: Context):
    """A verb after «y» with no subject of its own, in another person than the verb before
    it, which agrees with its subject; for a subject of people, each verb of a list
    «es actor, canta y baila» too."""
    a = ctx.analysis
    if not set(ctx.words["coordinators"]) & set(a.words):
        return
    for k, person, pronoun, people in _subject_verbs(ctx):
        said = bool(pronoun) and _right_after_pronoun(ctx, k)
        if _person(ctx, k, loose=True, said=said) != person:
            continue  # no verb here, or another rule's error
        if pronoun is None and any(f.form == "past" for f in ctx.analysis.of(k, "VERB")):
            continue  # «Fueron condenados sus escritos y se sometió…»: its subject after it
        joined = _listed_verbs(ctx, k) if people else []
        if not joined and (v := _joined_verb(ctx, k)) is not None:
            joined = [v]
        for v in joined:
            if _other_person(ctx, v, person, pronoun) is None:
                continue
            if _anyone(ctx, k, v, listed=len(joined) > 1):
                continue
            if fix := _fix(ctx, v, person):
                yield Hit(v, v + 1, fix, {"verb": a.original(k)})


def _fix(ctx: Context, v: int, person: str) -> str | None:
    """The verb at v in the subject's person, in the tense it was written in."""
    verbs = ctx.analysis.of(v, "VERB")
    if all(f.form != "past" for f in verbs):
        return form_for(ctx.kb, verbs[0].lemma, person)
    return form_in_person(ctx, ctx.analysis.original(v), {f.lemma for f in verbs}, person)


def _right_after_pronoun(ctx: Context, k: int) -> bool:
    """A subject pronoun stands right before the verb at k («yo trabajo», not «yo no…»:
    its clitics and adverbs may read otherwise)."""
    a = ctx.analysis
    return k > 0 and any(f.person for f in a.of(k - 1, "PRON")) and not a.of(k - 1, "DET")


def _other_person(ctx: Context, v: int, person: str, pronoun: bool | None) -> str | None:
    """The person of the verb at v when it is surely not the subject's."""
    a = ctx.analysis
    other = _person(ctx, v, loose=True)
    if not other or other == person or other in ctx.words["inclusive"]:
        return None
    liked = any(ctx.kb.verbs.is_like_gustar(f.lemma) for f in a.of(v, "VERB"))
    if liked and a.of(v - 1, "CLITIC"):
        return None  # «viajan y me gusta mucho»: what is liked is gustar's subject
    if a.of(v + 1, "DET") and a.at(v + 1) not in ctx.words["contracted"] and other[0] == "3":
        np = a.noun_phrase(v + 1)
        if np is None or np.noun.number in (None, other[1]) or _subject_at(ctx, np.end, other):
            return None  # «yo cocino y limpia mi marido»: the second verb's own subject after
            # it, not a phrase of another number («trabaja los fines de semana»)
    if other in ctx.words["speaker"] and person in ctx.words["inclusive"]:
        return None  # «nosotros vivimos aquí y trabajo allí»: the speaker among them
    if other in ctx.words["speaker"] and (not pronoun or a.of(v - 1, "CLITIC")):
        return None  # «Mi madre es alta y tengo su pelo», «tú tienes mi libro y lo quiero»:
        # «yo» may be meant, unsaid
    if pronoun is None and other not in PERSON.values():
        return None  # no subject said: only «ellos» against «él» is sure
    if person == PERSON["s"] and other == PERSON["p"]:
        return None  # «su esposo tiene treinta años y viven juntos»: he and someone else
    if any(f.person == other and f.form == "pres" for j in range(v) for f in a.of(j, "VERB")):
        return None  # «creo que él es amable y espero verlo»: with the first verb, «creo»
    return other


def _subject_at(ctx: Context, j: int, person: str) -> bool:
    """A name or a noun phrase of the person's number at j may be the verb's subject, said
    after its object («limpia los platos mi hermano»)."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    return name_like(a, j) or (np is not None and np.noun.number in (None, person[1]))


def _anyone(ctx: Context, k: int, v: int, listed: bool) -> bool:
    """The verb at v, in the tú form, speaks to the listener or to anyone: «la vida es dura y
    tienes que luchar» (after ser or estar said of the subject), «ella es simpática y tienes
    que conocerla» (a verb another verb follows)."""
    a = ctx.analysis
    if not any((f.person or "")[:1] == "2" for f in a.of(v, "VERB")):
        return False
    if {f.lemma for f in a.of(v, "VERB")} & {
        *ctx.words["takes_infinitive"],
        *ctx.words["takes_que_infinitive"],
    }:
        return True
    return not listed and any(f.lemma in ctx.words["copulas"] for f in a.of(k, "VERB"))


def _listed_verbs(ctx: Context, k: int) -> list[int]:
    """The verbs of a list the verb at k opens, «es actor, representa la música y canta»:
    each part after a comma starts with its verb (past clitic pronouns and «no»), and the
    last part comes after «y»; none when a part holds another verb or a clause opener."""
    a = ctx.analysis
    found, j = [], k + 1
    while j < len(a):
        finite = a.only(j, "VERB") and any(f.person for f in a.of(j, "VERB"))
        if a.at(j) in ctx.words["clause_openers"] or finite:
            return []  # «…, que canta»; a part with a verb of its own
        if a.at(j) in ctx.words["coordinators"] or a.original(j) == ",":
            last = a.at(j) in ctx.words["coordinators"] or a.at(j + 1) in ctx.words["coordinators"]
            v = j + 1 + (a.original(j) == "," and a.at(j + 1) in ctx.words["coordinators"])
            while a.of(v, "CLITIC") and a.of(v + 1, "VERB") or a.at(v) in ctx.words["negation"]:
                v += 1
            if _person(ctx, v, loose=True) is None:
                return []
            found.append(v)
            if last:
                return found if len(found) > 1 else []
            j = v
        elif a.at(j) == BOUNDARY:
            return []  # the end of the sentence, or of a clause: «.», «;», «:»
        j += 1
    return []
