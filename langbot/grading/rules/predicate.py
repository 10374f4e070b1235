"""Agreement of an adjective after ser or estar with the subject («Mi madre es alto»),
part of the agreement family (rules/agreement.py lists it)."""

from functools import lru_cache

from langbot.grading.analysis import Analysis, Features
from langbot.grading.rules.adjectives import adjective_fix, known_form, shade
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.opening_subject import opening_subject_adjective
from langbot.grading.rules.predicate_subjects import copula_subjects
from langbot.grading.rules.subject_phrases import disagrees
from langbot.grading.rules.verb_only_subject import verb_disagrees
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def _participle(ctx: Context, k: int) -> tuple[Features, ...]:
    """A participle that can be nothing else, read as an adjective: its last letters tell
    its gender and number (conectada, esclavizados, and the irregular escrito, puestas)."""
    a = ctx.analysis
    parts = a.of(k, "VERB")
    if not parts or any(f.form != "part" for f in parts):
        return ()
    if not (a.only(k, "VERB") or _passive(ctx, k)):
        return ()
    word = a.at(k)
    plural = word.endswith(ctx.words["plural_ending"][0])
    stem = word[:-1] if plural else word
    endings = ctx.words["gender_endings"]
    ending = next((e for e in endings if stem.endswith(e)), None)
    if ending is None:
        return ()
    gender = ctx.words["genders"][endings.index(ending)]
    return (Features("ADJ", parts[0].lemma, gender, "p" if plural else "s", form="part"),)


def _passive(ctx: Context, k: int) -> bool:
    """A participle at k that is also a noun («escritos») with its agent after it («fueron
    escritos por…»): the passive participle, not the noun."""
    a = ctx.analysis
    readings = a.readings[k]
    return (
        a.at(k + 1) in ctx.words["agent"]
        and any(f.form == "part" for f in a.of(k, "VERB"))
        and all(f.pos in ("VERB", "NOUN") for f in readings)
    )


def _own_noun(ctx: Context, k: int, adjectives) -> bool:
    """Every noun reading at k is the adjective itself made a noun (cómico, groseros), not
    a noun for a job or a relative, which a person may be (es médico)."""
    people = set(ctx.words["people_animal_classes"])
    lemmas = {(f.lemma, f.gender, f.number) for f in adjectives}
    a = ctx.analysis
    only_two = all(f.pos in ("ADJ", "NOUN") for f in a.readings[k])  # not «justo», an adverb
    # a noun reading with no gender nor number («gratuito») is then the adjective's own
    bare = {f.lemma for f in adjectives} if only_two else set()
    nouns = a.of(k, "NOUN")
    return all(
        ((f.lemma, f.gender, f.number) in lemmas or (f.lemma in bare and not f.gender))
        and not f.classes & people
        for f in nouns
    )


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


def predicate_words(ctx: Context, k: int, linking: bool = True):
    """The adjectives of a predicate from k: one, or a list joined by «y» or commas (not
    `linking`: after a verb with the subject's own pronoun, one that says how the subject is
    alone, «me divierto solos», and none before an object, «me imagino felices a mis hijos»)."""
    a = ctx.analysis
    while True:
        first, k = k, _skip_degree(a, ctx, k)
        if any(f.lemma in ctx.words["copulas"] and f.form == "ger" for f in a.of(k, "VERB")):
            first, k = k + 1, _skip_degree(a, ctx, k + 1)  # «está siendo investigado»
        adjectives = a.of(k, "ADJ") or _participle(ctx, k)
        noun = bool(a.of(k, "NOUN")) and k == first and not _own_noun(ctx, k, adjectives)
        noun = noun and not _passive(ctx, k)  # «las cartas fueron escritos por él»
        ends = a.at(k + 1) in (BOUNDARY, *ctx.words["coordinators"])  # «es bajo.»: no object
        before = a.at(k - 1) in ctx.words["before_adjectives"]
        blocking = ("DET", "PRON") if before or ends else _BLOCKING
        if not adjectives or noun or any(a.of(k, pos) for pos in blocking):
            return  # after a copula, a verb reading (corta, lleno) is the adjective; after
            # «muy», a preposition's too («muy bajo»)
        alone = () if linking else ctx.words["alone"]  # «es solo un niño»: only
        if any(
            f.lemma in ctx.words["not_attributive"] and (f.lemma not in alone or f.number != "p")
            for f in adjectives
        ):
            return
        if a.of(k + 1, "NOUN") or (a.of(k + 1, "NUM") and a.of(k + 2, "NOUN")):
            return  # «fueron buenos amigos», «esperé otros cinco minutos»: the noun after it
        if a.at(k) in ctx.words["as_adverb_before_de"] and a.at(k + 1) in ctx.words["of"]:
            return  # «son igual de fuertes»: «igual de» says how much, in one form
        objects = ("DET", "PRON", "CLITIC", "ADJ")  # «me llevé prestados otros nuevos»
        if not linking and (a.at(k + 1) in ctx.words["personal_a"] or _any(a, k + 1, objects)):
            return
        yield k, adjectives
        after = skip_adverbs(a, ctx.kb, k + 1)
        joins = (*ctx.words["coordinators"], *ctx.words["contrast"], BOUNDARY)
        if a.at(after) not in joins:
            return
        k = after + 1
        if a.at(after) == BOUNDARY and a.at(k) in joins[:-1]:
            k += 1  # «es pequeña, pero bonita»: the comma and the link


_BLOCKING = ("DET", "ADP", "PRON")


def _noun_too(a: Analysis, k: int, adjectives) -> bool:
    """A singular adjective at k that is a noun too (a language, a colour)."""
    return all(f.number == "s" for f in adjectives) and bool(a.of(k, "NOUN"))


def _any(a, k: int, parts: tuple[str, ...]) -> bool:
    return any(a.of(k, pos) for pos in parts)


def predicate_adjective(ctx: Context):
    """Finder: an adjective after ser, estar or parecer (or a verb with the subject's own
    pronoun) that does not agree with the subject."""
    a = ctx.analysis
    for i, subject, linking in copula_subjects(ctx):
        gender, number = subject.gender, subject.number
        noun = subject.noun
        if (
            noun
            and fold(noun.lemma) in ctx.words["absolute_nouns"]
            and a.at(i - 1) in ctx.words["that"]
        ):
            continue  # «una vez que fue enviado», «cada vez que»: a conjunction, no subject
        if verb_disagrees(ctx, i, subject):
            continue  # «los ojos es marrones»: the verb is what is wrong, not the adjective
        items = list(predicate_words(ctx, i + 1, linking))
        if number == "p" and len(items) > 1 and all(_noun_too(a, k, adjs) for k, adjs in items):
            continue  # «sus idiomas son inglés y francés»: a list of nouns, one each
        for k, adjectives in items:
            if _impersonal(ctx, i, adjectives, subject.noun):
                break  # «Esa noche estaba nublado»: the weather, with no subject
            if _when_phrase(ctx, i, subject.noun, adjectives, number):
                break  # «Ese día estaba nerviosa»: when, and the subject unsaid
            if not linking and any(f.number != "p" for f in adjectives):
                break  # «podemos levantarnos temprano»: maybe an adverb
            if _adverb_after_estar(ctx, i, k):
                break  # «estamos mejor»: better off
            if shade(ctx, k + 1):
                break  # «los pantalones son gris oscuro»: a colour with its shade, one form
            if subject.carried_from is not None and _describes_between(ctx, subject, i, adjectives):
                break  # «ella cocinó un pastel y era rico»: the pastel may be meant
            if all(disagrees(f, gender, number) for f in adjectives):
                fix = _fix(ctx, k, adjectives, gender, number)
                if fix and fold(fix) != a.at(k):
                    yield Hit(k, k + 1, fix, {"subject": subject.words})
                break
    yield from opening_subject_adjective(ctx)  # «mi hermano están alta»: no copula subject


def _adverb_after_estar(ctx: Context, i: int, k: int) -> bool:
    """After estar (not ser) or a verb like it (sentirse), some adjectives are adverbs:
    «estamos mejor», «están genial», «nos sentimos fatal»."""
    a = ctx.analysis
    lemmas = {f.lemma.removesuffix(ctx.kb.words.reflexive_ending) for f in a.of(i, "VERB")}
    staying = {*ctx.words["linking_reflexives"], *ctx.words["staying_verbs"]}
    estar = bool(lemmas & {ctx.words["copulas"][1], *staying})  # «siguen igual»
    return estar and a.at(k) in ctx.words["adverbs_after_estar"]


def _describes_between(ctx: Context, subject, i: int, adjectives) -> bool:
    """Someone or something between the verb the subject was carried from and the copula at
    i may be what the adjective describes: a noun it agrees with, a name, a pronoun («ella lo
    vio y estaba cansado»)."""
    a = ctx.analysis
    between = range(subject.carried_from, i)
    # only what has the copula's number may be its subject: not «Madrid» before «son»
    one = subject.number == "s"
    if any(
        (one and a.original(k)[:1].isupper() and not _named(ctx, k)) or _pronoun_of(a, k, subject)
        for k in between
    ):
        return True
    joins = (*ctx.words["coordinators"], *ctx.words["contrast"])
    if any(a.of(k, "CONJ") and a.at(k) not in joins for k in between):
        return True  # «ella dice que es inteligente y es…»: he may be meant
    if any(_object_pronoun(ctx, k) for k in between):
        return True
    # «se llama»: after a pronoun that is no article, a word is the verb, not a noun
    nouns = [
        f
        for k in between
        if not (a.of(k - 1, "CLITIC") and not a.of(k - 1, "DET"))
        for f in a.of(k, "NOUN")
    ]
    nouns = [n for n in nouns if n.number in (None, subject.number)]
    return any(not disagrees(f, n.gender, n.number) for n in nouns for f in adjectives)


def _pronoun_of(a: Analysis, k: int, subject) -> bool:
    """Token k is a pronoun that may be the subject's number (or says no number)."""
    pronouns = a.of(k, "PRON")
    return any(not f.person or f.person[1] == subject.number for f in pronouns)


def _named(ctx: Context, k: int) -> bool:
    """The name at k is what the subject is called («se llama Ana»), or goes on one that is."""
    a = ctx.analysis
    while k > 0 and a.original(k - 1)[:1].isupper() and not a.readings[k - 1]:
        k -= 1  # «se llama Ana María»
    pronominal = ctx.kb.words.reflexive_ending
    lemmas = {f.lemma.removesuffix(pronominal) for f in a.of(k - 1, "VERB")}
    return bool(lemmas & set(ctx.words["naming"])) and a.at(k - 2) in ctx.words["reflexive"]


def _object_pronoun(ctx: Context, k: int) -> bool:
    """Token k may be an object pronoun: not «se», nor an article before its noun."""
    a = ctx.analysis
    own = a.at(k) in ctx.words["reflexive"]
    article = a.of(k, "DET") and (a.of(k + 1, "NOUN") or a.of(k + 1, "ADJ"))
    return bool(a.of(k, "CLITIC")) and not own and not article


def _impersonal(ctx: Context, i: int, adjectives, noun) -> bool:
    """Estar and a state of the weather in the masculine singular, after a time or no noun:
    no subject to agree with («esa noche estaba nublado», not «el agua está frío»)."""
    if noun is not None and not noun.classes & set(ctx.words["calendar_day_classes"]):
        return False
    verbs = ctx.analysis.of(i, "VERB")
    if all((f.person or "")[1:] == "p" for f in verbs):
        return False  # «los días están soleado»: a plural verb has the days as its subject
    weather = ctx.words["weather_class"][0]
    return any(f.lemma == ctx.words["copulas"][1] for f in verbs) and any(
        weather in f.classes and f.gender == "m" and f.number == "s" for f in adjectives
    )


def _when_phrase(ctx: Context, i: int, noun, adjectives, number: str) -> bool:
    """A noun of a time before the copula at i, and an adjective of its number in the other
    gender that says how someone is (a state, or any after estar; no weather): the phrase
    says when, the subject is unsaid («Ese día estaba nerviosa», «El domingo estaba
    aburrida»); the time itself is described by others («La semana fue largo»)."""
    if noun is None or not noun.classes & set(ctx.words["calendar_day_classes"]):
        return False
    classes = {c for f in adjectives for c in f.classes}
    if ctx.words["weather_class"][0] in classes:
        return False
    estar = any(f.lemma == ctx.words["copulas"][1] for f in ctx.analysis.of(i, "VERB"))
    person = estar or classes & set(ctx.words["state_classes"])
    return bool(person) and any(f.number in (None, number) for f in adjectives)


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
    fix = stem + plural_ending if number == "p" else stem
    return fix if known_form(fix.lower()) else None
