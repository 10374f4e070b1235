"""Asking for a service at a counter: wanting to learn to do something («quiero aprender a
nadar» where the model answer signs up for lessons), and asking whether the place has it or
does it («¿hay clases para adultos?», «¿alquilan bicicletas?»)."""

from langbot.grading.meaning.model_answer import model_infinitives
from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence


def learning(s: Sentence, q: Question, i: int, k: int) -> Found | None:
    """After a verb of wanting at i, a verb of learning (`learning_verbs`) ending at k, a
    link and the infinitive learnt, closing its clause, where the model answer wants
    something done (not a thing ordered: «quiero aprender a cocinar» orders no coffee)."""
    if not s.verbs(k - 1, s.words.folded("learning_verbs"), None, ("inf",)):
        return None
    if s.a.at(k) not in s.words.folded("plan_links") or not s.infinitive(k + 1):
        return None
    end = s.clause_end(k + 1)
    return Found(i, end, (k + 1, end)) if model_infinitives(s, q) else None


def stock_verbs(s: Sentence, q: Question) -> frozenset[str]:
    """The verbs a question asks whether a place has a thing with: «tener», «haber» («¿hay
    clases…?»), and what the model answer wants done, asked of the place («¿alquilan
    bicicletas?» for «quiero alquilar una bicicleta»)."""
    have = s.words.folded("stock_verbs") | s.words.folded("existence_verbs")
    return have | model_infinitives(s, q)
