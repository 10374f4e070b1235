"""Directions given: «sigue todo recto», «gira a la izquierda», «sí, todo recto»."""

from langbot.grading.meaning.places import places
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.tokens import BOUNDARY


def read_directions(s: Sentence, q: Question) -> Found | None:
    """«sigue todo recto», «gira a la izquierda», «cruza la plaza»: an instruction with a verb
    of moving and which way; or, to a yes/no question, «sí, todo recto», «sí, exacto»."""
    movers = s.words.folded("direction_verbs")
    for i in range(len(s)):
        if s.a.of(i - 1, "DET") or not s.verbs(i, movers, None, ("imp",)):
            continue
        ce = s.clause_at[i][1] if s.clause_at[i] != (i, i + 1) else s.verb_clause(i)[1]
        if _which_way(s, i + 1, ce):
            return Found(i, ce, (i, ce))
    return _bare_way(s, q)


def _which_way(s: Sentence, start: int, end: int) -> bool:
    """Tokens [start, end) say which way: a direction phrase, a place, or a thing to cross."""
    ways = s.words.phrases("direction_phrases")
    if any(s.phrase_at(k, p) for k in range(start, end) for p in ways):
        return True
    return (
        bool(places(s, start, end)) or s.noun_phrase(s.skip_degree(start), frozenset()) is not None
    )


def _bare_way(s: Sentence, q: Question) -> Found | None:
    """The whole answer is a yes or a no and a direction phrase («sí, todo recto») or, to a
    yes/no question, a confirmation («sí, exacto»)."""
    i = 0
    openers = s.words.folded("yes_words") | s.words.folded("negation")
    while i < len(s) and (s.w[i] in openers or s.w[i] == BOUNDARY):
        i += 1
    fields = (
        ("direction_phrases", "confirm_phrases") if q.asks.yes_no and i else ("direction_phrases",)
    )
    for field in fields:
        for phrase in s.words.phrases(field):
            end = i + len(phrase)
            if s.phrase_at(i, phrase) and end >= s.clause_end(i):
                return Found(0, end, (i, end))
    return None
