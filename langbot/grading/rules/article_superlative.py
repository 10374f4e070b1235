"""The superlative takes the definite article: «Es la más alta de la clase», «Soy el mayor
de mi familia»; with no article, «Es más alta de la clase» compares with no one. Only a group
with its own article or possessive after «de» (or «todos») makes it a superlative: «más
alto de lo que parece», «mayor de edad», «mejor de esta manera» are right as they stand.
With nothing that says the gender («Soy mayor de mi familia») no fix is offered, only
«el» or «la» named. A bare noun before «más» takes it too: «Es ciudad más bonita de
España» («la ciudad más bonita»); «un personaje más famoso de…» is left alone (a corrector
wrote it)."""

from langbot.grading.analysis import Features
from langbot.grading.rules.article_words import the
from langbot.grading.rules.base import Context, Hit
from langbot.grading.rules.common import skip_adverbs, skip_adverbs_back

_GENDERS = ("m", "f")


def _after_ser(ctx: Context, i: int) -> int | None:
    """Where a finite «ser» stands before i, past adverbs («es también más alta»)."""
    a = ctx.analysis
    j = skip_adverbs_back(a, ctx.kb, i - 1)
    verbs = [f for f in a.of(j, "VERB") if f.person]
    if not verbs or not all(f.lemma in ctx.words["identity_copula"] for f in verbs):
        return None
    if not all(f.pos in ("VERB", "NOUN") for f in a.readings[j]) or a.of(j - 1, "DET"):
        return None  # «un ser más alto»: the noun
    return j


def _compared(ctx: Context, i: int) -> int | None:
    """The end of «más alta» or «mayor» at i: a comparison with no article before it."""
    a = ctx.analysis
    if a.at(i) in ctx.words["superlative_words"]:
        return i + 1
    if a.at(i) not in ctx.words["more_or_less"]:
        return None
    if a.of(i + 1, "ADJ") and not a.of(i + 1, "VERB"):
        return i + 2
    return None


def _group_after(ctx: Context, k: int) -> bool:
    """«de» + a group with its article or possessive («de la clase», «del mundo», «de mi
    familia»), or «de todos»: what a superlative picks from."""
    a = ctx.analysis
    if _one_compared(ctx, k) is not None:
        return False  # «mayor de mi madre»: one person compared, «mayor que mi madre»
    if a.at(k) in ctx.words["of_the"]:
        return bool(a.of(k + 1, "NOUN")) and not a.of(k + 1, "VERB")
    if a.at(k) not in ctx.words["of"]:
        return False
    if _place_name(ctx, k + 1):
        return True  # «de España»
    if a.at(k + 1) in ctx.words["all_plural"]:
        return not a.of(k + 2, "NOUN") and not a.of(k + 2, "DET")  # «de todos modos»
    if a.at(k + 1) not in ctx.words["group_determiners"]:
        return False
    np = a.noun_phrase(k + 1)
    return np is not None and np.noun.pos == "NOUN" and not a.of(k + 2, "VERB")


def _place_name(ctx: Context, j: int) -> bool:
    """A name at j the lexicon knows only as a place, or not at all («España»)."""
    a = ctx.analysis
    if not a.original(j)[:1].isupper():
        return False
    return all(f.pos == "NOUN" and "place" in f.classes for f in a.readings[j])


def _article(ctx: Context, verb: int, compared: tuple[int, int]) -> tuple[str, bool]:
    """The article of the superlative, from the adjective's gender and number, else the
    subject's before «ser», else both genders' («Soy mayor de mi familia»: el or la); and
    whether the gender is known."""
    a = ctx.analysis
    adjectives = [f for k in range(*compared) for f in a.of(k, "ADJ")]
    genders = {f.gender for f in adjectives if f.gender in _GENDERS}
    numbers = {f.number for f in adjectives if f.number}
    if len(genders) != 1:
        s = skip_adverbs_back(a, ctx.kb, verb - 1)
        said = [f for f in (*a.of(s, "NOUN"), *a.of(s, "PRON")) if f.gender in _GENDERS]
        genders = {f.gender for f in said}
    if len(numbers) != 1:
        numbers = {
            "p" if (f.person or "")[1:] == "p" else "s" for f in a.of(verb, "VERB") if f.person
        }
    plural = 2 * (numbers == {"p"})
    if len(genders) != 1:
        both = ctx.spelled["definite"][plural : plural + 2]
        return ctx.spelled["either"][0].join(both), False
    return ctx.spelled["definite"][_GENDERS.index(genders.pop()) + plural], True


def superlative_without_article(ctx: Context):
    """«Ana es más alta de la clase»: the superlative is «la más alta»."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        end = _compared(ctx, i)
        if end is None:
            continue
        verb = _after_ser(ctx, i)
        if verb is None or not _group_after(ctx, skip_adverbs(a, ctx.kb, end)):
            continue
        article, known = _article(ctx, verb, (i, end))
        words = " ".join(a.original(k) for k in range(i, end))
        yield Hit(i, end, f"{article} {words}" if known else None, {"said": f"{article} {words}"})
    yield from _noun_superlatives(ctx)


def _noun_before(ctx: Context, i: int) -> tuple[int, Features] | None:
    """A bare noun right before «más» at i («Es ciudad más bonita»): where it stands, and
    the noun."""
    a = ctx.analysis
    nouns = a.of(i - 1, "NOUN")
    if len(nouns) != 1 or a.original(i - 1)[:1].isupper():
        return None
    if a.of(i - 2, "DET") or not a.only(i - 1, "NOUN"):
        return None  # «la ciudad más…» is right; «un personaje más famoso de…» is said
    return i - 1, nouns[0]


def _noun_superlatives(ctx: Context):
    """«Es ciudad más bonita de España»: the noun of a superlative takes «el» or «la»
    («la ciudad más bonita»)."""
    a = ctx.analysis
    for i in range(2, len(a) - 2):
        end = _compared(ctx, i) if a.at(i) in ctx.words["more_or_less"] else None
        found = _noun_before(ctx, i) if end is not None else None
        if found is None or _after_ser(ctx, found[0]) is None:
            continue
        article = the(ctx, found[1])
        if article is not None and _group_after(ctx, skip_adverbs(a, ctx.kb, end)):
            words = " ".join(a.original(k) for k in range(i - 1, end))
            yield Hit(found[0], end, f"{article} {words}", {"said": f"{article} {words}"})


def _one_compared(ctx: Context, k: int) -> str | None:
    """«de» + one person or one language at k («de mi madre», «de el español», «del
    inglés»), not a group («de mi familia», «de sus hermanos»): the article or possessive
    that «que» keeps («el» for «del»)."""
    a = ctx.analysis
    if a.at(k) in ctx.words["of_the"]:
        start, kept = k + 1, ctx.spelled["definite"][0]
    elif a.at(k) in ctx.words["of"] and a.at(k + 1) in ctx.words["group_determiners"]:
        start, kept = k + 2, a.original(k + 1)
    else:
        return None
    nouns = a.of(start, "NOUN")
    if len(nouns) != 1 or a.of(start, "VERB") or a.of(start + 1, "ADP"):
        return None  # «de la madre de Ana»: whose; left alone
    noun = nouns[0]
    if noun.number != "s" or noun.lemma in ctx.words["superlative_groups"]:
        return None
    return kept if noun.classes & set(ctx.words["one_compared_classes"]) else None


def than_not_of(ctx: Context):
    """«Mi padre es mayor de mi madre»: one person (or language) compared takes «que»:
    «mayor que mi madre»; «de» picks from a group («el mayor de mi familia»)."""
    a = ctx.analysis
    for i in range(1, len(a) - 2):
        end = _compared(ctx, i)
        if end is None or _after_ser(ctx, i) is None:
            continue
        k = skip_adverbs(a, ctx.kb, end)
        kept = _one_compared(ctx, k)
        if kept is not None:
            joined = a.at(k) in ctx.words["of_the"]
            fix = f"{ctx.spelled['than_word'][0]} {kept}" if joined else ctx.spelled["than_word"][0]
            yield Hit(k, k + 1, fix)
