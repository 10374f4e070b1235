"""None of what was asked, as a no: «no, nada» to «¿le duele algo?», «no, nadie»."""

from langbot.grading.meaning.answering import says_asked_verb
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import question_verbs
from langbot.grading.meaning.yes_no import read_yes_no
from langbot.grading.tokens import BOUNDARY
from langbot.text import fold


def read_none(s: Sentence, q: Question) -> Found | None:
    """A no to a question of whether there is any («¿le duele algo?», `anything_and_nothing`),
    read as a yes/no answer: «no, no me duele nada», «no, no me duele»; the none of what was
    asked («no, nadie» answers «¿alguien?», not «¿algo?»), ending the sentence or its clause
    («no, nada que declaro» is no answer)."""
    if not s.w or s.w[0] not in s.words.folded("negation") or q.asks.kind == "question":
        return None  # a step that wants a question asked is not done by «no, ninguna»
    asked = set(q.bot_line(s).w)
    nothing = {fold(none) for some, none in s.words.anything_and_nothing if fold(some) in asked}
    if not nothing:
        return None
    lemmas = question_verbs(q.bot_line(s))
    for k in range(1, len(s)):  # «no, nada», «no me duele nada»: nothing, closing the clause
        said = s.w[k - 1] == BOUNDARY or (bool(lemmas) and says_asked_verb(s, k - 1, lemmas, q))
        said = said or _asked_preposition(s, k - 1, asked)  # «no, a ninguno»
        if said and s.w[k] in nothing and s.a.at(k + 1) == BOUNDARY:
            return Found(0, k + 1)
    return read_yes_no(s, q)


def _asked_preposition(s: Sentence, k: int, asked: set[str]) -> bool:
    """Token k is a preposition of the question, opening its clause: «a» in «no, a ninguno»
    to «¿es alérgico a algún medicamento?»."""
    return s.w[k] in asked and bool(s.a.only(k, "ADP")) and s.a.at(k - 1) == BOUNDARY
