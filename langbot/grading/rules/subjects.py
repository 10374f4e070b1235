"""Where a clause's subject is: noun phrases and names that can start one, and where the
verb that agrees with it must stand."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis, NounPhrase
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

PERSON = {"s": "3s", "p": "3p"}


def subject_np(ctx: Context, start: int):
    """A noun phrase of people or animals opening a clause at start, with a known number."""
    a = ctx.analysis
    np = a.noun_phrase(start)
    if np is None or not np.noun.number or not np.noun.classes:
        return None
    if not np.noun.classes & set(ctx.words["not_subject_classes"]):
        return np
    return None


_STARTS: "WeakKeyDictionary[Analysis, tuple[int, ...]]" = WeakKeyDictionary()
_SUBJECTS: "WeakKeyDictionary[Analysis, tuple[tuple[int, NounPhrase], ...]]" = WeakKeyDictionary()


def subject_starts(ctx: Context) -> tuple[int, ...]:
    """Where a subject may start: a clause's start (after punctuation or a conjunction), or
    after an adverb or «todo»; never inside a coordination or after a preposition. Read
    once a sentence for every rule of the verbs family that asks."""
    found = _STARTS.get(ctx.analysis)
    if found is None:
        found = _STARTS[ctx.analysis] = tuple(_starts(ctx))
    return found


def _starts(ctx: Context):
    a = ctx.analysis
    for i in range(len(a)):
        dets = a.of(i, "DET")
        if not (dets or a.of(i, "NUM")):
            continue  # a noun phrase starts with one
        if any(fold(f.lemma) in ctx.words["interrogative"] for f in dets):
            continue  # «¿cuántas pastillas tomo?»: what is asked about, not the subject
        prev = i - 1
        if a.at(prev) in ctx.words["coordinators"] or a.of(prev, "ADP"):
            continue
        if prev < 0 or a.at(prev) == BOUNDARY or a.of(prev, "CONJ") or a.only(prev, "ADV"):
            yield i
        elif any(f.lemma in ctx.words["before_subject"] for f in a.of(prev, "ADJ")):
            if not a.of(prev - 1, "ADP"):  # «de todas las películas»: not a subject
                yield i


def subjects(ctx: Context) -> tuple[tuple[int, NounPhrase], ...]:
    """Each noun-phrase subject of people or animals, with where it starts."""
    found = _SUBJECTS.get(ctx.analysis)
    if found is None:
        a = ctx.analysis
        out = []
        for start in subject_starts(ctx):
            np = subject_np(ctx, start)
            if np is None or a.at(np.end) in ctx.words["coordinators"]:
                continue  # «mi madre y yo»: a coordinated subject
            if a.at(start) not in ctx.words["contracted"]:
                out.append((start, np))
        found = _SUBJECTS[ctx.analysis] = tuple(out)
    return found


def after_subject(ctx: Context, k: int) -> int:
    """Where the verb stands after a subject ending at k: past its adverbs and clitics."""
    a = ctx.analysis
    while True:
        j = skip_adverbs(a, ctx.kb, k)
        while a.of(j, "CLITIC"):
            j += 1
        if j == k:
            return k
        k = j


def name_end(a, j: int) -> int:
    """The end of a name from j: a capitalised word the lexicon does not know, and the
    capitalised words after it that cannot be verbs (Stephen King)."""
    if j >= len(a) or not a.original(j)[:1].isupper() or a.readings[j]:
        return j
    j += 1
    while j < len(a) and a.original(j)[:1].isupper() and not a.of(j, "VERB"):
        j += 1
    return j


def past_complement(ctx: Context, k: int) -> int:
    """Past a «de» phrase that completes a subject (los libros de Harry Potter, las
    canciones de ella): where its verb should be."""
    a = ctx.analysis
    if a.at(k) not in ctx.words["of"]:
        return k
    np = a.noun_phrase(k + 1)
    if np is not None:
        return np.end
    if any(f.person for f in a.of(k + 1, "PRON")):
        return k + 2
    end = name_end(a, k + 1)
    return end if end > k + 1 else k


def name_like(a, i: int) -> bool:
    """Token i may be a name: a capitalised word the lexicon does not know, or, opening the
    sentence, one it knows only as a common noun of no class (Kit, from «kit»)."""
    if not 0 <= i < len(a) or not a.original(i)[:1].isupper():
        return False
    if not a.readings[i]:
        return True
    opening = i == 0 or a.at(i - 1) == BOUNDARY
    return opening and all(f.pos == "NOUN" and not f.classes for f in a.readings[i])


def of_before(ctx, np) -> int | None:
    """Where «de» (or «del») opens the phrase a noun phrase completes («color de pelo», «la
    causa del incendio»), or None."""
    a = ctx.analysis
    if a.at(np.start - 1) in ctx.words["of"]:
        return np.start - 1
    return np.start if a.at(np.start) == ctx.words["contracted"][0] else None


def bare_noun(a: Analysis, k: int) -> NounPhrase | None:
    """A noun with no determiner at k, that is nothing else and no name."""
    nouns = a.of(k, "NOUN")
    if len(nouns) != 1 or not a.only(k, "NOUN") or a.original(k)[:1].isupper():
        return None
    return NounPhrase(k, k + 1, None, nouns[0]) if nouns[0].number else None
