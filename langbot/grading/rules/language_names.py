"""A language is a masculine singular noun («hablo alemán»): after a verb that takes a
language, a bare nationality word in another form is the language meant («hablo alemana»,
«estudio inglés y francesa»). The verbs, and the classes of a language and of a nationality,
are data (data/rules/agreement.yaml); that the masculine form is a language is the
vocabulary's. Part of the agreement family."""

from langbot.grading.rules.base import Context, Hit
from langbot.text import fold


def language_name(ctx: Context):
    """Finder: a bare nationality word that is not the language's masculine singular, as the
    object of a verb that takes a language or joined to one."""
    a = ctx.analysis
    verbs = set(ctx.words["language_verbs"])
    languages = ctx.kb.vocabulary.words_in_class(ctx.words["language_classes"][0])
    for i in range(len(a)):
        if (i and a.of(i - 1, "DET")) or not any(
            f.lemma in verbs and f.person for f in a.of(i, "VERB")
        ):
            continue  # «el habla francesa» is the noun
        j = i + 1
        if plural := _people_for_language(ctx, i, j, languages):
            yield plural
            continue
        while True:
            hit = _as_language(ctx, j, languages)
            if hit is False:
                break
            if hit:
                yield hit
            if a.at(j + 1) not in ctx.words["joining"] and a.original(j + 1) != ",":
                break
            j += 2


def _as_language(ctx: Context, j: int, languages: frozenset[str]) -> Hit | bool | None:
    """The hit at j, None for a language said right, False for anything else."""
    a = ctx.analysis
    nationality = set(ctx.words["nationality_classes"])
    if a.of(j, "NOUN"):
        return None if fold(a.at(j)) in languages else False
    adjectives = a.of(j, "ADJ")
    if not adjectives or any(not f.classes & nationality for f in adjectives):
        return False
    lemma = adjectives[0].lemma
    if fold(lemma) not in languages or (adjectives[0].gender, adjectives[0].number) == ("m", "s"):
        return False
    return Hit(j, j + 1, lemma, {"language": lemma})


def _people_for_language(ctx: Context, i: int, j: int, languages: frozenset[str]) -> Hit | None:
    """«Hablo ingleses», «habla muchos españoles»: after a verb only a language follows bare
    (`spoken_verbs`), the plural of its people is the language meant, in the singular
    («mucho español»)."""
    a = ctx.analysis
    verbs = [f for f in a.of(i, "VERB") if f.lemma in ctx.words["spoken_verbs"]]
    if not verbs or any(f.person == "3p" for f in verbs):
        return None  # «aquí hablan ingleses»: the people may be who speak
    amounts = [f for f in a.of(j, "ADJ") if f.lemma in ctx.words["language_amounts"]]
    k = j + bool(amounts)
    if amounts and (not a.only(j, "ADJ") or any(f.number != "p" for f in amounts)):
        return None
    nouns = a.of(k, "NOUN")
    language = set(ctx.words["language_classes"])
    if not nouns or not a.of(k, "ADJ") or a.original(k)[:1].isupper():
        return None
    if any(f.number != "p" or not f.classes & language for f in nouns):
        return None
    lemma = nouns[0].lemma
    if fold(lemma) not in languages:
        return None
    fix = lemma
    if amounts:
        amount = ctx.words["language_amounts"].index(amounts[0].lemma)
        fix = f"{ctx.spelled['language_amounts'][amount]} {lemma}"
    return Hit(j, k + 1, fix, {"language": lemma})


def country_for_language(ctx: Context):
    """«Hablo inglés y Francia»: after a verb of speaking (`spoken_verbs`), a country said
    for its language, among the languages it speaks («francés»)."""
    a = ctx.analysis
    languages = ctx.kb.vocabulary.words_in_class(ctx.words["language_classes"][0])
    of_country = dict(entry.split("|") for entry in ctx.spelled["country_languages"])
    of_country = {fold(country): language for country, language in of_country.items()}
    for i in range(len(a) - 1):
        if not any(f.lemma in ctx.words["spoken_verbs"] and f.person for f in a.of(i, "VERB")):
            continue
        j = i + 1
        while j < len(a):
            if a.at(j) in of_country:
                yield Hit(j, j + 1, of_country[a.at(j)], {"language": of_country[a.at(j)]})
            elif fold(a.at(j)) not in languages:
                break
            if a.at(j + 1) not in ctx.words["joining"] and a.original(j + 1) != ",":
                break
            j += 2
