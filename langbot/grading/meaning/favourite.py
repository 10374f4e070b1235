"""A favourite named: «mi música favorita es el rock», «el rock es mi música favorita»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_favourite(s: Sentence, q: Question) -> Found | None:
    """The learner's favourite of the class asked about, said either way round."""
    return _favourite_first(s, q) or _thing_first(s, q) or _name_alone(s, q)


def _name_alone(s: Sentence, q: Question) -> Found | None:
    """To a question that asks for a favourite («¿quién es tu cantante favorito?»), a name
    alone or after «es»: «Rosalía.», «Es Bad Bunny.»."""
    if not q.bot_words & s.words.folded("favourite_words"):
        return None
    i = s.opening()
    i += bool(s.verbs(i, s.words.folded("copula"), {"3s"}))
    j = i + bool(s.a.of(i, "DET"))  # «Los Planetas»
    while j < len(s) and s.w[j] != BOUNDARY and s.a.original(j)[:1].isupper():
        if s.a.readings[j]:
            return None  # a word the lexicon knows is no name: «Hola.»
        j += 1
    if j > i + bool(s.a.of(i, "DET")) and j >= s.clause_end(i):
        return Found(i, j, (i, j))
    return None


def _favourite_first(s: Sentence, q: Question) -> Found | None:
    """«mi música favorita es el rock», «mi comida preferida son los tacos»."""
    classes = q.classes(s)
    for i in range(1, len(s)):
        if s.w[i] not in s.words.folded("favourite_words"):
            continue
        subject = s.noun_of(i - 1, classes) == i
        owners = s.words.favourite_owners
        others = {w for who, words in owners.items() if who != q.asks.who for w in words}
        if s.a.at(i - 2) in others - set(owners.get(q.asks.who, [])):
            continue  # «tu equipo favorito es…» answers for someone else
        k = i + 1
        if not s.verbs(k, s.words.folded("copula"), {"3s", "3p"}):
            continue
        end = s.noun_phrase(k + 1, classes)
        if (subject or end is not None) and k + 1 < s.clause_end(k):
            stop = end or s.clause_end(k)
            return Found(max(0, i - 2), stop, (k + 1, stop))
    return None


def _thing_first(s: Sentence, q: Question) -> Found | None:
    """«el verano es mi estación favorita», «el verano es la estación que más me gusta»: a
    thing of the class, the copula, then the favourite of whom the step asks about."""
    classes = q.classes(s)
    i = s.opening()
    end = s.noun_phrase(i, classes) if classes else None
    if end is None or not s.verbs(end, s.words.folded("copula"), {"3s", "3p"}):
        return None
    k = end + 1
    owners = set(s.words.favourite_owners.get(q.asks.who, []))
    noun = s.noun_of(k + 1, frozenset()) if s.a.at(k) in owners else None
    if noun is not None and s.a.at(noun) in s.words.folded("favourite_words"):
        return Found(i, noun + 1, (i, end))
    relative = s.words.folded("favourite_relatives")
    noun = s.noun_of(k + 1, frozenset()) if s.a.of(k, "DET") else None
    if noun is None or s.a.at(noun) not in relative:
        return None
    pronouns, liking = q.liking_pronouns(s), s.words.folded("liking_verbs")
    degree = s.words.folded("degree_words")  # «que más me gusta», not «que menos»
    m = noun + 1
    while m < len(s) and s.a.at(m) in degree:
        m += 1
    if s.a.at(m) in pronouns and s.verbs(m + 1, liking, {"3s", "3p"}):
        return Found(i, m + 2, (i, end))
    return None
