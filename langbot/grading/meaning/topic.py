"""What a lesson talks about: the Spanish of all its lines (demo, every step's bot line, model
answer, follow-up and vocabulary), read where the bot invites any question, so that one about
a thing the lesson names elsewhere («¿cuándo es el próximo vuelo?» at the airport's «¿tiene
alguna pregunta?») is on its topic."""

from functools import lru_cache

from langbot.grading.meaning.question import Question, line
from langbot.grading.meaning.sentence import Sentence
from langbot.text import fold


@lru_cache(maxsize=256)
def lesson_text(lesson) -> str:
    """The lesson's Spanish lines, one text (sentences kept apart by a full stop)."""
    lines = [d.text for d in lesson.demo]
    for step in lesson.steps:
        lines += [step.bot, step.model_answer, step.follow_up]
        lines += [item.word for item in step.vocabulary if item.kind == "noun"]
    return ". ".join(lines)


def topic_nouns(s: Sentence, q: Question) -> frozenset[str]:
    """The folded forms and lemmas of the nouns the lesson's lines name."""
    return _nouns(line(s, q.topic)) if q.topic else frozenset()


@lru_cache(maxsize=256)
def _nouns(text: Sentence) -> frozenset[str]:
    return frozenset(
        w
        for k in range(len(text))
        for f in text.a.of(k, "NOUN")
        for w in (text.w[k], fold(f.lemma))
    )
