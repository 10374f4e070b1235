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
