"""A span of time said as when, with «pasado», «próximo» or «siguiente», takes the article:
«la semana pasada», «el próximo año», «el verano siguiente» («Semana pasada fui a Madrid»
has none), and so does one counted with an ordinal («la primera vez que…»). After a determiner, a number or another adjective the span has its word already
(«esta semana pasada», «dos años», «todo el año pasado»). Part of the articles family; the
words are in data/rules/articles.yaml."""

from langbot.grading.analysis import Features
from langbot.grading.inflection import feminine, plural
from langbot.grading.rules.article_words import the
from langbot.grading.rules.base import Context, Hit
from langbot.text import fold


def _span(ctx: Context, k: int) -> Features | None:
    """The noun at k when it is a span of time and nothing else (not «mañana», an adverb too)."""
    a = ctx.analysis
    nouns = a.of(k, "NOUN")
    spans = [f for f in nouns if f.classes & set(ctx.words["span_classes"])]
    if not spans or not a.only(k, "NOUN") or a.original(k)[:1].isupper() and k > 0:
        return None
    if any(f.classes & set(ctx.words["not_span_classes"]) for f in nouns):
        return None
    return spans[0]


def _which(ctx: Context, k: int, noun: Features) -> bool:
    """The word at k is «pasado», «próximo» or «siguiente» in the noun's gender and number
    (read from the word: the tagger may take «pasada» for a noun or a participle)."""
    for lemma in ctx.words["span_adjectives"]:
        form = lemma if noun.gender == "m" else feminine(lemma) or lemma
        if fold(plural(form) if noun.number == "p" else form) == ctx.analysis.at(k):
            return True
    return False


def _determined(ctx: Context, i: int) -> bool:
    """Something before the phrase at i already determines it, joins it to a noun, or is a
    preposition it may follow bare."""
    a = ctx.analysis
    before = i - 1
    if a.at(before) in ctx.words["joined_articles"] or a.at(before) in ctx.words["of"]:
        return True  # «del año pasado», «el fin de semana pasado»
    # after a preposition a season may be bare («en primavera pasada»)
    return any(a.of(before, pos) for pos in ("DET", "NUM", "ADJ", "PRON", "ADP"))


def _head(ctx: Context, i: int) -> int:
    """Where the span at i starts: at the span of time it completes with «de» («fin de
    semana pasado», which agrees with «fin»), else at i."""
    a = ctx.analysis
    return i - 2 if a.at(i - 1) in ctx.words["of"] and _span(ctx, i - 2) is not None else i


def _ordinal_opening(ctx: Context, i: int) -> bool:
    """«Primera vez que…», «Último día…»: an ordinal opening the sentence or a clause after
    a subordinating word, then a span of time (not after a comma: «el viernes, primer día»)."""
    a = ctx.analysis
    if a.at(i) not in ctx.words["span_ordinals"] or _span(ctx, i + 1) is None:
        return False
    opener = a.of(i - 1, "CONJ") and a.at(i - 1) not in ctx.words["coordinators"]
    return i == 0 or bool(opener)


def span_without_article(ctx: Context):
    """Finder: «Semana pasada fui a Madrid», «Próximo año voy», «Primera vez que…»: the
    article before the span."""
    a = ctx.analysis
    for i in range(len(a) - 1):
        start = _head(ctx, i)
        noun = _span(ctx, start) if _span(ctx, i) is not None else None
        if noun is not None and _which(ctx, i + 1, noun):
            end = i + 2  # «semana pasada», «fin de semana pasado»: as the head says
        elif (noun := _span(ctx, i + 1)) is not None and _which(ctx, i, noun):
            end = i + 2  # «próximo año»
        elif _ordinal_opening(ctx, i):
            noun, end = _span(ctx, i + 1), i + 2
        else:
            continue
        article = the(ctx, noun)
        if article is None or _determined(ctx, start):
            continue
        words = a.tokens.original_text(start, end)
        article = article.capitalize() if start == 0 or words[:1].isupper() else article
        words = words if words[:1].islower() or start else words[:1].lower() + words[1:]
        yield Hit(start, end, f"{article} {words}")
