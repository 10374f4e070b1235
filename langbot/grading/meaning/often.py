"""How often, said with no number, to «¿cuántas veces…?»: «todos los días», «los sábados»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def how_often(s: Sentence, q: Question) -> Found | None:
    """To «¿cuántas veces…?», how often said with no number: «todos los días», «a diario»."""
    if not set(q.bot_line(s).w) & s.words.folded("frequency_nouns"):
        return None
    spans = s.phrases("frequency_phrases") + every_time(s)
    return Found(*min(spans), min(spans)) if spans else None


def every_time(s: Sentence) -> list[tuple[int, int]]:
    """«todos los domingos», «cada semana», «los sábados»: an opener of frequency_openers
    before a noun of time."""
    out = []
    for i, j in s.phrases("frequency_openers"):
        end = s.noun_of(j, s.words.folded("frequency_classes"))
        if end is not None:
            out.append((i, end))
    return out
