"""The subject a form of ser or estar describes: a noun phrase or a pronoun before it, two
joined by «y», the antecedent of «que», or the subject of the clause before it (rules/predicate.py
reads it)."""

from typing import NamedTuple

from langbot.grading.analysis import Analysis, Features, NounPhrase
from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import determined, folded_adverbs
from langbot.grading.rules.liked_subject import liked_subject
from langbot.grading.rules.subjects import after_subject, bare_noun, of_before, subjects
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


class Subject(NamedTuple):
    """What a predicate describes: its gender (None: unknown) and number, how the message
    names it, its noun, whether it is sure (said, or a first or second person), its person,
    and, when it is carried into a clause of its own, where the clause it was said in goes
    on after it (its verb, or the pronouns before the verb)."""

    gender: str | None
    number: str
    words: str
    noun: Features | None = None
    sure: bool = False
    person: str | None = None
    carried_from: int | None = None


def _before(a: Analysis, ctx: Context, i: int) -> int:
    """The token before i, past the adverbs that may sit between a subject and its verb."""
    k = i - 1
    while k >= 0 and (a.at(k) in folded_adverbs(ctx.kb) or a.at(k) in ctx.words["negation"]):
        k -= 1
    return k


def _phrase_ending(a: Analysis, ctx: Context, k: int, joined: bool = False):
    """The noun phrase that ends at token k (with a determiner, or a bare noun after «de»),
    not one after a coordinator (`joined`: only one after a coordinator)."""
    for back in (2, 1, 3):
        np = a.noun_phrase(k - back + 1) if k - back + 1 >= 0 else None
        if np and np.end == k + 1 and (a.at(np.start - 1) in ctx.words["coordinators"]) == joined:
            return np
    nouns = a.of(k, "NOUN")
    named = (
        all(
            f.pos == "NOUN" or (f.pos == "ADJ" and f.lemma == nouns[0].lemma) for f in a.readings[k]
        )
        if nouns
        else False
    )
    if a.at(k - 1) in ctx.words["of"] and len(nouns) == 1 and named:  # «de español»
        if not a.original(k)[:1].isupper():
            return NounPhrase(k, k + 1, None, nouns[0])
    return None


def _described_phrase(a: Analysis, ctx: Context, k: int):
    """The noun phrase that ends one token before k, when the adjective at k agrees with
    its noun («las personas famosas»)."""
    adjectives = a.of(k, "ADJ")
    lemmas = {f.lemma for f in adjectives}
    plain = all(f.pos == "ADJ" or (f.pos == "NOUN" and f.lemma in lemmas) for f in a.readings[k])
    np = _phrase_ending(a, ctx, k - 1) if adjectives and plain else None
    if np is None or all(disagrees(f, np.noun.gender, np.noun.number) for f in adjectives):
        return None
    return NounPhrase(np.start, k + 1, np.det, np.noun)


def _article_noun(a: Analysis, ctx: Context, k: int) -> NounPhrase | None:
    """«La casa es…», «mi casa tiene que…»: a determiner that agrees with the noun right
    before the verb is no pronoun before a verb (la casa), whatever else the noun may be."""
    nouns = [f for f in a.of(k, "NOUN") if f.gender and f.number]
    dets = a.of(k - 1, "DET")
    if len(nouns) != 1 or not a.of(k - 1, "CLITIC") or a.at(k - 2) in ctx.words["coordinators"]:
        return None
    if a.original(k)[:1].isupper() or a.accented(k - 1):
        return None
    noun = nouns[0]
    if not any(f.gender in (None, noun.gender) and f.number == noun.number for f in dets):
        return None
    return NounPhrase(k - 1, k + 1, dets[0], noun)


def _joined_subject(a: Analysis, ctx: Context, k: int):
    """«Mi madre y mi tía son…»: two noun phrases joined by «y», feminine when both are."""
    second = _phrase_ending(a, ctx, k, joined=True)
    first = _first_part(a, ctx, second.start - 2) if second else None
    if first is None or a.of(first.start - 1, "ADP") or a.at(first.start - 1) in ctx.words["of"]:
        return None
    genders = {first.noun.gender, second.noun.gender}
    if None in genders:
        return None
    gender = "f" if genders == {"f"} else "m"
    return Subject(gender, "p", f"«{a.tokens.original_text(first.start, second.end)}»", sure=True)


def _first_part(a: Analysis, ctx: Context, k: int) -> NounPhrase | None:
    """The noun phrase ending at k before «y» («la casa y el coche»: «la» opens it)."""
    return _phrase_ending(a, ctx, k) or _article_noun(a, ctx, k)


def _with_speaker(a: Analysis, ctx: Context, k: int, persons) -> Subject | None:
    """«Mi hermano y yo somos…», «yo y mi hermano…»: a masculine noun joined to «yo» (or
    «tú» for «vosotros») makes the plural masculine; a feminine one leaves it unknown."""
    one = {p[0] + "s" for p in persons}
    if len(one) != 1 or a.at(k - 1) not in ctx.words["coordinators"]:
        np = _phrase_ending(a, ctx, k, joined=True)
        pronoun = np.start - 2 if np else -1
    else:
        np, pronoun = _first_part(a, ctx, k - 2), k
    if np is None or not any(f.person in one for f in a.of(pronoun, "PRON")):
        return None
    start = min(np.start, pronoun)
    if a.of(start - 1, "ADP") or determined(a, np).gender != "m":
        return None
    words = f"«{a.tokens.original_text(start, max(np.end, pronoun + 1))}»"
    return Subject("m", "p", words, sure=True, person=next(iter(persons)))


def _object(a, k: int) -> bool:
    """Token k is an infinitive or gerund, so the noun phrase after it is its object («la
    tecnología para eliminar el carbono del aire no será necesaria»)."""
    return any(f.form in ("inf", "ger") for f in a.of(k, "VERB")) and a.only(k, "VERB")


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
    np = _phrase_ending(a, ctx, k) or _described_phrase(a, ctx, k) or _article_noun(a, ctx, k)
    np = np or _new_clause_subject(ctx, k)
    np = bare_noun(a, k) if relative and np is None else np
    speaker = len(persons) == 1 and next(iter(persons))[0] in "12"
    if relative and speaker and a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB")):
        return _speaker(persons, number)  # «creo que somos…»: «que» opens a clause
    if relative and (np is None or a.of(np.start - 1, "ADP")):
        return None  # «dijo que es…», «de la gente que…»: a clause, or a noun in a phrase
    if np is not None and persons <= set(ctx.words["speaker_persons"]):
        return None  # «Esta noche estoy ocupado»: the subject is «yo», the phrase a when
    of = of_before(ctx, np) if np is not None else None
    if of is not None:
        return _of_subject(ctx, np, of, number)
    if np is not None and a.at(np.start - 1) in ctx.words["completing"]:
        head = _completed(ctx, np, number)  # «las personas en mi ciudad son…»
        return phrase_subject(a, head, np, number) if head is not None else None
    if np is not None:
        joined = a.at(np.start) in ctx.words["contracted"]  # «al final»: a preposition too
        if np.noun.number != number or a.of(np.start - 1, "ADP") or joined:
            return None  # another subject, or the noun belongs to a prepositional phrase
        if _object(a, np.start - 1):
            return None
        return phrase_subject(a, np, np, number)
    if number == "p" and (both := _joined_subject(a, ctx, k)) is not None:
        return both
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
    if persons == {"3s"} and a.at(k) == BOUNDARY and ctx.subject[0]:
        return Subject(ctx.subject[0], number, ctx.words["described"][0])
    if speaker:
        return _with_speaker(a, ctx, k, persons) or _speaker(persons, number)
    return Subject(None, number, ctx.spelled["subject_of"][0].format(verb=a.original(i)))


def _of_subject(ctx: Context, np: NounPhrase, of: int, number: str) -> Subject | None:
    """The subject when a «de» phrase at `of` ends with np: the noun it completes («su
    color de pelo es…»), or np after a word for a part («la mayoría de los chicos son…»)."""
    a = ctx.analysis
    head = _phrase_ending(a, ctx, of - 1)
    if head is not None and a.at(head.start - 1) in ctx.words["completing"]:
        head = _completed(ctx, head, number)  # «los chicos en mi clase de arte son…»
    if head is None or a.of(head.start - 1, "ADP") or _object(a, head.start - 1):
        return None
    if head.noun.number != number:
        counts = (*ctx.words["part_nouns"], *ctx.words["group_nouns"])
        if np.noun.number != number or np.det is None or fold(head.noun.lemma) not in counts:
            return None  # «la cocina de mis abuelos son…»: the verb is wrong, not «mis abuelos»
        return phrase_subject(a, np, np, number)
    return phrase_subject(a, head, np, number)


def _new_clause_subject(ctx: Context, k: int) -> NounPhrase | None:
    """«La ventana está rota y las puertas están…»: the noun phrase ending at k after «y»,
    when what stands before the «y» is a verb and its adjectives, not a noun it may join."""
    a = ctx.analysis
    np = _phrase_ending(a, ctx, k, joined=True)
    if np is None:
        return None
    j = np.start - 2
    while j >= 0 and (a.only(j, "ADJ") or a.only(j, "ADV")):
        j -= 1
    finite = a.only(j, "VERB") and any(f.person for f in a.of(j, "VERB"))
    return np if finite else None


def _completed(ctx: Context, np: NounPhrase, number: str) -> NounPhrase | None:
    """The noun phrase that opens its clause and that a phrase with «en», «con»… before
    the noun phrase np completes, in the verb's number («las personas en mi ciudad»), not
    one that says when («los domingos en casa es…»), else None."""
    a = ctx.analysis
    head = _phrase_ending(a, ctx, np.start - 2)
    if head is None or head.noun.number != number or a.original(head.start)[:1] == "¿":
        return None
    if head.noun.classes & set(ctx.words["not_subject_classes"]):
        return None
    opens = head.start == 0 or any(start == head.start for start, _ in a.clauses)
    return head if opens and a.at(head.start - 1) not in ctx.words["coordinators"] else None


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
    if a.at(k) in ctx.words["continuing"]:
        joins = (*ctx.words["coordinators"], *ctx.words["contrast"])
        if last.carried_from is None or (last.person in persons and a.at(k) in joins):
            return last  # «mi padre es alto y es simpático», «ella cocina y es buena»
    if last.noun and third and a.original(k) in ctx.spelled["commas"]:
        return last  # «la escuela no fue divertida, fue aburrida»
    return None


def phrase_subject(a: Analysis, head: NounPhrase, np: NounPhrase, number: str) -> Subject:
    """The subject a noun phrase is (from `head` to the end of `np`, its noun `head`'s); a
    noun of both genders has its determiner's («las estudiantes»)."""
    words = f"«{a.tokens.original_text(head.start, np.end)}»"
    return Subject(determined(a, head).gender, number, words, head.noun, True, "3" + number)


def disagrees(adj, gender: str | None, number: str) -> bool:
    """The adjective reading has another gender (when both are known) or number."""
    wrong_number = adj.number and adj.number != number
    return bool((gender and adj.gender and adj.gender != gender) or wrong_number)


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
