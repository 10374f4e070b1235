"""Liking: gustar-like verbs with the indirect pronoun («me encantan las series»), verbs of
liking with the learner as subject («prefiero el jazz»), «mi … favorito es …», and a bare
noun phrase of the class asked about («el jazz»)."""

from langbot.grading.meaning.everything import all_of_kind, read_everything
from langbot.grading.meaning.favourite import read_favourite
from langbot.grading.meaning.liking_agreed import agrees_alone, skip_negated_degree
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def read_liking(s: Sentence, q: Question) -> Found | None:
    """A sentence that says the learner likes a thing of the class asked about."""
    found = _gustar(s, q) or _preference(s, q) or read_favourite(s, q) or _pastime(s, q)
    found = found or bare_answer(s, q) or (None if q.asks.yes_no else read_everything(s, q))
    if found is None and q.asks.of is None and not q.asks.yes_no:
        found = _bare_name(s, q)
    if found is None and q.asks.of in s.words.folded("pastime_classes") and not q.asks.yes_no:
        found = _bare_pastime(s)
    if found is None and q.asks.yes_no:  # «odio mi trabajo» says no to «¿te gusta tu trabajo?»
        found = _preference(s, q, "dislike_verbs")
    if found is None and q.asks.yes_no:  # «a mí también» to «me gusta… ¿te gusta…?»
        found = _yes_much(s) or _yes_judged(s, q) or agrees_alone(s, q)
    return found


def _bare_pastime(s: Sentence) -> Found | None:
    """To «¿qué te gusta hacer?», a pastime of hobbies.yaml alone, its infinitive first:
    «Leer.», «Ver películas y jugar a los videojuegos.»."""
    i = s.opening()
    firsts = {fold(p).split()[0] for p in s.kb.vocabulary.hobbies}
    if i >= len(s) or not s.infinitive(i) or s.w[i] not in firsts:
        return None
    end = s.clause_end(i)
    finite = any(s.a.only(k, "VERB") and not s.infinitive(k) for k in range(i, end))
    return None if finite else Found(i, end, (i, end))  # not «Leer es aburrido.»


def _bare_name(s: Sentence, q: Question) -> Found | None:
    """To «¿cuál es tu equipo favorito?», a name alone («El Barça.», «El Sevilla, claro.»),
    or being a fan of it: «Soy del Betis.»."""
    i = s.opening()
    end = _name(s, i, s.clause_end(i)) if i < len(s) else None
    if end is not None:
        return Found(i, end, (i, end))
    for k in range(len(s) - 1):
        if s.verbs(k, s.words.folded("copula"), q.persons) and s.w[k + 1] in s.words.folded(
            "fan_links"
        ):
            end = _name(s, k + 1, s.clause_end(k + 1))
            if end is not None:
                return Found(k, end, (k + 2, end))
    return None


def _yes_judged(s: Sentence, q: Question) -> Found | None:
    """To «¿te gusta esta chaqueta?»: a yes or a no and what the thing is like, «sí, es muy
    bonita», «no, es fea»."""
    if not s.w or s.w[0] not in s.words.folded("yes_words") | s.words.folded("negation"):
        return None
    k = 1 + (s.a.at(1) == BOUNDARY)
    copula = s.words.folded("copula") | s.words.folded("progressive")
    if not s.verbs(k, copula, {"3s", "3p"}):
        return None
    end = s.skip_degree(k + 1)
    if s.a.of(end, "ADJ") and end + 1 >= s.clause_end(end) and _agrees(s, q, end):
        return Found(0, end + 1)
    return None


def _agrees(s: Sentence, q: Question, k: int) -> bool:
    """The adjective at k can describe the thing the bot's question names («esta chaqueta»:
    «bonita», not «bonito» or «bonitas»)."""
    bot = q.bot_line(s)
    classes = q.classes(s)
    nouns = [f for m in range(len(bot)) for f in bot.a.of(m, "NOUN") if f.classes & classes]
    if not nouns:
        return True
    return any(
        (a.gender in (None, n.gender) or n.gender is None) and a.number in (None, n.number)
        for a in s.a.of(k, "ADJ")
        for n in nouns
    )


def _yes_much(s: Sentence) -> Found | None:
    """To «¿te gusta…?»: «sí, mucho», «no mucho», «sí, a mí también»: a yes or a no and how
    much, or agreeing."""
    if not s.w or s.w[0] not in s.words.folded("yes_words") | s.words.folded("negation"):
        return None
    k = 1 + (s.a.at(1) == BOUNDARY)  # after the yes, not past «mucho» (also an opener)
    for phrase in s.words.phrases("agreeing_phrases"):
        if s.phrase_at(k, phrase) and k + len(phrase) >= s.clause_end(k):
            return Found(0, k + len(phrase))
    end = s.skip_degree(k)
    if k < end and end >= s.clause_end(k):
        return Found(0, end)
    return None


def _gustar(s: Sentence, q: Question) -> Found | None:
    verbs = s.words.folded("liking_verbs")
    pronouns = q.liking_pronouns(s)
    for i in range(len(s)):
        if not s.verbs(i, verbs, {"3s", "3p"}):  # «me encantaría» accepts an invitation
            continue
        start = _pronoun_before(s, i, pronouns)
        if start is None:
            continue
        end = liked_thing(s, i + 1, q)
        if end is not None:
            return Found(start, end[1], end[0])
        before = _thing_before(s, start, q)
        if before is not None:
            return Found(before[0], i + 1, before)
    return None


def _pastime(s: Sentence, q: Question) -> Found | None:
    """One's pastime named as what one likes: «mi pasatiempo es cocinar», «mi afición
    favorita es la lectura»."""
    owners = set(s.words.favourite_owners.get(q.asks.who, []))
    for i in range(len(s) - 2):
        if s.a.at(i) not in owners or s.a.at(i + 1) not in s.words.folded("pastime_nouns"):
            continue
        k = i + 2 + (s.a.at(i + 2) in s.words.folded("favourite_words"))
        if s.verbs(k, s.words.folded("copula"), {"3s", "3p"}):
            found = liked_thing(s, k + 1, q)
            if found is None or found[0] is None:
                continue
            (a, b), end = found
            if not q.asks.yes_no or any(w in q.bot_words for w in s.w[a:b]):
                return Found(i, end, (a, b))  # to «¿te gusta cocinar?», cooking
    return None


def _pronoun_before(s: Sentence, i: int, pronouns: frozenset[str]) -> int | None:
    """Where the pronoun of a gustar-like verb at i starts («me», «no me», «me también»)."""
    for k in (i - 1, i - 2):
        if k >= 0 and s.w[k] in pronouns:
            return k
        if (
            k >= 0
            and s.w[k] not in s.words.folded("degree_words")
            and s.w[k] not in s.words.folded("negation")
        ):
            return None
    return None


def liked_thing(s: Sentence, j: int, q: Question) -> tuple[tuple[int, int] | None, int] | None:
    """What follows a verb of liking at j, when it fits the question: a noun phrase of the
    class, an infinitive (for activities, or anything heard in a question that names the
    thing), or nothing at all for a yes/no question. (value span, end) or None."""
    k = s.skip_degree(j)
    k = skip_negated_degree(s, j - 1, k) if q.asks.yes_no else k
    classes = q.classes(s)
    end_of_clause = s.clause_end(k) if k < len(s) else len(s)
    if k >= len(s) or s.w[k] == BOUNDARY or s.w[k] in s.words.folded("reason_links"):
        return (None, k) if q.asks.yes_no else None  # «sí, me gusta porque es tranquila»
    if s.infinitive(k):
        for m in range(k + 1, end_of_clause):
            end = s.noun_phrase(m, classes) if classes else None
            if end is not None:
                return ((m, end), end)
        there = s.words.folded("there_words")
        said = q.bot_words - s.kb.stop_words  # «la» of «la biblioteca» names nothing
        heard = any(w in said or w in there for w in s.w[k:end_of_clause])
        if "hobby" in classes or not classes or (q.asks.yes_no and heard):
            return ((k, k + 1), end_of_clause)  # not «me gusta cocinar» to «¿te gusta la música?»
        return None
    every = None if q.asks.yes_no else all_of_kind(s, k, q)
    if every is not None:
        return ((k, every), every)
    end = s.noun_phrase(k, classes) or _listed_among(s, k, classes)
    end = end or kind_of_topic(s, k, q) or _name(s, k, end_of_clause)
    if end is None and classes and not q.asks.yes_no:
        end = unclassed_thing(s, k, end_of_clause)
    if end is not None and q.only_topic(s, k, end):
        end = kind_of_topic(s, k, q)  # «la música pop»: the topic and a kind of it
    if end is None or q.only_topic(s, k, end):
        return None
    if q.asks.yes_no and not classes and not any(w in q.bot_words for w in s.w[k:end]):
        return None  # «¿te gusta tu trabajo?» «me gusta el chocolate»: another thing
    return ((k, end), end)


def _listed_among(s: Sentence, k: int, classes: frozenset[str]) -> int | None:
    """The end of a list of things from k when a later one is of the class («la música y los
    deportes» to «¿te gustan los deportes?»): the thing asked is named, after another."""
    end = s.noun_phrase(k, frozenset()) if classes else None
    links = s.words.folded("list_links")
    for m in range(k + 1, end or k):
        if s.a.at(m - 1) in links and s.noun_phrase(m, classes) == end:
            return end
    return None


def unclassed_thing(s: Sentence, k: int, end: int) -> int | None:
    """An article and a noun of no lesson class to the end of the clause, a word the
    vocabulary lacks («las berenjenas», «el chucrut» to «¿qué comida te gusta?»): no class
    says it is another thing, so the question's class is taken on trust."""
    j = k + bool(s.a.of(k, "DET"))
    if j == k or j + 1 != end or s.a.original(j)[:1].isupper():
        return None
    readings = s.a.readings[j]
    nouns = [f for f in readings if f.pos == "NOUN"]
    if readings and (not nouns or any(f.classes for f in readings)):
        return None
    return end


def titled(s: Sentence, k: int) -> int | None:
    """A title after an article to the end of the clause: «el New York Times», «El País»."""
    end = s.clause_end(k) if k < len(s) else len(s)
    if not s.a.of(k, "DET") or k + 1 >= end or not s.a.original(k + 1)[:1].isupper():
        return None
    return _name(s, k, end)


def _name(s: Sentence, k: int, end: int) -> int | None:
    """A name to the end of the clause, capitalised and of no class the lexicon knows
    («Taylor Swift»): an artist, a title; after an article, a place's name too («el Real
    Madrid», «el Valencia»: a team)."""
    places = s.kb.vocabulary.places
    article = bool(s.a.of(k, "DET")) and k + 1 < end and s.a.original(k + 1)[:1].isupper()
    k += article
    place = " ".join(s.w[k:end]) in places or any(w in places for w in s.w[k:end])
    if k == 0 or k >= end or (place and not article):
        return None  # «Madrid» names a place, not an artist
    for m in range(k, end):
        known = any(f.classes or f.pos != "NOUN" for f in s.a.readings[m])
        capital = s.a.original(m)[:1].isupper()
        if not capital or (known and not article):  # «el Real Madrid»: capitals make it one
            return None
    return end


def kind_of_topic(s: Sentence, k: int, q: Question) -> int | None:
    """The noun the question names with words that make it a kind of it: «las películas
    coreanas», «las películas de acción» to «¿Qué películas te gustan?»."""
    end = s.noun_phrase(k, frozenset())
    if end is None:
        return None
    nouns = [m for m in range(k, end) if s.a.of(m, "NOUN") and not s.a.of(m, "DET")]
    if nouns and s.w[nouns[0]] in q.bot_words and end == nouns[0] + 1:
        # «la música pop», «la música rock»: a noun of the kind, or a word no lexicon knows
        kind = s.a.of(end, "NOUN")
        if (kind and any(f.classes & q.classes(s) for f in kind)) or (
            end < len(s) and s.w[end] != BOUNDARY and not s.a.readings[end]
        ):
            end += 1
        elif s.a.at(end) in s.words.folded("complement_links"):  # «las películas de Marvel»
            named = _name(s, end + 1, s.clause_end(end + 1))
            end = named if named is not None else end
    if nouns and s.w[nouns[0]] in q.bot_words and end > nouns[0] + 1:
        return end
    return None


def _thing_before(s: Sentence, start: int, q: Question) -> tuple[int, int] | None:
    """A noun phrase of the class just before the pronoun: «el rock me encanta»."""
    for i in range(max(0, start - 5), start):
        end = s.noun_phrase(i, q.classes(s))
        if end == start and not q.only_topic(s, i, end):
            return (i, end)
    return None


def _preference(s: Sentence, q: Question, field: str = "preference_verbs") -> Found | None:
    verbs = s.words.folded(field)
    for i in range(len(s)):
        if s.verbs(i, verbs, q.persons, ("pres", "cond")):
            found = liked_thing(s, i + 1, q)
            if found is not None and found[0] is not None:
                return Found(i, found[1], found[0])
    return None


def bare_answer(s: Sentence, q: Question, related: bool = False) -> Found | None:
    """The answer is only a noun phrase of the class asked about, after «sí», «no», «pues»:
    «El jazz.», «Sí, los perros.»."""
    classes = q.classes(s, related)
    if not classes:
        return None
    i = s.past_openers()
    end = s.noun_phrase(i, classes)
    if end is None or end < s.clause_end(i) or q.only_topic(s, i, end):
        return None
    return Found(i, end, (i, end))
