"""Who someone is: a name, an origin, the language they speak (an age: meaning/age.py); and what something
is like (an opinion of the food). Each reader finds the verb in the person of who answers
and what it needs after it."""

from langbot.grading.lexicon import lexicon
from langbot.grading.meaning.named_again import asked_noun_end
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.spelled import read_spelled
from langbot.grading.meaning.verbs_asked import asked_in_past
from langbot.grading.openers import opening_words
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
        named = s.w[i - 1] in pronouns and s.verbs(i, verbs, q.persons | _several(s, q, i))
        if not named and s.w[i - 1] in nouns and s.verbs(i, copula, {"3s"}):
            named = True
        rest = _rest(s, i + 1) if named else None
        if rest and not any(_finite(s, k) for k in range(*rest)):  # «me llamo es Ana»
            return Found(i - 1, rest[1], rest)
    return _i_am(s, q, copula) or _booked(s, q) or _bare_name(s) or read_spelled(s)


def _several(s: Sentence, q: Question, i: int) -> frozenset[str]:
    """«they» when names are listed after the verb at i and the question is about another
    it does not name: «Se llaman Pipo y Lola» (two pets) to «¿Cómo se llama?», not to «¿Cómo
    se llama tu madre?»."""
    links = s.words.folded("list_links")
    listed = any(s.w[k] in links for k in range(i + 2, len(s) - 1))
    bot = q.bot_line(s)
    unnamed = not any(bot.a.only(k, "NOUN") for k in range(len(bot)))
    return frozenset({"3p"}) if q.asks.who == "other" and listed and unnamed else frozenset()


def _booked(s: Sentence, q: Question) -> Found | None:
    """«a nombre de Laura García», «está a mi nombre»: the name a booking is under."""
    for i, j in s.phrases("booking_phrases"):
        rest = _rest(s, j)
        if rest and not any(_finite(s, k) for k in range(*rest)):
            return Found(i, rest[1], rest)
    spans = s.phrases("own_name_phrases") if q.asks.who == "i" else []
    return Found(*spans[0]) if spans else None


def _bare_name(s: Sentence) -> Found | None:
    """The answer is a name and nothing else: «Laura García.», «Ruiz, Pablo Ruiz.»; a
    courtesy may follow it («Lucía Fernández, para servirle.»)."""
    words = [k for k in range(_before_courtesy(s)) if s.w[k] != BOUNDARY]
    if not words:
        return None
    if not all(_known_name(s, k) for k in words):
        if not all(_name_word(s, k) or _written_name(s, k) for k in words):
            return None
        if not all(s.a.original(k)[:1].isupper() or _known_name(s, k) for k in words):
            return None  # «hello», «His name is Max»: an unknown word is a name only written as one
    return Found(words[0], words[-1] + 1, (words[0], words[-1] + 1))


def _before_courtesy(s: Sentence) -> int:
    """Where a courtesy closing the answer after a comma begins («…, encantada»), else its end."""
    tails = [*s.words.phrases("courtesy_tails"), *s.words.phrases("name_tails")]
    for k in range(1, len(s)):
        if s.w[k - 1] == BOUNDARY and any(
            s.phrase_at(k, t) and k + len(t) >= s.clause_end(k) for t in tails
        ):
            if all(s.w[j] == BOUNDARY for j in range(s.clause_end(k), len(s))):
                return k
    return len(s)


def _written_name(s: Sentence, k: int) -> bool:
    """Token k is written as a name inside a name the lexicon knows («Lucía Pérez.»: lucía is
    also a form of lucir): capitalised, read as a name, and a known name beside it."""
    beside = [j for j in (k - 1, k + 1) if 0 <= j < len(s) and s.w[j] != BOUNDARY]
    return (
        s.a.original(k)[:1].isupper()
        and any(f.pos == "NOUN" and not f.classes for f in s.a.readings[k])
        and any(_known_name(s, j) for j in beside)
    )


def _known_name(s: Sentence, k: int) -> bool:
    """Token k is a name the lexicon knows, and no place: «ana», «garcía» typed in lower
    case on a phone."""
    found = lexicon().readings_folded(s.w[k])
    if any(r.source == "vocabulary" for r in found) or s.w[k] in s.kb.vocabulary.places:
        return False  # «gracias», «rosa»: a lesson's word is that word
    return any(r.upos == "PROPN" for r in found) and _name_word(s, k)


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
    """Token k can only be read as a verb with a person (no name, no noun); a capitalised
    word inside the sentence is a name («Se llama Tomas»)."""
    if k > 0 and s.a.original(k)[:1].isupper():
        return False
    readings = s.a.readings[k]
    return bool(readings) and all(f.pos == "VERB" and f.person for f in readings)


def read_origin(s: Sentence, q: Question) -> Found | None:
    """«soy de Londres», «vengo de Perú», «soy inglesa», «nací en Chile»."""
    copula, verbs = s.words.folded("copula"), s.words.folded("origin_verbs")
    links = s.words.folded("origin_links")
    for i in range(len(s)):
        born = _born_in(s, q, i)
        if born:
            return born
        if not s.verbs(i, copula | verbs, q.persons):
            continue
        if s.a.at(i + 1) in links and _rest(s, i + 2):
            return Found(i, s.clause_end(i + 2), _rest(s, i + 2))
        if _nationality(s, i + 1) and s.verbs(i, copula, q.persons):
            return Found(i, i + 2, (i + 1, i + 2))
    k = s.opening()  # «de Chicago», «De Manchester.»
    rest = _rest(s, k + 1) if s.a.at(k) in links else None
    if rest and not any(s.a.of(m, "VERB") and not s.a.of(m, "NOUN") for m in range(*rest)):
        return Found(k, rest[1], rest)
    if _nationality(s, k) and s.clause_end(k) == k + 1:  # «Irlandesa.», «Italiano, de Roma.»
        return Found(k, k + 1, (k, k + 1))
    return _nationality_of_asked(s, q)


def _nationality(s: Sentence, k: int) -> bool:
    """Token k is an adjective of nationality."""
    return any("nationality" in f.classes for f in s.a.of(k, "ADJ"))


def _born_in(s: Sentence, q: Question, i: int) -> Found | None:
    """«nací en Chile» at token i: a place of birth, not a date («nací en 1990», «en mayo»)."""
    if not s.verbs(i, s.words.folded("birth_verbs"), q.persons, ("past",)):
        return None
    rest = _rest(s, i + 2) if s.a.at(i + 1) in s.words.folded("birth_links") else None
    dates = frozenset(s.words.birth_date_classes)
    if rest is None or s.a.of(i + 2, "NUM") or s.find_time(*rest):
        return None
    if any(dates & set(f.classes) for m in range(*rest) for f in s.a.of(m, "NOUN")):
        return None
    return Found(i, rest[1], rest)


def _nationality_of_asked(s: Sentence, q: Question) -> Found | None:
    """A nationality after the noun the question asks it by, in its clause: «¿de qué
    nacionalidad es?» «mi nacionalidad es irlandesa», «tengo la nacionalidad irlandesa»."""
    for i in range(1, len(s)):
        if not _nationality(s, i):
            continue
        start = s.clause_at[i][0]
        for k in range(start, i):
            if s.w[k] in q.bot_words and s.a.of(k, "NOUN") and not s.a.of(k, "ADJ"):
                return Found(k, i + 1, (i, i + 1))
    return None


def read_opinion(s: Sentence, q: Question) -> Found | None:
    """What something is like now, with estar: «está muy rico», «todo está buenísimo»
    («es alta» describes a person, no dish), or by its taste: «sabe muy bien»; asked in the
    past, how it was: «fue genial»."""
    verbs = s.words.folded("progressive")
    seeming = s.words.folded("seeming")  # «parece interesante»: how it seems, now
    # asked in the past («¿qué tal el concierto? ¿te gustó?»), how it was: «fue increíble»
    was = verbs | s.words.folded("copula") if asked_in_past(q.bot_line(s)) else frozenset()
    for i in range(len(s)):
        tastes = s.verbs(i, s.words.folded("tasting_verbs"), {"3s", "3p"})
        now = s.verbs(i, verbs | seeming, {"3s", "3p"})
        if now or tastes or s.verbs(i, was, {"3s", "3p"}, ("past",)):
            after = asked_noun_end(s, q, i + 1)  # «fueron unas vacaciones muy bonitas»
            for k in range(after, s.skip_degree(after) + 1):  # «bien» is a degree word too
                judged = k < len(s) and s.w[k] in s.words.folded("state_adverbs")
                adjective = _taste(s, k) if tastes else s.a.of(k, "ADJ")  # not «sabe inglés»
                if adjective or judged:  # «estuvo muy bien»
                    return Found(i, k + 1, (k, k + 1))
    i = s.opening()  # «sí, buenísimo», «todo muy bien», «¡qué rica!»
    i += s.a.at(i) in s.words.folded("judged_words") | s.words.folded("exclaiming_words")
    for k in range(i, min(s.skip_degree(i) + 1, len(s))):
        judged = s.a.of(k, "ADJ") or s.w[k] in s.words.folded("state_adverbs")
        if judged and k + 1 == s.clause_end(k):
            return Found(k, k + 1, (k, k + 1))
    return None


def _taste(s: Sentence, k: int) -> bool:
    """Token k is an adjective of how food tastes: «amarga», «delicioso»."""
    return any("taste" in f.classes for f in s.a.of(k, "ADJ"))


def read_language(s: Sentence, q: Question) -> Found | None:
    """«hablo un poco de español», «no hablo francés», «hablo inglés y español»."""
    verbs = s.words.folded("speaking_verbs")
    for i in range(len(s)):
        if s.verbs(i, verbs, q.persons):
            end = s.clause_end(i)
            return Found(i, end, _rest(s, i + 1))
        able = s.verbs(i, s.words.folded("ability_verbs"), q.persons)
        if able and s.verbs(i + 1, verbs, None, ("inf",)):  # «puedo hablar chino»
            return Found(i, s.clause_end(i), _rest(s, i + 2))
    return _how_much(s) if q.asks.yes_no else _languages_alone(s, q)


def _languages_alone(s: Sentence, q: Question) -> Found | None:
    """The languages alone, with how well: «Inglés y español.», «Solo inglés y un poco de
    español.», «Inglés, claro, y un poquito de francés.»."""
    classes = frozenset([q.asks.of or "language"])
    skip = opening_words("bare_openers") | s.words.folded("list_links")
    k, named, last = s.opening(), 0, 0
    while k < len(s):
        degree = next((p for p in s.words.phrases("language_degrees") if s.phrase_at(k, p)), None)
        if degree:
            k += len(degree) + bool(s.a.of(k + len(degree), "ADP"))
        elif s.w[k] == BOUNDARY or s.w[k] in skip:
            k += 1
        elif any(f.classes & classes for f in s.a.of(k, "NOUN")):
            k, named, last = k + 1, named + 1, k + 1
        else:
            return None
    return Found(s.opening(), len(s), (s.opening(), last)) if named else None


def _how_much(s: Sentence) -> Found | None:
    """To «¿hablas español?»: «sí, un poco», «un poquito», «no, nada»."""
    i = s.past_openers()
    for phrase in s.words.phrases("language_degrees"):
        if s.phrase_at(i, phrase) and i + len(phrase) >= s.clause_end(i):
            return Found(i, i + len(phrase))
    return None
