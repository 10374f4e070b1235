"""More of the agreement family (rules/agreement.py lists them): an adjective after a noun
and its «de» complement («mi serie de televisión favorito»), and the neuter «lo» before a
noun («en lo momento»), and numbers («dos perro», «veintiuno años»)."""

from langbot.grading.analysis import Analysis, Features
from langbot.grading.lexicon import lexicon
from langbot.grading.rules.adjective_noun_word import adjective_before_noun
from langbot.grading.rules.adjectives import adjective_fix
from langbot.grading.rules.base import GENDER_NUMBER, Context, Hit, series_index
from langbot.grading.rules.common import skip_adverbs
from langbot.grading.rules.prenominal import short_form
from langbot.grading.tokens import BOUNDARY
from langbot.grading.ud_features import GENDER_LETTERS, NUMBER_LETTERS
from langbot.text import accented_spellings, fold, has_accent


def _disagrees(adj: Features, noun: Features, number: str | None) -> bool:
    wrong_gender = adj.gender and noun.gender and adj.gender != noun.gender
    return bool(wrong_gender or (number and adj.number and adj.number != number))


def before_verb(ctx: Context, i: int, j: int) -> bool:
    """«Pero la programa es…»: a verb that can be nothing else follows, so the word at j is
    the noun of the clause's subject, not a verb after a pronoun."""
    a = ctx.analysis
    opens = a.at(i - 1) == BOUNDARY or a.at(i - 1) in ctx.words["clause_starts"]
    k = skip_adverbs(a, ctx.kb, j + 1)  # «la programa siempre es…»
    finite = a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB"))
    return (opens and finite) or a.opening_article(i, j)


def _plain_noun(a: Analysis, j: int, nouns) -> Features | None:
    """The noun at j when it is nothing else and no name."""
    found = nouns(a, j)
    if len(found) != 1 or not a.only(j, "NOUN") or a.original(j)[:1].isupper():
        return None
    return found[0]


def _maybe_verb(a: Analysis, j: int) -> bool:
    """Any source of the lexicon reads token j as a verb («lo forma»)."""
    return bool(a.of(j, "VERB")) or any(
        r.upos in ("VERB", "AUX") for r in lexicon().readings_folded(a.at(j))
    )


def of_phrase_adjective(ctx: Context, nouns, noun_phrases, plain_adjective):
    """Finder: «mi serie de televisión favorito»: an adjective after «noun de noun» that
    agrees with neither noun."""
    a = ctx.analysis
    of = ctx.words["of"]
    for _start, j, number in noun_phrases(ctx):
        if a.at(j + 1) not in of:
            continue
        head, other = _plain_noun(a, j, nouns), _plain_noun(a, j + 2, nouns)
        k = j + 3
        while a.at(k) in ctx.words["degree"]:
            k += 1  # «compañeras de cuarto muy simpáticos»
        adjectives = plain_adjective(ctx, k)
        if head is None or other is None or not adjectives or number is None:
            continue
        if a.at(k + 1) in ctx.words["coordinators"]:
            continue  # «de pan y leche frescos»
        if _measured(ctx, head, k):
            if all(_disagrees(f, other, other.number) for f in adjectives):
                fix = adjective_fix(ctx, k, other.gender, other.number or "s")
                if fix and fold(fix) != a.at(k):
                    yield Hit(k, k + 1, fix, {"noun": a.original(j + 2)})
        elif all(
            _disagrees(f, head, number) and _disagrees(f, other, other.number) for f in adjectives
        ):
            fix = adjective_fix(ctx, k, head.gender, number)
            if fix and fold(fix) != a.at(k):
                yield Hit(k, k + 1, fix, {"noun": a.original(j)})


def _measured(ctx: Context, head: Features, k: int) -> bool:
    """The head is a unit of measure («dos kilos de fresas rojas»), so the adjective at k
    describes the thing measured, unless it is one said of a measure («un litro justo»)."""
    if fold(head.lemma or "") not in ctx.words["measure_nouns"]:
        return False
    lemmas = {fold(f.lemma or "") for f in ctx.analysis.of(k, "ADJ")}
    return not lemmas & set(ctx.words["measure_adjectives"])


def participle_after_noun(ctx: Context, nouns, noun_phrases):
    """Finder: «su expresión calmado», «la semana pasado»: a participle right after its noun
    agrees with it in gender (not «una vez terminado el partido», which opens a clause)."""
    a = ctx.analysis
    endings = dict(
        zip(ctx.words["participle_endings"], ctx.words["participle_swapped"], strict=True)
    )
    for start, j, number in noun_phrases(ctx):
        k = j + 1
        parts = a.of(k, "VERB")
        if not parts or any(f.form != "part" for f in parts) or _absolute(ctx, start, j):
            continue
        if any(f.pos not in ("VERB", "ADJ", "NOUN") for f in a.readings[k]):
            continue  # a participle the treebank also reads as an adjective or a noun («pasado»)
        if any(a.of(k + 1, pos) for pos in ("DET", "NOUN", "ADP", "CONJ")):
            continue  # «terminado el partido», «debido a», «dado que»: not describing the noun
        if a.original(k)[:1].isupper():
            continue
        noun, word = nouns(a, j)[0], a.original(k)
        if _haber_missing(ctx, start, noun):
            continue  # «mis padres viajado mucho»: han viajado (bare_nonfinite)
        plural = ctx.words["plural_ending"][0]
        stem = word[:-1] if word.lower().endswith(plural) else word
        ending = next((e for e in endings if stem.lower().endswith(e)), None)
        if not noun.gender or ending is None:
            continue
        genders = ctx.words["genders"]  # the ending tells the gender: ado/ido m, ada/ida f
        gender = genders[list(endings).index(ending) % 2]
        right_gender = gender == noun.gender
        right_number = number is None or (stem != word) == (number == "p")
        if any(f.gender == gender for f in _noun_before_of(ctx, start)):
            continue  # «un muchacho de su clase llamado Tom»: it may describe that noun
        if not (right_gender and right_number):
            fixed = stem if right_gender else stem[: -len(ending)] + endings[ending]
            fix = fixed + plural if number == "p" else fixed
            yield Hit(k, k + 1, fix, {"noun": a.original(j)})


def _haber_missing(ctx: Context, start: int, noun) -> bool:
    """The noun phrase of people opens a sentence with no conjugated verb: the participle
    after it is a verb whose haber is missing, not its description."""
    a = ctx.analysis
    if start != 0 or not noun.classes & set(ctx.words["pair_people_classes"]):
        return False
    return not any(f.person for i in range(len(a)) for f in a.of(i, "VERB"))


def _noun_before_of(ctx: Context, start: int):
    """The readings of a noun before «de» (or «del») that opens the noun phrase at start."""
    a, words = ctx.analysis, ctx.words
    if a.at(start) in words["contracted"]:
        return a.of(start - 1, "NOUN")
    return a.of(start - 2, "NOUN") if a.at(start - 1) in words["of"] else ()


def _absolute(ctx: Context, start: int, j: int) -> bool:
    """The participle after the noun phrase [start, j] says more of the subject: after a
    span of time («toda la noche levantado») or «una vez» («una vez usados»: once used)."""
    a, words = ctx.analysis, ctx.words
    if a.at(j) in words["absolute_nouns"]:
        return True
    whole = any(f.lemma in words["whole"] for k in (start - 1, start) for f in a.readings[k])
    times = set(words["not_subject_classes"])
    return whole and any(f.classes & times for f in a.of(j, "NOUN"))


def neuter_before_noun(ctx: Context, nouns):
    """Finder: «en lo momento», «es lo mejor jugador»: «lo» goes with no noun; the noun takes
    its article."""
    a = ctx.analysis
    articles = ctx.spelled["definite"]
    for i in range(len(a) - 1):
        if a.at(i) not in ctx.words["neuter"] or a.accented(i):
            continue
        if f"{a.at(i - 1)} {a.at(i)} {a.at(i + 1)}" in ctx.words["neuter_phrases"]:
            continue  # «a lo mejor»: perhaps
        j = i + 2 if a.at(i + 1) in ctx.words["comparatives"] else i + 1
        found = nouns(a, j)
        noun = found[0] if len(found) == 1 and not a.original(j)[:1].isupper() else None
        if noun is None or noun.gender is None or noun.number is None or _maybe_verb(a, j):
            continue
        others = [f for f in a.readings[j] if f.pos != "NOUN"]
        if j == i + 1 and (others or a.at(j) not in ctx.kb.vocabulary.nouns):
            continue  # «lo mejorcito», «lo general»: an adjective made a noun
        if any(f.pos != "ADJ" or f.lemma != noun.lemma for f in others):
            continue
        article = articles[series_index(noun.gender, noun.number)]
        yield Hit(i, i + 1, article, {"noun": a.original(j)})


def _slots(series: tuple[str, ...], det: str) -> set[tuple[str, str]]:
    """The (gender, number) a determiner of a series can have (mi: both genders)."""
    return {slot for slot, form in zip(GENDER_NUMBER, series, strict=True) if form == det}


_OWN = ("ADJ", "PRON", "DET", "ADV")  # «otras» a pronoun, «mejor» an adverb: one word


def _lone_adjective(a: Analysis, k: int) -> tuple[Features, ...]:
    """The adjective readings at k when it can be nothing but an adjective (or the pronoun
    or adverb of its own lemma), and is no name."""
    adjectives = a.of(k, "ADJ")
    lemmas = {f.lemma for f in adjectives}
    if not adjectives or a.original(k)[:1].isupper():
        return ()
    if any(f.pos not in _OWN or f.lemma not in lemmas for f in a.readings[k]):
        return ()
    return adjectives


def _noun_here(a: Analysis, h: int) -> bool:
    """After a determiner and an adjective, a noun that may else be a verb is the noun."""
    return all(f.pos in ("NOUN", "VERB") for f in a.readings[h])


def determiner_adjective(ctx: Context, series_of, nouns):
    """Finder: «que los otras», «es los mejor», «los primeras dos días»: a determiner and
    the adjective after it agree; with a noun after them, the adjective agrees with it."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        series = series_of(ctx, a.at(i))
        adjectives = _lone_adjective(a, i + 1) if series and not a.accented(i) else ()
        if series and not adjectives and not a.accented(i):
            adjectives = adjective_before_noun(a, i, _slots(series, a.at(i)), nouns)
        if not adjectives or any(f.person for f in a.of(i, "VERB")):
            continue  # «esta delicioso»: «está» without its accent
        h = i + 3 if a.of(i + 2, "NUM") else i + 2
        found = nouns(a, h)
        slots = _slots(series, a.at(i))
        if len(found) == 1 and found[0].gender and found[0].number and _noun_here(a, h):
            noun = found[0]
            if (noun.gender, noun.number) not in slots or a.original(h)[:1].isupper():
                continue  # the determiner's own rule, or a name
            lesson_noun = a.at(h) in ctx.kb.vocabulary.nouns  # «su bonito casa»: not casar
            if a.of(h, "VERB") and any((f.gender, f.number) in slots for f in adjectives):
                if not lesson_noun:
                    continue  # «mi favorito era el tenis»: the adjective is the noun, era a verb
            if all(_disagrees(f, noun, noun.number) for f in adjectives):
                fix = adjective_fix(ctx, i + 1, noun.gender, noun.number)
                if h == i + 2:
                    fix = short_form(ctx, fix, noun)  # «un buena amigo»: «buen»
                if fix and fold(fix) != a.at(i + 1):
                    yield Hit(i + 1, i + 2, fix, {"noun": a.original(h)})
        elif a.at(h) == BOUNDARY or (a.readings[h] and not a.of(h, "NOUN")):
            if h != i + 2 or a.of(i, "NOUN") or a.of(i, "VERB"):
                continue  # «los dos»: a number after it; «una» may be «uña»
            if all(
                _disagrees(f, Features("NOUN", "", g, n), n) for f in adjectives for g, n in slots
            ):
                fix = _determiner_for(series, adjectives)
                if fix is not None:
                    yield Hit(i, i + 1, fix, {"noun": a.original(i + 1)})
                elif len(slots) == 1 and (fix := adjective_fix(ctx, i + 1, *next(iter(slots)))):
                    yield Hit(i + 1, i + 2, fix, {"noun": a.original(i)})


def _determiner_for(series: tuple[str, ...], adjectives) -> str | None:
    """The determiner of the series for the adjective's gender and number, when it has one."""
    forms = {(f.gender, f.number) for f in adjectives}
    if len(forms) != 1:
        return None
    gender, number = forms.pop()
    if gender is None or number is None:
        return None
    return series[series_index(gender, number)]


def accent_tells(lemma: str, written: str) -> bool:
    """The learner left out an accent that tells this noun from another one (papas), or
    wrote one this noun's spelling lacks («del finés» is no «fines»)."""
    if has_accent(written):
        readings = lexicon().readings(written.lower())
        return not any(r.upos == "NOUN" and r.lemma == lemma for r in readings)
    if not has_accent(lemma):
        return False
    return any(r.upos == "NOUN" and r.lemma != lemma for r in lexicon().readings(written))


def accented_nouns(written: str) -> frozenset[tuple[str | None, str | None]]:
    """(gender, number) of each noun an unaccented word is with one accent added («carne»:
    «carné», masculine): the noun a learner who drops accents may mean; None for both."""
    word = written.lower()
    if has_accent(word):
        return frozenset()
    return frozenset(
        (GENDER_LETTERS.get(r.gender or ""), NUMBER_LETTERS.get(r.number or ""))
        for spelling in accented_spellings(word)
        for r in lexicon().readings(spelling)
        if r.upos == "NOUN"
    )
