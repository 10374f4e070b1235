"""An adjective that loses its last letter before a masculine singular noun («un buen
día») keeps its whole form before any other noun: «una buen idea», «es buen idea» are
«buena idea»; «gran», short for both genders, only before a plural («gran casas»: «grandes»).
Part of the agreement family (rules/agreement.py lists it)."""

from langbot.grading.inflection import feminine, plural
from langbot.grading.rules.base import Context, Hit, series_index
from langbot.grading.tokens import BOUNDARY


def _bare(ctx: Context, i: int) -> bool:
    """No determiner before the short adjective at i (es buen idea, por primer vez); one
    that is also an adverb (mal) only after a preposition, ser or estar, or nothing
    («escribe mal palabras»: how he writes them)."""
    a = ctx.analysis
    if a.of(i - 1, "DET") and not a.accented(i - 1):
        return False
    if a.at(i) not in ctx.words["short_adverbs"]:
        return True
    if a.of(i - 1, "ADP"):
        return True  # «de mal manera» (though «de» is also «dé», of dar)
    verbs = a.of(i - 1, "VERB")
    return all(f.lemma in ctx.words["copulas"] for f in verbs) and not a.of(i - 1, "NOUN")


def apocopated_adjective(ctx: Context, series_of, common_nouns):
    """Finder: a short adjective of one gender (buen, mal, primer) after a determiner or
    none, before a noun that is not masculine singular and agrees with the determiner (else
    the determiner's own rule speaks): it takes its whole form in the noun's gender and
    number."""
    both = ctx.words["short_both_genders"]
    return (h for h in _short_before(ctx, series_of, common_nouns) if h.values["short"] not in both)


def short_before_plural(ctx: Context, series_of, common_nouns):
    """Finder: a short adjective of both genders (gran) before a plural noun: «grandes»."""
    both = ctx.words["short_both_genders"]
    return (h for h in _short_before(ctx, series_of, common_nouns) if h.values["short"] in both)


def _short_before(ctx: Context, series_of, common_nouns):
    a = ctx.analysis
    short, full = ctx.words["short_adjectives"], ctx.spelled["short_adjectives_from"]
    whole = dict(zip(short, full, strict=True))
    for i in range(len(a) - 1):
        lemma, series = whole.get(a.at(i)), series_of(ctx, a.at(i - 1))
        if lemma is None or a.original(i + 1)[:1].isupper():
            continue
        if (not series or a.accented(i - 1)) and not _bare(ctx, i):
            continue
        nouns = common_nouns(a, i + 1)
        if len(nouns) != 1 or a.at(i + 1) in ctx.kb.stressed_a:
            continue
        noun = nouns[0]
        if not noun.gender or not noun.number or (noun.gender, noun.number) == ("m", "s"):
            continue
        if noun.number == "s" and a.at(i) in ctx.words["short_both_genders"]:
            continue  # «una gran casa»
        if series and series[series_index(noun.gender, noun.number)] != a.at(i - 1):
            continue  # «una mal día»: the determiner is wrong, which its own rule says
        if any(f.pos not in ("NOUN", "VERB") or f.form == "part" for f in a.readings[i + 1]):
            continue  # «la mal llamada crisis»: an adverb before a participle
        form = feminine(lemma) if noun.gender == "f" else lemma
        form = form or lemma  # «grande»: one form for both genders
        fix = plural(form) if noun.number == "p" else form
        yield Hit(i, i + 1, fix, {"noun": a.original(i + 1), "short": a.at(i)})


def whole_before_noun(ctx: Context, common_nouns):
    """Finder: a whole adjective that shortens (bueno, primero, grande, ninguno) right after a
    determiner or a preposition (ninguno, itself one, after anything) and right before a noun it shortens for: «un bueno amigo»,
    «el primero día», «un grande problema» say «buen», «primer», «gran»."""
    a = ctx.analysis
    whole, short = ctx.words["whole_shortening"], ctx.spelled["shortened"]
    either = ctx.words["shortened_any_gender"]
    for i in range(1, len(a) - 1):
        word = a.at(i)
        if word not in whole or a.original(i)[:1].isupper() or a.original(i + 1)[:1].isupper():
            continue
        genders = ("m", "f") if word in either else ("m",)
        if word not in ctx.words["shortened_determiners"] and not _opens_phrase(
            ctx, i - 1, genders
        ):
            if word not in ctx.words["shortened_after_verb"] or not _after_verb(ctx, i - 1):
                continue
        nouns = common_nouns(a, i + 1)
        verb_too = any(f.pos != "NOUN" for f in a.readings[i + 1])
        if not nouns or (verb_too and not _feminine_noun(ctx, i, nouns)):
            continue  # «el bueno vino»: a verb too; «el malo, el bueno»: the noun left unsaid
        if all(f.number == "s" and f.gender in genders for f in nouns):
            yield Hit(i, i + 1, short[whole.index(word)], {"noun": a.original(i + 1)})


def _feminine_noun(ctx: Context, i: int, nouns) -> bool:
    """The word after «grande» at i is a lesson's feminine noun after a feminine determiner,
    though a verb too («una grande casa»: casar): no verb follows «una grande»."""
    a = ctx.analysis
    determiners = a.of(i - 1, "DET")
    return (
        a.at(i + 1) in ctx.kb.vocabulary.nouns
        and bool(determiners)
        and all(f.gender == "f" for f in determiners)
        and all(f.gender == "f" and f.number == "s" for f in nouns)
    )


def _after_verb(ctx: Context, k: int) -> bool:
    """Token k is a conjugated verb and nothing else («es bueno día», «tuve malo año»): the
    adjective after it opens the noun phrase, its determiner left out."""
    a = ctx.analysis
    return a.only(k, "VERB") and any(f.person for f in a.of(k, "VERB"))


def _opens_phrase(ctx: Context, k: int, genders: tuple[str, ...]) -> bool:
    """Token k (past «muy») is a singular determiner of the genders the short form goes
    with («un», «el», «este», «mi»; «una» too before «gran»), or a preposition («de bueno humor»)."""
    a = ctx.analysis
    while k > 0 and a.at(k) in ctx.words["before_short"]:
        k -= 1
    if a.accented(k):
        return False  # «él», «dé»
    determiners = a.of(k, "DET")
    if determiners:
        return all(f.number in ("s", None) and f.gender in (*genders, None) for f in determiners)
    return bool(a.of(k, "ADP"))


def short_alone(ctx: Context):
    """Finder: a short adjective with no noun after it, at the end of its phrase («él es rico
    y buen», «un verano gran,»): alone, it takes its whole form («bueno», «grande»); not one
    that is also an adverb («está mal»), nor one before «y» («mi gran y hermosa planta»)."""
    a = ctx.analysis
    short, full = ctx.words["short_adjectives"], ctx.spelled["short_adjectives_from"]
    for i in range(1, len(a)):
        word = a.at(i)
        if word not in short or word in ctx.words["short_adverbs"] or a.accented(i):
            continue
        if i + 1 >= len(a) or (a.at(i + 1) == BOUNDARY and a.original(i + 1) not in _OPENING):
            yield Hit(i, i + 1, _capital_as(a, i, full[short.index(word)]))


_OPENING = frozenset("\"“‘'«([")


def _capital_as(a, i: int, word: str) -> str:
    """The word capitalised as token i is."""
    return word[:1].upper() + word[1:] if a.original(i)[:1].isupper() else word
