"""A favourite named: «mi música favorita es el rock», «el rock es mi música favorita»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def read_favourite(s: Sentence, q: Question) -> Found | None:
    """The learner's favourite of the class asked about, said either way round."""
    return _favourite_first(s, q)


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
