"""Agreement of an adjective after ser or estar with the subject («Mi madre es alto»),
part of the agreement family (rules/agreement.py lists it)."""

from functools import lru_cache

from langbot.grading.analysis import Analysis, Features, NounPhrase
from langbot.grading.reader import PERSON_NAMES
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import folded_adverbs, skip_adverbs
from langbot.grading.rules.subjects import bare_noun, of_before
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _verb_before_infinitive(ctx: Context, i: int) -> int | None:
    """«La cuenta necesita ser…», «va a ser», «tiene que estar»: the finite verb before the
    infinitive of ser or estar at i, which has the copula's subject."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["copulas"]:
        return None  # the infinitives are the lemmas themselves: a cheap test first
    infinitive = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["copulas"] and f.form == "inf"]
    if not infinitive:
        return None
    j = i - 2 if a.at(i - 1) in ctx.words["infinitive_links"] else i - 1
    return j if a.only(j, "VERB") else None


def _copula_number(
    ctx: Context, i: int, any_verb: bool = False
) -> tuple[frozenset[str], str] | None:
    """(persons, number) of a form of ser or estar at i (`any_verb`: of any verb), when
    every reading has the number."""
    a = ctx.analysis
    words = ctx.words["copulas"]
    copulas = [f for f in a.of(i, "VERB") if f.person and (any_verb or f.lemma in words)]
    if not copulas or (a.of(i, "DET") and not a.accented(i) and a.of(i + 1, "NOUN")):
        return None
    if (
        len({f.person[1] for f in copulas}) != 1
        or (a.of(i, "NOUN") and a.of(i - 1, "DET"))
        or a.of(i, "ADJ")
    ):
        return None
    return frozenset(f.person for f in copulas), copulas[0].person[1]


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
    if np is None or all(_disagrees(f, np.noun.gender, np.noun.number) for f in adjectives):
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
    first = _phrase_ending(a, ctx, second.start - 2) if second else None
    if first is None or a.of(first.start - 1, "ADP") or a.at(first.start - 1) in ctx.words["of"]:
        return None
    genders = {first.noun.gender, second.noun.gender}
    if None in genders:
        return None
    gender = "f" if genders == {"f"} else "m"
    return gender, "p", f"«{a.tokens.original_text(first.start, second.end)}»", None


def _subject(ctx: Context, i: int, persons: frozenset[str], number: str, last):
    """(gender, number, words) of the subject of the copula at i (gender None: unknown),
    or None when another subject may be meant."""
    a = ctx.analysis
    k = _before(a, ctx, i)
    if a.at(k) in ctx.words["relative"] and not a.accented(k):
        k -= 1  # «ropa que es bueno»: the relative's antecedent is the subject
        relative = True
    else:
        relative = False
    np = _phrase_ending(a, ctx, k) or _described_phrase(a, ctx, k) or _article_noun(a, ctx, k)
    if relative and np is None:
        np = bare_noun(a, k)
    if relative and (np is None or a.of(np.start - 1, "ADP")):
        return None  # «dijo que es…», «de la gente que…»: a clause, or a noun in a phrase
    if np is not None and persons <= set(ctx.words["speaker_persons"]):
        return None  # «Esta noche estoy ocupado»: the subject is «yo», the phrase a when
    of = of_before(ctx, np) if np is not None else None
    if of is not None:
        head = _phrase_ending(a, ctx, of - 1)  # «su color de pelo es…»: the head noun
        if head is None or a.of(head.start - 1, "ADP"):
            return None
        if head.noun.number != number:  # «la mayoría de los chicos son…»: the complement
            if np.noun.number != number or np.det is None:
                return None
            return np.noun.gender, number, f"«{a.tokens.original_text(np.start, np.end)}»", np.noun
        return (
            head.noun.gender,
            number,
            f"«{a.tokens.original_text(head.start, np.end)}»",
            head.noun,
        )
    if np is not None:
        if np.noun.number != number or a.of(np.start - 1, "ADP"):
            return None  # another subject, or the noun belongs to a prepositional phrase
        return np.noun.gender, number, f"«{a.tokens.original_text(np.start, np.end)}»", np.noun
    if number == "p" and (both := _joined_subject(a, ctx, k)) is not None:
        return both
    pronouns = [f for f in a.of(k, "PRON") if f.person in persons]
    if pronouns and a.of(k - 1, "ADP"):
        return None  # «El padre de ella es…», «enseñarla a ella fue…»: not the subject
    bare = k == i - 1 and a.at(k) in ctx.words["masculine_subjects"]  # «el es…»: «él»
    if pronouns and (a.accented(k) or not a.of(k, "DET") or bare):
        word = a.at(k)
        gender = "f" if word in ctx.words["feminine_subjects"] else None
        he = word in ctx.words["masculine_subjects"] and (a.accented(k) or bare)
        gender = "m" if he else gender
        return gender, number, f"«{a.original(k)}»", None
    if last and last[1] == number and a.at(k) in ctx.words["continuing"]:
        return last  # «mi padre es alto y es simpático»: the same subject
    third = all(p[0] == "3" for p in persons)
    if last and last[1] == number and last[3] and third and a.original(k) in ctx.spelled["commas"]:
        return last  # «la escuela no fue divertida, fue aburrida»
    if persons == {"3s"} and a.at(k) == BOUNDARY and ctx.subject[0]:
        return ctx.subject[0], number, ctx.words["described"][0], None
    if len(persons) == 1 and next(iter(persons))[0] in "12":
        return None, number, f"«{PERSON_NAMES[next(iter(persons))]}»", None
    return None, number, ctx.spelled["subject_of"][0].format(verb=a.original(i)), None


def _disagrees(adj, gender: str | None, number: str) -> bool:
    wrong_number = adj.number and adj.number != number
    return bool((gender and adj.gender and adj.gender != gender) or wrong_number)


def _participle(ctx: Context, k: int) -> tuple[Features, ...]:
    """A participle that can be nothing else, read as an adjective: its ending tells its
    gender and number (conectada, esclavizados)."""
    a = ctx.analysis
    parts = a.of(k, "VERB")
    if not parts or not a.only(k, "VERB") or any(f.form != "part" for f in parts):
        return ()
    word = a.at(k)
    plural = word.endswith(ctx.words["plural_ending"][0])
    stem = word[:-1] if plural else word
    endings = ctx.words["participle_endings"]
    ending = next((e for e in endings if stem.endswith(e)), None)
    if ending is None:
        return ()
    gender = ctx.words["genders"][endings.index(ending) % 2]
    return (Features("ADJ", parts[0].lemma, gender, "p" if plural else "s", form="part"),)


def _own_noun(ctx: Context, k: int, adjectives) -> bool:
    """Every noun reading at k is the adjective itself made a noun (cómico, groseros), not
    a noun for a job or a relative, which a person may be (es médico)."""
    people = set(ctx.words["people_classes"])
    lemmas = {(f.lemma, f.gender, f.number) for f in adjectives}
    nouns = ctx.analysis.of(k, "NOUN")
    return all((f.lemma, f.gender, f.number) in lemmas and not f.classes & people for f in nouns)


@lru_cache(maxsize=4)
def _two_word_adverbs(kb) -> frozenset[str]:
    """The folded adverbs of two words that may sit before an adjective (un poco)."""
    return frozenset(fold(w) for w in kb.lists.adverbs_between if len(w.split()) == 2)


def _skip_degree(a: Analysis, ctx: Context, k: int) -> int:
    """The first token from k past adverbs of degree («muy», «súper», «un poco»)."""
    while True:
        j = skip_adverbs(a, ctx.kb, k)
        if f"{a.at(j)} {a.at(j + 1)}" in _two_word_adverbs(ctx.kb):
            k = j + 2
        elif a.at(j) in ctx.words["intensifiers"]:
            k = j + 1
        else:
            return j


def _predicate(ctx: Context, k: int):
    """The adjectives of a predicate from k: one, or a list joined by «y» or commas."""
    a = ctx.analysis
    while True:
        first, k = k, _skip_degree(a, ctx, k)
        if any(f.lemma in ctx.words["copulas"] and f.form == "ger" for f in a.of(k, "VERB")):
            first, k = k + 1, _skip_degree(a, ctx, k + 1)  # «está siendo investigado»
        adjectives = a.of(k, "ADJ") or _participle(ctx, k)
        noun = bool(a.of(k, "NOUN")) and k == first and not _own_noun(ctx, k, adjectives)
        if not adjectives or noun or any(a.of(k, pos) for pos in ("DET", "ADP", "PRON")):
            return  # after a copula, a verb reading (corta, lleno) is the adjective
        if any(f.lemma in ctx.words["not_attributive"] for f in adjectives):
            return
        if a.of(k + 1, "NOUN"):
            return  # «fueron buenos amigos»: it describes the noun after it
        yield k, adjectives
        after = skip_adverbs(a, ctx.kb, k + 1)
        joins = (*ctx.words["coordinators"], *ctx.words["contrast"], BOUNDARY)
        if a.at(after) not in joins:
            return
        k = after + 1


def predicate_adjective(ctx: Context):
    """Finder: an adjective after ser or estar that does not agree with the subject."""
    a = ctx.analysis
    last = None
    for i in range(len(a)):
        found, verb = _copula_number(ctx, i), i
        if found is None and (verb := _verb_before_infinitive(ctx, i)) is not None:
            found = _copula_number(ctx, verb, any_verb=True)
        if found is None:
            continue
        subject = _subject(ctx, verb, *found, last)
        if subject is None or (verb != i and subject[3] is None):
            continue  # «puede ser bueno»: only a noun phrase before the verb is sure
        last = subject
        gender, number, words, _noun = subject
        for k, adjectives in _predicate(ctx, i + 1):
            if _impersonal(ctx, i, adjectives, _noun):
                break  # «Esa noche estaba nublado»: the weather, with no subject
            if all(_disagrees(f, gender, number) for f in adjectives):
                fix = _fix(ctx, k, adjectives, gender, number)
                if fix and fold(fix) != a.at(k):
                    yield Hit(k, k + 1, fix, {"subject": words})
                break


def _impersonal(ctx: Context, i: int, adjectives, noun) -> bool:
    """Estar and a state of the weather in the masculine singular, after a time or no noun:
    no subject to agree with («esa noche estaba nublado», not «el agua está frío»)."""
    if noun is not None and not noun.classes & set(ctx.words["time_classes"]):
        return False
    verbs = ctx.analysis.of(i, "VERB")
    weather = ctx.words["weather_class"][0]
    return any(f.lemma == ctx.words["copulas"][1] for f in verbs) and any(
        weather in f.classes and f.gender == "m" and f.number == "s" for f in adjectives
    )


def _fix(ctx: Context, k: int, adjectives, gender: str | None, number: str) -> str | None:
    """The adjective's form for the subject; a participle's from its ending."""
    if adjectives[0].form != "part":
        return adjective_fix(ctx, k, gender, number)
    word = ctx.analysis.original(k)
    plural_ending = ctx.words["plural_ending"][0]
    stem = word[:-1] if adjectives[0].number == "p" else word
    genders = ctx.words["genders"]
    g = gender or adjectives[0].gender
    stem = stem[:-1] + ctx.words["gender_endings"][genders.index(g)]
    return stem + plural_ending if number == "p" else stem
