"""The one at an hour: «el de las nueve», «el tren de las nueve», «la de las siete» answer
«¿a qué hora…?» where the question offers hours (a train, a session)."""

from langbot.grading.meaning.sentence import Sentence


def the_one_at(s: Sentence, i: int) -> int | None:
    """The end of a determiner at i, a noun or none, «de» and an hour (`hour_of_links`: «de
    las nueve», «de la una»), else None."""
    if not s.a.of(i, "DET"):
        return None
    k = i + 1 + bool(s.a.of(i + 1, "NOUN"))
    for link in s.words.phrases("hour_of_links"):
        if s.phrase_at(k, link):
            end = s.number_at(k + len(link))
            if end is not None:
                return end
    return None


def clock_alone(s: Sentence, i: int) -> int | None:
    """An hour with its article and no «a», closing the clause: «Las cinco.», «La una y
    media.»"""
    if s.a.at(i) not in s.words.folded("hour_articles"):
        return None
    end = s.number_at(i + 1)
    if end is None:
        return None
    tails = [t for t in s.words.phrases("hour_tails") if s.phrase_at(end, t)]
    end += max(map(len, tails), default=0)  # «las cinco de la tarde»
    return end if end == s.clause_end(i) else None
