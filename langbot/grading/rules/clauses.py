"""Clauses: a clause that modifies a noun needs «que»; a question inside a sentence asks with
its question word, not with «que» and the subject before «es»."""

from langbot.grading.analysis import NounPhrase
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import ago, only_verb, thinking_verb_at
from langbot.grading.rules.doubled_subject import doubled_subject
from langbot.grading.rules.name_spans import name_like
from langbot.grading.rules.relative_who import who_after_noun
from langbot.grading.rules.said_verb import that_before_said_verb
from langbot.grading.tokens import BOUNDARY

_PERSON = {"s": "3s", "p": "3p"}


def _opens_a_relative(ctx: Context, start: int) -> bool:
    """The clause follows «que» after a noun or an article («la persona que vive…», «de la
    que voy…»): it says more about that noun, and a verb after its own belongs to the
    sentence around it («…en esta casa es mi madre»)."""
    a = ctx.analysis
    if a.at(start - 1) not in ctx.words["relative"]:
        return False
    neuter = a.at(start - 2) in ctx.words["neuter"]  # «lo que dice el periódico es verdad»
    return bool(a.of(start - 2, "NOUN") or a.of(start - 2, "DET")) or neuter


def _after_subordinator(ctx: Context, start: int) -> bool:
    """The clause opens with «cuando», «si»…: a verb after its noun phrase may be the main
    clause's («cuando vamos a la playa hace sol»)."""
    a = ctx.analysis
    if a.at(start - 1) in ctx.words["relative"] and a.of(start - 2, "ADP"):
        return True  # «la idea de que X entiende esto es…», «para que…»: the main verb follows
    return (
        a.at(start - 1) in ctx.words["subordinators"] or a.at(start) in ctx.words["subordinators"]
    )


def _verb_after(ctx: Context, np, end: int) -> int | None:
    """Where a conjugated verb agreeing with the noun phrase stands right after it (past a
    clitic pronoun: «un perro se llama Max»), inside the clause."""
    a = ctx.analysis
    k = np.end + bool(a.of(np.end, "CLITIC") and a.at(np.end) in ctx.words["clitics"])
    if k > np.end and a.of(np.end, "DET") and a.of(k, "NOUN"):
        return None  # «es una vergüenza la forma en que…»: an article and its noun
    if np.noun.number is None or k >= end or a.of(k, "ADJ") or ago(ctx, k):
        return None
    if k == np.end and a.at(k) in ctx.words["negation"] and k + 1 < end:
        k += 1  # «hay muchas cosas no me gustan»
        k += bool(a.of(k, "CLITIC") and a.at(k) in ctx.words["clitics"])
    verbs = a.of(k, "VERB") if k > np.end else only_verb(a, k)  # after «se»: no noun
    return k if verbs and any(f.person == _PERSON[np.noun.number] for f in verbs) else None


def _told(ctx: Context, i: int) -> bool:
    """Token i is a conjugated verb of the present or the past, no noun after an article
    («tengo», «leí», «tenía»)."""
    a = ctx.analysis
    if a.present(i):
        return True
    told = ctx.words["told_forms"]
    return not a.of(i - 1, "DET") and any(f.person and f.form in told for f in a.of(i, "VERB"))


def _object_phrase(ctx: Context, j: int) -> NounPhrase | None:
    """The noun phrase at j: a determiner and its noun, or a quantifier and a noun that can
    be nothing else («muchas cosas»)."""
    a = ctx.analysis
    if a.of(j, "DET"):
        return a.noun_phrase(j)
    counts = [f for f in a.of(j, "ADJ") if f.lemma in ctx.words["counted_nouns_by"]]
    nouns = a.of(j + 1, "NOUN")
    if counts and a.only(j, "ADJ") and a.only(j + 1, "NOUN") and len(nouns) == 1:
        return NounPhrase(j, j + 2, counts[0], nouns[0])
    return None


def _relative_que(ctx: Context):
    a = ctx.analysis
    for start, end in a.clauses:
        if _opens_a_relative(ctx, start) or _after_subordinator(ctx, start):
            continue
        seen_verb = False
        for i in range(start, end):
            if not seen_verb and i + 1 < end and a.only(i, "VERB") and _told(ctx, i):
                j = i + 1 + (a.at(i + 1) in ctx.words["person_marker"])  # «conozco a un chico…»
                np = _object_phrase(ctx, j)  # «tengo un perro se llama Max»
                if np is not None and not a.of(j, "CLITIC") and np.end < end:
                    k = _verb_after(ctx, np, end)
                    if k is not None and a.at(k) in ctx.words["ago"] and not a.present(i):
                        k = None  # «había un puente hace largo tiempo»: when, in a story
                    if k is not None:
                        yield Hit(
                            np.end,
                            k + 1,
                            f"{ctx.words['relative'][0]} {a.tokens.original_text(np.end, k + 1)}",
                        )
                        break
            # after a preposition, a word is a noun («el tiempo de trabajo»), not the verb
            seen_verb = seen_verb or (bool(a.present(i)) and not a.of(i - 1, "ADP"))
            if not seen_verb or not a.of(i, "ADP"):
                continue
            np = a.noun_phrase(i + 1)
            if np is None or np.noun.number is None or np.end >= end:
                continue
            verbs = () if ago(ctx, np.end) else only_verb(a, np.end)
            if verbs and any(f.person == _PERSON[np.noun.number] for f in verbs):
                if not a.of(np.end, "ADJ"):
                    yield Hit(
                        np.end, np.end + 1, f"{ctx.words['relative'][0]} {a.original(np.end)}"
                    )
            break


def _question_order(ctx: Context):
    """«No sé que mi nombre es»: after a verb, «que», a subject and ser with nothing after
    it is a question put in English order; ser needs what the subject is, so the question
    word comes first: «no sé cuál es mi nombre»."""
    a = ctx.analysis
    for i in range(1, len(a) - 3):
        if a.at(i) != ctx.words["relative"][0] or a.accented(i):
            continue
        if not any(f.person and f.form != "imp" for f in a.of(i - 1, "VERB")):
            continue  # «lo ocupado que Tom es», «¡pero que genio es!»
        np = a.noun_phrase(i + 1)
        if np is None or np.noun.number is None:
            continue
        k = np.end
        verbs = [f for f in only_verb(a, k) if f.lemma in ctx.words["being"]]
        if not verbs or not all(f.form in ctx.words["indicative_forms"] for f in verbs):
            continue
        ends = k + 1 >= len(a) or a.original(k + 1) in ctx.spelled["final_marks"]
        if ends or a.at(k + 1) in ctx.words["and_but"]:
            yield Hit(i, k + 1, None, {"verb": a.original(k)})


def _said_subject_end(ctx: Context, j: int) -> int | None:
    """Where the subject at j ends when it is a noun phrase or a subject pronoun («la
    película», «ella», «yo»), with its person; None when no subject stands there."""
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None:
        return np.end if np.noun.number else None
    personal = any(f.person for f in a.of(j, "PRON"))
    no_noun = not (a.of(j + 1, "NOUN") or a.of(j + 1, "ADJ"))  # «creo tu eres…»: no «tu» noun
    if personal and (a.accented(j) or not a.of(j, "DET") or no_noun):
        return j + 1  # «yo», «tú», «él», «ellos»: not the article «el» nor «tu casa»
    return None


def _subject_person(ctx: Context, j: int) -> str | None:
    a = ctx.analysis
    np = a.noun_phrase(j)
    if np is not None:
        return _PERSON[np.noun.number]
    persons = {f.person for f in a.of(j, "PRON") if f.person}
    return persons.pop() if len(persons) == 1 else None


def _subject_before(a, k: int) -> bool:
    """A noun, a pronoun or a name stands between the clause's start and token k: the
    verb after it has its subject before it."""
    while k >= 0 and a.at(k) != BOUNDARY and not a.of(k, "CONJ"):
        if a.of(k, "NOUN") or a.of(k, "PRON") or a.of(k, "PROPN") or name_like(a, k):
            return True
        k -= 1
    return False


def _said_verb(a, k: int) -> tuple:
    """The verb readings at k when it can only be a verb, or else a verb or a determiner
    with no noun after it to determine («creo él esta cansado»: «está», written bare)."""
    verbs = only_verb(a, k)
    if verbs or a.of(k + 1, "NOUN"):
        return verbs
    if all(f.pos in ("VERB", "DET") for f in a.readings[k]):
        return a.of(k, "VERB")
    return ()


def _knowing_verb_at(ctx: Context, i: int) -> bool:
    """Token i is a conjugated verb of knowing or hoping («sé», «espera»), not the pronoun
    «se» nor a command."""
    a = ctx.analysis
    if a.of(i, "CLITIC") and not a.accented(i):
        return False
    knowing = ctx.words["knowing_verbs"]
    return any(f.person and f.form != "imp" and f.lemma in knowing for f in a.of(i, "VERB"))


def _that_after_thinking(ctx: Context):
    """«Creo la película es buena», «pienso ella es simpática»: what one thinks or says,
    a subject and its own conjugated verb, starts with «que» (creo que la película…)."""
    a = ctx.analysis
    for i in range(len(a) - 2):
        if not thinking_verb_at(ctx, i) and not _knowing_verb_at(ctx, i):
            continue
        verbs = [f for f in a.of(i, "VERB") if f.person and f.form != "imp"]
        back = i - 1
        while a.of(back, "CLITIC") or a.at(back) in ctx.words["negation"]:
            back -= 1
        if a.at(back) in ctx.words["relative"] or a.at(back) in ctx.words["subordinators"]:
            continue  # «lo que dice mi padre es verdad»: the verb's object is «que»
        end = _said_subject_end(ctx, i + 1)
        if end is None:
            continue
        k = end + (a.at(end) in ctx.words["negation"])
        person = _subject_person(ctx, i + 1)
        if not _subject_before(a, back) and any(f.person == person for f in verbs):
            continue  # «dice mi madre está…»: «mi madre» may say it, «que» goes after it
        finite = [f for f in _said_verb(a, k) if f.person and f.form != "imp"]
        if not any(f.person == person for f in finite) and any(f.person == person for f in verbs):
            continue  # «dice mi madre tengo…»: «mi madre» may be who says it, «que» goes after
        if finite and not a.of(k, "ADJ"):
            yield Hit(i + 1, i + 2, f"{ctx.words['relative'][0]} {a.original(i + 1)}")


FINDERS = {
    "that_after_thinking": _that_after_thinking,
    "relative_que": _relative_que,
    "question_order": _question_order,
    "doubled_subject": doubled_subject,
    "that_before_said_verb": that_before_said_verb,
    "who_after_noun": who_after_noun,
}
