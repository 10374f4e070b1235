"""Where a clause's subject is: noun phrases and names that can start one, and where the
verb that agrees with it must stand."""

from weakref import WeakKeyDictionary

from langbot.grading.analysis import Analysis, NounPhrase
from langbot.grading.rules.base import Context
from langbot.grading.rules.common import opens_sentence, skip_adverbs
from langbot.grading.rules.name_spans import name_end
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold

PERSON = {"s": "3s", "p": "3p"}


def subject_np(ctx: Context, start: int, things: bool = False):
    """A noun phrase of people or animals opening a clause at start, with a known number;
    never one of a noun that says when or how much («todo el tiempo»); with `things`, also
    one of a noun the vocabulary does not class («sus letras»), when its determiner agrees."""
    a = ctx.analysis
    np = a.noun_phrase(start) or _counted(ctx, start)
    if np is None or not np.noun.number or fold(np.noun.lemma) in ctx.words["adverbial_nouns"]:
        return None
    if not np.noun.classes:
        if not things or (np.det is not None and np.det.number not in (None, np.noun.number)):
            return None
        return None if a.original(np.end - 1)[:1].isupper() else np
    if not np.noun.classes & set(ctx.words["not_subject_classes"]):
        return np
    return None


def _counted(ctx: Context, start: int) -> NounPhrase | None:
    """A determiner, a number of two or more and a plural noun: «mis dos hermanos»."""
    a = ctx.analysis
    dets, nouns = a.of(start, "DET"), a.of(start + 2, "NOUN")
    if len(dets) != 1 or a.at(start + 1) not in ctx.words["plural_numbers"] or len(nouns) != 1:
        return None
    if dets[0].number != "p" or nouns[0].number != "p" or not a.only(start + 2, "NOUN"):
        return None
    return NounPhrase(start, start + 3, dets[0], nouns[0])


_STARTS: "WeakKeyDictionary[Analysis, tuple[int, ...]]" = WeakKeyDictionary()
_SUBJECTS: "WeakKeyDictionary[Analysis, dict[bool, tuple[tuple[int, NounPhrase], ...]]]" = (
    WeakKeyDictionary()
)


def subject_starts(ctx: Context) -> tuple[int, ...]:
    """Where a subject may start: a clause's start (after punctuation or a conjunction), or
    after an adverb or «todo»; never inside a coordination or after a preposition. Read
    once a sentence for every rule of the verbs family that asks."""
    found = _STARTS.get(ctx.analysis)
    if found is None:
        found = _STARTS[ctx.analysis] = tuple(_starts(ctx))
    return found


def _clause_before(a, k: int) -> bool:
    """The clause before token k (back to punctuation or a conjunction) has a verb that can
    only be finite: what follows a «y» at k may start a clause of its own, not a second
    object or a second subject."""
    while k > 0 and a.at(k - 1) != BOUNDARY:
        k -= 1
        if a.of(k, "CONJ"):
            return False  # «piensa que el Ayuntamiento y la policía…»: one subject, after it
        if a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB")):
            return True
    return False


def _starts(ctx: Context):
    a = ctx.analysis
    fronted = {fronted_end(ctx, s) for s, _ in a.clauses}
    for i in range(len(a)):
        dets = a.of(i, "DET")
        if not (dets or a.of(i, "NUM")):
            continue  # a noun phrase starts with one
        if any(fold(f.lemma) in ctx.words["interrogative"] for f in dets):
            continue  # «¿cuántas pastillas tomo?»: what is asked about, not the subject
        prev = i - 1
        if a.of(i, "NUM") and a.of(prev - 1, "NUM") and a.at(prev) in ctx.words["coordinators"]:
            continue  # «tiene setenta y dos años»: «y» inside a number
        new_clause = _clause_before(a, prev) or opens_sentence(a, prev)  # «Y mis padres…»
        if a.at(prev) in ctx.words["coordinators"] and new_clause:
            yield i  # «mi familia vive en Madrid y mi hermano trabaja…»: a new clause
            continue
        if a.at(prev) in ctx.words["coordinators"] or a.of(prev, "ADP"):
            continue
        if i in fronted:
            yield i  # «los domingos mis padres van…», «en mi casa mis padres…»
        elif prev < 0 or a.at(prev) == BOUNDARY or a.of(prev, "CONJ") or a.only(prev, "ADV"):
            yield i
        elif any(f.lemma in ctx.words["before_subject"] for f in a.of(prev, "ADJ")):
            if not a.of(prev - 1, "ADP"):  # «de todas las películas»: not a subject
                yield i


def fronted_end(ctx: Context, s: int) -> int:
    """Where a when or a where said first in the clause starting at s ends («los domingos»,
    «el año pasado», «los fines de semana», «en mi casa», «por la mañana»), so a subject
    may follow it; s when the clause opens with none."""
    a = ctx.analysis
    if a.of(s, "ADP") and not a.of(s, "DET"):
        np = a.noun_phrase(s + 1) or bare_noun(a, s + 1) or _after_preposition(a, s + 1)
    else:
        whole = any(f.lemma in ctx.words["before_subject"] for f in a.of(s, "ADJ"))
        np = a.noun_phrase(s + 1 if whole and a.of(s + 1, "DET") else s)  # «todos los días»
        if np is not None and not np.noun.classes & set(ctx.words["not_subject_classes"]):
            np = None
    if np is None:
        return s
    k = np.end
    while _describes(a, k, np.noun):  # «el año pasado», «la semana pasada»
        k += 1
    if a.at(k) in ctx.words["of"] and bare_noun(a, k + 1):  # «los fines de semana»
        return k + 2
    return past_complement(ctx, k)


def _describes(a: Analysis, k: int, noun) -> bool:
    """Token k may be an adjective or a participle agreeing with the noun, and no determiner."""
    said = [f for f in (a.readings[k] if k < len(a) else ()) if f.pos == "ADJ" or f.form == "part"]
    agree = [f for f in said if f.number in (None, noun.number) and f.gender in (None, noun.gender)]
    return bool(agree) and not a.of(k, "DET") and not a.original(k)[:1].isupper()


def _after_preposition(a: Analysis, k: int) -> NounPhrase | None:
    """A determiner and its noun after a preposition, where the determiner cannot be an
    object pronoun («en mi casa»: not «mi» of «casar»)."""
    dets, nouns = a.of(k, "DET"), a.of(k + 1, "NOUN")
    if len(dets) != 1 or len(nouns) != 1 or not nouns[0].number:
        return None
    return NounPhrase(k, k + 2, dets[0], nouns[0])


def subjects(ctx: Context, things: bool = False) -> tuple[tuple[int, NounPhrase], ...]:
    """Each noun-phrase subject of people or animals, with where it starts; with `things`,
    also those of nouns the vocabulary does not class (subject_np)."""
    found = _SUBJECTS.setdefault(ctx.analysis, {})
    if things not in found:
        a = ctx.analysis
        out = []
        for start in subject_starts(ctx):
            np = subject_np(ctx, start, things)
            if np is None or a.at(np.end) in ctx.words["coordinators"]:
                continue  # «mi madre y yo»: a coordinated subject
            if a.at(start) in ctx.words["relative_determiners"]:
                continue  # «cuyo nombre no recuerdo»: the relative clause's object
            if a.at(start) not in ctx.words["contracted"]:
                out.append((start, np))
        found[things] = tuple(out)
    return found[things]


def classed(np: NounPhrase) -> bool:
    """The noun phrase's noun is one the vocabulary classes (people, places, things…): the
    only ones whose verb is checked for the speaker's or the listener's person too."""
    return bool(np.noun.classes)


def subject_end(ctx: Context, np: NounPhrase) -> int:
    """Where a noun-phrase subject ends: past the adjectives that agree with its noun (mis
    padres biológicos, mi camiseta favorita y nueva) and a «de» phrase that completes it."""
    a = ctx.analysis
    k = _past_name(ctx, np)
    while _agreeing_adjective(ctx, k, np.noun):
        joined = a.at(k + 1) in ctx.words["coordinators"]
        k += 3 if joined and _agreeing_adjective(ctx, k + 2, np.noun) else 1
    k = past_complement(ctx, k)
    if a.at(k) in ctx.words["in"]:  # «los estudiantes en mi clase son…»: where they are
        inner = a.noun_phrase(k + 1) or _after_preposition(a, k + 1)
        return past_complement(ctx, inner.end) if inner is not None else k
    return k


def _past_name(ctx: Context, np: NounPhrase) -> int:
    """Past a name that says who a person is («mi amigo Mateo», «mi amigo mateo»)."""
    a, k = ctx.analysis, np.end
    named = np.noun.classes & set(ctx.words["named_person_classes"])
    if not named or k >= len(a) or a.readings[k] or not a.at(k).isalpha():
        return k  # a comma has no readings either
    end = max(name_end(a, k), k + 1)
    if a.at(end) in ctx.words["name_particles"] and a.original(end + 1)[:1].isupper():
        return name_end(a, end + 1)  # «su hermano Theo van Gogh»: the name goes on
    return end


def _agreeing_adjective(ctx: Context, k: int, noun) -> bool:
    """Token k is an adjective of the noun's number and gender (either, for a noun of both:
    «mi cantante favorito»), and no verb nor determiner («mi hermano menor»: also a noun,
    «un menor»)."""
    a = ctx.analysis
    other = {f.pos for f in a.readings[k]} - {"ADJ", "NOUN"} if k < len(a) else {"-"}
    if other or not a.of(k, "ADJ") or a.original(k)[:1].isupper():
        return False
    return any(
        f.number == noun.number and (noun.gender is None or f.gender in (None, noun.gender))
        for f in a.of(k, "ADJ")
    )


def after_subject(ctx: Context, k: int) -> int:
    """Where the verb stands after a subject ending at k: past its adverbs (todavía, no)
    and clitics."""
    a = ctx.analysis
    while True:
        j = skip_adverbs(a, ctx.kb, k)
        while _clitic(a, j) or a.only(j, "ADV") or _adverb_or_link(a, j):
            j += 1
        if j == k:
            return k
        k = j


def _clitic(a, j: int) -> bool:
    """The word at j is an object pronoun, not a verb the learner's accent marks: «sé» is
    saber's «yo» («Mi tía sé bailar», «Mi primo y yo sé nadar»), no «se» to skip."""
    return bool(a.of(j, "CLITIC")) and not (a.accented(j) and a.of(j, "VERB"))


def _adverb_or_link(a, j: int) -> bool:
    """The word at j is an adverb or a linking word and nothing else («luego», «así»):
    between a subject and its verb it is the adverb («la mujer luego se enoja»)."""
    return bool(a.of(j, "ADV")) and all(f.pos in ("ADV", "CONJ") for f in a.readings[j])


def past_complement(ctx: Context, k: int) -> int:
    """Past a «de» (or «del») phrase that completes a subject (los libros de Harry Potter,
    las canciones de ella, las flores del jardín): where its verb should be."""
    a = ctx.analysis
    if a.at(k) == ctx.words["contracted"][0]:  # «las flores del jardín»
        np = a.noun_phrase(k)
        return np.end if np is not None else k
    if a.at(k) not in ctx.words["of"]:
        return k
    np = a.noun_phrase(k + 1)
    if np is not None:
        return np.end
    if any(f.person for f in a.of(k + 1, "PRON")):
        return k + 2
    end = name_end(a, k + 1)
    return end if end > k + 1 else k


def of_before(ctx, np) -> int | None:
    """Where «de» (or «del») opens the phrase a noun phrase completes («color de pelo», «la
    causa del incendio»), or None."""
    a = ctx.analysis
    start = np.start
    if a.of(start, "NUM") and a.of(start - 1, "DET"):
        start -= 1  # «los arrestos de estas diez personas»
    if a.at(start - 1) in ctx.words["of"]:
        return start - 1
    return np.start if a.at(np.start) == ctx.words["contracted"][0] else None


def bare_noun(a: Analysis, k: int) -> NounPhrase | None:
    """A noun with no determiner at k, that is nothing else and no name."""
    nouns = a.of(k, "NOUN")
    if len(nouns) != 1 or not a.only(k, "NOUN") or a.original(k)[:1].isupper():
        return None
    return NounPhrase(k, k + 1, None, nouns[0]) if nouns[0].number else None
