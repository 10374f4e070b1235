"""Who someone is: a name, an origin, an age, what they are like, the language they speak;
and what something is like (an opinion of the food). Each reader finds the verb in the
person of who answers and what it needs after it."""

from langbot.grading.meaning.numbers import numbers_in
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def _rest(s: Sentence, k: int) -> tuple[int, int] | None:
    """Tokens k to the end of their clause, when there are any."""
    end = s.clause_end(k) if k < len(s) else k
    return (k, end) if k < end and s.w[k] != BOUNDARY else None


def read_name(s: Sentence, q: Question) -> Found | None:
    """«me llamo Ana», «se llama Carmen», «mi nombre es Ana», «su nombre es Carmen»."""
    verbs, nouns = s.words.folded("name_verbs"), s.words.folded("name_nouns")
    pronouns = frozenset(s.words.name_pronouns.get(q.asks.who, ()))
    copula = s.words.folded("copula")
    for i in range(1, len(s)):
        named = s.w[i - 1] in pronouns and s.verbs(i, verbs, q.persons)
        if not named and s.w[i - 1] in nouns and s.verbs(i, copula, {"3s"}):
            named = True
        rest = _rest(s, i + 1) if named else None
        if rest and not any(_finite(s, k) for k in range(*rest)):  # «me llamo es Ana»
            return Found(i - 1, rest[1], rest)
    return _i_am(s, q, copula) or _booked(s, q) or _bare_name(s)


def _booked(s: Sentence, q: Question) -> Found | None:
    """«a nombre de Laura García», «está a mi nombre»: the name a booking is under."""
    for i, j in s.phrases("booking_phrases"):
        rest = _rest(s, j)
        if rest and not any(_finite(s, k) for k in range(*rest)):
            return Found(i, rest[1], rest)
    spans = s.phrases("own_name_phrases") if q.asks.who == "i" else []
    return Found(*spans[0]) if spans else None


def _bare_name(s: Sentence) -> Found | None:
    """The answer is a name and nothing else: «Laura García.», «Ruiz, Pablo Ruiz.»."""
    words = [k for k in range(len(s)) if s.w[k] != BOUNDARY]
    if not words or not all(_name_word(s, k) for k in words):
        return None
    if not any(s.a.original(k)[:1].isupper() for k in words):
        return None  # «hello»: a word no lexicon knows is a name only written as one
    return Found(words[0], words[-1] + 1, (words[0], words[-1] + 1))


def _i_am(s: Sentence, q: Question, copula: frozenset[str]) -> Found | None:
    """«soy María», «soy Michael»: the copula and words that are only a name (no class, no
    adjective, no verb) to the end of the clause."""
    for i in range(len(s)):
        if not s.verbs(i, copula, q.persons):
            continue
        rest = _rest(s, i + 1)
        if rest and all(_name_word(s, k) for k in range(*rest)):
            return Found(i, rest[1], rest)
    return None


def _name_word(s: Sentence, k: int) -> bool:
    """Token k can be part of a name: unknown, or only a noun of no class."""
    readings = s.a.readings[k]
    return all(f.pos == "NOUN" and not f.classes for f in readings)


def _finite(s: Sentence, k: int) -> bool:
    """Token k can only be read as a verb with a person (no name, no noun)."""
    readings = s.a.readings[k]
    return bool(readings) and all(f.pos == "VERB" and f.person for f in readings)


def read_origin(s: Sentence, q: Question) -> Found | None:
    """«soy de Londres», «vengo de Perú», «soy inglesa»."""
    copula, verbs = s.words.folded("copula"), s.words.folded("origin_verbs")
    links = s.words.folded("origin_links")
    for i in range(len(s)):
        if not s.verbs(i, copula | verbs, q.persons):
            continue
        if s.a.at(i + 1) in links and _rest(s, i + 2):
            return Found(i, s.clause_end(i + 2), _rest(s, i + 2))
        nationality = any("nationality" in f.classes for f in s.a.of(i + 1, "ADJ"))
        if nationality and s.verbs(i, copula, q.persons):
            return Found(i, i + 2, (i + 1, i + 2))
    k = s.opening()  # «de Chicago», «De Manchester.»
    rest = _rest(s, k + 1) if s.a.at(k) in links else None
    if rest and not any(s.a.of(m, "VERB") and not s.a.of(m, "NOUN") for m in range(*rest)):
        return Found(k, rest[1], rest)
    return None


def read_age(s: Sentence, q: Question) -> Found | None:
    """«tengo veinte años», «mi madre tiene cincuenta» (asked hers), «veintidós años»."""
    having, years = s.words.folded("having"), s.words.folded("age_nouns")
    turning = s.words.folded("turning_verbs")  # «cumplo treinta», «voy a cumplir treinta»
    for i in range(len(s)):
        had = s.verbs(i, having | turning, q.persons) or s.verbs(i, turning, None, ("inf",))
        end = _number_end(s, i + 1) if had else _number_end(s, i)
        if end is None or (not had and s.verbs(i - 1, having)):
            continue  # «mi madre tiene cincuenta años» where you are asked your own age
        value = (i + 1, end) if had else (i, end)
        if had or s.a.at(end) in years:
            stop = end + (s.a.at(end) in years)
            return Found(i, stop, value)
    k = s.opening()  # «veintiocho», «treinta y uno»
    end = _number_end(s, k)
    if end is not None and end >= s.clause_end(k):
        return Found(k, end, (k, end))
    return None


def _number_end(s: Sentence, i: int) -> int | None:
    """The end of a number at i, in words the lexicon knows or the readers' number words."""
    end = s.number_at(i)
    found = numbers_in(s, i, min(i + 3, len(s)))
    if found and found[0][0] == i:
        end = max(end or 0, found[0][1])
    return end


def read_description(s: Sentence, q: Question) -> Found | None:
    """«es alta y simpática», «mi padre es muy serio», «mi familia es pequeña», «somos
    cinco»."""
    copula = s.words.folded("copula")
    for i in range(len(s)):
        if not s.verbs(i, copula, q.persons) or not _about(s, q, i):
            continue
        k = s.skip_degree(i + 1)
        if any(f.pos == "ADJ" and "nationality" not in f.classes for f in s.a.of(k, "ADJ")):
            end = _adjectives(s, k)
            return Found(i, end, (k, end))
        if q.asks.who == "family" and s.number_at(k):
            return Found(i, s.number_at(k) or k, (k, s.number_at(k) or k))
    found = _having_described(s, q) or _appearance(s, q)
    if found:
        return found
    k = s.skip_degree(s.opening())  # «Pequeña», «Alto y delgado», «Muy simpática y alegre»
    if _described(s, k):
        end = _adjectives(s, k)
        if end >= s.clause_end(k):
            return Found(k, end, (k, end))
    return None


def _having_described(s: Sentence, q: Question) -> Found | None:
    """«tengo una familia grande», «tengo una gran familia», «tengo una familia de cuatro»:
    the noun the question names, with an adjective before or after it, or its number."""
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("having"), {"1s"}):
            continue
        k = i + 1 + bool(s.a.of(i + 1, "DET"))
        # an adjective before the noun may also read as a noun («una gran familia»)
        before = any("nationality" not in f.classes for f in s.a.of(k, "ADJ")) and bool(
            s.a.of(k + 1, "NOUN")
        )
        noun = k + before
        if not (s.a.of(noun, "NOUN") and s.w[noun] in q.bot_words):
            continue
        if before:
            return Found(i, noun + 1, (k, k + 1))
        m = s.skip_degree(noun + 1)
        if _described(s, m):
            return Found(i, _adjectives(s, m), (m, _adjectives(s, m)))
        if q.asks.who == "family" and s.a.of(noun + 1, "ADP") and s.number_at(noun + 2):
            end = s.number_at(noun + 2) or noun + 2
            return Found(i, end, (noun + 2, end))
    return None


def _appearance(s: Sentence, q: Question) -> Found | None:
    """«tiene el pelo negro», «tiene los ojos azules y grandes»: what someone looks like."""
    if q.asks.who == "family":
        return None
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("having"), q.persons):
            continue
        k = i + 1 + bool(s.a.of(i + 1, "DET"))
        body = s.noun_of(k, s.words.folded("appearance_classes"))
        m = s.skip_degree(body) if body is not None else None
        for phrase in s.words.phrases("colour_openers") if m is not None else ():
            if s.phrase_at(m, phrase):  # «los ojos (de) color miel»
                m += len(phrase)
                break
        if m is not None and _described(s, m):
            return Found(i, _adjectives(s, m), (m, _adjectives(s, m)))
        if m is not None and m < len(s) and s.w[m] in s.words.folded("colour_nouns"):
            return Found(i, m + 1, (m, m + 1))  # «los ojos cafés», a noun as a colour
    return None


def _described(s: Sentence, k: int) -> bool:
    """Token k is an adjective that describes (not a nationality) and no noun."""
    adjectives = s.a.of(k, "ADJ")
    return (
        bool(adjectives)
        and not s.a.of(k, "NOUN")
        and not any("nationality" in f.classes for f in adjectives)
    )


def _about(s: Sentence, q: Question, i: int) -> bool:
    """A verb at i is about who the step asks of: the family as «somos» or with the noun
    the question names before it («mi familia es…», not «mi padre es…»); anyone else by
    its person alone."""
    if q.asks.who != "family":
        return _same_kind(s, q, i - 1)
    if s.verbs(i, s.words.folded("copula"), {"1p"}):
        return True
    if i == 0 or s.w[i - 1] == BOUNDARY:
        return True  # «es muy grande»: the subject is what the question names
    return s.a.of(i - 1, "NOUN") != () and s.w[i - 1] in q.bot_words


def _same_kind(s: Sentence, q: Question, k: int) -> bool:
    """A subject noun at k, after its determiner, is of a kind the question names («¿cómo es
    tu piso?» «mi casa es…», not «mi sofá es…»); no noun there, or none asked: any."""
    if k < 1 or not s.a.of(k - 1, "DET") or s.w[k] in q.bot_words:
        return True
    bot = q.bot_line(s)
    asked = {c for j in range(len(bot)) for f in bot.a.of(j, "NOUN") for c in f.classes}
    nouns = s.a.of(k, "NOUN")
    return not (nouns and asked) or any(f.classes & asked for f in nouns)


def _adjectives(s: Sentence, k: int) -> int:
    """The end of adjectives from k joined by commas and «y» («alta, simpática y seria»)."""
    end = k + 1
    links = s.words.folded("list_links") | {BOUNDARY}
    while s.a.at(end) in links:
        nxt = s.skip_degree(end + 1)
        if not s.a.of(nxt, "ADJ"):
            break
        end = nxt + 1
    return end


def read_opinion(s: Sentence, q: Question) -> Found | None:
    """What something is like now, with estar: «está muy rico», «todo está buenísimo»
    («es alta» describes a person, no dish)."""
    verbs = s.words.folded("progressive")
    for i in range(len(s)):
        if s.verbs(i, verbs, {"3s", "3p"}):
            k = s.skip_degree(i + 1)
            if s.a.of(k, "ADJ") or (k < len(s) and s.w[k] in s.words.folded("state_adverbs")):
                return Found(i, k + 1, (k, k + 1))
    i = s.opening()  # «sí, buenísimo», «todo muy bien»
    i += s.a.at(i) in s.words.folded("judged_words")
    for k in range(i, min(s.skip_degree(i) + 1, len(s))):
        judged = s.a.of(k, "ADJ") or s.w[k] in s.words.folded("state_adverbs")
        if judged and k + 1 == s.clause_end(k):
            return Found(k, k + 1, (k, k + 1))
    return None


def read_language(s: Sentence, q: Question) -> Found | None:
    """«hablo un poco de español», «no hablo francés», «hablo inglés y español»."""
    verbs = s.words.folded("speaking_verbs")
    for i in range(len(s)):
        if s.verbs(i, verbs, q.persons):
            end = s.clause_end(i)
            return Found(i, end, _rest(s, i + 1))
    return _how_much(s) if q.asks.yes_no else None


def _how_much(s: Sentence) -> Found | None:
    """To «¿hablas español?»: «sí, un poco», «un poquito», «no, nada»."""
    i = 0
    while i < len(s) and (s.w[i] in s.words.folded("bare_openers") or s.w[i] == BOUNDARY):
        i += 1
    for phrase in s.words.phrases("language_degrees"):
        if s.phrase_at(i, phrase) and i + len(phrase) >= s.clause_end(i):
            return Found(i, i + len(phrase))
    return None
