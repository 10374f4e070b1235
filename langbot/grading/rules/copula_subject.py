"""The subject a form of ser or estar describes: a noun phrase or a pronoun before it, two
joined by «y», the antecedent of «que», or the subject of the clause before it (rules/predicate.py
reads it). The phrases themselves are found in rules/subject_phrases.py."""

from langbot.grading.analysis import Analysis, NounPhrase
from langbot.grading.openers import opening_words
from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import folded_adverbs
from langbot.grading.rules.completed_subjects import (
    antecedent,
    completed_phrase,
    finite_verb_before,
    named_subject,
    object_verb,
    of_subject,
)
from langbot.grading.rules.hedges import hedge_start, opens_after_hedge
from langbot.grading.rules.liked_subject import liked_subject
from langbot.grading.rules.subject_phrases import (
    Subject,
    article_noun,
    described_phrase,
    joined_subject,
    phrase_ending,
    phrase_subject,
    with_speaker,
)
from langbot.grading.rules.subjects import after_subject, bare_noun, of_before, subjects
from langbot.grading.tokens import BOUNDARY


def _before(a: Analysis, ctx: Context, i: int) -> int:
    """The token before i, past the adverbs that may sit between a subject and its verb."""
    k = i - 1
    skipped = (*ctx.words["negation"], *ctx.words["here_and_now"])
    while k >= 0 and (a.at(k) in folded_adverbs(ctx.kb) or a.at(k) in skipped):
        k -= 1
    if a.at(k) in opening_words("answer_fillers") and a.at(k - 1) == BOUNDARY:
        k -= 1  # «pues está muy bueno»: what opens the answer is no subject
    openers = opening_words("answer_openers")
    if opens_after_hedge(ctx, k + 1, openers):
        k = hedge_start(ctx, k + 1) - 1  # «creo que está muy rico»: of the step's thing
        while a.at(k) in openers:  # «oye creo que…», «bueno, pues creo que…»
            k -= 1
    return k


def copula_subject(
    ctx: Context,
    i: int,
    persons: frozenset[str],
    number: str,
    last: Subject | None,
    liked: dict | None = None,
) -> Subject | None:
    """The subject of the copula at i, or None when another subject may be meant."""
    a = ctx.analysis
    k = _before(a, ctx, i)
    if a.at(k) in ctx.words["relative"] and not a.accented(k):
        k -= 1  # «ropa que es bueno»: the relative's antecedent is the subject
        relative = True
    else:
        relative = False
    np = phrase_ending(a, ctx, k) or described_phrase(a, ctx, k) or article_noun(a, ctx, k)
    np = np or _new_clause_subject(ctx, k)
    np = bare_noun(a, k) if relative and np is None else np
    speaker = len(persons) == 1 and next(iter(persons))[0] in "12"
    if relative and speaker and a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB")):
        return _speaker(persons, number)  # «creo que somos…»: «que» opens a clause
    if relative and np is not None and a.of(np.start - 1, "ADP"):
        return antecedent(ctx, np, number)
    if relative and np is None:
        return None  # «dijo que es…»: a clause
    if np is not None and persons <= set(ctx.words["speaker_persons"]):
        return None  # «Esta noche estoy ocupado»: the subject is «yo», the phrase a when
    of = of_before(ctx, np) if np is not None else None
    if of is not None:
        return of_subject(ctx, np, of, number)
    if np is not None and a.at(np.start - 1) in ctx.words["completing"]:
        head = completed_phrase(ctx, np, number)  # «las personas en mi ciudad son…»
        return phrase_subject(a, head, np, number) if head is not None else None
    if np is not None:
        joined = a.at(np.start) in ctx.words["contracted"]  # «al final»: a preposition too
        if np.noun.number != number or a.of(np.start - 1, "ADP") or joined:
            return None  # another subject, or the noun belongs to a prepositional phrase
        if object_verb(a, np.start - 1) or (not relative and finite_verb_before(a, np.start - 1)):
            return None
        return phrase_subject(a, np, np, number)
    if number == "p" and (both := joined_subject(a, ctx, k)) is not None:
        return both
    if np is None and (named := named_subject(ctx, k, number)) is not None:
        return named
    pronouns = [f for f in a.of(k, "PRON") if f.person in persons]
    if pronouns and a.of(k - 1, "ADP"):
        return None  # «El padre de ella es…», «enseñarla a ella fue…»: not the subject
    bare = k == i - 1 and a.at(k) in ctx.words["masculine_subjects"]  # «el es…»: «él»
    if pronouns and (a.accented(k) or not a.of(k, "DET") or bare):
        gender = _pronoun_gender(ctx, k, bare)
        return Subject(gender, number, f"«{a.original(k)}»", None, True, pronouns[0].person)
    carried = _carried(ctx, k, persons, number, last, liked)
    if carried is not None:
        return carried
    if persons in ({"3s"}, {f"3{ctx.subject[1]}"}) and a.at(k) == BOUNDARY and ctx.subject[0]:
        return Subject(ctx.subject[0], number, ctx.words["described"][0])
    if speaker:
        return with_speaker(a, ctx, k, persons) or _speaker(persons, number)
    return Subject(None, number, ctx.spelled["subject_of"][0].format(verb=a.original(i)))


def _new_clause_subject(ctx: Context, k: int) -> NounPhrase | None:
    """«La ventana está rota y las puertas están…»: the noun phrase ending at k after «y»,
    when what stands before the «y» is a verb and its adjectives, not a noun it may join."""
    a = ctx.analysis
    np = phrase_ending(a, ctx, k, joined=True)
    if np is None:
        return None
    j = np.start - 2
    while j >= 0 and (a.only(j, "ADJ") or a.only(j, "ADV")):
        j -= 1
    finite = a.only(j, "VERB") and any(f.person for f in a.of(j, "VERB"))
    return np if finite else None


def _speaker(persons, number: str) -> Subject:
    """The unsaid subject of a verb in a speaker's or listener's one person («somos»)."""
    person = next(iter(persons))
    return Subject(None, number, f"«{PERSON_NAMES[person]}»", sure=True, person=person)


def _carried(ctx: Context, k: int, persons, number: str, last: Subject | None, liked):
    """The subject a copula with none of its own after the word at k goes on with: the
    thing liked before it, or the subject of the clause before it."""
    a = ctx.analysis
    third = all(p[0] == "3" for p in persons)
    if liked and third and (thing := liked_subject(ctx, liked, k, number)) is not None:
        return phrase_subject(a, thing.phrase, thing.phrase, number)  # «me gustan…porque son…»
    if not last or last.number != number:
        return None
    if (last.person or f"3{number}") not in persons:
        return None  # «El examen fue fácil, pero estuve nerviosa»: «yo», not the exam
    if a.at(k) in ctx.words["continuing"]:
        joins = (*ctx.words["coordinators"], *ctx.words["contrast"])
        if last.carried_from is None or (last.person in persons and a.at(k) in joins):
            return last  # «mi padre es alto y es simpático», «ella cocina y es buena»
    if last.noun and third and a.original(k) in ctx.spelled["commas"]:
        return last  # «la escuela no fue divertida, fue aburrida»
    return None


def _pronoun_gender(ctx: Context, k: int, bare: bool = False) -> str | None:
    """The gender a subject pronoun at k says («ella», «él»; «el» right before its verb)."""
    a = ctx.analysis
    word = a.at(k)
    joined = a.at(k - 1) in ctx.words["coordinators"] and (
        a.of(k - 2, "PRON") or a.of(k - 2, "NOUN")
    )
    if joined and any(f.person and f.person[1] == "p" for f in a.of(k, "PRON")):
        return None  # «ellos y ellas son…»: the gender of both
    if word in ctx.words["masculine_subjects"] and (a.accented(k) or bare):
        return "m"
    if word in ctx.words["masculine_plural_subjects"]:
        return "m"
    return "f" if word in ctx.words["feminine_subjects"] else None


def said_subjects(ctx: Context) -> dict[int, Subject]:
    """The verb each clause-opening subject pronoun or noun phrase of people goes with
    («Ella hizo…», «Mi madre cocina…»): a clause joined to it by «y» with no subject of its
    own goes on with that subject."""
    a = ctx.analysis
    out = {}
    for _, np in subjects(ctx):
        out[after_subject(ctx, np.end)] = phrase_subject(a, np, np, np.noun.number)
    for s in sorted({0, *(s for s, _ in a.clauses)} if len(a) else ()):
        said = [f for f in a.of(s, "PRON") if f.person]
        if said and (a.accented(s) or not a.of(s, "DET")):
            gender, person = _pronoun_gender(ctx, s), said[0].person
            words = f"«{a.original(s)}»"
            out[after_subject(ctx, s + 1)] = Subject(gender, person[1], words, None, True, person)
    return out
