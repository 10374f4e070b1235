"""Saying no by having the opposite of what a question of having asks: «tengo tiempo» to
«¿tiene prisa?»."""

from langbot.grading.meaning.question import Question
from langbot.grading.meaning.sentence import Found, Sentence
from langbot.grading.meaning.verbs_asked import question_verbs
from langbot.text import fold


def read_opposite_had(s: Sentence, q: Question) -> Found | None:
    """Having the opposite of what a question of having asks (`opposite_nouns`) says no:
    «tengo tiempo», «tengo mucho tiempo» to «¿tiene prisa?»."""
    having = s.words.folded("having")
    if not question_verbs(q.bot_line(s)) & having:
        return None
    opposites = {
        fold(b) for pair in s.words.opposite_nouns if set(map(fold, pair)) & q.bot_words
        for b in pair if fold(b) not in q.bot_words
    }  # fmt: skip
    for i in range(len(s)):
        if not s.verbs(i, having, q.persons_in(s)):
            continue
        k = s.skip_degree(i + 1)
        amount = next((p for p in s.words.phrases("amount_answers") if s.phrase_at(k, p)), ())
        if amount and s.a.at(k + len(amount)) in s.words.folded("complement_links"):
            k += len(amount) + 1  # «un montón de tiempo»
        if k < len(s) and s.w[k] in opposites and k + 1 >= s.clause_end(k):
            return Found(i, k + 1)
    return None
