"""An age: «tengo veinte años», «veinte», «voy a cumplir treinta»."""

from langbot.grading.meaning.numbers import numbers_in
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_age(s: Sentence, q: Question) -> Found | None:
    """«tengo veinte años», «mi madre tiene cincuenta» (asked hers), «veintidós años»."""
    having, years = s.words.folded("having"), s.words.folded("age_nouns")
    turning = s.words.folded("turning_verbs")  # «cumplo treinta», «voy a cumplir treinta»
    for i in range(len(s)):
        helper = _turning_helper(s, i, turning, q)
        had = s.verbs(i, having | turning, q.persons) or helper is not None
        end = _number_end(s, i + 1) if had else _number_end(s, i)
        if end is None or (not had and s.verbs(i - 1, having)):
            continue  # «mi madre tiene cincuenta años» where you are asked your own age
        if _article(s, i + 1 if had else i, end, years):
            continue  # «tengo un perro», «tiene una nariz pequeña»: «un» is the article
        value = (i + 1, end) if had else (i, end)
        if had or s.a.at(end) in years:
            stop = end + (s.a.at(end) in years)
            return Found(i if helper is None else helper, stop, value)
    k = s.opening()  # «veintiocho», «treinta y uno»
    end = _number_end(s, k)
    if end is not None and end >= s.clause_end(k):
        return Found(k, end, (k, end))
    return None


def _turning_helper(s: Sentence, i: int, turning: frozenset[str], q: Question) -> int | None:
    """Where the helper of «cumplir» at i is, in the person asked: «voy a cumplir», «acabo de
    cumplir» (the answer starts there); None when i is no such infinitive."""
    if not s.verbs(i, turning, None, ("inf",)):
        return None
    k = i - 1 - (s.a.at(i - 1) in s.kb.words.age_helper_links)
    helpers = [f for f in s.verb_readings(k) if f.form == "pres"] if k >= 0 else []
    found = any(q.persons is None or f.person in q.persons for f in helpers)
    return k if found else None


def _article(s: Sentence, i: int, end: int, years: frozenset[str]) -> bool:
    """The number at i is one word that is also an article, with a noun other than years after."""
    one_word = end == i + 1 and bool(s.a.of(i, "DET"))
    return one_word and bool(s.a.of(end, "NOUN")) and s.a.at(end) not in years


def _number_end(s: Sentence, i: int) -> int | None:
    """The end of a number at i, in words the lexicon knows or the readers' number words."""
    end = s.number_at(i)
    found = numbers_in(s, i, min(i + 3, len(s)))
    if found and found[0][0] == i:
        end = max(end or 0, found[0][1])
    return end
