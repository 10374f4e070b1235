"""The weather: «hace sol», «hace un poco de frío», «está nublado», «llueve», «está
lloviendo», «hay niebla», «hace buen tiempo», a bare «calor»; to «¿está nublado?», a yes or
a no. The weather words are the vocabulary's class `weather` (nouns and adjectives); the
verbs are `weather_verbs`, `weather_made`, `weather_there` in langbot/grading/data/meaning.yaml."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import asked_in_past
from langbot.grading.tokens import BOUNDARY


def _classes(s: Sentence) -> frozenset[str]:
    return s.words.folded("weather_classes")


def _weather_word(s: Sentence, k: int) -> int | None:
    """The end of a weather noun phrase or a weather adjective at k («buen tiempo», «frío»)."""
    classes = _classes(s)
    if any(f.classes & classes for f in s.a.of(k, "ADJ")):
        return k + 1
    return s.noun_phrase(k, classes)


def _after_degree(s: Sentence, k: int) -> int:
    """Past degree words and the «de» of «un poco de frío»."""
    k = s.skip_degree(k)
    while s.a.only(k, "ADV"):  # «extremadamente», «realmente»
        k = s.skip_degree(k + 1)
    return k + (s.a.at(k) in s.words.folded("complement_links") and k > 0)


_FINITE = ("pres", "fut", "cond", "impf", "imp", "past")


def _finite(s: Sentence, i: int, field: str) -> bool:
    """A finite verb of the field at i, in any person: the weather rules
    (langbot/grading/rules/weather.py) say when the person is wrong («hacen frío»); read as
    written too, where the folded form is another word («hacía», not «hacia»)."""
    lemmas = s.words.folded(field)
    if s.verbs(i, lemmas, None, _FINITE):
        return True
    written = s.lexicon.lookup(s.a.original(i).lower()) if 0 <= i < len(s) else ()
    return s.a.accented(i) and any(f.lemma in lemmas and f.form in _FINITE for f in written)


def _weather_adjective(s: Sentence, k: int) -> bool:
    return any(f.classes & _classes(s) for f in s.a.of(k, "ADJ"))


def _a_day(s: Sentence, k: int, made: bool) -> int | None:
    """«un día nublado», «una tarde fría»; after hacer any adjective: «un día horrible»,
    «un día muy bonito», with no article before one: «hace buen día»."""
    if not s.a.of(k, "DET") and not (made and s.a.of(k, "ADJ")):
        return None
    before = not s.a.of(k, "DET")  # «buen día»: the adjective before the noun
    end = s.noun_phrase(k + before, frozenset())
    if end is None:
        return None
    if s.a.of(s.skip_degree(end), "ADJ") and s.skip_degree(end) > end:
        end = s.skip_degree(end) + 1  # «un día muy bonito»
    times = s.words.folded("weather_day_classes")
    day = any(f.classes & times for m in range(k, end) for f in s.a.of(m, "NOUN"))
    described = any(_weather_adjective(s, m) for m in range(k, end))
    said = before or s.a.of(end - 1, "ADJ")
    return end if described or (made and day and said) else None


def _construction(s: Sentence) -> Found | None:
    """A weather verb, hacer or haber with a weather noun, or estar with a weather adjective
    or a weather verb's gerund; ser or hacer with a day of some weather."""
    weather_verbs = s.words.folded("weather_verbs")
    for i in range(len(s)):
        start, end = s.verb_clause(i)
        if _finite(s, i, "weather_verbs") or s.verbs(i, weather_verbs, None, ("inf", "part")):
            return Found(start, end, (i, i + 1))  # «llueve», «va a llover», «ha llovido»
        made = _finite(s, i, "weather_made") or s.verbs(
            i, s.words.folded("weather_made"), None, ("inf",)
        )  # «va a hacer frío»
        if made or _finite(s, i, "weather_there"):
            k = _after_degree(s, i + 1)
            stop = s.noun_phrase(k, _classes(s))  # «hace buen tiempo», «hay niebla»
            if (
                stop is None
                and s.w[k : k + 1]
                and s.w[k] in s.words.folded("weather_made_adjectives")
            ):
                stop = k + 1  # «hace bueno»
            stop = stop or (_a_day(s, k, True) if made else None)
            if stop is not None:
                return Found(i, stop, (k, stop))
        if s.verbs(i, s.words.folded("weather_had"), {"1p"}, _FINITE):
            k = _after_degree(s, i + 1)  # «aquí tenemos mucha nieve», not «tenemos frío»
            stop = s.noun_phrase(k, _classes(s))
            if stop is not None and s.a.at(stop - 1) not in s.words.folded("weather_felt"):
                return Found(i, stop, (k, stop))
        if _finite(s, i, "copula"):
            k = _after_degree(s, i + 1)
            stop = _a_day(s, k, False)  # «es un día soleado»
            if stop is not None:
                return Found(i, stop, (k, stop))
        progressive = s.words.folded("progressive")  # «va a estar nublado»
        if _finite(s, i, "progressive") or s.verbs(i, progressive, None, ("inf",)):
            k = _after_degree(s, i + 1)
            if _weather_adjective(s, k):
                return Found(i, k + 1, (k, k + 1))
            if s.verbs(k, weather_verbs, None, ("ger",)):
                return Found(i, k + 1, (k, k + 1))
            if s.a.of(k, "ADJ") and _weather_subject(s, i):  # «el cielo está azul»
                return Found(i, k + 1, (k, k + 1))
    return None


def _weather_subject(s: Sentence, i: int) -> bool:
    """The noun just before a verb at i is a weather noun («el cielo está…»)."""
    return any(f.classes & _classes(s) for f in s.a.of(i - 1, "NOUN"))


def _bare(s: Sentence) -> Found | None:
    """A weather word alone: «calor», «mucho frío», «ni frío ni calor»."""
    i = s.opening()
    k = i
    while k < len(s) and s.w[k] in s.words.folded("negation_pair"):
        k += 1
    k = _after_degree(s, k)
    end = _weather_word(s, k)
    while end is not None and end < len(s) and s.w[end] in s.words.folded("negation_pair"):
        end = _weather_word(s, _after_degree(s, end + 1))
    if end is not None and end >= s.clause_end(k):
        return Found(i, end, (k, end))
    return None


def yes_or_no(s: Sentence) -> Found | None:
    """To «¿está nublado?»: «sí», «no», «sí, un poco», «no, nada»."""
    answers = s.words.folded("yes_words") | s.words.folded("negation")
    if not s.w or s.w[0] not in answers:
        return None
    k = 2 if len(s) > 1 and s.w[1] == BOUNDARY else 1
    if k >= len(s):
        return Found(0, 1)
    end = s.skip_degree(k)
    return Found(0, min(end, len(s))) if end >= s.clause_end(k) else None


def read_weather(s: Sentence, q: Question) -> Found | None:
    """A sentence that says what the weather is like."""
    found = _construction(s) or _bare(s)
    if found is not None and (not _on_scale(s, q) or _now_for_then(s, q, found)):
        return None
    return found or (yes_or_no(s) if q.asks.yes_no else None)


def _on_scale(s: Sentence, q: Question) -> bool:
    """A question that offers two weather words of one scale (`weather_scales`: «¿hace frío
    o calor?») is answered by a word of that scale («hace fresco»), not «hace sol»."""
    offered = q.offered(s)
    for words in s.words.group_phrases("weather_scales").values():
        heads = {p[0] for p in words if len(p) == 1}
        if len(offered & heads) >= 2:
            return any(s.phrase_at(i, p) for p in words for i in range(len(s)))
    return True


def _now_for_then(s: Sentence, q: Question, found: Found) -> bool:
    """A question asked in the past («¿qué tiempo hizo?») answered with the weather's verb in
    the present only («hace frío»): the weather now, not then; a perfect is past enough."""
    if not asked_in_past(q.bot_line(s)):
        return False
    auxiliaries = s.words.folded("perfect_auxiliaries")
    for k in range(found.start, found.end):
        forms = {f.form for f in s.a.of(k, "VERB") if f.person}
        if forms:
            return forms <= {"pres"} and not s.verbs(k, auxiliaries, None)
    return False
