"""What someone or something is like: «es alta y simpática», «tengo una familia grande»,
«tiene los ojos azules», «es una ciudad grande»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import answer_tenses
from langbot.grading.tokens import BOUNDARY

_NO_TRAIT = frozenset({"nationality", "colour", "size"})  # «es un alemán», «es un rojo»


def read_description(s: Sentence, q: Question) -> Found | None:
    """«es alta y simpática», «mi padre es muy serio», «parece muy joven», «mi familia es
    pequeña», «somos cinco»."""
    copula = s.words.folded("copula") | s.words.folded("seeming")
    tenses = _tenses(s, q)
    for i in range(len(s)):
        if _we_are_kin(s, q, i, copula, tenses):  # «somos amigos» to «¿de qué conoces a…?»
            kind = _of_kind_asked(s, q, s.skip_degree(i + 1))
            if kind is not None:
                return Found(i, kind + 1, (kind, kind + 1))
        if not s.verbs(i, copula, q.persons_in(s, describing=True), tenses) or not _about(s, q, i):
            continue
        k = s.skip_degree(i + 1)
        if _describes(s, q, k):
            end = _adjectives(s, k)
            return Found(i, end, (k, end)) if _fits_choice(s, q, k, end) else None
        kind = _of_kind_asked(s, q, k)
        if kind is not None:  # «soy amigo de Pablo», «soy el primo de Lucía»
            return Found(i, kind + 1, (kind, kind + 1))
        named = _named(s, q, k + 1, _beings_asked(s, q)) if s.a.of(k, "DET") else None
        if named and named[1]:  # «es una ciudad grande», «es un hombre muy simpático»
            return Found(i, max(named[1][1], named[0] + 1), named[1])
        trait = _trait_as_noun(s, q, k)
        if trait is not None:  # «es un perfecto idiota»: a trait said as what someone is
            return Found(i, trait[1], trait)
        if q.asks.who == "family" and s.number_at(k):
            return Found(i, s.number_at(k) or k, (k, s.number_at(k) or k))
    found = _having_described(s, q) or _appearance(s, q)
    if found:
        return found
    k = s.skip_degree(s.opening())  # «Pequeña», «Alto y delgado», «Muy simpática y alegre»
    # «¿cómo era el ladrón?» «ladrón» echoes; «¿es tímido?» «muy tímido» says how much
    if _described(s, k) and (s.w[k] not in q.bot_words or k > s.opening()):
        end = _adjectives(s, k)
        if end >= s.clause_end(k) and _fits_choice(s, q, k, end):
            return Found(k, end, (k, end))
    return _exclaimed(s, q) or _being_described(s, q, s.opening())


def _exclaimed(s: Sentence, q: Question) -> Found | None:
    """What it is like, exclaimed, the copula after it or left out: «¡Qué graciosos son!»,
    «¡Qué alta es!»."""
    k = s.opening()
    if s.a.at(k) not in s.words.folded("exclaiming_words") or not _described(s, k + 1):
        return None
    end = _adjectives(s, k + 1)
    copula = s.words.folded("copula")
    verb = end + bool(s.verbs(end, copula, q.persons_in(s, describing=True), _tenses(s, q)))
    return Found(k, verb, (k + 1, end)) if verb >= s.clause_end(k + 1) else None


def _we_are_kin(s: Sentence, q: Question, i: int, copula, tenses) -> bool:
    """A copula in «we» at i where «I» is asked how one stands to people the bot's question
    names («¿de qué conoces a los novios?»): «we» is the learner and them."""
    if q.asks.who != "i" or not s.verbs(i, copula, {"1p"}, tenses):
        return False
    bot, classes = q.bot_line(s), q.classes(s, related=True)
    return bool(classes) and any(
        f.classes & classes for k in range(len(bot)) for f in bot.a.of(k, "NOUN")
    )


def _tenses(s: Sentence, q: Question) -> tuple[str, ...]:
    """The present, and the past where the question asks in the past («¿cómo era el
    ladrón?» «era alto»)."""
    return ("pres", *answer_tenses(q.bot_line(s)))


def _being_described(s: Sentence, q: Question, k: int) -> Found | None:
    """The whole answer is a being of the kind asked about and what it is like, its verb left
    out: «Un chico joven, alto y moreno.» to «¿cómo era el ladrón?»."""
    if not s.a.of(k, "DET"):
        return None
    named = _named(s, q, k + 1, _beings_asked(s, q))
    if named is None or named[1] is None or named[1][1] < s.clause_end(k):
        return None
    return Found(k, named[1][1], named[1])


def _of_kind_asked(s: Sentence, q: Question, k: int) -> int | None:
    """The noun at k, past its determiners, when it is of the class of nouns the step asks
    about (`of`, and the classes it takes too)."""
    if q.asks.of not in s.kb.vocabulary.noun_classes:
        return None
    j = s.after_det(k)
    classes = q.classes(s, related=True)
    return j if any(f.classes & classes for f in s.a.of(j, "NOUN")) else None


def _named(
    s: Sentence, q: Question, k: int, beings: frozenset[str] = frozenset()
) -> tuple[int, tuple[int, int] | None] | None:
    """The noun the question names at k (or a noun of one of `beings`: «es un hombre
    simpático»), past an adjective before it, and what describes it: that adjective («una
    gran familia») or adjectives after it («una ciudad grande y bonita»), if any."""
    # an adjective before the noun may also read as a noun («una gran familia»)
    before = any("nationality" not in f.classes for f in s.a.of(k, "ADJ")) and bool(
        s.a.of(k + 1, "NOUN")
    )
    noun = k + before
    nouns = s.a.of(noun, "NOUN")
    word = s.a.at(noun)  # the boundary past the end: «tengo» alone names nothing
    kinds = {w for group in s.words.things if word in group for w in group}
    asked = word in q.bot_words or bool(kinds & q.bot_words)  # «un pueblo»: a town
    if not (nouns and (asked or any(f.classes & beings for f in nouns))):
        return None
    if before:
        return noun, (k, k + 1)
    m = s.skip_degree(noun + 1)
    return noun, ((m, _adjectives(s, m)) if _described(s, m) else None)


def _beings_asked(s: Sentence, q: Question) -> frozenset[str]:
    """The classes of a being an answer about another may name to say what it is like: the
    class of the being the question names, and anyone's («¿cómo es tu profesor?» «es un
    hombre simpático»); any being's to a question that names none («¿y cómo es?»)."""
    people = s.words.folded("people_classes")
    if q.asks.who == "i":  # «soy una persona muy trabajadora», «soy un chico tranquilo»
        return s.words.folded("anyone_classes")
    if q.asks.who != "other":
        return frozenset()
    bot = q.bot_line(s)
    # a noun of no class the vocabulary knows («ladrón»), or a verb read as a noun too
    # («era»), says nothing of what kind the being is
    nouns = [f for k in range(len(bot)) if not bot.a.of(k, "VERB") for f in bot.a.of(k, "NOUN")]
    nouns = [f for f in nouns if f.classes]
    if not nouns:
        return people
    if not all(f.classes & people for f in nouns):
        return frozenset()
    asked = frozenset(c for f in nouns for c in f.classes & people)
    return asked | s.words.folded("anyone_classes")


def _trait_as_noun(s: Sentence, q: Question, k: int) -> tuple[int, int] | None:
    """Asked what a person the question names is like, a determiner at k and then only words that are
    adjectives of character, the last made a noun by it («es un egoísta», «es un perfecto
    idiota»): the words that describe, else None."""
    people, bot = s.words.folded("people_classes"), q.bot_line(s)
    named = any(f.classes & people for j in range(len(bot)) for f in bot.a.of(j, "NOUN"))
    if not s.a.of(k, "DET") or q.asks.who != "other" or not named:
        return None  # «¿es grande o pequeña?» of a bag: «es una pequeña» is no trait
    end = s.clause_end(k)
    if not 1 <= end - (k + 1) <= 2:
        return None
    for j in range(k + 1, end):
        adjectives = s.a.of(j, "ADJ")
        if not adjectives or any(f.classes & _NO_TRAIT for f in adjectives):
            return None
        if any(f.classes for f in s.a.of(j, "NOUN")):
            return None  # «es un buen profesor»: a being named, read as one
    return (k + 1, end)


def _having_described(s: Sentence, q: Question) -> Found | None:
    """«tengo una familia grande», «tengo una gran familia», «tengo una familia de cuatro»:
    the noun the question names, with an adjective before or after it, or its number."""
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("having"), {"1s"}):
            continue
        named = _named(s, q, i + 1 + bool(s.a.of(i + 1, "DET")))
        if named is None:
            continue
        noun, described = named
        if described:
            return Found(i, max(described[1], noun + 1), described)
        if q.asks.who == "family" and s.a.of(noun + 1, "ADP") and s.number_at(noun + 2):
            end = s.number_at(noun + 2) or noun + 2
            return Found(i, end, (noun + 2, end))
    return None


def _appearance(s: Sentence, q: Question) -> Found | None:
    """«tiene el pelo negro», «tiene los ojos azules y grandes»: what someone looks like."""
    if q.asks.who == "family":
        return None
    for i in range(len(s)):
        if not s.verbs(i, s.words.folded("having"), q.persons, _tenses(s, q)):
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


def _describes(s: Sentence, q: Question, k: int) -> bool:
    """An adjective at k after the copula describes: a nationality too before a trait («soy
    inglés y muy trabajador»), or alone of a being someone else asked about («mi profesor es
    mexicano»); of the learner alone it says where one is from, and a town is no one."""
    adjectives = s.a.of(k, "ADJ")
    if any("nationality" not in f.classes for f in adjectives):
        return True
    if not adjectives or _adjectives(s, k) > k + 1:
        return bool(adjectives)
    return q.asks.who == "other" and bool(_beings_asked(s, q))


def _fits_choice(s: Sentence, q: Question, k: int, end: int) -> bool:
    """Adjectives k..end say one of a kind the bot's question offers («¿grande o pequeña?»:
    a size, not «alta y simpática», said of a person); any, when it offers no adjectives."""
    offered = [s.kb.vocabulary.adjectives.get(w) for w in q.offered(s)]
    kinds = frozenset().union(*(a.classes for a in offered if a is not None))
    if not kinds:
        return True
    said = [s.kb.vocabulary.adjectives.get(s.a.at(j)) for j in range(k, end) if s.a.of(j, "ADJ")]
    return any(a is None or not a.classes or a.classes <= kinds for a in said)


def _described(s: Sentence, k: int) -> bool:
    """Token k is an adjective that describes (not a nationality) and no noun; a word read
    both ways is the adjective where no determiner makes it a noun («un chico joven»,
    «joven y alto»)."""
    adjectives = s.a.of(k, "ADJ")
    return (
        bool(adjectives)
        and (not s.a.of(k, "NOUN") or not s.a.of(k - 1, "DET"))
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
